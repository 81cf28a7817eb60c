// A sheet described as data: values ready for setValues plus the formats the shell applies in blocks.

export type HAlign = "left" | "center" | "right";

/** A rectangle of cells, 0-based row and column. */
export interface Block {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export type ValidationKind = "rating" | "checkbox" | "count";

export interface SheetSpec {
  rows: number;
  columns: number;
  /** Exactly what `Range.setValues` receives: text already protected (see cells.ts). */
  values: (string | number | boolean)[][];
  columnWidths: number[];
  /** Fixed heights for some rows (0-based row → pixels); the rest fit their content. */
  rowHeights: Record<number, number>;
  fontWeights: ("bold" | "normal")[][];
  fontStyles: ("italic" | "normal")[][];
  fontSizes: number[][];
  backgrounds: (string | null)[][];
  wraps: boolean[][];
  horizontalAlignments: HAlign[][];
  numberFormats: string[][];
  merges: Block[];
  validations: { block: Block; kind: ValidationKind }[];
  frozenRows: number;
}

export function blockA1(block: Block): string {
  const from = columnLetter(block.column) + (block.row + 1);
  const to = columnLetter(block.column + block.columns - 1) + (block.row + block.rows);
  return `${from}:${to}`;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A sheet name quoted for A1 notation: 'It''s'!A1. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
