// Defines lists of cell rectangles: grouping scattered cells into rectangles and writing/reading them as "A1:B3 D5".
import { formatA1, parseA1, resolveA1 } from "../apps-script/model/a1";
import type { Box } from "../apps-script/model/box";

/** Excel's grid: 1,048,576 rows × 16,384 columns. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;

/** Whether a box fits in Excel's grid. */
export function inExcelGrid(b: Box): boolean {
  return b.row >= 1 && b.col >= 1 && b.row + b.numRows - 1 <= EXCEL_MAX_ROWS && b.col + b.numCols - 1 <= EXCEL_MAX_COLS;
}

const key = (row: number, col: number): number => row * 20_000 + col;

/**
 * Greedy rectangles over a set of cells, scanning row by row: each rectangle grows right, then down
 * while whole rows of it are free. Rectangles never overlap, and no 1×1 rectangle has a free cell of
 * the set right of it or below it.
 */
export function rectangles(cells: ReadonlyArray<readonly [number, number]>): Box[] {
  const free = new Set(cells.map(([r, c]) => key(r, c)));
  const sorted = [...cells].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Box[] = [];
  for (const [row, col] of sorted) {
    if (!free.has(key(row, col))) continue;
    let numCols = 1;
    while (free.has(key(row, col + numCols))) numCols++;
    let numRows = 1;
    const rowFree = (r: number) => {
      for (let c = col; c < col + numCols; c++) if (!free.has(key(r, c))) return false;
      return true;
    };
    while (rowFree(row + numRows)) numRows++;
    for (let r = row; r < row + numRows; r++) for (let c = col; c < col + numCols; c++) free.delete(key(r, c));
    out.push({ row, col, numRows, numCols });
  }
  return out;
}

/** "A1:B3 D5" (Excel's sqref form). */
export function formatBoxes(boxes: readonly Box[]): string {
  return boxes.map((b) => formatA1(b)).join(" ");
}

/** Parses one A1 range ("B3", "A1:C9"); null for anything else. */
export function parseBox(a1: string): Box | null {
  const parts = parseA1(a1.replace(/\$/g, ""));
  if (!parts || parts.sheetName !== null) return null;
  return resolveA1(parts, EXCEL_MAX_ROWS, EXCEL_MAX_COLS)?.box ?? null;
}

/** Parses "A1:B3 D5"; unreadable pieces are skipped. */
export function parseBoxes(sqref: string): Box[] {
  return sqref
    .split(/\s+/)
    .filter((p) => p !== "")
    .map(parseBox)
    .filter((b): b is Box => b !== null);
}

/** Calls fn for every cell of the boxes. */
export function eachCellOf(boxes: readonly Box[], fn: (row: number, col: number) => void): void {
  for (const b of boxes) for (let r = b.row; r < b.row + b.numRows; r++) for (let c = b.col; c < b.col + b.numCols; c++) fn(r, c);
}
