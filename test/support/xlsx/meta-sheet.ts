// Defines the hidden "__fake_meta" sheet: what the .xlsx format cannot hold exactly, as JSON (one row per sheet, split across cells).
import type { Workbook, Worksheet } from "exceljs";
import { escapeCellText } from "./ooxml-text";
import { META_SHEET_NAME } from "./sheet-name";
import { asciiJson } from "./tagged-json";
import type { Json } from "./tagged-json";

export const META_FORMAT = "ficha-cap/fake-spreadsheet";
export const META_VERSION = 1;
/** Characters per cell: below Excel's 32,767. */
const CHUNK = 32000;
const BOOK_ROW_KEY = "__book";

export interface BookMeta {
  format: string;
  version: number;
  /** The active sheet's name (the file's active tab must be a visible sheet; the fake's need not). */
  active: string | null;
}

/**
 * A loss found when saving, and how to undo it when loading: if what the file gives for the aspect
 * still has the fingerprint `expect` (nobody edited it), the fake gets `exact` instead.
 */
export interface Patch {
  expect: string;
  exact: Json;
}

/** The same patch for several cells ("A1:A9 C3"). */
export interface CellPatch extends Patch {
  aspect: "content" | "format" | "note" | "validation";
  cells: string;
}

export interface SheetMeta {
  /** The worksheet's name in the file (it differs from `name` when Excel does not accept that). */
  native: string;
  /** The worksheet's sheetId in the file: Excel keeps it when someone renames the tab. */
  sheetId?: number;
  name: string;
  id: number;
  maxRows: number;
  maxCols: number;
  protections: Json;
  charts: Json;
  /** Sheet-level patches by aspect (see sheet-layout.ts). */
  aspects: Record<string, Patch>;
  cells: CellPatch[];
}

export class MetaSheetError extends Error {}

function writeRow(ws: Worksheet, row: number, key: string, json: Json): void {
  const text = asciiJson(json);
  const line = ws.getRow(row);
  line.getCell(1).value = escapeCellText(key);
  for (let i = 0, col = 2; i < text.length || col === 2; i += CHUNK, col++) line.getCell(col).value = text.slice(i, i + CHUNK);
}

/**
 * Adds the meta sheet, very hidden (Excel shows it only through VBA), after every other sheet:
 * A1 "__book" and the book JSON from B1 on; then one row per sheet: its file name in A, its JSON from B on.
 */
export function writeMetaSheet(wb: Workbook, book: BookMeta, sheets: readonly SheetMeta[]): void {
  const ws = wb.addWorksheet(META_SHEET_NAME, { state: "veryHidden" });
  writeRow(ws, 1, BOOK_ROW_KEY, book as unknown as Json);
  sheets.forEach((s, i) => writeRow(ws, i + 2, s.native, s as unknown as Json));
}

function readJson(ws: Worksheet, row: number): unknown {
  const line = ws.getRow(row);
  let text = "";
  for (let col = 2; ; col++) {
    const v = line.getCell(col).value;
    if (typeof v !== "string" || v === "") break;
    text += v;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new MetaSheetError(`la fila ${row} no es JSON válido (${(e as Error).message})`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const isPatch = (v: unknown): v is Patch => isObject(v) && typeof v.expect === "string" && "exact" in v;
const ASPECTS = new Set(["content", "format", "note", "validation"]);

function checkSheet(v: unknown, row: number): SheetMeta {
  const ok =
    isObject(v) &&
    typeof v.native === "string" &&
    (v.sheetId === undefined || Number.isInteger(v.sheetId)) &&
    typeof v.name === "string" &&
    v.name !== "" &&
    Number.isInteger(v.id) &&
    Number.isInteger(v.maxRows) &&
    (v.maxRows as number) >= 1 &&
    Number.isInteger(v.maxCols) &&
    (v.maxCols as number) >= 1 &&
    Array.isArray(v.protections) &&
    Array.isArray(v.charts) &&
    isObject(v.aspects) &&
    Object.values(v.aspects).every(isPatch) &&
    Array.isArray(v.cells) &&
    v.cells.every((c) => isPatch(c) && ASPECTS.has(String((c as unknown as CellPatch).aspect)) && typeof (c as unknown as CellPatch).cells === "string");
  if (!ok) throw new MetaSheetError(`la fila ${row} no describe una hoja`);
  return v as unknown as SheetMeta;
}

/** Whether a worksheet is a meta sheet written by writeMetaSheet (a user's sheet may bear the name too). */
export function isMetaSheet(ws: Worksheet): boolean {
  return ws.name === META_SHEET_NAME && ws.getRow(1).getCell(1).value === BOOK_ROW_KEY;
}

/** Reads the meta sheet; throws MetaSheetError when it is damaged or from a newer format. */
export function readMetaSheet(ws: Worksheet): { book: BookMeta; sheets: SheetMeta[] } {
  const book = readJson(ws, 1);
  if (!isObject(book) || book.format !== META_FORMAT || typeof book.version !== "number") throw new MetaSheetError("la fila 1 no describe el libro");
  if (book.version > META_VERSION) throw new MetaSheetError(`es de una versión posterior (${book.version}) de este formato`);
  const sheets: SheetMeta[] = [];
  for (let row = 2; row <= ws.rowCount; row++) {
    if (ws.getRow(row).getCell(1).value === null) continue;
    sheets.push(checkSheet(readJson(ws, row), row));
  }
  return { book: { format: META_FORMAT, version: book.version, active: typeof book.active === "string" ? book.active : null }, sheets };
}
