// Defines the cell codec: a fake cell (content, formats, note) as a NativeCell and back, and the canonical text of each aspect compared to find losses.
import { DEFAULT_FORMAT, EMPTY } from "../apps-script/model/cell";
import type { BorderSpec, Borders, CellData, CellFormat, Content } from "../apps-script/model/cell";
import { dateToSerial, isDateFormat, serialToDate } from "../apps-script/model/read-value";
import { emptyNativeCell, EDGES } from "./native-cell";
import type { NativeCell, NativeValue } from "./native-cell";
import { isSafeAttribute, isSafeText, MAX_EXCEL_CELL_CHARS, truncateText } from "./ooxml-text";
import { isDate } from "../apps-script/realm";
import { exceljsReadsAsDate, serialAsReadBack } from "./units";

/** Sheets' border styles and the OOXML styles that draw them. */
const BORDER_STYLES: Readonly<Record<string, string>> = {
  SOLID: "thin",
  SOLID_MEDIUM: "medium",
  SOLID_THICK: "thick",
  DOTTED: "dotted",
  DASHED: "dashed",
  DOUBLE: "double",
};
const SHEETS_BORDER_STYLES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(BORDER_STYLES).map(([k, v]) => [v, k]));

const HORIZONTAL = new Set(["left", "center", "right", "justify"]);
const VERTICAL = new Set(["top", "middle"]);
/** Excel limits: font names 31 characters, number formats 255, formulas 8,192, sizes 1–409 pt. */
const MAX_FONT_NAME = 31;
const MAX_NUMBER_FORMAT = 255;
const MAX_FORMULA = 8192;

const HEX = /^#[0-9a-f]{6}$/;

/** What a decoded cell holds (its validation travels separately, as in the file). */
export interface DecodedCell {
  content: Content;
  format: Partial<CellFormat> | null;
  note: string;
}

function effective(format: Partial<CellFormat> | null | undefined): CellFormat {
  return { ...DEFAULT_FORMAT, ...(format ?? {}), borders: { ...(format?.borders ?? {}) } };
}

/** A formula Excel can parse as far as a light check tells: "=" then balanced quotes and parentheses. */
function excelFormula(formula: string): string | null {
  if (!formula.startsWith("=") || formula.length < 2 || formula.length > MAX_FORMULA + 1 || !isSafeText(formula)) return null;
  const body = formula.slice(1);
  let depth = 0;
  let quoted = false;
  for (const ch of body) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "(") depth++;
    else if (!quoted && ch === ")" && --depth < 0) return null;
  }
  return depth === 0 && !quoted ? body : null;
}

/** The display format a Date gets when its cell has no date format of its own (Excel needs one). */
function dateFormatFor(date: Date): string {
  return date.getTime() % 86400000 === 0 ? "dd/mm/yyyy" : "dd/mm/yyyy hh:mm:ss";
}

/**
 * Day serials beyond ±10 million (±27,000 years) are no date Excel can show, and a millisecond there is
 * below a double's precision, so exceljs's Date would not come back as the same number: such a number is
 * written without its date format, which the meta sheet then restores.
 */
const DATE_SERIAL_LIMIT = 1e7;

function numberFormatFor(content: Content, numberFormat: string): string | null {
  if (content.kind === "value" && isDate(content.value) && !isDateFormat(numberFormat)) return dateFormatFor(content.value);
  if (content.kind === "value" && typeof content.value === "number" && Math.abs(content.value) > DATE_SERIAL_LIMIT && exceljsReadsAsDate(numberFormat)) return null;
  if (numberFormat === DEFAULT_FORMAT.numberFormat) return null;
  if (numberFormat === "" || numberFormat.toLowerCase() === "general" || numberFormat.length > MAX_NUMBER_FORMAT || !isSafeAttribute(numberFormat)) return null;
  return numberFormat;
}

function valueFor(content: Content, numFmt: string | null): NativeValue {
  if (content.kind === "formula") {
    const body = excelFormula(content.formula);
    return body !== null ? { formula: body } : truncateText(content.formula, MAX_EXCEL_CELL_CHARS);
  }
  const v = content.value;
  if (v === "") return null;
  if (typeof v === "string") return truncateText(v, MAX_EXCEL_CELL_CHARS);
  if (typeof v === "boolean") return v;
  const serial = isDate(v) ? dateToSerial(v) : v;
  if (!Number.isFinite(serial)) return isDate(v) ? null : String(v);
  // exceljs reads numbers in date/time formats as Dates rounded to the millisecond, and -0 as 0: hold them as it will.
  if (serial === 0) return 0;
  return exceljsReadsAsDate(numFmt) ? serialAsReadBack(serial) : serial;
}

function border(spec: BorderSpec | undefined): NativeCell["borders"]["top"] {
  if (!spec) return undefined;
  return { style: BORDER_STYLES[spec.style] ?? "thin", color: HEX.test(spec.color) ? spec.color : null };
}

/**
 * A fake cell as the file holds it. `coveredByMerge` marks a merged cell other than the top-left one,
 * whose content the file cannot hold. Formats Excel has no equivalent for (CLIP wrapping, unknown
 * alignments, colours that are not "#rrggbb") are left out: the caller compares decodeCell's result with
 * the original to find such losses.
 */
export function encodeCell(data: CellData, coveredByMerge: boolean): NativeCell {
  const f = effective(data.format);
  const n = emptyNativeCell();
  const content = coveredByMerge ? EMPTY : data.content;
  n.numFmt = numberFormatFor(content, f.numberFormat);
  n.value = valueFor(content, n.numFmt);
  const family = typeof f.fontFamily === "string" && f.fontFamily !== "" && f.fontFamily.length <= MAX_FONT_NAME && isSafeAttribute(f.fontFamily);
  n.font = {
    name: family ? f.fontFamily : DEFAULT_FORMAT.fontFamily,
    // exceljs reads font sizes as integers (parseInt): a 10.5 pt font is written as 11 and restored from meta.
    size: typeof f.fontSize === "number" && f.fontSize >= 1 && f.fontSize <= 409 ? Math.round(f.fontSize) : DEFAULT_FORMAT.fontSize,
    bold: f.fontWeight === "bold",
    italic: f.fontStyle === "italic",
    underline: f.fontLine === "underline",
    strike: f.fontLine === "line-through",
    color: HEX.test(f.fontColor) && f.fontColor !== DEFAULT_FORMAT.fontColor ? f.fontColor : null,
  };
  n.fill = HEX.test(f.background) && f.background !== DEFAULT_FORMAT.background ? f.background : null;
  n.horizontal = HORIZONTAL.has(f.horizontalAlignment) ? f.horizontalAlignment : null;
  n.vertical = VERTICAL.has(f.verticalAlignment) ? f.verticalAlignment : null;
  n.wrap = f.wrapStrategy === "WRAP";
  for (const edge of EDGES) {
    const b = border(f.borders[edge]);
    if (b) n.borders[edge] = b;
  }
  n.note = data.note !== "" ? data.note : null;
  return n;
}

function contentOf(n: NativeCell): Content {
  const v = n.value;
  if (v === null) return EMPTY;
  if (typeof v === "object") return { kind: "formula", formula: `=${v.formula}` };
  if (typeof v === "number" && isDateFormat(n.numFmt ?? "")) return { kind: "value", value: serialToDate(v) };
  return { kind: "value", value: v };
}

/** A cell read from the file as the fake stores it: formats that equal Sheets' defaults are left out. */
export function decodeCell(n: NativeCell): DecodedCell {
  const borders: Borders = {};
  for (const edge of EDGES) {
    const b = n.borders[edge];
    if (b) borders[edge] = { color: b.color ?? "#000000", style: SHEETS_BORDER_STYLES[b.style] ?? "SOLID" };
  }
  const full: CellFormat = {
    numberFormat: n.numFmt ?? DEFAULT_FORMAT.numberFormat,
    fontWeight: n.font.bold ? "bold" : "normal",
    fontStyle: n.font.italic ? "italic" : "normal",
    fontSize: n.font.size ?? DEFAULT_FORMAT.fontSize,
    fontColor: n.font.color ?? DEFAULT_FORMAT.fontColor,
    fontFamily: n.font.name ?? DEFAULT_FORMAT.fontFamily,
    fontLine: n.font.underline ? "underline" : n.font.strike ? "line-through" : "none",
    background: n.fill ?? DEFAULT_FORMAT.background,
    wrapStrategy: n.wrap ? "WRAP" : "OVERFLOW",
    horizontalAlignment: n.horizontal ?? DEFAULT_FORMAT.horizontalAlignment,
    verticalAlignment: n.vertical ?? DEFAULT_FORMAT.verticalAlignment,
    borders,
  };
  const format: Partial<CellFormat> = {};
  for (const key of Object.keys(full) as Array<keyof CellFormat>) {
    if (key === "borders") continue;
    if (full[key] !== DEFAULT_FORMAT[key]) (format as Record<string, unknown>)[key] = full[key];
  }
  if (Object.keys(borders).length > 0) format.borders = borders;
  return { content: contentOf(n), format: Object.keys(format).length > 0 ? format : null, note: n.note ?? "" };
}

/** Whether a decoded cell holds nothing (no need to store it). */
export function isBlank(cell: DecodedCell): boolean {
  return cell.content.kind === "value" && cell.content.value === "" && cell.format === null && cell.note === "";
}

export type CellAspect = "content" | "format" | "note" | "validation";

/** Canonical text of a content (compared once per cell on every save, so built by hand). */
export function canonicalContent(content: Content): string {
  if (content.kind === "formula") return `f${content.formula}`;
  const v = content.value;
  if (typeof v === "string") return `s${v}`;
  if (typeof v === "number") return Object.is(v, -0) ? "n-0" : `n${String(v)}`;
  if (typeof v === "boolean") return v ? "b1" : "b0";
  if (isDate(v)) return `d${v.getTime()}`;
  return `?${String(v)}`;
}

const FORMAT_KEYS = (Object.keys(DEFAULT_FORMAT) as Array<keyof CellFormat>).filter((k): k is Exclude<keyof CellFormat, "borders"> => k !== "borders");

/** Whether two formats have the same effective values (what canonicalFormat compares, without building text). */
export function sameFormat(a: Partial<CellFormat> | null | undefined, b: Partial<CellFormat> | null | undefined): boolean {
  if (!a && !b) return true;
  for (const k of FORMAT_KEYS) if ((a?.[k] ?? DEFAULT_FORMAT[k]) !== (b?.[k] ?? DEFAULT_FORMAT[k])) return false;
  for (const edge of EDGES) {
    const x = a?.borders?.[edge];
    const y = b?.borders?.[edge];
    if (x?.color !== y?.color || x?.style !== y?.style) return false;
  }
  return true;
}

/** Formats compare by their effective values (a property set to its default equals a missing one). */
export function canonicalFormat(format: Partial<CellFormat> | null | undefined): string {
  const values: unknown[] = FORMAT_KEYS.map((k) => format?.[k] ?? DEFAULT_FORMAT[k]);
  for (const edge of EDGES) {
    const b = format?.borders?.[edge];
    values.push(b ? [b.color, b.style] : null);
  }
  return JSON.stringify(values);
}
