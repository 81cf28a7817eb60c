// Defines reading and writing cell contents of a sheet box, honouring merges and Sheets' input parsing.
import { eachCell, mapCells } from "./box";
import type { Box } from "./box";
import { EMPTY, formatOf } from "./cell";
import type { CellValue, Content } from "./cell";
import { isHiddenByMerge } from "./merges";
import { parseInput } from "./parse-input";
import { displayValue, readValue } from "./read-value";
import type { SheetModel } from "./sheet-model";

export function contentAt(sheet: SheetModel, row: number, col: number): Content {
  return sheet.grid.get(row, col)?.content ?? EMPTY;
}

export function numberFormatAt(sheet: SheetModel, row: number, col: number): string {
  return formatOf(sheet.grid.get(row, col), "numberFormat");
}

/** Values as getValues reports them (host-realm Dates). */
export function readValues(sheet: SheetModel, b: Box): CellValue[][] {
  return mapCells(b, (r, c) => readValue(contentAt(sheet, r, c), numberFormatAt(sheet, r, c)));
}

export function readDisplayValues(sheet: SheetModel, b: Box, locale: string): string[][] {
  return mapCells(b, (r, c) => displayValue(contentAt(sheet, r, c), numberFormatAt(sheet, r, c), locale));
}

/** Formulas as getFormulas reports them: the formula text, or "" for a cell that holds a value. */
export function readFormulas(sheet: SheetModel, b: Box): string[][] {
  return mapCells(b, (r, c) => {
    const content = contentAt(sheet, r, c);
    return content.kind === "formula" ? content.formula : "";
  });
}

/** Stores content in one cell; a write into a merged cell other than its anchor is dropped, as in Sheets. */
export function storeContent(sheet: SheetModel, row: number, col: number, content: Content): void {
  if (isHiddenByMerge(sheet, row, col)) return;
  if (content === EMPTY && !sheet.grid.get(row, col)) return;
  sheet.grid.at(row, col).content = content;
}

/** Parses every input first (so a too-long text fails before anything is written), then stores. */
export function writeInputs(sheet: SheetModel, b: Box, inputAt: (i: number, j: number) => unknown): void {
  const parsed = mapCells(b, (r, c) => parseInput(inputAt(r - b.row, c - b.col), numberFormatAt(sheet, r, c)));
  eachCell(b, (r, c, i, j) => storeContent(sheet, r, c, parsed[i]?.[j] ?? EMPTY));
}

export function clearContents(sheet: SheetModel, b: Box): void {
  eachCell(b, (r, c) => {
    const cell = sheet.grid.get(r, c);
    if (cell) cell.content = EMPTY;
  });
}
