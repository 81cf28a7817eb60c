// Historial through SpreadsheetApp: the sheet (made if missing) and one new row under its header.
import type { Instrument } from "../form";
import { SHEETS } from "../layout";
import { ensureSheets } from "./setup";
import type { Undo } from "./undo";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Historial, made with whatever else is missing when a spreadsheet predates it (1 call otherwise). */
export function historySheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, instrument: Instrument): Sheet {
  const sheet = ss.getSheetByName(SHEETS.history);
  if (sheet) return sheet;
  ensureSheets(ss, instrument);
  return ss.getSheetByName(SHEETS.history)!;
}

/**
 * Inserts `row` under the header (3 calls): the rows already there move down, untouched. The undo step
 * takes out only the row this call inserted.
 */
export function logRow(sheet: Sheet, row: (string | number)[], undo: Undo[]): void {
  sheet.insertRowBefore(2);
  undo.push(() => sheet.deleteRow(2));
  sheet.getRange(2, 1, 1, row.length).setValues([row]);
}
