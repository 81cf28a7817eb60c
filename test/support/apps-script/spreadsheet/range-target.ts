// Defines helpers shared by the Range-like facades: bounds-checked numeric ranges and target formatting.
import { formatA1 } from "../model/a1";
import type { Box } from "../model/box";
import type { SheetModel } from "../model/sheet-model";
import type { SheetRange } from "../model/spreadsheet-model";
import { assertInteger } from "../signature";

export const OUTSIDE_SHEET = "The coordinates of the range are outside the dimensions of the sheet.";

/**
 * A range given by numbers (Sheet.getRange(row, column, numRows?, numColumns?)), checked as Sheets
 * checks it; a range reaching beyond max rows/columns throws OUTSIDE_SHEET.
 */
export function numericRange(sheet: SheetModel, args: readonly unknown[], method: string): SheetRange {
  const [rowArg, colArg, rowsArg = 1, colsArg = 1] = args;
  const row = assertInteger(rowArg, method, args);
  const col = assertInteger(colArg, method, args);
  const numRows = assertInteger(rowsArg, method, args);
  const numCols = assertInteger(colsArg, method, args);
  if (row < 1) throw new Error("The starting row of the range is too small.");
  if (col < 1) throw new Error("The starting column of the range is too small.");
  if (numRows < 1) throw new Error("The number of rows in the range must be at least 1.");
  if (numCols < 1) throw new Error("The number of columns in the range must be at least 1.");
  return boundedRange(sheet, { row, col, numRows, numCols });
}

export function boundedRange(sheet: SheetModel, box: Box): SheetRange {
  if (box.row < 1 || box.col < 1 || box.row + box.numRows - 1 > sheet.maxRows || box.col + box.numCols - 1 > sheet.maxCols) {
    throw new Error(OUTSIDE_SHEET);
  }
  return { sheet, box, rowsOpen: false, colsOpen: false };
}

export function targetA1(t: SheetRange): string {
  return formatA1(t.box, t.rowsOpen, t.colsOpen);
}
