// Builds a SheetSpec row by row: each row's cells with their style, merges and validations.
import type { Block, HAlign, SheetSpec, ValidationKind } from "./sheet-spec";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  background?: string | null;
  wrap?: boolean;
  align?: HAlign;
  format?: string;
}

export type CellInput = string | number | boolean | { value: string | number | boolean; style: CellStyle };

export class GridBuilder {
  private readonly spec: SheetSpec;

  constructor(columnWidths: number[]) {
    this.spec = {
      rows: 0,
      columns: columnWidths.length,
      values: [],
      columnWidths,
      rowHeights: {},
      fontWeights: [],
      fontStyles: [],
      fontSizes: [],
      backgrounds: [],
      wraps: [],
      horizontalAlignments: [],
      numberFormats: [],
      merges: [],
      validations: [],
      frozenRows: 0,
    };
  }

  get rowCount(): number {
    return this.spec.rows;
  }

  /** Adds a row; `rowStyle` applies to every cell, a cell's own style overrides it. Returns its index. */
  row(cells: CellInput[], rowStyle: CellStyle = {}): number {
    const s = this.spec;
    const r = s.rows++;
    const pick = (c: number) => {
      const cell = cells[c];
      if (cell !== undefined && typeof cell === "object") return { value: cell.value, style: { ...rowStyle, ...cell.style } };
      return { value: cell ?? "", style: rowStyle };
    };
    const row = Array.from({ length: s.columns }, (_, c) => pick(c));
    s.values.push(row.map((cell) => cell.value));
    s.fontWeights.push(row.map((cell) => (cell.style.bold ? "bold" : "normal")));
    s.fontStyles.push(row.map((cell) => (cell.style.italic ? "italic" : "normal")));
    s.fontSizes.push(row.map((cell) => cell.style.size ?? 10));
    s.backgrounds.push(row.map((cell) => cell.style.background ?? null));
    s.wraps.push(row.map((cell) => cell.style.wrap ?? false));
    s.horizontalAlignments.push(row.map((cell) => cell.style.align ?? "left"));
    s.numberFormats.push(row.map((cell) => cell.style.format ?? ""));
    return r;
  }

  merge(row: number, column: number, columns: number, rows = 1): void {
    this.spec.merges.push({ row, column, rows, columns });
  }

  validate(block: Block, kind: ValidationKind): void {
    this.spec.validations.push({ block, kind });
  }

  height(row: number, pixels: number): void {
    this.spec.rowHeights[row] = pixels;
  }

  freeze(rows: number): void {
    this.spec.frozenRows = rows;
  }

  build(): SheetSpec {
    return this.spec;
  }
}
