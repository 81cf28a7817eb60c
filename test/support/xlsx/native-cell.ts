// Defines NativeCell, one cell as the .xlsx holds it (value, number format, font, fill, alignment, borders, note), and its exceljs reading and writing.
import ExcelJS from "exceljs";
import type { Cell, Style } from "exceljs";
import { dateToSerial } from "../apps-script/model/read-value";
import { isDate } from "../apps-script/realm";
import { escapeCellText } from "./ooxml-text";

export type NativeValue = null | number | string | boolean | { formula: string };

export interface NativeFont {
  name: string | null;
  size: number | null;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  /** "#rrggbb" */
  color: string | null;
}

export type Edge = "top" | "left" | "bottom" | "right";
export const EDGES: readonly Edge[] = ["top", "left", "bottom", "right"];

export interface NativeBorder {
  /** An exceljs/OOXML border style: "thin", "medium", "thick", "dotted", "dashed", "double", … */
  style: string;
  color: string | null;
}

/**
 * A cell as written to and read from the file. Reading what writeNativeCell wrote gives back an equal
 * NativeCell for every value the codec produces (the codec keeps to what the format holds exactly).
 */
export interface NativeCell {
  value: NativeValue;
  /** null is Excel's "General". */
  numFmt: string | null;
  font: NativeFont;
  /** Solid background, "#rrggbb". */
  fill: string | null;
  horizontal: string | null;
  vertical: string | null;
  wrap: boolean;
  borders: Partial<Record<Edge, NativeBorder>>;
  note: string | null;
}

export function emptyNativeCell(): NativeCell {
  return {
    value: null,
    numFmt: null,
    font: { name: null, size: null, bold: false, italic: false, underline: false, strike: false, color: null },
    fill: null,
    horizontal: null,
    vertical: null,
    wrap: false,
    borders: {},
    note: null,
  };
}

/** "#rrggbb" → exceljs ARGB "FFRRGGBB". */
export function toArgb(color: string): string {
  return `FF${color.slice(1).toUpperCase()}`;
}

/** exceljs ARGB → "#rrggbb"; theme and indexed colours are not read (null). */
export function fromArgb(color: { argb?: string } | undefined | null): string | null {
  const argb = color?.argb;
  return typeof argb === "string" && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toLowerCase()}` : null;
}

function styleOf(n: NativeCell): Partial<Style> {
  const style: Partial<Style> = {};
  if (n.numFmt !== null) style.numFmt = n.numFmt;
  const font: Partial<ExcelJS.Font> = {};
  if (n.font.name !== null) font.name = n.font.name;
  if (n.font.size !== null) font.size = n.font.size;
  if (n.font.bold) font.bold = true;
  if (n.font.italic) font.italic = true;
  if (n.font.underline) font.underline = true;
  if (n.font.strike) font.strike = true;
  if (n.font.color !== null) font.color = { argb: toArgb(n.font.color) };
  style.font = font;
  if (n.fill !== null) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(n.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (n.horizontal !== null) alignment.horizontal = n.horizontal as ExcelJS.Alignment["horizontal"];
  if (n.vertical !== null) alignment.vertical = n.vertical as ExcelJS.Alignment["vertical"];
  if (n.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  const border: Partial<ExcelJS.Borders> = {};
  for (const edge of EDGES) {
    const b = n.borders[edge];
    if (b) border[edge] = { style: b.style as ExcelJS.BorderStyle, ...(b.color !== null ? { color: { argb: toArgb(b.color) } } : {}) };
  }
  if (Object.keys(border).length > 0) style.border = border;
  return style;
}

/** Shares one style object among cells that look alike (exceljs then writes one style record for them). */
export type StyleCache = Map<string, Partial<Style>>;

/** Writes a cell (the merge, if any, is applied afterwards by the sheet writer). */
export function writeNativeCell(cell: Cell, n: NativeCell, styles: StyleCache): void {
  const v = n.value;
  if (typeof v === "string") cell.value = escapeCellText(v);
  else if (v !== null && typeof v === "object") cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
  else if (v !== null) cell.value = v;
  const f = n.font;
  const b = n.borders;
  const edge = (e: NativeBorder | undefined) => (e ? `${e.style}/${e.color}` : "");
  const key = [n.numFmt, f.name, f.size, f.bold, f.italic, f.underline, f.strike, f.color, n.fill, n.horizontal, n.vertical, n.wrap]
    .concat([edge(b.top), edge(b.left), edge(b.bottom), edge(b.right)])
    .join("\u0001");
  let shared = styles.get(key);
  if (!shared) {
    shared = styleOf(n);
    styles.set(key, shared);
  }
  cell.style = shared;
  if (n.note !== null) cell.note = escapeCellText(n.note);
}

function readValue(cell: Cell): NativeValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const v: unknown = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (isDate(v)) return dateToSerial(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("formula" in o || "sharedFormula" in o) {
      const formula = cell.formula;
      return typeof formula === "string" && formula !== "" ? { formula } : null;
    }
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text?: unknown }>).map((r) => String(r.text ?? "")).join("");
    if ("hyperlink" in o) {
      const text = o.text as unknown;
      if (typeof text === "string") return text;
      if (text && typeof text === "object" && Array.isArray((text as { richText?: unknown }).richText)) {
        return ((text as { richText: Array<{ text?: unknown }> }).richText).map((r) => String(r.text ?? "")).join("");
      }
      return null;
    }
    if (typeof o.error === "string") return o.error;
  }
  return null;
}

function readNote(cell: Cell): string | null {
  const note: unknown = cell.note;
  if (typeof note === "string") return note === "" ? null : note;
  if (note && typeof note === "object") {
    const texts = (note as { texts?: Array<{ text?: unknown }> }).texts;
    if (Array.isArray(texts)) {
      const text = texts.map((t) => String(t.text ?? "")).join("");
      return text === "" ? null : text;
    }
  }
  return null;
}

export function readNativeCell(cell: Cell): NativeCell {
  const style = (cell.style ?? {}) as Partial<Style>;
  const n = emptyNativeCell();
  n.value = readValue(cell);
  n.numFmt = typeof style.numFmt === "string" && style.numFmt !== "" && style.numFmt !== "General" ? style.numFmt : null;
  const font = style.font ?? {};
  n.font = {
    name: typeof font.name === "string" ? font.name : null,
    size: typeof font.size === "number" ? font.size : null,
    bold: font.bold === true,
    italic: font.italic === true,
    underline: font.underline !== undefined && font.underline !== false && font.underline !== "none",
    strike: font.strike === true,
    color: fromArgb(font.color),
  };
  const fill = style.fill;
  if (fill && fill.type === "pattern" && fill.pattern === "solid") n.fill = fromArgb(fill.fgColor);
  const alignment = style.alignment ?? {};
  n.horizontal = typeof alignment.horizontal === "string" ? alignment.horizontal : null;
  n.vertical = typeof alignment.vertical === "string" ? alignment.vertical : null;
  n.wrap = alignment.wrapText === true;
  for (const edge of EDGES) {
    const b = style.border?.[edge];
    if (b && typeof b.style === "string") n.borders[edge] = { style: b.style, color: fromArgb(b.color) };
  }
  n.note = readNote(cell);
  return n;
}
