// Creates the add-in's sheets when they are missing: Plantilla, CETPRO, Consolidado, Resumen, Evolución, Historial.
import { currentInstrument, type Instrument } from "../form";
import {
  CETPRO_HEADERS,
  CETPRO_WIDTHS,
  DATE_FORMAT,
  EVOLUCION_DATE_COLUMN,
  HISTORIAL_COLUMNS,
  LEVEL_COLORS,
  RESUMEN_COUNTS_FIRST_ROW,
  RESUMEN_COUNTS_HEADER_ROW,
  resumenLevelColumns,
  SHEETS,
  asText,
  columnLetter,
  consolidadoColumns,
  derivedSheetNames,
  evolucionLevelColumns,
  evolucionTableHeaderRow,
  evolucionValues,
  resumenTableHeaderRow,
  resumenValues,
  resumenData,
} from "../layout";
import { applySpec, resize } from "./apply-spec";
import { visitLayout } from "./visit-layout";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows a derived sheet starts with; it grows by as many when full. */
export const INITIAL_ROWS = 200;
const PROTECTION_NOTE = "Hoja gestionada por Ficha CAP: use la barra lateral para cambiar los datos.";

/**
 * Warning-only protection: a person editing by hand is warned first; the add-in, which writes as the
 * specialist using it, is never stopped. A protection limited to named editors would also stop every
 * specialist not on the list from saving, since the script runs as them.
 */
export function protect(sheet: Sheet): void {
  sheet.protect().setDescription(PROTECTION_NOTE).setWarningOnly(true);
}

/** Colours each level label in `ranges` (replaces the sheet's conditional formats). */
export function levelRules(sheet: Sheet, ranges: GoogleAppsScript.Spreadsheet.Range[]): void {
  sheet.setConditionalFormatRules(
    LEVEL_COLORS.map((level) =>
      SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(level.label).setBackground(level.background).setRanges(ranges).build(),
    ),
  );
}

function header(sheet: Sheet, headers: string[], widths: number[]): void {
  const range = sheet.getRange(1, 1, 1, headers.length);
  range.setValues([headers.map(asText)]);
  range.setFontWeight("bold").setBackground("#cfe2f3").setWrap(true).setVerticalAlignment("middle");
  widths.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
  sheet.setFrozenRows(1);
}

function createTemplate(ss: Spreadsheet, instrument: Instrument, name: string): void {
  const sheet = ss.insertSheet(name, 0);
  applySpec(sheet, visitLayout(instrument.id).template);
  sheet.setTabColor("#6d9eeb");
  protect(sheet);
}

function createCatalogue(ss: Spreadsheet, _instrument: Instrument, name: string): void {
  const sheet = ss.insertSheet(name);
  resize(sheet, INITIAL_ROWS + 1, CETPRO_HEADERS.length);
  header(sheet, CETPRO_HEADERS, CETPRO_WIDTHS);
  protect(sheet);
}

function createConsolidated(ss: Spreadsheet, instrument: Instrument, name: string): void {
  const columns = consolidadoColumns(instrument);
  const sheet = ss.insertSheet(name);
  const width = columns.headers.length;
  resize(sheet, INITIAL_ROWS + 1, width);
  header(sheet, columns.headers, columns.widths);
  sheet.setFrozenColumns(1);
  sheet.getRange(2, columns.dateColumn + 1, INITIAL_ROWS, 1).setNumberFormat(DATE_FORMAT);
  sheet.getRange(`A1:${columnLetter(width - 1)}`).createFilter();
  levelRules(
    sheet,
    columns.levelColumns.map((c) => sheet.getRange(`${columnLetter(c)}2:${columnLetter(c)}`)),
  );
  protect(sheet);
}

function createSummary(ss: Spreadsheet, instrument: Instrument, name: string): void {
  const headerRow = resumenTableHeaderRow(instrument) + 1;
  countsAndTable(ss.insertSheet(name), resumenValues(resumenData(instrument, [])), headerRow, "D", resumenLevelColumns(instrument));
}

function createEvolution(ss: Spreadsheet, instrument: Instrument, name: string): void {
  const headerRow = evolucionTableHeaderRow(instrument) + 1;
  countsAndTable(ss.insertSheet(name), evolucionValues(instrument, []), headerRow, columnLetter(EVOLUCION_DATE_COLUMN - 1), evolucionLevelColumns(instrument));
}

/** Historial starts with its header and one blank row: each save inserts its row above that one. */
function createHistory(ss: Spreadsheet, _instrument: Instrument, name: string): void {
  const sheet = ss.insertSheet(name);
  resize(sheet, 2, HISTORIAL_COLUMNS.length);
  header(sheet, HISTORIAL_COLUMNS.map((c) => c.header), HISTORIAL_COLUMNS.map((c) => c.width));
  sheet.getRange(2, 1, 1, HISTORIAL_COLUMNS.length).setWrap(true).setVerticalAlignment("top");
  // Rows inserted under the header fall inside the filter, which grows with them.
  sheet.getRange(`A1:${columnLetter(HISTORIAL_COLUMNS.length - 1)}`).createFilter();
  protect(sheet);
}

/** The stacked bars of how many CETPROs sit at each level in each unit, drawn from the counts table. */
function levelChart(sheet: Sheet, tableHeaderRow: number): void {
  const counts = sheet.getRange(RESUMEN_COUNTS_HEADER_ROW + 1, 1, tableHeaderRow - RESUMEN_COUNTS_FIRST_ROW - 1, 5);
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(counts)
      .setNumHeaders(1)
      .setPosition(1, 8, 0, 0)
      .setOption("isStacked", true)
      .setOption("title", "CETPRO por nivel en cada dimensión")
      .setOption("colors", LEVEL_COLORS.map((level) => level.background))
      .setOption("width", 640)
      .setOption("height", 300)
      .build(),
  );
}

/** A title, the level counts with their chart, and below them a table whose header row is frozen. */
function countsAndTable(sheet: Sheet, values: (string | number)[][], headerRow: number, dateColumn: string, levelColumns: number[]): void {
  const width = values[0].length;
  resize(sheet, headerRow + INITIAL_ROWS, width);
  sheet.getRange(1, 1, values.length, width).setValues(values);
  sheet.getRange(1, 1).setFontWeight("bold").setFontSize(12);
  sheet.getRangeList([`A${RESUMEN_COUNTS_HEADER_ROW + 1}:F${RESUMEN_COUNTS_HEADER_ROW + 1}`, `A${headerRow}:${columnLetter(width - 1)}${headerRow}`])
    .setFontWeight("bold")
    .setBackground("#cfe2f3")
    .setWrap(true);
  sheet.getRange(`${dateColumn}${headerRow + 1}:${dateColumn}`).setNumberFormat(DATE_FORMAT);
  sheet.setColumnWidth(1, 220);
  sheet.setColumnWidth(2, 220);
  sheet.setFrozenRows(headerRow);
  levelRules(
    sheet,
    levelColumns.map((c) => sheet.getRange(`${columnLetter(c)}${headerRow + 1}:${columnLetter(c)}`)),
  );
  levelChart(sheet, headerRow);
  protect(sheet);
}

/** Creates whatever is missing of CETPRO, Historial and one version's Plantilla, Consolidado, Resumen and Evolución. */
export function ensureSheets(ss: Spreadsheet, instrument: Instrument = currentInstrument()): string[] {
  const names = derivedSheetNames(instrument.id);
  const created: string[] = [];
  const steps: [string, (ss: Spreadsheet, instrument: Instrument, name: string) => void][] = [
    [names.template, createTemplate],
    [SHEETS.catalogue, createCatalogue],
    [names.consolidated, createConsolidated],
    [names.summary, createSummary],
    [names.evolution, createEvolution],
    [SHEETS.history, createHistory],
  ];
  for (const [name, create] of steps) {
    if (!ss.getSheetByName(name)) {
      create(ss, instrument, name);
      created.push(name);
    }
  }
  return created;
}
