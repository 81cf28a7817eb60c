// getVisit and listVisits: what has been saved, read back from the sheets.
import { readVisitValues, byDateDesc, type VisitSummary } from "../layout";
import type { VisitRecord } from "../record";
import { a1 } from "./blocks";
import { readConsolidated, rowOfId, visitsOf, type ConsolidatedIndex } from "./consolidated-store";
import { visitLayout } from "./visit-layout";
import { isVisitGrid, scanVisitSheets } from "./visit-sheets";

export interface VisitListEntry {
  id: string;
  sheetName: string;
  schoolCode: string;
  schoolName: string;
  visitDate: string;
  status: VisitRecord["status"];
  specialist: string;
  rei: string;
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
  };
}

function gridOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetName: string): unknown[][] | null {
  const { rows, columns } = visitLayout().template;
  try {
    const grid = ss.getRange(a1(sheetName, 1, 1, columns, rows)).getValues();
    return isVisitGrid(grid) ? grid : null;
  } catch {
    return null;
  }
}

/** The record saved under `id`, read from its visit sheet, or null when there is none. */
export function getVisit(id: string): VisitRecord | null {
  if (typeof id !== "string" || !id) return null;
  const ss = SpreadsheetApp.getActive();
  return readVisit(ss, readConsolidated(ss), id);
}

/** Reads one visit's sheet, found through Consolidado or, when Consolidado lost it, by scanning. */
export function readVisit(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, index: ConsolidatedIndex, id: string): VisitRecord | null {
  const layout = visitLayout();
  const row = rowOfId(index, id);
  let grid = row >= 0 ? gridOf(ss, index.rows[row]!.sheetName) : null;
  if (!grid || String(grid[layout.map.id[0]][layout.map.id[1]]) !== id) {
    grid = scanVisitSheets(ss).visits.find((v) => String(v.grid[layout.map.id[0]][layout.map.id[1]]) === id)?.grid ?? null;
  }
  return grid ? (readVisitValues(layout, grid) as unknown as VisitRecord) : null;
}

/** Every saved visit, newest first. */
export function listVisits(): VisitListEntry[] {
  const ss = SpreadsheetApp.getActive();
  return visitsOf(readConsolidated(ss)).sort(byDateDesc).map(listEntry);
}
