// saveVisit through the advanced Sheets service: one or two read requests, one structural request, one write.
import type { Instrument } from "../form";
import { newVisitId, type Audit, type FieldIssue, type VisitRecord } from "../record";
import { CETPRO_HEADERS, SHEETS, derivedSheetNames, planSave, protectRow, readConsolidadoRow, visitSheetName, type SaveInput } from "../layout";
import { UNFORMATTED, growRequests, padded, sheetsOf, type Api, type Request, type SheetProps } from "./api-sheets";
import { a1 } from "./blocks";
import { consolidatedWidth, firstBlankRow, outdatedMessage } from "./consolidated-store";
import { previousVisit } from "./previous-visit";
import { unknownVisit, versionChange } from "./save-messages";
import { ensureSheets } from "./setup";
import { readVisitGridsWithApi } from "./visit-grids-api";
import { visitLayout } from "./visit-layout";
import { idOfGrid } from "./visit-sheets";

export type ApiSaveOutcome = { ok: true; id: string; sheetName: string; audit: Audit } | { ok: false; errors: FieldIssue[] };

/**
 * The same save as with SpreadsheetApp, in 5 to 7 calls whatever the visit holds: getId, the sheet list,
 * one batchGet (Consolidado and CETPRO), one more for the visit's old grid when it is an update, one
 * batchUpdate (copy Plantilla, rename, add rows, open Historial's new row) and one Values.batchUpdate that
 * writes the visit, the catalogue, its Consolidado row, Resumen, Evolución and the Historial row together.
 */
export function saveWithSheetsApi(
  api: Api,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  record: VisitRecord,
  instrument: Instrument,
  who: Pick<SaveInput, "user" | "at" | "imported">,
): ApiSaveOutcome {
  const id = ss.getId();
  const names = derivedSheetNames(instrument.id);
  let sheets = sheetsOf(api, id);
  const outdated = outdatedMessage(names.consolidated, sheets.get(names.consolidated)?.columnCount ?? Infinity, instrument);
  if (outdated) return { ok: false, errors: [{ path: "", message: outdated }] };
  if (![names.template, names.consolidated, names.summary, names.evolution, SHEETS.catalogue, SHEETS.history].every((n) => sheets.has(n))) {
    ensureSheets(ss, instrument); // first use only
    SpreadsheetApp.flush();
    sheets = sheetsOf(api, id);
  }
  const width = consolidatedWidth(instrument);
  const read = api.Spreadsheets!.Values!.batchGet(id, {
    ranges: [a1(names.consolidated, 2, 1, width), a1(SHEETS.catalogue, 2, 1, CETPRO_HEADERS.length)],
    ...UNFORMATTED,
  }).valueRanges!;
  const consolidated = padded(read[0].values as unknown[][], width);
  const catalogue = padded(read[1].values as unknown[][], CETPRO_HEADERS.length);
  const rows = consolidated.map(readConsolidadoRow);
  const visits = rows.filter((r): r is NonNullable<typeof r> => r !== null);
  const layout = visitLayout(instrument.id);
  const { rows: height, columns } = layout.template;

  let row: number;
  let current: SheetProps | null = null;
  let oldGrid: unknown[][] | null = null;
  const isNew = !record.id;
  if (record.id) {
    row = rows.findIndex((r) => r?.id === record.id);
    const title = row >= 0 ? rows[row]!.sheetName : null;
    current = title ? (sheets.get(title) ?? null) : null;
    if (current) {
      const grid = padded(api.Spreadsheets!.Values!.batchGet(id, { ranges: [a1(current.title, 1, 1, columns, height)], ...UNFORMATTED }).valueRanges![0].values as unknown[][], columns);
      while (grid.length < height) grid.push(Array(columns).fill(""));
      if (idOfGrid(grid) === record.id) oldGrid = grid;
      else current = null;
    }
    if (!current) {
      // Renamed by hand, or not in Consolidado: find the sheet by its id.
      const found = (readVisitGridsWithApi(ss, { id, sheets }) ?? []).find((v) => idOfGrid(v.grid) === record.id);
      if (found && found.instrumentId !== instrument.id) return { ok: false, errors: [versionChange(record.id, found.instrumentId, instrument.id)] };
      current = found ? (sheets.get(found.sheetName) ?? null) : null;
      oldGrid = found ? found.grid : null;
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
  const previous = isNew ? null : previousVisit(oldGrid, rows[row]);
  const plan = planSave({ instrument, layout, record, sheetName, visits, catalogueRows: catalogue, previous, ...who });
  const history = sheets.get(SHEETS.history)!;

  const requests: Request[] = [];
  const undo: Request[] = [];
  if (!current) {
    const template = sheets.get(names.template)!;
    requests.push({ duplicateSheet: { sourceSheetId: template.sheetId, insertSheetIndex: sheets.size, newSheetName: sheetName } });
  } else if (current.title !== sheetName) {
    requests.push({ updateSheetProperties: { properties: { sheetId: current.sheetId, title: sheetName }, fields: "title" } });
    undo.push({ updateSheetProperties: { properties: { sheetId: current.sheetId, title: current.title }, fields: "title" } });
  }
  // Historial's new row goes under the header: the rows already there move down, untouched.
  const historyRow = { sheetId: history.sheetId, dimension: "ROWS", startIndex: 1, endIndex: 2 };
  requests.push({ insertDimension: { range: historyRow, inheritFromBefore: false } });
  undo.push({ deleteDimension: { range: historyRow } });
  const grow = (title: string, lastRow: number) => requests.push(...growRequests(sheets.get(title)!, lastRow));
  const upsert = plan.catalogue;
  grow(names.consolidated, 2 + row);
  if (upsert) grow(SHEETS.catalogue, 1 + upsert.rows.length);
  grow(names.summary, plan.resumen.length);
  grow(names.evolution, plan.evolucion.length);
  const replies = api.Spreadsheets!.batchUpdate({ requests }, id).replies ?? [];
  if (!current) {
    const created = (replies[0] as { duplicateSheet?: { properties?: { sheetId?: number } } })?.duplicateSheet?.properties?.sheetId;
    if (created !== undefined) undo.push({ deleteSheet: { sheetId: created } });
  }

  const data = [
    { range: a1(sheetName, 1, 1, columns, height), values: plan.visitValues },
    { range: a1(names.consolidated, 2 + row, 1, width, 1), values: [plan.consolidado] },
    { range: a1(names.summary, 1, 1, plan.resumen[0].length, plan.resumen.length), values: plan.resumen },
    { range: a1(names.evolution, 1, 1, plan.evolucion[0].length, plan.evolucion.length), values: plan.evolucion },
    { range: a1(SHEETS.history, 2, 1, plan.history.length, 1), values: [plan.history] },
  ];
  if (upsert) data.push({ range: a1(SHEETS.catalogue, 2, 1, CETPRO_HEADERS.length, upsert.rows.length), values: upsert.rows.map(protectRow) });
  try {
    // USER_ENTERED reads the values as Range.setValues does: the apostrophe keeps text as text.
    api.Spreadsheets!.Values!.batchUpdate({ valueInputOption: "USER_ENTERED", data }, id);
  } catch (error) {
    // The write is one request: it failed whole. What the structural request changed is taken back.
    try {
      api.Spreadsheets!.batchUpdate({ requests: undo.reverse() }, id);
    } catch {
      // a rebuild ignores an empty copy of Plantilla (it has no id); an empty Historial row says nothing
    }
    throw error;
  }
  return { ok: true, id: record.id, sheetName, audit: plan.trail.audit };
}
