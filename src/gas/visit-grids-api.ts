// Reads every visit sheet in a few requests with the advanced Sheets service, when the project enables it.
import { INSTRUMENTS } from "../form";
import { columnLetter, isOwnSheet, quoteSheetName } from "../layout";
import { sheetsOf, type SheetProps } from "./api-sheets";
import { visitLayout } from "./visit-layout";
import { instrumentOfGrid, isVisitGrid } from "./visit-sheets";

export interface VisitGrid {
  sheetName: string;
  grid: unknown[][];
  instrumentId: string;
}

/** Sheets per Values.batchGet request: 100 fichas are about 61,000 cells. */
export const SHEETS_PER_REQUEST = 100;

/** The advanced Sheets service when the project enables it (appsscript.json), else null. */
export function sheetsApi(): GoogleAppsScript.Sheets | null {
  return typeof Sheets !== "undefined" && Sheets?.Spreadsheets?.Values ? Sheets : null;
}

/**
 * Every visit sheet's grid, in tab order, with 1 + 1 + ⌈sheets / 100⌉ calls instead of 2 per sheet; or
 * null when the advanced Sheets service is not enabled (the caller then reads sheet by sheet). A caller
 * that already has the spreadsheet's id and sheet list passes them in (`known`) and saves those 2 calls.
 */
export function readVisitGridsWithApi(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, known?: { id: string; sheets: Map<string, SheetProps> }): VisitGrid[] | null {
  const api = sheetsApi();
  if (!api) return null;
  const id = known?.id ?? ss.getId();
  const sheets = known?.sheets ?? sheetsOf(api, id);
  const sizes = INSTRUMENTS.map((i) => visitLayout(i.id).template);
  const maxRows = Math.max(...sizes.map((s) => s.rows));
  const minRows = Math.min(...sizes.map((s) => s.rows));
  const columns = Math.max(...sizes.map((s) => s.columns));
  const candidates = [...sheets.values()]
    .map((sheet) => ({ title: sheet.title, rows: Math.min(sheet.rowCount, maxRows), columns: Math.min(sheet.columnCount, columns) }))
    .filter((sheet) => sheet.title && !isOwnSheet(sheet.title) && sheet.rows >= minRows && sheet.columns >= columns);
  const found: VisitGrid[] = [];
  for (let start = 0; start < candidates.length; start += SHEETS_PER_REQUEST) {
    const chunk = candidates.slice(start, start + SHEETS_PER_REQUEST);
    const response = api.Spreadsheets!.Values!.batchGet(id, {
      ranges: chunk.map((c) => `${quoteSheetName(c.title)}!A1:${columnLetter(c.columns - 1)}${c.rows}`),
      valueRenderOption: "UNFORMATTED_VALUE",
      dateTimeRenderOption: "SERIAL_NUMBER",
    });
    (response.valueRanges ?? []).forEach((range, i) => {
      const { title, rows, columns: width } = chunk[i];
      // The API leaves out trailing empty cells and rows: put them back as "".
      const values = (range.values ?? []) as unknown[][];
      const grid = Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => values[r]?.[c] ?? ""));
      if (!isVisitGrid(grid)) return;
      const instrumentId = instrumentOfGrid(grid);
      found.push({ sheetName: title, grid: grid.slice(0, visitLayout(instrumentId).template.rows), instrumentId });
    });
  }
  return found;
}
