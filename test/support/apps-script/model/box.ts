// Defines Box, a rectangle of cells (1-based row/column plus size), and the geometry used on it.

export interface Box {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export type Dimension = "ROWS" | "COLUMNS";

export function box(row: number, col: number, numRows = 1, numCols = 1): Box {
  return { row, col, numRows, numCols };
}

export function endRow(b: Box): number {
  return b.row + b.numRows - 1;
}

export function endCol(b: Box): number {
  return b.col + b.numCols - 1;
}

export function containsCell(b: Box, row: number, col: number): boolean {
  return row >= b.row && row <= endRow(b) && col >= b.col && col <= endCol(b);
}

export function intersects(a: Box, b: Box): boolean {
  return a.row <= endRow(b) && b.row <= endRow(a) && a.col <= endCol(b) && b.col <= endCol(a);
}

export function containsBox(outer: Box, inner: Box): boolean {
  return containsCell(outer, inner.row, inner.col) && containsCell(outer, endRow(inner), endCol(inner));
}

export function sameBox(a: Box, b: Box): boolean {
  return a.row === b.row && a.col === b.col && a.numRows === b.numRows && a.numCols === b.numCols;
}

/** Calls fn for every cell of the box, row by row; i and j are 0-based offsets inside the box. */
export function eachCell(b: Box, fn: (row: number, col: number, i: number, j: number) => void): void {
  for (let i = 0; i < b.numRows; i++) {
    for (let j = 0; j < b.numCols; j++) fn(b.row + i, b.col + j, i, j);
  }
}

/** Builds a numRows × numCols grid from fn(row, col). */
export function mapCells<T>(b: Box, fn: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < b.numRows; i++) {
    const line: T[] = [];
    for (let j = 0; j < b.numCols; j++) line.push(fn(b.row + i, b.col + j));
    out.push(line);
  }
  return out;
}

/** Where a box ends up after `count` rows/columns are inserted before position `at`. */
export function shiftForInsert(b: Box, dim: Dimension, at: number, count: number): Box {
  const [start, size] = dim === "ROWS" ? [b.row, b.numRows] : [b.col, b.numCols];
  let newStart = start;
  let newSize = size;
  if (at <= start) newStart = start + count;
  else if (at <= start + size - 1) newSize = size + count; // inserted inside: the box grows
  return dim === "ROWS" ? { ...b, row: newStart, numRows: newSize } : { ...b, col: newStart, numCols: newSize };
}

/** Where a box ends up after `count` rows/columns starting at `at` are deleted; null when nothing is left. */
export function shiftForDelete(b: Box, dim: Dimension, at: number, count: number): Box | null {
  const [start, size] = dim === "ROWS" ? [b.row, b.numRows] : [b.col, b.numCols];
  const end = start + size - 1;
  const delEnd = at + count - 1;
  const removedInside = Math.max(0, Math.min(end, delEnd) - Math.max(start, at) + 1);
  const newSize = size - removedInside;
  if (newSize <= 0) return null;
  const removedBefore = Math.max(0, Math.min(start - 1, delEnd) - at + 1);
  const newStart = start - removedBefore;
  return dim === "ROWS" ? { ...b, row: newStart, numRows: newSize } : { ...b, col: newStart, numCols: newSize };
}
