// Defines A1 notation: parsing "'My sheet'!A2:F", "A:C", "2:5", "B3" into boxes, and formatting boxes back.
import type { Box } from "./box";

/** An A1 reference as written; a missing part (row or column) means "open" on that side. */
export interface A1Parts {
  sheetName: string | null;
  startRow?: number | undefined;
  startCol?: number | undefined;
  endRow?: number | undefined;
  endCol?: number | undefined;
  single: boolean;
}

/** A resolved A1 reference: the box plus whether rows/columns were left open (kept for getA1Notation). */
export interface A1Box {
  box: Box;
  rowsOpen: boolean;
  colsOpen: boolean;
}

/** Sheets' largest column is ZZZ (18,278). */
const MAX_COLUMN = 18278;

export function columnLetters(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Quotes a sheet name for use in A1 notation when it needs it ("'My sheet'!A1", "'It''s'!A1"). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const SHEET_PREFIX = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/;
const ENDPOINT = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

interface Endpoint {
  col?: number | undefined;
  row?: number | undefined;
}

function parseEndpoint(text: string): Endpoint | null {
  const m = ENDPOINT.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const col = m[1] === undefined ? undefined : columnNumber(m[1]);
  const row = m[2] === undefined ? undefined : Number(m[2]);
  if (row !== undefined && row < 1) return null;
  if (col !== undefined && col > MAX_COLUMN) return null;
  return { col, row };
}

/** Parses A1 notation; returns null when it is not a valid cell or range reference. */
export function parseA1(text: string): A1Parts | null {
  let sheetName: string | null = null;
  let rest = text.trim();
  const prefixed = SHEET_PREFIX.exec(rest);
  if (prefixed) {
    sheetName = prefixed[1] !== undefined ? prefixed[1].replace(/''/g, "'") : (prefixed[2] ?? "").trim();
    rest = prefixed[3] ?? "";
  }
  const pieces = rest.split(":");
  if (pieces.length > 2) return null;
  const a = parseEndpoint(pieces[0] ?? "");
  if (!a) return null;
  if (pieces.length === 1) {
    if (a.col === undefined || a.row === undefined) return null; // "A" or "5" alone is not a range
    return { sheetName, startRow: a.row, startCol: a.col, endRow: a.row, endCol: a.col, single: true };
  }
  const b = parseEndpoint(pieces[1] ?? "");
  if (!b) return null;
  const hasCols = a.col !== undefined && b.col !== undefined;
  const hasRows = a.row !== undefined && b.row !== undefined;
  if (hasCols && hasRows) return { sheetName, startRow: a.row, startCol: a.col, endRow: b.row, endCol: b.col, single: false };
  if (hasCols && a.row === undefined && b.row === undefined) return { sheetName, startCol: a.col, endCol: b.col, single: false };
  if (hasRows && a.col === undefined && b.col === undefined) return { sheetName, startRow: a.row, endRow: b.row, single: false };
  // "A2:F": rows from 2 to the end of the sheet.
  if (hasCols && a.row !== undefined) return { sheetName, startRow: a.row, startCol: a.col, endCol: b.col, single: false };
  // "A:F10": rows from 1 to 10.
  if (hasCols && b.row !== undefined) return { sheetName, startRow: 1, startCol: a.col, endRow: b.row, endCol: b.col, single: false };
  return null;
}

/**
 * Resolves parsed A1 against a sheet's size. Open ends extend to the sheet's max rows/columns
 * ("A2:F" → rows 2..maxRows; "2:5" → columns 1..maxColumns). Returns null when the reference
 * falls outside the sheet: Sheets then throws "Range not found".
 */
export function resolveA1(parts: A1Parts, maxRows: number, maxCols: number): A1Box | null {
  const rowsOpen = parts.endRow === undefined;
  const colsOpen = parts.startCol === undefined;
  const r1 = parts.startRow ?? 1;
  const r2 = parts.endRow ?? maxRows;
  const c1 = parts.startCol ?? 1;
  const c2 = parts.endCol ?? maxCols;
  const top = Math.min(r1, r2);
  const bottom = Math.max(r1, r2);
  const left = Math.min(c1, c2);
  const right = Math.max(c1, c2);
  if (bottom > maxRows || right > maxCols) return null;
  return { box: { row: top, col: left, numRows: bottom - top + 1, numCols: right - left + 1 }, rowsOpen, colsOpen };
}

/** Formats a box as A1 ("B3", "A1:C3", "A2:F", "A:C", "2:5"); the sheet name is not included. */
export function formatA1(b: Box, rowsOpen = false, colsOpen = false): string {
  const c1 = columnLetters(b.col);
  const c2 = columnLetters(b.col + b.numCols - 1);
  const r1 = b.row;
  const r2 = b.row + b.numRows - 1;
  if (colsOpen) return `${r1}:${r2}`;
  if (rowsOpen) return r1 === 1 ? `${c1}:${c2}` : `${c1}${r1}:${c2}`;
  if (b.numRows === 1 && b.numCols === 1) return `${c1}${r1}`;
  return `${c1}${r1}:${c2}${r2}`;
}
