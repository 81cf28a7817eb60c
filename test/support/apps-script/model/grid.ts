// Defines Grid, the sparse cell store of one sheet (rows of CellData, created on first write), with row/column shifts.
import { cloneCell, isEmptyContent, newCell } from "./cell";
import type { CellData } from "./cell";

export class Grid {
  /** rows[r - 1][c - 1]; holes mean untouched cells. */
  private rows: Array<Array<CellData | undefined> | undefined> = [];

  get(row: number, col: number): CellData | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  /** The cell at (row, col), created when missing. */
  at(row: number, col: number): CellData {
    let line = this.rows[row - 1];
    if (!line) {
      line = [];
      this.rows[row - 1] = line;
    }
    let cell = line[col - 1];
    if (!cell) {
      cell = newCell();
      line[col - 1] = cell;
    }
    return cell;
  }

  /** The last row holding content (a value or a formula); 0 when there is none. Formats do not count. */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      const line = this.rows[r - 1];
      if (line && line.some((cell) => cell !== undefined && !isEmptyContent(cell.content))) return r;
    }
    return 0;
  }

  /** The last column holding content; 0 when there is none. */
  lastCol(): number {
    let last = 0;
    for (const line of this.rows) {
      if (!line) continue;
      for (let c = line.length; c > last; c--) {
        const cell = line[c - 1];
        if (cell && !isEmptyContent(cell.content)) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  insertRows(before: number, count: number): void {
    if (this.rows.length < before - 1) return;
    this.rows.splice(before - 1, 0, ...new Array<undefined>(count));
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at - 1, count);
  }

  insertCols(before: number, count: number): void {
    for (const line of this.rows) {
      if (line && line.length >= before - 1) line.splice(before - 1, 0, ...new Array<undefined>(count));
    }
  }

  deleteCols(at: number, count: number): void {
    for (const line of this.rows) if (line) line.splice(at - 1, count);
  }

  /** Drops everything beyond the given size (used when a sheet shrinks). */
  truncate(maxRows: number, maxCols: number): void {
    this.rows.length = Math.min(this.rows.length, maxRows);
    for (const line of this.rows) if (line && line.length > maxCols) line.length = maxCols;
  }

  /** Calls fn for every stored cell. */
  forEach(fn: (cell: CellData, row: number, col: number) => void): void {
    this.rows.forEach((line, i) => line?.forEach((cell, j) => cell && fn(cell, i + 1, j + 1)));
  }

  clone(): Grid {
    const copy = new Grid();
    copy.rows = this.rows.map((line) => line?.map((cell) => (cell ? cloneCell(cell) : undefined)));
    return copy;
  }
}
