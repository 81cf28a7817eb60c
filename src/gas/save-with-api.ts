// saveVisit through the advanced Sheets service: one read request, one structural request, one write.
import type { Instrument } from "../form";
import { NO_REVIEW, newVisitId, type FieldIssue, type VisitRecord } from "../record";
import {
  CETPRO_HEADERS,
  DATE_FORMAT,
  dateColumnOf,
  SHEETS,
  consolidadoRow,
  derivedSheetNames,
  derivedWrites,
  protectRow,
  readConsolidadoRow,
  visitSheetName,
  visitSheetValues,
} from "../layout";
import { a1 } from "./blocks";
import { consolidatedWidth, firstBlankRow } from "./consolidated-store";
import { unknownVisit, versionChange } from "./save-messages";
import { ensureSheets } from "./setup";
import { readVisitGridsWithApi } from "./visit-grids-api";
import { visitLayout } from "./visit-layout";
import { idOfGrid } from "./visit-sheets";

type Api = GoogleAppsScript.Sheets;
type SheetProps = { sheetId: number; title: string; rowCount: number };
export type ApiSaveOutcome = { ok: true; id: string; sheetName: string } | { ok: false; errors: FieldIssue[] };

/** Spare rows added when a derived sheet is full. */
const ROOM = 200;

function sheetsOf(api: Api, id: string): Map<string, SheetProps> {
  const meta = api.Spreadsheets!.get(id, { fields: "sheets.properties(sheetId,title,gridProperties(rowCount))" });
  return new Map(
    (meta.sheets ?? []).map((s) => {
      const p = s.properties!;
      return [p.title!, { sheetId: p.sheetId!, title: p.title!, rowCount: p.gridProperties?.rowCount ?? 0 }];
    }),
  );
}

/** The API leaves out trailing empty cells and rows; each row is padded back to `width`. */
function padded(values: unknown[][] | undefined, width: number): unknown[][] {
  return (values ?? []).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
}

/**
 * The same save as with SpreadsheetApp, in 5 or 6 calls whatever the visit holds: getId, the sheet list,
 * one batchGet (Consolidado and CETPRO), at most one batchUpdate (copy Plantilla, rename, add rows) and
 * one Values.batchUpdate that writes the visit, the catalogue, its Consolidado row and Resumen together.
 */
export function saveWithSheetsApi(api: Api, ss: GoogleAppsScript.Spreadsheet.Spreadsheet, record: VisitRecord, instrument: Instrument): ApiSaveOutcome {
  const id = ss.getId();
  const names = derivedSheetNames(instrument.id);
  let sheets = sheetsOf(api, id);
  if (![names.template, names.consolidated, names.summary, SHEETS.catalogue].every((n) => sheets.has(n))) {
    ensureSheets(ss, instrument); // first use only
    SpreadsheetApp.flush();
    sheets = sheetsOf(api, id);
  }
  const width = consolidatedWidth(instrument);
  const read = api.Spreadsheets!.Values!.batchGet(id, {
    ranges: [a1(names.consolidated, 2, 1, width), a1(SHEETS.catalogue, 2, 1, CETPRO_HEADERS.length)],
    valueRenderOption: "UNFORMATTED_VALUE",
    dateTimeRenderOption: "SERIAL_NUMBER",
  }).valueRanges!;
  const consolidated = padded(read[0].values as unknown[][], width);
  const catalogue = padded(read[1].values as unknown[][], CETPRO_HEADERS.length);
  const rows = consolidated.map(readConsolidadoRow);
  const visits = rows.filter((r): r is NonNullable<typeof r> => r !== null);

  let row: number;
  let current: SheetProps | null = null;
  if (record.id) {
    row = rows.findIndex((r) => r?.id === record.id);
    const title = row >= 0 ? rows[row]!.sheetName : null;
    current = title ? (sheets.get(title) ?? null) : null;
    if (!current) {
      // Renamed by hand, or not in Consolidado: find the sheet by its id.
      const found = (readVisitGridsWithApi(ss) ?? []).find((v) => idOfGrid(v.grid) === record.id);
      if (found && found.instrumentId !== instrument.id) return { ok: false, errors: [versionChange(record.id, found.instrumentId, instrument.id)] };
      current = found ? (sheets.get(found.sheetName) ?? null) : null;
      if (!current && row < 0) return { ok: false, errors: [unknownVisit(record.id)] };
    }
    if (row < 0) row = firstBlankRow(rows);
  } else {
    record.id = newVisitId(new Set(visits.map((v) => v.id)));
    row = firstBlankRow(rows);
  }

  // Every sheet title is known, so the visit's name is unique at once.
  const taken = new Set([...sheets.keys()].filter((title) => title !== current?.title));
  const sheetName = visitSheetName(record, taken);
  const layout = visitLayout(instrument.id);
  // The coordinator's review stays with the visit when the specialist saves it again.
  const review = rows[row]?.review ?? NO_REVIEW;
  const { resumen, catalogue: upsert } = derivedWrites(instrument, record, sheetName, review, visits, catalogue);

  const requests: Record<string, unknown>[] = [];
  if (!current) {
    const template = sheets.get(names.template)!;
    requests.push({ duplicateSheet: { sourceSheetId: template.sheetId, insertSheetIndex: sheets.size, newSheetName: sheetName } });
  } else if (current.title !== sheetName) {
    requests.push({ updateSheetProperties: { properties: { sheetId: current.sheetId, title: sheetName }, fields: "title" } });
  }
  const grow = (title: string, lastRow: number) => {
    const sheet = sheets.get(title)!;
    if (lastRow <= sheet.rowCount) return;
    const length = lastRow - sheet.rowCount + ROOM;
    requests.push({ appendDimension: { sheetId: sheet.sheetId, dimension: "ROWS", length } });
    const dateColumn = dateColumnOf(title);
    if (dateColumn) {
      const range = { sheetId: sheet.sheetId, startRowIndex: sheet.rowCount, endRowIndex: sheet.rowCount + length, startColumnIndex: dateColumn - 1, endColumnIndex: dateColumn };
      const cell = { userEnteredFormat: { numberFormat: { type: "DATE", pattern: DATE_FORMAT } } };
      requests.push({ repeatCell: { range, cell, fields: "userEnteredFormat.numberFormat" } });
    }
  };
  grow(names.consolidated, 2 + row);
  if (upsert) grow(SHEETS.catalogue, 1 + upsert.rows.length);
  grow(names.summary, resumen.length);
  let created: number | null = null;
  if (requests.length) {
    const replies = api.Spreadsheets!.batchUpdate({ requests }, id).replies ?? [];
    created = current ? null : ((replies[0] as { duplicateSheet?: { properties?: { sheetId?: number } } })?.duplicateSheet?.properties?.sheetId ?? null);
  }

  const data = [
    { range: a1(sheetName, 1, 1, layout.template.columns, layout.template.rows), values: visitSheetValues(layout, record, review) },
    { range: a1(names.consolidated, 2 + row, 1, width, 1), values: [consolidadoRow(instrument, record, sheetName, review)] },
    { range: a1(names.summary, 1, 1, resumen[0].length, resumen.length), values: resumen },
  ];
  if (upsert) data.push({ range: a1(SHEETS.catalogue, 2, 1, CETPRO_HEADERS.length, upsert.rows.length), values: upsert.rows.map(protectRow) });
  try {
    // USER_ENTERED reads the values as Range.setValues does: the apostrophe keeps text as text.
    api.Spreadsheets!.Values!.batchUpdate({ valueInputOption: "USER_ENTERED", data }, id);
  } catch (error) {
    // The write is one request: it failed whole. A sheet copied for a new visit is taken back.
    if (created !== null) {
      try {
        api.Spreadsheets!.batchUpdate({ requests: [{ deleteSheet: { sheetId: created } }] }, id);
      } catch {
        // a rebuild ignores an empty copy of Plantilla (it has no id)
      }
    }
    throw error;
  }
  return { ok: true, id: record.id, sheetName };
}
