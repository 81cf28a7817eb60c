// saveVisit: validate, then write the visit sheet, its CETPRO row, its Consolidado row and Resumen
// (through the advanced Sheets service when enabled, else with SpreadsheetApp as here).
import { currentInstrument, getInstrument } from "../form";
import { NO_REVIEW, newVisitId, todayInLima, validateVisit, type FieldIssue, type VisitRecord } from "../record";
import {
  CETPRO_HEADERS,
  SHEETS,
  consolidadoRow,
  derivedSheetNames,
  derivedWrites,
  protectRow,
  resumenData,
  resumenRowCount,
  resumenValues,
  visitSheetName,
  visitSheetValues,
} from "../layout";
import { a1, readToEnd, writeBlock } from "./blocks";
import { firstBlankRow, readConsolidated, rowOfId, visitsOf, type ConsolidatedIndex } from "./consolidated-store";
import { LOCK_MESSAGE, LockTimeout, withDocumentLock } from "./lock";
import { ensureSheets } from "./setup";
import { unknownVisit, versionChange } from "./save-messages";
import { saveWithSheetsApi } from "./save-with-api";
import { rememberSpecialist } from "./sidebar-data";
import { sheetsApi } from "./visit-grids-api";
import { visitLayout } from "./visit-layout";
import { idOfGrid, scanVisitSheets } from "./visit-sheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type SaveResult =
  | { ok: true; id: string; sheetName: string; warnings: FieldIssue[] }
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

type Undo = () => void;

/**
 * Writes the visit's grid into its existing sheet (renamed if its code or date changed), or into a new
 * copy of Plantilla. One setValues writes the whole grid, so a visit sheet is never half written.
 */
function writeVisitSheet(ss: Spreadsheet, current: string | null, record: VisitRecord, values: unknown[][], taken: Set<string>, undo: Undo[]): string {
  const { rows, columns } = visitLayout(record.instrument).template;
  const wanted = visitSheetName(record, taken);
  if (current) {
    let range: GoogleAppsScript.Spreadsheet.Range | null = null;
    let name = current;
    try {
      range = ss.getRange(a1(current, 1, 1, columns, rows));
    } catch {
      // Renamed by hand, or by an update that failed before Consolidado learnt the new name: find it by id.
      const found = scanVisitSheets(ss).visits.find((v) => idOfGrid(v.grid) === record.id);
      name = found?.sheetName ?? "";
      range = found ? found.sheet.getRange(1, 1, rows, columns) : null; // null: deleted by hand, made again below
    }
    if (range) {
      range.setValues(values);
      if (name !== wanted) range.getSheet().setName(wanted);
      return wanted;
    }
  }
  const templateName = derivedSheetNames(record.instrument).template;
  let template = ss.getSheetByName(templateName);
  if (!template) {
    ensureSheets(ss, getInstrument(record.instrument));
    template = ss.getSheetByName(templateName)!;
  }
  let name = wanted;
  let sheet: GoogleAppsScript.Spreadsheet.Sheet | null = null;
  while (!sheet) {
    try {
      sheet = ss.insertSheet(name, { template });
    } catch (error) {
      // A sheet that is not a visit already has this name: take the next free one. Any other failure stops.
      const message = error !== null && typeof error === "object" && "message" in error ? String(error.message) : "";
      if (!/already exists|ya existe/i.test(message) || taken.has(name) || taken.size > 1000) throw error;
      taken.add(name);
      name = visitSheetName(record, taken);
    }
  }
  const created = sheet;
  undo.push(() => ss.deleteSheet(created));
  created.getRange(1, 1, rows, columns).setValues(values);
  return name;
}

function save(input: unknown): SaveResult {
  const validation = validateVisit(input, { today: todayInLima() });
  if (!validation.ok) return validation;
  const record = validation.record;
  const instrument = getInstrument(record.instrument) ?? currentInstrument();
  const names = derivedSheetNames(instrument.id);

  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActive();
    const api = sheetsApi();
    if (api) {
      const outcome = saveWithSheetsApi(api, ss, record, instrument);
      if (!outcome.ok) return { ...outcome, warnings: [] };
      rememberSpecialist(record.specialist);
      return { ...outcome, warnings: validation.warnings };
    }
    // Reads first, writes after: alternating them costs Sheets a flush each time.
    const index = readConsolidated(ss, instrument);
    const catalogue = readToEnd(ss, SHEETS.catalogue, 2, 1, CETPRO_HEADERS.length);

    const visits = visitsOf(index);
    let place: Place;
    const isNew = !record.id;
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
    // The coordinator's review stays with the visit when the specialist saves it again.
    const review = (place.row >= 0 ? index.rows[place.row]?.review : undefined) ?? NO_REVIEW;
    const values = visitSheetValues(visitLayout(record.instrument), record, review);
    const row = place.row >= 0 ? place.row : firstBlankRow(index.rows);
    const before = resumenData(instrument, visits);
    const undo: Undo[] = [];
    try {
      const sheetName = writeVisitSheet(ss, place.sheetName, record, values, taken, undo);

      const planned = derivedWrites(instrument, record, sheetName, review, visits, catalogue.values);
      const upsert = planned.catalogue;
      if (upsert && upsert.rows.length === catalogue.values.length) {
        catalogue.range.setValues(upsert.rows.map(protectRow));
        undo.push(() => catalogue.range.setValues(catalogue.values.map(protectRow)));
      } else if (upsert) {
        writeBlock(ss, SHEETS.catalogue, 2 + upsert.index, 1, [protectRow(upsert.rows[upsert.index])]);
        undo.push(() => writeBlock(ss, SHEETS.catalogue, 2 + upsert.index, 1, [CETPRO_HEADERS.map(() => "")]));
      }

      writeBlock(ss, names.consolidated, 2 + row, 1, [consolidadoRow(instrument, record, sheetName, review)]);
      const previousRow = index.raw[row] ?? Array(index.width).fill("");
      undo.push(() => writeBlock(ss, names.consolidated, 2 + row, 1, [protectRow(previousRow)]));

      writeBlock(ss, names.summary, 1, 1, planned.resumen);
      SpreadsheetApp.flush();
      rememberSpecialist(record.specialist);
      return { ok: true as const, id: record.id, sheetName, warnings: validation.warnings };
    } catch (error) {
      // A new visit is taken back whole, so that saving again cannot make it twice. An update is one
      // setValues of the whole sheet: saving again (or a rebuild) brings the derived sheets in line.
      if (isNew) {
        for (const step of undo.reverse()) {
          try {
            step();
          } catch {
            // best effort: a rebuild repairs what could not be undone
          }
        }
        try {
          writeBlock(ss, names.summary, 1, 1, resumenValues(before, resumenRowCount(before) + 1));
        } catch {
          // idem
        }
      }
      throw error;
    }
  });
}

/** The exposed saveVisit: never throws to the sidebar; every failure is a Spanish message. */
export function saveVisit(input: unknown): SaveResult {
  try {
    return save(input);
  } catch (error) {
    if (error instanceof LockTimeout) return failure(LOCK_MESSAGE);
    // Errors may come from another realm (the Apps Script services), so no `instanceof Error` here.
    const detail = error !== null && typeof error === "object" && "message" in error ? String(error.message) : String(error);
    return failure(`No se pudo guardar la ficha (${detail}). Sus datos siguen en la barra lateral: vuelva a intentarlo; si se repite, use «Reconstruir consolidados» del menú Ficha CAP.`);
  }
}
