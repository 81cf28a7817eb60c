// saveVisit: validate, then write the visit sheet, its CETPRO row, its Consolidado row, Resumen, Evolución
// and a Historial row (through the advanced Sheets service when enabled, else with SpreadsheetApp as here).
import { currentInstrument, getInstrument } from "../form";
import { newVisitId, nowInLima, todayInLima, validateVisit, type Audit, type FieldIssue, type VisitRecord } from "../record";
import {
  CETPRO_HEADERS,
  SHEETS,
  derivedSheetNames,
  evolucionValues,
  planSave,
  protectRow,
  resumenData,
  resumenValues,
  visitSheetName,
} from "../layout";
import { a1, readToEnd, writeBlock } from "./blocks";
import { firstBlankRow, readConsolidated, rowOfId, visitsOf, type ConsolidatedIndex } from "./consolidated-store";
import { historySheet, logRow } from "./history-log";
import { LOCK_MESSAGE, LockTimeout, withDocumentLock } from "./lock";
import { activeUser, previousVisit } from "./previous-visit";
import { ensureSheets } from "./setup";
import { errorText, unknownVisit, versionChange } from "./save-messages";
import { undoAll, type Undo } from "./undo";
import { saveWithSheetsApi } from "./save-with-api";
import { rememberSpecialist } from "./sidebar-data";
import { sheetsApi } from "./visit-grids-api";
import { visitLayout } from "./visit-layout";
import { idOfGrid, scanVisitSheets } from "./visit-sheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type SaveResult =
  | { ok: true; id: string; sheetName: string; warnings: FieldIssue[]; audit: Audit }
  | { ok: false; errors: FieldIssue[]; warnings: FieldIssue[] };

const failure = (message: string, path = ""): SaveResult => ({ ok: false, errors: [{ path, message }], warnings: [] });

type Place = { row: number; sheetName: string | null; instrumentId: string };

/** Where a saved visit lives now, from Consolidado, or from the sheets when Consolidado lost it. */
function locate(ss: Spreadsheet, index: ConsolidatedIndex, id: string): Place | null {
  const row = rowOfId(index, id);
  if (row >= 0) return { row, sheetName: index.rows[row]!.sheetName, instrumentId: index.instrument.id };
  const sheet = scanVisitSheets(ss).visits.find((s) => idOfGrid(s.grid) === id);
  return sheet ? { row: -1, sheetName: sheet.sheetName, instrumentId: sheet.instrumentId } : null;
}

type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * An existing visit's grid, read: under its recorded name when the sheet there holds this id, else found
 * by id (renamed by hand, or another sheet took the name); null when deleted by hand (it is made again).
 */
function visitGrid(ss: Spreadsheet, current: string | null, id: string, rows: number, columns: number, taken: Set<string>): { range: Range; name: string; grid: unknown[][] } | null {
  if (!current) return null;
  try {
    const range = ss.getRange(a1(current, 1, 1, columns, rows));
    const grid = range.getValues();
    if (idOfGrid(grid) === id) return { range, name: current, grid };
    taken.add(current); // another sheet holds the name now: the visit must not take it back
  } catch {
    // no sheet of that name any more
  }
  const found = scanVisitSheets(ss).visits.find((v) => idOfGrid(v.grid) === id);
  return found ? { range: found.sheet.getRange(1, 1, rows, columns), name: found.sheetName, grid: found.grid } : null;
}

/** A new copy of Plantilla for the visit, under `wanted` or the next free name. */
function insertVisitSheet(ss: Spreadsheet, record: VisitRecord, taken: Set<string>, undo: Undo[]): { sheet: GoogleAppsScript.Spreadsheet.Sheet; name: string } {
  const templateName = derivedSheetNames(record.instrument).template;
  let template = ss.getSheetByName(templateName);
  if (!template) {
    ensureSheets(ss, getInstrument(record.instrument));
    template = ss.getSheetByName(templateName)!;
  }
  let name = visitSheetName(record, taken);
  for (;;) {
    try {
      const sheet = ss.insertSheet(name, { template });
      undo.push(() => ss.deleteSheet(sheet));
      return { sheet, name };
    } catch (error) {
      // A sheet that is not a visit already has this name: take the next free one. Any other failure stops.
      const message = errorText(error);
      if (!/already exists|ya existe/i.test(message) || taken.has(name) || taken.size > 1000) throw error;
      taken.add(name);
      name = visitSheetName(record, taken);
    }
  }
}

function save(input: unknown, imported: boolean): SaveResult {
  const validation = validateVisit(input, { today: todayInLima() });
  if (!validation.ok) return validation;
  const record = validation.record;
  const instrument = getInstrument(record.instrument) ?? currentInstrument();
  const names = derivedSheetNames(instrument.id);
  const user = activeUser(record.specialist);

  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActive();
    // Taken inside the lock, so that Historial's newest-first order is also the order of the times.
    const at = nowInLima();
    const api = sheetsApi();
    if (api) {
      const outcome = saveWithSheetsApi(api, ss, record, instrument, { user, at, imported });
      if (!outcome.ok) return { ...outcome, warnings: [] };
      rememberSpecialist(record.specialist);
      return { ...outcome, warnings: validation.warnings };
    }
    // Reads first, writes after: alternating them costs Sheets a flush each time.
    const index = readConsolidated(ss, instrument);
    const catalogue = readToEnd(ss, SHEETS.catalogue, 2, 1, CETPRO_HEADERS.length);
    const layout = visitLayout(record.instrument);
    const { rows, columns } = layout.template;

    const visits = visitsOf(index);
    const isNew = !record.id;
    let place: Place;
    if (record.id) {
      const found = locate(ss, index, record.id);
      if (!found) return { ok: false, errors: [unknownVisit(record.id)], warnings: [] };
      if (found.instrumentId !== instrument.id) return { ok: false, errors: [versionChange(record.id, found.instrumentId, instrument.id)], warnings: [] };
      place = found;
    } else {
      record.id = newVisitId(new Set(visits.map((v) => v.id)));
      place = { row: -1, sheetName: null, instrumentId: instrument.id };
    }
    const taken = new Set(visits.filter((v) => v.id !== record.id).map((v) => v.sheetName));
    const existing = visitGrid(ss, place.sheetName, record.id, rows, columns, taken);
    const oldGrid = existing ? existing.grid : null;
    const previous = isNew ? null : previousVisit(oldGrid, index.rows[place.row]);
    const row = place.row >= 0 ? place.row : firstBlankRow(index.rows);
    const history = historySheet(ss, instrument);

    const undo: Undo[] = [];
    try {
      let range: Range;
      let sheetName: string;
      if (existing) {
        range = existing.range;
        sheetName = visitSheetName(record, taken);
      } else {
        const inserted = insertVisitSheet(ss, record, taken, undo);
        range = inserted.sheet.getRange(1, 1, rows, columns);
        sheetName = inserted.name;
      }
      const plan = planSave({ instrument, layout, record, sheetName, visits, catalogueRows: catalogue.values, previous, user, at, imported });
      range.setValues(plan.visitValues);
      if (oldGrid) undo.push(() => range.setValues(oldGrid.map(protectRow)));
      if (existing && existing.name !== sheetName) {
        const sheet = range.getSheet();
        sheet.setName(sheetName);
        undo.push(() => sheet.setName(existing.name));
      }

      const upsert = plan.catalogue;
      if (upsert && upsert.rows.length === catalogue.values.length) {
        catalogue.range.setValues(upsert.rows.map(protectRow));
        undo.push(() => catalogue.range.setValues(catalogue.values.map(protectRow)));
      } else if (upsert) {
        writeBlock(ss, SHEETS.catalogue, 2 + upsert.index, 1, [protectRow(upsert.rows[upsert.index])]);
        undo.push(() => writeBlock(ss, SHEETS.catalogue, 2 + upsert.index, 1, [CETPRO_HEADERS.map(() => "")]));
      }

      // A derived sheet deleted by hand is made again by the write that needs it.
      const remake = () => ensureSheets(ss, instrument);
      writeBlock(ss, names.consolidated, 2 + row, 1, [plan.consolidado]);
      const previousRow = index.raw[row] ?? Array(index.width).fill("");
      undo.push(() => writeBlock(ss, names.consolidated, 2 + row, 1, [protectRow(previousRow)]));

      writeBlock(ss, names.summary, 1, 1, plan.resumen, remake);
      undo.push(() => writeBlock(ss, names.summary, 1, 1, resumenValues(resumenData(instrument, visits), plan.resumen.length)));
      writeBlock(ss, names.evolution, 1, 1, plan.evolucion, remake);
      undo.push(() => writeBlock(ss, names.evolution, 1, 1, evolucionValues(instrument, visits, plan.evolucion.length)));

      logRow(history, plan.history, undo);
      SpreadsheetApp.flush();
      rememberSpecialist(record.specialist);
      return { ok: true as const, id: record.id, sheetName, warnings: validation.warnings, audit: plan.trail.audit };
    } catch (error) {
      // Taken back whole, new visit or update, so that the sheets and Historial agree and saving again
      // cannot count a visit twice.
      undoAll(undo);
      throw error;
    }
  });
}

/** The exposed saveVisit: never throws to the sidebar; every failure is a Spanish message. */
export function saveVisit(input: unknown): SaveResult {
  return saveAs(input, false);
}

/** A save that Historial records as an import (importVisits), or as the sidebar's own. */
export function saveAs(input: unknown, imported: boolean): SaveResult {
  try {
    return save(input, imported);
  } catch (error) {
    if (error instanceof LockTimeout) return failure(LOCK_MESSAGE);
    const detail = errorText(error);
    return failure(`No se pudo guardar la ficha (${detail}). Sus datos siguen en la barra lateral: vuelva a intentarlo; si se repite, use «Reconstruir consolidados» del menú Ficha CAP.`);
  }
}
