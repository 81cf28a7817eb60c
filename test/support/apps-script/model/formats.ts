// Defines recording cell formats on a sheet box (one value for all cells, or one per cell) and reading them back.
import { eachCell, endCol, endRow, mapCells } from "./box";
import type { Box } from "./box";
import { formatOf } from "./cell";
import type { BorderSpec, Borders, CellFormat } from "./cell";
import { checkDimensions } from "./dimensions";
import type { SheetModel } from "./sheet-model";

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#ffffff",
  red: "#ff0000",
  green: "#008000",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ffa500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
};

/** Sheets reports colours as lowercase "#rrggbb" (getBackground() of "RED" or "#F00" is "#ff0000"). */
export function normalizeColor(color: string): string {
  const c = color.trim().toLowerCase();
  if (NAMED_COLORS[c]) return NAMED_COLORS[c] as string;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return c;
}

const COLOR_KEYS: ReadonlySet<keyof CellFormat> = new Set<keyof CellFormat>(["background", "fontColor"]);

function normalize<K extends keyof CellFormat>(key: K, value: CellFormat[K] | null): CellFormat[K] | null {
  if (value !== null && typeof value === "string" && COLOR_KEYS.has(key)) return normalizeColor(value) as CellFormat[K];
  return value;
}

function setOne<K extends keyof CellFormat>(sheet: SheetModel, row: number, col: number, key: K, value: CellFormat[K] | null): void {
  if (value === null || value === undefined) {
    const cell = sheet.grid.get(row, col);
    if (cell?.format) delete cell.format[key];
    return;
  }
  const cell = sheet.grid.at(row, col);
  cell.format = { ...(cell.format ?? {}), [key]: normalize(key, value) };
}

/** Sets one format property on every cell of the box; null restores the default. */
export function setFormat<K extends keyof CellFormat>(sheet: SheetModel, b: Box, key: K, value: CellFormat[K] | null): void {
  eachCell(b, (r, c) => setOne(sheet, r, c, key, value));
}

/** Sets one format property per cell from a grid that must match the box (Sheets' dimension messages). */
export function setFormatGrid<K extends keyof CellFormat>(
  sheet: SheetModel,
  b: Box,
  key: K,
  values: ReadonlyArray<ReadonlyArray<CellFormat[K] | null>>,
): void {
  checkDimensions(values, b);
  eachCell(b, (r, c, i, j) => setOne(sheet, r, c, key, values[i]?.[j] ?? null));
}

export function readFormat<K extends keyof CellFormat>(sheet: SheetModel, b: Box, key: K): Array<Array<CellFormat[K]>> {
  return mapCells(b, (r, c) => formatOf(sheet.grid.get(r, c), key));
}

/** Clears every format of the box (number formats included), as Range.clearFormat does. */
export function clearFormats(sheet: SheetModel, b: Box): void {
  eachCell(b, (r, c) => {
    const cell = sheet.grid.get(r, c);
    if (cell) cell.format = null;
  });
}

export type BorderFlag = boolean | null | undefined;

/**
 * Range.setBorder(top, left, bottom, right, vertical, horizontal, color?, style?): true sets, false
 * removes, null leaves an edge unchanged. Outer edges use top/left/bottom/right; edges between cells
 * of the box use vertical/horizontal. Recorded per cell, not rendered.
 */
export function setBorders(
  sheet: SheetModel,
  b: Box,
  flags: { top: BorderFlag; left: BorderFlag; bottom: BorderFlag; right: BorderFlag; vertical: BorderFlag; horizontal: BorderFlag },
  color: string | null | undefined,
  style: string | null | undefined,
): void {
  const spec: BorderSpec = { color: normalizeColor(color ?? "#000000"), style: style ?? "SOLID" };
  eachCell(b, (r, c) => {
    const cell = sheet.grid.at(r, c);
    const borders: Borders = { ...(cell.format?.borders ?? {}) };
    const apply = (edge: keyof Borders, flag: BorderFlag): void => {
      if (flag === true) borders[edge] = { ...spec };
      else if (flag === false) delete borders[edge];
    };
    apply("top", r === b.row ? flags.top : flags.horizontal);
    apply("bottom", r === endRow(b) ? flags.bottom : flags.horizontal);
    apply("left", c === b.col ? flags.left : flags.vertical);
    apply("right", c === endCol(b) ? flags.right : flags.vertical);
    cell.format = { ...(cell.format ?? {}), borders };
  });
}
