// getVisit and listVisits: what has been saved, read back from the sheets.
import { readVisitValues, byDateDesc, type VisitSummary } from "../layout";
import type { Audit, Review, VisitRecord } from "../record";
import { a1 } from "./blocks";
import { readAllConsolidated, rowOfId, visitsOf, type ConsolidatedIndex } from "./consolidated-store";
import { visitLayout } from "./visit-layout";
import { idOfGrid, instrumentOfGrid, isVisitGrid, scanVisitSheets } from "./visit-sheets";

export interface VisitListEntry {
  id: string;
  sheetName: string;
  schoolCode: string;
  schoolName: string;
  visitDate: string;
  status: VisitRecord["status"];
  specialist: string;
  rei: string;
  /** The coordinator's review, shown to the specialist who reopens the visit. */
  review: Review;
  /** Who created the visit and who changed it last, with when. */
  audit: Audit;
}

export function listEntry(v: VisitSummary): VisitListEntry {
  return {
    id: v.id,
    sheetName: v.sheetName,
    schoolCode: v.school.code,
    schoolName: v.school.name,
    visitDate: v.visitDate,
    status: v.status,
    specialist: v.specialist,
    rei: v.school.rei,
    review: v.review,
    audit: v.audit,
  };
}

function gridOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetName: string, instrumentId: string): unknown[][] | null {
  const { rows, columns } = visitLayout(instrumentId).template;
  try {
    const grid = ss.getRange(a1(sheetName, 1, 1, columns, rows)).getValues();
    return isVisitGrid(grid) ? grid : null;
  } catch {
    return null;
  }
}

/** The record stored in a visit sheet's grid, read with the layout of its own version of the ficha. */
export function recordOfGrid(grid: readonly (readonly unknown[])[]): VisitRecord {
  return readVisitValues(visitLayout(instrumentOfGrid(grid)), grid) as unknown as VisitRecord;
}

/** The record saved under `id`, read from its visit sheet, or null when there is none. */
export function getVisit(id: string): VisitRecord | null {
  if (typeof id !== "string" || !id) return null;
  const ss = SpreadsheetApp.getActive();
  return readVisit(ss, readAllConsolidated(ss), id);
}

/** Reads one visit's sheet, found through Consolidado or, when Consolidado lost it, by scanning. */
export function readVisit(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, indexes: ConsolidatedIndex[], id: string): VisitRecord | null {
  let grid: unknown[][] | null = null;
  for (const index of indexes) {
    const row = rowOfId(index, id);
    if (row >= 0) grid = gridOf(ss, index.rows[row]!.sheetName, index.instrument.id);
    if (grid) break;
  }
  if (!grid || idOfGrid(grid) !== id) grid = scanVisitSheets(ss).visits.find((v) => idOfGrid(v.grid) === id)?.grid ?? null;
  return grid ? recordOfGrid(grid) : null;
}

/** Every saved visit of every version, newest first. */
export function listVisits(): VisitListEntry[] {
  const ss = SpreadsheetApp.getActive();
  return visitsOf(readAllConsolidated(ss)).sort(byDateDesc).map(listEntry);
}
