// Defines saveWorkbook and loadWorkbook: the fake spreadsheet kept in a real .xlsx file (Excel features where the format has them, a hidden meta sheet for the rest).
import { open, readFile, rename, unlink } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import type { Workbook, Worksheet } from "exceljs";
import type { FakeSpreadsheet } from "../apps-script/model/fake-spreadsheet";
import type { SheetModel } from "../apps-script/model/sheet-model";
import { isMetaSheet, META_FORMAT, META_VERSION, MetaSheetError, readMetaSheet, writeMetaSheet } from "./meta-sheet";
import type { SheetMeta } from "./meta-sheet";
import type { StyleCache } from "./native-cell";
import { excelSheetName, META_SHEET_NAME } from "./sheet-name";
import { readSheet } from "./sheet-reader";
import { writeSheet } from "./sheet-writer";
import { WorkbookFileError } from "./workbook-file-error";

/*
 * What the file holds
 * - One worksheet per sheet, in order; a name Excel refuses (":" "/" "[" …, over 31 characters,
 *   "__fake_meta") gets a close variant and the real name travels in the meta sheet (sheet-name.ts).
 * - As Excel features: values (numbers, booleans, text, Dates as date serials with a date format,
 *   formulas), number formats, fonts, fills, alignment, wrapping, borders, notes, merges, column widths
 *   and row heights (converted from pixels), hidden rows, columns and sheets, frozen panes, gridlines,
 *   tab colour, the filter range, data validations (list; checkbox as a TRUE/FALSE list; number
 *   comparisons; custom formula), conditional formats (text is / contains / starts / ends with, number
 *   comparisons, empty, custom formula → background, font colour, bold, italic, underline, strike).
 * - In the very hidden sheet "__fake_meta" (meta-sheet.ts), as JSON: sheet ids, each sheet's dimensions
 *   (an .xlsx sheet has no size of its own — every sheet is 1,048,576 × 16,384 — and writing a last cell
 *   would add a cell Excel counts in the used range), protections, charts, the filter's sorts, and every
 *   loss: when saving, each cell aspect (content, format, note, validation) and each layout aspect is
 *   encoded, decoded back and compared with the original; where they differ (a 40,000-character text, a
 *   CLIP wrap, a checkbox, exact pixel sizes, a Date in a cell without a date format, …) the exact value
 *   is kept with a fingerprint of what the file holds. Loading uses it only while the file still holds
 *   that, so a change made in Excel wins over the meta sheet's older copy.
 */

export { WorkbookFileError } from "./workbook-file-error";
export type { WorkbookFileErrorKind } from "./workbook-file-error";

/**
 * The whole spreadsheet as an exceljs workbook, built synchronously (a snapshot of the moment of the
 * call). The active sheet is the file's active tab when it is visible (Excel cannot open on a hidden one).
 */
function buildWorkbook(book: FakeSpreadsheet): Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Ficha CAP (hoja de cálculo simulada)";
  wb.calcProperties.fullCalcOnLoad = true;
  const taken = new Set([META_SHEET_NAME.toLowerCase()]);
  const styles: StyleCache = new Map();
  const metas = book.sheets.map((sheet) => writeSheet(wb, sheet, excelSheetName(sheet.name, taken), styles));
  const visible = book.activeSheet.hidden ? book.sheets.findIndex((s) => !s.hidden) : book.sheets.indexOf(book.activeSheet);
  const activeTab = Math.max(0, visible);
  const view = wb.worksheets[activeTab]?.views[0] as { tabSelected?: boolean } | undefined;
  if (view) view.tabSelected = true;
  wb.views = [{ x: 0, y: 0, width: 24000, height: 14000, firstSheet: 0, activeTab, visibility: "visible" }];
  writeMetaSheet(wb, { format: META_FORMAT, version: META_VERSION, active: book.activeSheet.name }, metas);
  return wb;
}

let tempCounter = 0;
/** The write in progress per file: saves of one file run one after the other, in call order. */
const pending = new Map<string, Promise<void>>();

/** Creates a temporary file next to `path` that did not exist (a leftover of a crashed run is skipped). */
async function createTemp(path: string): Promise<{ temp: string; handle: FileHandle }> {
  for (;;) {
    const temp = `${path}.tmp-${process.pid}-${++tempCounter}`;
    try {
      return { temp, handle: await open(temp, "wx") };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

async function writeAtomically(wb: Workbook, path: string): Promise<void> {
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const { temp, handle } = await createTemp(path);
  try {
    try {
      await handle.writeFile(buffer);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Writes the whole fake spreadsheet to `path` atomically: write `${path}.tmp-<pid>-<n>` then rename over
 * `path`. The content is taken when the call is made; overlapping saves of one path are written in call
 * order, so the last call wins.
 */
export async function saveWorkbook(book: FakeSpreadsheet, path: string): Promise<void> {
  const wb = buildWorkbook(book);
  const key = resolve(path);
  const previous = pending.get(key) ?? Promise.resolve();
  const mine = previous.catch(() => undefined).then(() => writeAtomically(wb, path));
  pending.set(key, mine);
  try {
    await mine;
  } finally {
    if (pending.get(key) === mine) pending.delete(key);
  }
}

/** The first sheet id candidate (0, as Sheets gives its first sheet) or a large one, not in use. */
function freshId(used: Set<number>): number {
  if (!used.has(0)) return 0;
  for (let k = 1; ; k++) {
    const id = 1_000_000_000 + k * 7919;
    if (!used.has(id)) return id;
  }
}

/** The fake sheets for a workbook, plus the one to make active. Throws MetaSheetError or Error when it cannot. */
function sheetsOf(wb: Workbook): { sheets: SheetModel[]; active: SheetModel | undefined } {
  const all = wb.worksheets;
  const metaSheet = all.find(isMetaSheet);
  const meta = metaSheet ? readMetaSheet(metaSheet) : null;
  const worksheets = all.filter((ws) => ws !== metaSheet);
  if (worksheets.length === 0) throw new Error("no contiene ninguna hoja");

  // Each worksheet finds its meta row by its name, or by its sheetId when someone renamed its tab in
  // Excel (the new name then wins). A row serves one worksheet; a worksheet without one (added in Excel)
  // loads from the file alone, with a new id.
  const rows = meta?.sheets ?? [];
  const claimed = new Set<SheetMeta>();
  const claim = (found: SheetMeta | undefined): SheetMeta | null => {
    if (!found || claimed.has(found)) return null;
    claimed.add(found);
    return found;
  };
  const byName = worksheets.map((ws) => claim(rows.find((m) => m.native === ws.name)));
  const usedIds = new Set<number>();
  const plan = worksheets.map((ws, i) => {
    let m = byName[i] ?? claim(rows.find((r) => r.sheetId !== undefined && r.sheetId === ws.id));
    if (m && usedIds.has(m.id)) m = null; // an id twice: only in a meta sheet edited by hand
    if (m) usedIds.add(m.id);
    return { ws, meta: m };
  });
  const usedNames = new Set<string>();
  const sheets = plan.map(({ ws, meta: m }) => {
    const name = m && m.native === ws.name ? m.name : ws.name;
    if (usedNames.has(name.toLowerCase())) throw new Error(`tiene dos hojas llamadas «${name}»`);
    usedNames.add(name.toLowerCase());
    const id = m ? m.id : freshId(usedIds);
    usedIds.add(id);
    return readSheet(ws as Worksheet, m, id, name);
  });
  if (!sheets.some((s) => !s.hidden)) (sheets[0] as SheetModel).hidden = false;

  const activeName = meta?.book.active ?? null;
  const activeTab = wb.views?.[0]?.activeTab;
  const active =
    (activeName !== null ? sheets.find((s) => s.name === activeName) : undefined) ??
    (typeof activeTab === "number" ? sheets[activeTab] : undefined);
  return { sheets, active };
}

/** Replaces the content of `book` (all its sheets) with the sheets of the .xlsx at `path`. */
export async function loadWorkbook(book: FakeSpreadsheet, path: string): Promise<void> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookFileError(path, "missing", undefined, { cause: error });
    throw error;
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookFileError(path, "corrupt", undefined, { cause: error });
  }
  let result: ReturnType<typeof sheetsOf>;
  try {
    result = sheetsOf(wb);
  } catch (error) {
    const detail =
      error instanceof MetaSheetError
        ? `su hoja oculta «${META_SHEET_NAME}» está dañada: ${error.message}`
        : `${(error as Error).message ?? String(error)}`;
    throw new WorkbookFileError(path, "corrupt", detail, { cause: error });
  }
  book.replaceSheets(result.sheets, result.active);
}
