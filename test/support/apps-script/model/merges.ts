// Defines merging and unmerging cells on a sheet, and the lookup of merged (non-anchor) cells.
import { containsBox, containsCell, eachCell, intersects } from "./box";
import type { Box } from "./box";
import { EMPTY } from "./cell";
import type { SheetModel } from "./sheet-model";

/** Sheets' message when a merge or unmerge cuts through an existing merge. */
export const PARTIAL_MERGE = "You must select all cells in a merged range to merge or unmerge them.";

/** The merge covering a cell, if any. */
export function mergeAt(sheet: SheetModel, row: number, col: number): Box | undefined {
  return sheet.merges.find((m) => containsCell(m, row, col));
}

/** A cell inside a merge other than its top-left anchor: writes to it are dropped and it reads "". */
export function isHiddenByMerge(sheet: SheetModel, row: number, col: number): boolean {
  const m = mergeAt(sheet, row, col);
  return m !== undefined && (m.row !== row || m.col !== col);
}

export function mergesTouching(sheet: SheetModel, b: Box): Box[] {
  return sheet.merges.filter((m) => intersects(m, b));
}

function assertWhole(sheet: SheetModel, b: Box): Box[] {
  const touching = mergesTouching(sheet, b);
  if (touching.some((m) => !containsBox(b, m))) throw new Error(PARTIAL_MERGE);
  return touching;
}

/**
 * Merges a box. As in Sheets, only the top-left value is kept and the other cells are cleared;
 * merges fully inside the box are absorbed; a merge partly inside throws PARTIAL_MERGE.
 */
export function mergeBox(sheet: SheetModel, b: Box): void {
  const absorbed = assertWhole(sheet, b);
  if (b.numRows === 1 && b.numCols === 1) return;
  sheet.merges = sheet.merges.filter((m) => !absorbed.includes(m));
  eachCell(b, (r, c) => {
    if (r === b.row && c === b.col) return;
    const cell = sheet.grid.get(r, c);
    if (cell) cell.content = EMPTY;
  });
  sheet.merges.push({ ...b });
}

/** Breaks apart every merge inside the box; a merge partly inside throws PARTIAL_MERGE. */
export function breakApartBox(sheet: SheetModel, b: Box): void {
  const inside = assertWhole(sheet, b);
  sheet.merges = sheet.merges.filter((m) => !inside.includes(m));
}
