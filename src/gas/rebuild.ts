// rebuildConsolidated: CETPRO, Consolidado, Resumen and Evolución made again from the visit sheets alone
// (Historial is a log, not derived: a rebuild never touches it).
import { INSTRUMENTS, currentInstrument, type Instrument } from "../form";
import { compareVisitIds, validateVisit, type FieldIssue, type Trail, type VisitRecord } from "../record";
import {
  CETPRO_HEADERS,
  SHEETS,
  catalogueFromVisits,
  consolidadoRow,
  derivedSheetNames,
  evolucionValues,
  protectRow,
  readTrail,
  resumenData,
  resumenValues,
  summaryOf,
  type VisitSummary,
} from "../layout";
import { UNFORMATTED, growRequests, padded, sheetsOf, type Api, type SheetProps } from "./api-sheets";
import { a1, growRows, readToEnd, writeBlock } from "./blocks";
import { consolidatedWidth, outdatedMessage } from "./consolidated-store";
import { withDocumentLock } from "./lock";
import { ensureSheets } from "./setup";
import { recordOfGrid } from "./read-visits";
import { visitLayout } from "./visit-layout";
import { readVisitGridsWithApi, sheetsApi } from "./visit-grids-api";
import type { VisitGrid } from "./visit-grids-api";
import { scanVisitSheets } from "./visit-sheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
/** The visit sheets read, and the add-in's own sheets met on the way (by name). */
type Scan = { visits: VisitGrid[]; own: Map<string, Sheet> };

export interface RebuildResult {
  visits: number;
  schools: number;
  /** Visit sheets left out because a hand edit broke a rule (see validateActiveSheet). */
  invalid: { sheetName: string; errors: FieldIssue[] }[];
}

/** A derived sheet's new content: `rows` from `firstRow` down; every row below them is blanked. */
interface Block {
  instrument: Instrument;
  title: string;
  firstRow: number;
  rows: unknown[][];
  width: number;
}

/** The derived sheets of each version in use (Consolidado, Resumen, Evolución), and how many CETPROs Resumen lists. */
function derivedBlocks(instruments: Instrument[], records: { record: VisitRecord; sheetName: string; trail: Trail }[], summaries: VisitSummary[]): { blocks: Block[]; schools: number } {
  let schools = 0;
  const blocks = instruments.flatMap((instrument): Block[] => {
    const names = derivedSheetNames(instrument.id);
    const mine = records.filter(({ record }) => record.instrument === instrument.id);
    const versionVisits = summaries.filter((s) => s.instrument === instrument.id);
    const data = resumenData(instrument, versionVisits);
    schools += data.schools.length;
    const resumen = resumenValues(data);
    const evolucion = evolucionValues(instrument, versionVisits);
    return [
      { instrument, title: names.consolidated, firstRow: 2, rows: mine.map(({ record, sheetName, trail }) => consolidadoRow(instrument, record, sheetName, trail)), width: consolidatedWidth(instrument) },
      { instrument, title: names.summary, firstRow: 1, rows: resumen, width: resumen[0].length },
      { instrument, title: names.evolution, firstRow: 1, rows: evolucion, width: evolucion[0].length },
    ];
  });
  return { blocks, schools };
}

const blankTo = (rows: unknown[][], height: number, width: number) => rows.concat(Array.from({ length: Math.max(0, height - rows.length) }, () => Array(width).fill("")));

/** Without the advanced service: 3 calls per derived sheet, 3 for the catalogue. */
function writeWithSpreadsheetApp(ss: Spreadsheet, scan: Scan, summaries: VisitSummary[], blocks: Block[]): void {
  const sheetOf = (title: string, instrument: Instrument): Sheet => {
    let sheet = scan.own.get(title) ?? ss.getSheetByName(title);
    if (!sheet) {
      ensureSheets(ss, instrument);
      sheet = ss.getSheetByName(title)!;
    }
    scan.own.set(title, sheet);
    return sheet;
  };
  for (const block of blocks) {
    const sheet = sheetOf(block.title, block.instrument);
    const maxRows = sheet.getMaxRows();
    const needed = block.firstRow - 1 + block.rows.length;
    if (needed > maxRows) growRows(sheet, needed - maxRows + 200);
    const rows = blankTo(block.rows, Math.max(maxRows, needed) - block.firstRow + 1, block.width);
    if (rows.length) sheet.getRange(block.firstRow, 1, rows.length, block.width).setValues(rows);
  }
  sheetOf(SHEETS.catalogue, currentInstrument());
  const catalogue = readToEnd(ss, SHEETS.catalogue, 2, 1, CETPRO_HEADERS.length);
  const rows = catalogueFromVisits(catalogue.values, summaries).map(protectRow);
  if (rows.length === catalogue.values.length) catalogue.range.setValues(rows);
  else writeBlock(ss, SHEETS.catalogue, 2, 1, rows);
}

/** With the advanced service: the catalogue, at most one structural request and one write (the sheet list is known). */
function writeWithApi(api: Api, ss: Spreadsheet, known: { id: string; sheets: Map<string, SheetProps> }, instruments: Instrument[], summaries: VisitSummary[], blocks: Block[]): void {
  const { id } = known;
  let sheets = known.sheets;
  const needed = (instrument: Instrument) => [...Object.values(derivedSheetNames(instrument.id)), SHEETS.catalogue, SHEETS.history];
  const incomplete = instruments.filter((instrument) => !needed(instrument).every((title) => sheets.has(title)));
  if (incomplete.length) {
    incomplete.forEach((instrument) => ensureSheets(ss, instrument));
    SpreadsheetApp.flush();
    sheets = sheetsOf(api, id);
  }
  const width = CETPRO_HEADERS.length;
  const read = api.Spreadsheets!.Values!.batchGet(id, { ranges: [a1(SHEETS.catalogue, 2, 1, width)], ...UNFORMATTED }).valueRanges!;
  const catalogue = catalogueFromVisits(padded(read[0].values as unknown[][], width), summaries).map(protectRow);
  const all = blocks.concat({ instrument: currentInstrument(), title: SHEETS.catalogue, firstRow: 2, rows: catalogue, width });
  const requests = all.flatMap((block) => growRequests(sheets.get(block.title)!, block.firstRow - 1 + block.rows.length));
  if (requests.length) api.Spreadsheets!.batchUpdate({ requests }, id);
  const data = all.map((block) => {
    const rowCount = Math.max(sheets.get(block.title)!.rowCount, block.firstRow - 1 + block.rows.length);
    const values = blankTo(block.rows, rowCount - block.firstRow + 1, block.width);
    return { range: a1(block.title, block.firstRow, 1, block.width, values.length), values };
  });
  api.Spreadsheets!.Values!.batchUpdate({ valueInputOption: "USER_ENTERED", data }, id);
}

export function rebuildConsolidated(): RebuildResult {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActive();
    // With the advanced Sheets service: a few requests for every sheet; without it, 2 calls per sheet.
    const api = sheetsApi();
    const id = api ? ss.getId() : "";
    const known = api ? { id, sheets: sheetsOf(api, id) } : undefined;
    const fromApi = readVisitGridsWithApi(ss, known);
    const scan: Scan = fromApi ? { visits: fromApi, own: new Map<string, Sheet>() } : scanVisitSheets(ss);
    const farFuture = "9999-12-31";
    const records: { record: VisitRecord; sheetName: string; trail: Trail }[] = [];
    const invalid: RebuildResult["invalid"] = [];
    const seen = new Set<string>();
    for (const visit of scan.visits) {
      const result = validateVisit(recordOfGrid(visit.grid), { today: farFuture });
      if (!result.ok) invalid.push({ sheetName: visit.sheetName, errors: result.errors });
      else if (seen.has(result.record.id!)) {
        invalid.push({ sheetName: visit.sheetName, errors: [{ path: "id", message: `Id de visita: «${result.record.id}» se repite en otra hoja (¿copia manual?).` }] });
      } else {
        seen.add(result.record.id!);
        records.push({ record: result.record, sheetName: visit.sheetName, trail: readTrail(visitLayout(visit.instrumentId), visit.grid) });
      }
    }

    // Consolidado lists visits in the order they were first saved, as the saves appended them.
    records.sort((a, b) => compareVisitIds(a.record.id!, b.record.id!));
    const summaries: VisitSummary[] = records.map(({ record, sheetName, trail }) => summaryOf(record, sheetName, trail));

    // Each version of the ficha has its own derived sheets: no column mixes two versions. A version
    // is rebuilt when it is the current one, has visits, or had a Consolidado.
    const current = currentInstrument();
    const instruments = INSTRUMENTS.filter((instrument) => {
      const consolidated = derivedSheetNames(instrument.id).consolidated;
      return (
        instrument.id === current.id ||
        records.some(({ record }) => record.instrument === instrument.id) ||
        scan.own.has(consolidated) ||
        ss.getSheetByName(consolidated) !== null
      );
    });
    for (const instrument of instruments) {
      const name = derivedSheetNames(instrument.id).consolidated;
      const columns = known ? known.sheets.get(name)?.columnCount : (scan.own.get(name) ?? ss.getSheetByName(name))?.getMaxColumns();
      const outdated = outdatedMessage(name, columns ?? Infinity, instrument);
      if (outdated) throw new Error(outdated);
    }
    const { blocks, schools } = derivedBlocks(instruments, records, summaries);
    if (api && known) writeWithApi(api, ss, known, instruments, summaries, blocks);
    else writeWithSpreadsheetApp(ss, scan, summaries, blocks);
    SpreadsheetApp.flush();
    return { visits: records.length, schools, invalid };
  });
}
