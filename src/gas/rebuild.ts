// rebuildConsolidated: CETPRO, Consolidado and Resumen made again from the visit sheets alone.
import { INSTRUMENTS, currentInstrument, type Instrument } from "../form";
import { compareVisitIds, validateVisit, type FieldIssue, type Review, type VisitRecord } from "../record";
import {
  CETPRO_HEADERS,
  SHEETS,
  byDateDesc,
  consolidadoRow,
  derivedSheetNames,
  readReview,
  protectRow,
  resumenData,
  resumenValues,
  summaryOf,
  upsertCatalogue,
  type VisitSummary,
} from "../layout";
import { growRows, readToEnd, writeBlock } from "./blocks";
import { consolidatedWidth } from "./consolidated-store";
import { withDocumentLock } from "./lock";
import { ensureSheets } from "./setup";
import { recordOfGrid } from "./read-visits";
import { visitLayout } from "./visit-layout";
import { readVisitGridsWithApi } from "./visit-grids-api";
import { scanVisitSheets } from "./visit-sheets";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RebuildResult {
  visits: number;
  schools: number;
  /** Visit sheets left out because a hand edit broke a rule (see validateActiveSheet). */
  invalid: { sheetName: string; errors: FieldIssue[] }[];
}

/** Writes `rows` from row 2 down and blanks every row below them, in one setValues. */
function replaceRows(sheet: Sheet, rows: unknown[][], width: number, firstRow = 2): void {
  const maxRows = sheet.getMaxRows();
  const needed = firstRow - 1 + rows.length;
  if (needed > maxRows) growRows(sheet, needed - maxRows + 200);
  const height = Math.max(maxRows, needed) - firstRow + 1;
  const padded = rows.concat(Array.from({ length: height - rows.length }, () => Array(width).fill("")));
  if (padded.length) sheet.getRange(firstRow, 1, padded.length, width).setValues(padded);
}

/** The own sheet called `name`: from the scan, by name, or made (with its version's other sheets). */
function ownSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, own: Map<string, Sheet>, name: string, instrument: Instrument): Sheet {
  let sheet = own.get(name) ?? ss.getSheetByName(name);
  if (!sheet) {
    ensureSheets(ss, instrument);
    sheet = ss.getSheetByName(name)!;
  }
  own.set(name, sheet);
  return sheet;
}

export function rebuildConsolidated(): RebuildResult {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActive();
    // With the advanced Sheets service: a few requests for every sheet; without it, 2 calls per sheet.
    const fromApi = readVisitGridsWithApi(ss);
    const scan = fromApi ? { visits: fromApi, own: new Map<string, Sheet>() } : scanVisitSheets(ss);
    const farFuture = "9999-12-31";
    const records: { record: VisitRecord; sheetName: string; review: Review }[] = [];
    const invalid: RebuildResult["invalid"] = [];
    const seen = new Set<string>();
    for (const visit of scan.visits) {
      const result = validateVisit(recordOfGrid(visit.grid), { today: farFuture });
      if (!result.ok) invalid.push({ sheetName: visit.sheetName, errors: result.errors });
      else if (seen.has(result.record.id!)) {
        invalid.push({ sheetName: visit.sheetName, errors: [{ path: "id", message: `Id de visita: «${result.record.id}» se repite en otra hoja (¿copia manual?).` }] });
      } else {
        seen.add(result.record.id!);
        records.push({ record: result.record, sheetName: visit.sheetName, review: readReview(visitLayout(visit.instrumentId), visit.grid) });
      }
    }

    // Consolidado lists visits in the order they were first saved, as the saves appended them.
    records.sort((a, b) => compareVisitIds(a.record.id!, b.record.id!));
    const summaries: VisitSummary[] = records.map(({ record, sheetName, review }) => summaryOf(record, sheetName, review));

    // Each version of the ficha has its own Consolidado and Resumen: no column mixes two versions.
    const current = currentInstrument();
    let schools = 0;
    for (const instrument of INSTRUMENTS) {
      const mine = records.filter(({ record }) => record.instrument === instrument.id);
      const names = derivedSheetNames(instrument.id);
      if (mine.length === 0 && instrument.id !== current.id && !scan.own.has(names.consolidated) && !ss.getSheetByName(names.consolidated)) continue;
      const rows = mine.map(({ record, sheetName, review }) => consolidadoRow(instrument, record, sheetName, review));
      replaceRows(ownSheet(ss, scan.own, names.consolidated, instrument), rows, consolidatedWidth(instrument));
      const data = resumenData(instrument, summaries.filter((s) => s.instrument === instrument.id));
      const values = resumenValues(data);
      replaceRows(ownSheet(ss, scan.own, names.summary, instrument), values, values[0].length, 1);
      schools += data.schools.length;
    }

    ownSheet(ss, scan.own, SHEETS.catalogue, current);
    const catalogue = readToEnd(ss, SHEETS.catalogue, 2, 1, CETPRO_HEADERS.length);
    let catalogueRows: unknown[][] = catalogue.values;
    const newest = new Map<string, VisitSummary>();
    for (const visit of summaries.slice().sort(byDateDesc)) if (!newest.has(visit.school.code)) newest.set(visit.school.code, visit);
    const order = [...new Set(summaries.map((v) => v.school.code))];
    for (const code of order) {
      const upsert = upsertCatalogue(catalogueRows, newest.get(code)!.school);
      if (upsert) catalogueRows = upsert.rows;
    }
    if (catalogueRows.length === catalogue.values.length) catalogue.range.setValues(catalogueRows.map(protectRow));
    else writeBlock(ss, SHEETS.catalogue, 2, 1, catalogueRows.map(protectRow));
    SpreadsheetApp.flush();
    return { visits: records.length, schools, invalid };
  });
}
