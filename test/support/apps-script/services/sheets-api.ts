// Defines the counted advanced Sheets service (Sheets.Spreadsheets.get and .Values.batchGet) over the fake's model.
import { Facade, countCalls } from "../counting";
import { readValues } from "../model/cells";
import type { Runtime } from "../runtime";

const DAY_MS = 86_400_000;
const SHEETS_EPOCH = Date.UTC(1899, 11, 30);

/**
 * The REST API's value for a cell read with valueRenderOption UNFORMATTED_VALUE and dateTimeRenderOption
 * SERIAL_NUMBER: numbers, booleans and text as stored, dates as day serials, formulas as their (unknown)
 * result, which this fake reports as "#ERROR!" like getValues.
 */
function apiValue(value: unknown): unknown {
  if (Object.prototype.toString.call(value) === "[object Date]") return ((value as Date).getTime() - SHEETS_EPOCH) / DAY_MS;
  return value;
}

/** The API leaves out trailing empty cells of each row and trailing empty rows. */
function trimmed(rows: unknown[][]): unknown[][] {
  const out = rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === "") end -= 1;
    return row.slice(0, end).map(apiValue);
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

function checkId(rt: Runtime, spreadsheetId: string): void {
  if (spreadsheetId !== rt.book.id) throw new Error(`Requested entity was not found. (spreadsheet ${spreadsheetId})`);
}

export class ValuesCollectionFacade extends Facade {
  batchGet(spreadsheetId: string, optionalArgs: { ranges?: string[] } = {}): { spreadsheetId: string; valueRanges: { range: string; majorDimension: string; values?: unknown[][] }[] } {
    checkId(this.rt, spreadsheetId);
    const ranges = optionalArgs.ranges ?? [];
    const first = this.rt.book.sheets[0];
    const valueRanges = ranges.map((a1) => {
      const { sheet, box } = this.rt.book.resolveA1(a1, first);
      const values = trimmed(readValues(sheet, box));
      return values.length ? { range: a1, majorDimension: "ROWS", values } : { range: a1, majorDimension: "ROWS" };
    });
    return { spreadsheetId, valueRanges };
  }
}

export class SpreadsheetsCollectionFacade extends Facade {
  readonly Values: ValuesCollectionFacade;

  constructor(rt: Runtime) {
    super(rt);
    this.Values = new ValuesCollectionFacade(rt);
  }

  get(spreadsheetId: string, _optionalArgs: object = {}): { spreadsheetId: string; sheets: { properties: Record<string, unknown> }[] } {
    checkId(this.rt, spreadsheetId);
    return {
      spreadsheetId,
      sheets: this.rt.book.sheets.map((sheet, index) => ({
        properties: {
          sheetId: sheet.id,
          title: sheet.name,
          index,
          hidden: sheet.hidden,
          gridProperties: { rowCount: sheet.maxRows, columnCount: sheet.maxCols, frozenRowCount: sheet.frozenRows },
        },
      })),
    };
  }
}

export class SheetsApiFacade {
  readonly Spreadsheets: SpreadsheetsCollectionFacade;

  constructor(rt: Runtime) {
    this.Spreadsheets = new SpreadsheetsCollectionFacade(rt);
  }
}

countCalls(ValuesCollectionFacade, "Sheets.Spreadsheets.Values", "Sheets");
countCalls(SpreadsheetsCollectionFacade, "Sheets.Spreadsheets", "Sheets");
