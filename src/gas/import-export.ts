// importVisits / exportVisits: records in and out as JSON, through the same validation as the sidebar.
import { compareVisitIds, todayInLima, validateVisit, type FieldIssue, type VisitRecord } from "../record";
import { readAllConsolidated, visitsOf } from "./consolidated-store";
import { readVisit } from "./read-visits";
import { saveAs } from "./save-visit";

export interface ImportResult {
  ok: boolean;
  imported: { index: number; id: string; sheetName: string; updated: boolean }[];
  rejected: { index: number; label: string; errors: FieldIssue[] }[];
}

function labelOf(input: unknown, index: number): string {
  const school = (input as { school?: { code?: unknown; name?: unknown } } | null)?.school;
  const date = (input as { visitDate?: unknown } | null)?.visitDate;
  const parts = [school?.code, school?.name, date].filter((p) => typeof p === "string" && p);
  return `Ficha ${index + 1}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

/**
 * Imports one record or a list. Every record is validated first; when any is rejected nothing is
 * imported, unless `onlyValid` asks to import the good ones. A record whose id exists here updates that
 * visit; an id from another spreadsheet is dropped and the visit is added as new.
 */
export function importVisits(input: unknown, options: { onlyValid?: boolean } = {}): ImportResult {
  const list = Array.isArray(input) ? input : [input];
  const today = todayInLima();
  const rejected: ImportResult["rejected"] = [];
  const valid: { index: number; record: VisitRecord }[] = [];
  list.forEach((item, index) => {
    const result = validateVisit(item, { today });
    if (result.ok) valid.push({ index, record: result.record });
    else rejected.push({ index, label: labelOf(item, index), errors: result.errors });
  });
  if (rejected.length > 0 && !options.onlyValid) return { ok: false, imported: [], rejected };
  const known = new Set(visitsOf(readAllConsolidated(SpreadsheetApp.getActive())).map((v) => v.id));
  const imported: ImportResult["imported"] = [];
  for (const { index, record } of valid) {
    const updated = record.id !== undefined && known.has(record.id);
    if (!updated) delete record.id;
    const saved = saveAs(record, true);
    if (saved.ok) {
      imported.push({ index, id: saved.id, sheetName: saved.sheetName, updated });
      known.add(saved.id);
    } else rejected.push({ index, label: labelOf(record, index), errors: saved.errors });
  }
  return { ok: rejected.length === 0, imported, rejected };
}

/** Every saved visit as its record, in the order they were first saved. */
export function exportVisits(): VisitRecord[] {
  const ss = SpreadsheetApp.getActive();
  const indexes = readAllConsolidated(ss);
  return visitsOf(indexes)
    .sort((a, b) => compareVisitIds(a.id, b.id))
    .map((visit) => readVisit(ss, indexes, visit.id))
    .filter((record): record is VisitRecord => record !== null);
}
