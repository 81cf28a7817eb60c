// Defines the counted advanced Sheets service (Sheets.Spreadsheets.get and .Values.batchGet) over the fake's model.
import { Facade, countCalls } from "../counting";
import { readValues, writeInputs } from "../model/cells";
import { deleteLines, insertLines } from "../model/structure";
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

type ValueRange = { range: string; values: unknown[][] };

export class ValuesCollectionFacade extends Facade {
  /**
   * Writes several ranges at once. USER_ENTERED parses strings as typed input (a leading apostrophe
   * keeps text as text), as Range.setValues does; RAW stores them as they are. All ranges are checked
   * before anything is written, so a bad request writes nothing.
   */
  batchUpdate(resource: { valueInputOption?: string; data?: ValueRange[] }, spreadsheetId: string): { totalUpdatedCells: number } {
    checkId(this.rt, spreadsheetId);
    const book = this.rt.book;
    const first = book.sheets[0];
    const targets = (resource.data ?? []).map(({ range, values }) => {
      const { sheet, box } = book.resolveA1(range, first);
      const rows = values.length;
      const cols = Math.max(0, ...values.map((row) => row.length));
      if (rows > box.numRows || cols > box.numCols) {
        throw new Error(`Requested writing within range [${range}], but tried writing to row [${box.row + rows - 1}]`);
      }
      return { sheet, box: { ...box, numRows: rows, numCols: cols }, values };
    });
    let totalUpdatedCells = 0;
    const raw = resource.valueInputOption === "RAW";
    for (const { sheet, box, values } of targets) {
      writeInputs(sheet, box, (i, j) => {
        const value = values[i]?.[j] ?? "";
        return raw && typeof value === "string" && value !== "" ? `'${value}` : value;
      });
      totalUpdatedCells += box.numRows * box.numCols;
    }
    return { totalUpdatedCells };
  }

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

  /**
   * Structural requests: duplicateSheet, updateSheetProperties (title), appendDimension, insertDimension,
   * deleteDimension, deleteSheet, repeatCell (number format). Names are checked before anything is done.
   */
  batchUpdate(resource: { requests?: Record<string, any>[] }, spreadsheetId: string): { replies: Record<string, unknown>[] } {
    checkId(this.rt, spreadsheetId);
    const book = this.rt.book;
    const sheetById = (id: number) => {
      const sheet = book.findSheetById(id);
      if (!sheet) throw new Error(`Invalid requests: No grid with id: ${id}`);
      return sheet;
    };
    const requests = resource.requests ?? [];
    for (const request of requests) {
      const kind = Object.keys(request)[0];
      if (!["duplicateSheet", "updateSheetProperties", "appendDimension", "insertDimension", "deleteDimension", "deleteSheet", "repeatCell"].includes(kind)) throw new Error(`Invalid request: ${kind}`);
      if (kind === "duplicateSheet" && book.findSheet(request.duplicateSheet.newSheetName)) {
        throw new Error(`Invalid requests[0].duplicateSheet: A sheet with the name "${request.duplicateSheet.newSheetName}" already exists. Please enter another name.`);
      }
    }
    const replies = requests.map((request) => {
      if (request.duplicateSheet) {
        const { sourceSheetId, insertSheetIndex, newSheetName } = request.duplicateSheet;
        const sheet = book.insertSheet({ name: newSheetName, index: insertSheetIndex, template: sheetById(sourceSheetId) });
        return { duplicateSheet: { properties: { sheetId: sheet.id, title: sheet.name } } };
      }
      if (request.updateSheetProperties) {
        const { properties } = request.updateSheetProperties;
        book.renameSheet(sheetById(properties.sheetId), properties.title);
        return {};
      }
      if (request.appendDimension) {
        const { sheetId, dimension, length } = request.appendDimension;
        const sheet = sheetById(sheetId);
        insertLines(sheet, dimension, (dimension === "ROWS" ? sheet.maxRows : sheet.maxCols) + 1, length, book.totalCells());
        return {};
      }
      if (request.insertDimension || request.deleteDimension) {
        // range: 0-based, end exclusive, as the API gives it; inheritFromBefore only affects formats (not modelled).
        const { sheetId, dimension, startIndex, endIndex } = (request.insertDimension ?? request.deleteDimension).range;
        const sheet = sheetById(sheetId);
        if (request.insertDimension) insertLines(sheet, dimension, startIndex + 1, endIndex - startIndex, book.totalCells());
        else deleteLines(sheet, dimension, startIndex + 1, endIndex - startIndex);
        return {};
      }
      if (request.repeatCell) {
        // Only the number format is modelled: what the add-in sets on rows it adds.
        const { range, cell, fields } = request.repeatCell;
        if (fields !== "userEnteredFormat.numberFormat") throw new Error(`repeatCell: fields ${fields} not modelled`);
        const sheet = sheetById(range.sheetId);
        for (let r = range.startRowIndex + 1; r <= range.endRowIndex; r++) {
          for (let c = range.startColumnIndex + 1; c <= range.endColumnIndex; c++) {
            const data = sheet.grid.at(r, c);
            data.format = { ...(data.format ?? {}), numberFormat: cell.userEnteredFormat.numberFormat.pattern };
          }
        }
        return {};
      }
      book.deleteSheet(sheetById(request.deleteSheet.sheetId));
      return {};
    });
    return { replies };
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
