// Defines what getValues/getDisplayValues report for stored content, given the cell's number format.
import type { CellValue, Content } from "./cell";
import { formatSheetsDate } from "./sheets-date-format";

/** The fake does not evaluate formulas: every formula reads as this error value, so an unintended formula is visible. */
export const FORMULA_VALUE = "#ERROR!";

const MS_PER_DAY = 86400000;
/** Sheets' serial day 0 is 1899-12-30. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

export function serialToDate(serial: number): Date {
  return new Date(EPOCH_MS + Math.round(serial * MS_PER_DAY));
}

export function dateToSerial(date: Date): number {
  return (date.getTime() - EPOCH_MS) / MS_PER_DAY;
}

/** A number format "looks like a date" when it contains "yy" or "dd" (e.g. "dd/mm/yyyy", "yyyy-mm-dd"). */
export function isDateFormat(numberFormat: string): boolean {
  return /yy|dd/i.test(numberFormat);
}

/**
 * What Range.getValues returns for a cell: numbers, booleans, text, "" for empty, and Date for a date.
 * A cell's read type follows its number format: a number in a date-formatted cell reads back as a
 * Date (serial days since 1899-12-30), as Sheets does. Dates are copies.
 */
export function readValue(content: Content, numberFormat: string): CellValue {
  if (content.kind === "formula") return FORMULA_VALUE;
  const v = content.value;
  if (v instanceof Date) return new Date(v.getTime());
  if (typeof v === "number" && isDateFormat(numberFormat)) return serialToDate(v);
  return v;
}

function formatNumber(n: number, numberFormat: string): string {
  const fixed = /^[#,]*0*(?:\.(0+)#*)?(%?)$/.exec(numberFormat);
  if (fixed && numberFormat !== "" && !numberFormat.includes("#.#")) {
    const decimals = fixed[1]?.length ?? 0;
    const percent = fixed[2] === "%";
    const text = (percent ? n * 100 : n).toFixed(decimals);
    const withGroups = numberFormat.includes(",") ? text.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : text;
    return withGroups + (percent ? "%" : "");
  }
  return String(n);
}

/**
 * What Range.getDisplayValues returns. Simplified: numbers follow "0", "0.00", "#,##0.0", "0%"-style
 * formats, otherwise String(n) (Peru's locale writes a decimal point); dates follow date formats (in
 * UTC, matching the fake's midnight-UTC dates) or "d/MM/yyyy"; booleans show as the
 * Spanish-locale "VERDADERO"/"FALSO" (English "TRUE"/"FALSE" for other locales); formulas show "#ERROR!".
 */
export function displayValue(content: Content, numberFormat: string, locale: string): string {
  const v = readValue(content, numberFormat);
  if (v instanceof Date) return formatSheetsDate(v, isDateFormat(numberFormat) ? numberFormat : "d/MM/yyyy");
  if (typeof v === "boolean") {
    if (locale.toLowerCase().startsWith("es")) return v ? "VERDADERO" : "FALSO";
    return v ? "TRUE" : "FALSE";
  }
  if (typeof v === "number") return formatNumber(v, numberFormat);
  return v;
}
