// The pieces of the advanced Sheets service both saves and rebuilds use: the sheet list, padded reads,
// and the requests that give a derived sheet more rows.
import { DATE_FORMAT, dateColumnOf } from "../layout";

export type Api = GoogleAppsScript.Sheets;
export type SheetProps = { sheetId: number; title: string; rowCount: number; columnCount: number };
export type Request = Record<string, unknown>;

/** Spare rows added when a derived sheet is full. */
const ROOM = 200;

/** How values are read back: as stored, dates as day serials (what the layouts read). */
export const UNFORMATTED = { valueRenderOption: "UNFORMATTED_VALUE", dateTimeRenderOption: "SERIAL_NUMBER" } as const;

/** Every sheet's id, title and size, in tab order, in one request. */
export function sheetsOf(api: Api, id: string): Map<string, SheetProps> {
  const meta = api.Spreadsheets!.get(id, { fields: "sheets.properties(sheetId,title,gridProperties(rowCount,columnCount))" });
  return new Map(
    (meta.sheets ?? []).map((s) => {
      const p = s.properties!;
      const grid = p.gridProperties;
      return [p.title!, { sheetId: p.sheetId!, title: p.title!, rowCount: grid?.rowCount ?? 0, columnCount: grid?.columnCount ?? 0 }];
    }),
  );
}

/** The API leaves out trailing empty cells and rows; each row is padded back to `width`. */
export function padded(values: unknown[][] | undefined, width: number): unknown[][] {
  return (values ?? []).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
}

/**
 * The requests that make `sheet` at least `lastRow` rows long (none when it is), with room to spare; in a
 * derived sheet the new rows get its date column's format.
 */
export function growRequests(sheet: SheetProps, lastRow: number): Request[] {
  if (lastRow <= sheet.rowCount) return [];
  const length = lastRow - sheet.rowCount + ROOM;
  const requests: Request[] = [{ appendDimension: { sheetId: sheet.sheetId, dimension: "ROWS", length } }];
  const dateColumn = dateColumnOf(sheet.title);
  if (dateColumn) {
    const range = { sheetId: sheet.sheetId, startRowIndex: sheet.rowCount, endRowIndex: sheet.rowCount + length, startColumnIndex: dateColumn - 1, endColumnIndex: dateColumn };
    const cell = { userEnteredFormat: { numberFormat: { type: "DATE", pattern: DATE_FORMAT } } };
    requests.push({ repeatCell: { range, cell, fields: "userEnteredFormat.numberFormat" } });
  }
  return requests;
}
