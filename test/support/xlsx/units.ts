// Defines the unit conversions between the fake (pixels, Dates) and Excel (column characters, points, date serials as exceljs reads them).
import { dateToSerial } from "../apps-script/model/read-value";

/**
 * Excel column widths count characters of the default font's widest digit (7 px for Calibri 11, plus
 * 5 px of padding); columns under 12 px scale linearly (ECMA-376 §18.3.1.13). Excel caps widths at 255.
 */
export function pxToColumnWidth(px: number): number {
  const width = px >= 12 ? (px - 5) / 7 : px / 12;
  return Math.min(255, Math.max(0, width));
}

export function columnWidthToPx(width: number): number {
  return Math.round(width >= 1 ? width * 7 + 5 : width * 12);
}

/** Row heights are points (3/4 px at 96 dpi); Excel caps them at 409 pt. */
export function pxToRowHeight(px: number): number {
  return Math.min(409, Math.max(0, px * 0.75));
}

export function rowHeightToPx(points: number): number {
  return Math.round((points * 4) / 3);
}

const MS_PER_DAY = 86400000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * exceljs's own test for "this number format shows a date or time" (lib/utils/utils.js isDateFmt): such
 * cells are read back as Dates rounded to the millisecond.
 */
export function exceljsReadsAsDate(numFmt: string | null): boolean {
  if (!numFmt) return false;
  const stripped = numFmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(stripped);
}

/** A serial as it comes back from a cell exceljs reads as a Date (its excelToDate rounds to ms). */
export function serialAsReadBack(serial: number): number {
  return dateToSerial(new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY)));
}
