// Defines inserting and deleting rows/columns of a sheet, shifting cells, formats, merges, protections, rules and layout.
import { shiftForDelete, shiftForInsert } from "./box";
import type { Box, Dimension } from "./box";
import type { SheetModel } from "./sheet-model";

/** Sheets' limit: 10 million cells per spreadsheet across all sheets. */
export const MAX_CELLS = 10_000_000;

export function assertCellLimit(extraCells: number, currentCells: number): void {
  if (currentCells + extraCells > MAX_CELLS) {
    throw new Error(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
  }
}

function shiftIndexMap<V>(map: Map<number, V>, insertAt: number, count: number, deleting: boolean): Map<number, V> {
  const out = new Map<number, V>();
  for (const [index, value] of map) {
    if (index < insertAt) out.set(index, value);
    else if (!deleting) out.set(index + count, value);
    else if (index >= insertAt + count) out.set(index - count, value);
  }
  return out;
}

function shiftIndexSet(set: Set<number>, at: number, count: number, deleting: boolean): Set<number> {
  const map = new Map<number, true>([...set].map((i) => [i, true]));
  return new Set(shiftIndexMap(map, at, count, deleting).keys());
}

function shiftBoxes(sheet: SheetModel, move: (b: Box) => Box | null): void {
  const moveAll = (boxes: Box[]): Box[] => boxes.map(move).filter((b): b is Box => b !== null);
  sheet.merges = moveAll(sheet.merges).filter((m) => m.numRows > 1 || m.numCols > 1);
  sheet.protections = sheet.protections.filter((p) => {
    p.unprotected = moveAll(p.unprotected);
    if (!p.box) return true;
    const moved = move(p.box);
    p.box = moved;
    return moved !== null;
  });
  if (sheet.filter) {
    const moved = move(sheet.filter.box);
    sheet.filter = moved ? { ...sheet.filter, box: moved } : null;
  }
  sheet.conditionalRules = sheet.conditionalRules
    .map((rule) => ({
      ...rule,
      ranges: rule.ranges
        .map((r) => (r.sheetId === sheet.id ? { sheetId: r.sheetId, box: move(r.box) } : r))
        .filter((r): r is { sheetId: number; box: Box } => r.box !== null),
    }))
    .filter((rule) => rule.ranges.length > 0);
}

/** Inserts `count` empty rows/columns before position `before` (1-based; maxRows + 1 appends). */
export function insertLines(sheet: SheetModel, dim: Dimension, before: number, count: number, totalCells: number): void {
  const max = dim === "ROWS" ? sheet.maxRows : sheet.maxCols;
  if (!Number.isInteger(before) || !Number.isInteger(count) || before < 1 || before > max + 1 || count < 1) {
    throw new Error(dim === "ROWS" ? "Those rows are out of bounds." : "Those columns are out of bounds.");
  }
  assertCellLimit(count * (dim === "ROWS" ? sheet.maxCols : sheet.maxRows), totalCells);
  if (dim === "ROWS") {
    sheet.grid.insertRows(before, count);
    sheet.maxRows += count;
    sheet.rowHeights = shiftIndexMap(sheet.rowHeights, before, count, false);
    sheet.hiddenRows = shiftIndexSet(sheet.hiddenRows, before, count, false);
  } else {
    sheet.grid.insertCols(before, count);
    sheet.maxCols += count;
    sheet.columnWidths = shiftIndexMap(sheet.columnWidths, before, count, false);
    sheet.hiddenColumns = shiftIndexSet(sheet.hiddenColumns, before, count, false);
  }
  shiftBoxes(sheet, (b) => shiftForInsert(b, dim, before, count));
}

/** Deletes `count` rows/columns from position `at`; deleting all of them throws, as in Sheets. */
export function deleteLines(sheet: SheetModel, dim: Dimension, at: number, count: number): void {
  const rows = dim === "ROWS";
  const max = rows ? sheet.maxRows : sheet.maxCols;
  if (!Number.isInteger(at) || !Number.isInteger(count) || at < 1 || count < 1 || at + count - 1 > max) {
    throw new Error(rows ? "Those rows are out of bounds." : "Those columns are out of bounds.");
  }
  if (count >= max) {
    throw new Error(rows ? "You can't delete all the rows on the sheet." : "You can't delete all the columns on the sheet.");
  }
  if (rows) {
    sheet.grid.deleteRows(at, count);
    sheet.maxRows -= count;
    sheet.rowHeights = shiftIndexMap(sheet.rowHeights, at, count, true);
    sheet.hiddenRows = shiftIndexSet(sheet.hiddenRows, at, count, true);
    const frozenGone = Math.max(0, Math.min(sheet.frozenRows, at + count - 1) - at + 1);
    sheet.frozenRows -= frozenGone;
  } else {
    sheet.grid.deleteCols(at, count);
    sheet.maxCols -= count;
    sheet.columnWidths = shiftIndexMap(sheet.columnWidths, at, count, true);
    sheet.hiddenColumns = shiftIndexSet(sheet.hiddenColumns, at, count, true);
    const frozenGone = Math.max(0, Math.min(sheet.frozenCols, at + count - 1) - at + 1);
    sheet.frozenCols -= frozenGone;
  }
  shiftBoxes(sheet, (b) => shiftForDelete(b, dim, at, count));
}
