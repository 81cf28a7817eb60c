// Reading and writing whole blocks of cells: one Range call each, growing a sheet only when it must.
import { DATE_FORMAT, columnLetter, dateColumnOf, quoteSheetName } from "../layout";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Values = unknown[][];

/** Spare rows added when a sheet is too short for a write. */
const ROOM = 200;

/** A1 of a block on a named sheet; `rows` undefined means "to the sheet's last row". */
export function a1(sheetName: string, row: number, column: number, columns: number, rows?: number): string {
  const from = `${columnLetter(column - 1)}${row}`;
  const to = `${columnLetter(column + columns - 2)}${rows === undefined ? "" : row + rows - 1}`;
  return `${quoteSheetName(sheetName)}!${from}:${to}`;
}

/** Every row of the columns [column, column+columns) from `row` down to the sheet's end: 2 calls. */
export function readToEnd(ss: Spreadsheet, sheetName: string, row: number, column: number, columns: number): {
  range: GoogleAppsScript.Spreadsheet.Range;
  values: Values;
} {
  const range = ss.getRange(a1(sheetName, row, column, columns));
  return { range, values: range.getValues() };
}

/**
 * Writes `values` at (row, column) of a named sheet in one setValues (2 calls). When the sheet is too
 * short, it gets the rows it lacks plus room to grow, then the write is repeated: rare, and costs 4 more.
 * When the sheet is gone (deleted by hand), `create` may make it again before that repeat.
 */
export function writeBlock(ss: Spreadsheet, sheetName: string, row: number, column: number, values: Values, create?: () => void): void {
  if (values.length === 0) return;
  const a1Range = a1(sheetName, row, column, values[0].length, values.length);
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = ss.getRange(a1Range);
  } catch (error) {
    let sheet = ss.getSheetByName(sheetName);
    if (!sheet && create) {
      create();
      sheet = ss.getSheetByName(sheetName);
    }
    if (!sheet) throw error;
    const missing = row + values.length - 1 - sheet.getMaxRows();
    if (missing > 0) growRows(sheet, missing + ROOM);
    range = ss.getRange(a1Range);
  }
  range.setValues(values);
}

/** Adds rows at the end of a sheet; in a derived sheet the new rows get its date column's format. */
export function growRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, count: number): void {
  const maxRows = sheet.getMaxRows();
  sheet.insertRowsAfter(maxRows, count);
  const dateColumn = dateColumnOf(sheet.getName());
  if (dateColumn) sheet.getRange(maxRows + 1, dateColumn, count, 1).setNumberFormat(DATE_FORMAT);
}
