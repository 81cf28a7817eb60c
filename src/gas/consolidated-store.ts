// Reads Consolidado: the index of saved visits (id → sheet and row) that saves and listings rely on.
import { CURRENT_INSTRUMENT } from "../form";
import { SHEETS, consolidadoColumns, readConsolidadoRow, type VisitSummary } from "../layout";
import { readToEnd } from "./blocks";
import { ensureSheets } from "./setup";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ConsolidatedIndex {
  /** One entry per data row (row 2 is index 0); null for a blank row. */
  rows: (VisitSummary | null)[];
  /** The rows as read, to put one back if a save has to be undone. */
  raw: unknown[][];
  width: number;
}

export function consolidatedWidth(): number {
  return consolidadoColumns(CURRENT_INSTRUMENT).headers.length;
}

/** Reads every data row of Consolidado (2 calls), creating the add-in's sheets first if missing. */
export function readConsolidated(ss: Spreadsheet): ConsolidatedIndex {
  const width = consolidatedWidth();
  let values: unknown[][];
  try {
    values = readToEnd(ss, SHEETS.consolidated, 2, 1, width).values;
  } catch {
    ensureSheets(ss);
    values = readToEnd(ss, SHEETS.consolidated, 2, 1, width).values;
  }
  return { rows: values.map(readConsolidadoRow), raw: values, width };
}

export function visitsOf(index: ConsolidatedIndex): VisitSummary[] {
  return index.rows.filter((row): row is VisitSummary => row !== null);
}

export function rowOfId(index: ConsolidatedIndex, id: string): number {
  return index.rows.findIndex((row) => row?.id === id);
}
