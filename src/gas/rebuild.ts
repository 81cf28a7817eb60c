// rebuildConsolidated: CETPRO, Consolidado and Resumen made again from the visit sheets alone.
import { CURRENT_INSTRUMENT, getInstrument } from "../form";
import { compareVisitIds, validateVisit, type FieldIssue, type VisitRecord } from "../record";
import {
  CETPRO_HEADERS,
  SHEETS,
  byDateDesc,
  consolidadoRow,
  protectRow,
  readVisitValues,
  resumenData,
  resumenValues,
  summaryOf,
  upsertCatalogue,
  type VisitSummary,
} from "../layout";
import { readToEnd, writeBlock } from "./blocks";
import { consolidatedWidth } from "./consolidated-store";
import { withDocumentLock } from "./lock";
import { ensureSheets } from "./setup";
import { visitLayout } from "./visit-layout";
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
  if (needed > maxRows) sheet.insertRowsAfter(maxRows, needed - maxRows + 200);
  const height = Math.max(maxRows, needed) - firstRow + 1;
  const padded = rows.concat(Array.from({ length: height - rows.length }, () => Array(width).fill("")));
  if (padded.length) sheet.getRange(firstRow, 1, padded.length, width).setValues(padded);
}

export function rebuildConsolidated(): RebuildResult {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActive();
    const scan = scanVisitSheets(ss);
    if (scan.own.size < Object.keys(SHEETS).length) {
      ensureSheets(ss);
      for (const name of Object.values(SHEETS)) if (!scan.own.has(name)) scan.own.set(name, ss.getSheetByName(name)!);
    }
    const farFuture = "9999-12-31";
    const records: { record: VisitRecord; sheetName: string }[] = [];
    const invalid: RebuildResult["invalid"] = [];
    const seen = new Set<string>();
    for (const visit of scan.visits) {
      const raw = readVisitValues(visitLayout(), visit.grid);
      const result = validateVisit(raw, { today: farFuture });
      if (!result.ok) invalid.push({ sheetName: visit.sheetName, errors: result.errors });
      else if (seen.has(result.record.id!)) {
        invalid.push({ sheetName: visit.sheetName, errors: [{ path: "id", message: `Id de visita: «${result.record.id}» se repite en otra hoja (¿copia manual?).` }] });
      } else {
        seen.add(result.record.id!);
        records.push({ record: result.record, sheetName: visit.sheetName });
      }
    }

    // Consolidado lists visits in the order they were first saved, as the saves appended them.
    records.sort((a, b) => compareVisitIds(a.record.id!, b.record.id!));
    const instrument = CURRENT_INSTRUMENT;
    const summaries: VisitSummary[] = records.map(({ record, sheetName }) => summaryOf(record, sheetName));
    const rows = records.map(({ record, sheetName }) => consolidadoRow(getInstrument(record.instrument) ?? instrument, record, sheetName));
    replaceRows(scan.own.get(SHEETS.consolidated)!, rows, consolidatedWidth());

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

    const data = resumenData(instrument, summaries);
    const summarySheet = scan.own.get(SHEETS.summary)!;
    const values = resumenValues(data);
    replaceRows(summarySheet, values, values[0].length, 1);
    SpreadsheetApp.flush();
    return { visits: records.length, schools: data.schools.length, invalid };
  });
}
