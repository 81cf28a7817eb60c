// Defines how a value written by setValue(s) or typed by a user becomes cell content, following Sheets' input parsing.
import { EMPTY } from "./cell";
import type { Content } from "./cell";
import { isDate } from "../realm";

/** Sheets rejects longer text: "Your input contains more than the maximum of 50000 characters in a single cell." */
export const MAX_CELL_CHARS = 50000;

const NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const BOOLEAN = /^\s*(true|false)\s*$/i;
const ISO_DATE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/;
const DMY_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;

function utcDay(year: number, month: number, day: number): Date | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d : null;
}

/** "YYYY-MM-DD" or "D/M/YYYY" (day first, as in a Spanish-locale spreadsheet) → midnight UTC of that day. */
function parseDate(text: string): Date | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return utcDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DMY_DATE.exec(text);
  if (dmy) return utcDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  return null;
}

export function isPlainTextFormat(numberFormat: string): boolean {
  return numberFormat === "@";
}

/**
 * Parses a string the way Sheets parses typed input (and Range.setValue/setValues, which behave
 * like typing: https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
 * "a string that begins with = is interpreted as a formula"):
 * - a leading apostrophe forces text and is not stored ("'=1" → text "=1", "''x" → "'x");
 * - "=…" is a formula;
 * - a plain number ("12", "012345", " 7 ", "-3", "1.5") becomes a number (leading zeros are lost);
 * - any other text starting with "+", "-" or "@" becomes a formula too: Sheets shows a formula
 *   parse error for input such as "+51 999 888 777" (OWASP: neutralise leading = + - @);
 * - TRUE/FALSE in any case become booleans; "YYYY-MM-DD" and "D/M/YYYY" become dates;
 * - anything else stays text.
 * In a cell formatted as plain text ("@") the string is stored verbatim, except that one leading
 * apostrophe is still removed and, conservatively, a leading "=" still makes a formula in this fake.
 */
export function parseTypedString(text: string, numberFormat: string): Content {
  if (text.length > MAX_CELL_CHARS) {
    throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
  }
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  if (text.length > 1 && text.startsWith("=")) return { kind: "formula", formula: text };
  if (isPlainTextFormat(numberFormat)) return { kind: "value", value: text };
  if (text === "") return EMPTY;
  if (NUMBER.test(text)) return { kind: "value", value: Number(text) };
  if (text.length > 1 && /^[+\-@]/.test(text)) return { kind: "formula", formula: text };
  const bool = BOOLEAN.exec(text);
  if (bool) return { kind: "value", value: (bool[1] ?? "").toLowerCase() === "true" };
  const date = parseDate(text);
  if (date) return { kind: "value", value: date };
  return { kind: "value", value: text };
}

/** Turns any value given to setValue(s) into content; non-strings are stored as given (null/undefined → ""). */
export function parseInput(input: unknown, numberFormat: string): Content {
  if (input === null || input === undefined) return EMPTY;
  if (typeof input === "string") return parseTypedString(input, numberFormat);
  if (typeof input === "number" || typeof input === "boolean") return { kind: "value", value: input };
  if (isDate(input)) return { kind: "value", value: new Date(input.getTime()) };
  // Other objects reach Sheets as their string form and are stored as text.
  const text = String(input);
  if (text.length > MAX_CELL_CHARS) return parseTypedString(text, numberFormat);
  return { kind: "value", value: text };
}
