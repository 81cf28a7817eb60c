// How values travel into and out of cells: text stays text, dates are serials, counts are numbers.

/**
 * Text written to a cell. Sheets parses a written string like typed input: "=…" becomes a formula,
 * "012345" a number, "05/10/2024" a date. A leading apostrophe makes Sheets store the rest as
 * literal text (the apostrophe itself is not stored nor shown), so every non-empty string gets one.
 * This is also OWASP's advice against spreadsheet formula injection.
 */
export function asText(value: string): string {
  return value === "" ? "" : `'${value}`;
}

/** Protects every string of a row read from a sheet before it is written back. */
export function protectRow(row: readonly unknown[]): (string | number | boolean)[] {
  return row.map((value) => {
    if (typeof value === "string") return asText(value);
    if (typeof value === "number" || typeof value === "boolean") return value;
    if (value instanceof Date) return dateSerial(dateToIso(value));
    return "";
  });
}

const DAY_MS = 86_400_000;
const SHEETS_EPOCH = Date.UTC(1899, 11, 30);
/** Peru keeps UTC−5 all year; a spreadsheet set to Lima returns dates at Lima's midnight. */
const LIMA_OFFSET_MS = -5 * 3600_000;

/** "2024-10-05" → the Sheets serial day number (exact, independent of time zones). */
export function dateSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - SHEETS_EPOCH) / DAY_MS);
}

export function serialToIso(serial: number): string {
  return new Date(SHEETS_EPOCH + Math.round(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** A Date read from a date cell (midnight in the spreadsheet's zone, assumed Lima) → "YYYY-MM-DD". */
export function dateToIso(date: Date): string {
  return new Date(date.getTime() + LIMA_OFFSET_MS + 12 * 3600_000).toISOString().slice(0, 10);
}

/** A date cell's value (Date, serial number or ISO text) → "YYYY-MM-DD", or "" when unreadable. */
export function readDate(value: unknown): string {
  if (value instanceof Date) return dateToIso(value);
  if (typeof value === "number") return serialToIso(value);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
  return "";
}

export function readText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return dateToIso(value);
  return String(value);
}

/** A count cell: blank is 0; a number stays; anything else is passed on for validation to reject. */
export function readCount(value: unknown): unknown {
  if (value === "" || value === null || value === undefined) return 0;
  if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) return Number(value);
  return value;
}

/** A rating cell: blank is "not rated"; "2" from a dropdown reads as 2; anything else is passed on. */
export function readRating(value: unknown): unknown {
  if (value === "" || value === null || value === undefined) return undefined;
  if (typeof value === "string" && /^\s*[0-3]\s*$/.test(value)) return Number(value);
  return value;
}

export function readCheckbox(value: unknown): boolean {
  return value === true || (typeof value === "string" && /^(x|true|sí|si)$/i.test(value.trim()));
}
