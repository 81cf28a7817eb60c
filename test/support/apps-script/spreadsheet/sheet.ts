// Defines SheetFacade, the counted SpreadsheetApp Sheet: ranges, size, rows/columns, layout, protection, rules, charts.
import { Facade, countCalls } from "../counting";
import { clearContents, readValues, writeInputs } from "../model/cells";
import { clearFormats } from "../model/formats";
import { cloneRule } from "../model/conditional-rule-model";
import { mergesTouching } from "../model/merges";
import type { SheetModel } from "../model/sheet-model";
import { deleteLines, insertLines } from "../model/structure";
import type { Runtime } from "../runtime";
import { assertInteger, signatureError } from "../signature";
import { EmbeddedChartBuilderFacade, EmbeddedChartFacade, insertChart, newChartModel, removeChart, updateChart } from "./chart";
import { ConditionalFormatRuleFacade } from "./conditional-format";
import { FilterFacade } from "./filter";
import { ProtectionFacade, newProtection } from "./protection";
import { RangeFacade } from "./range";
import { RangeListFacade } from "./range-list";
import { boundedRange, numericRange } from "./range-target";
import { SpreadsheetFacade } from "./spreadsheet";

const GET_RANGE = "SpreadsheetApp.Sheet.getRange";

export class SheetFacade extends Facade {
  readonly #model: SheetModel;

  constructor(rt: Runtime, sheet: SheetModel) {
    super(rt);
    this.#model = sheet;
  }

  /** The sheet behind a Sheet facade, or null for anything else. */
  static model(value: unknown): SheetModel | null {
    return value instanceof SheetFacade ? value.#model : null;
  }

  /** The sheet, which must still belong to the spreadsheet. */
  get #s(): SheetModel {
    if (!this.rt.book.sheets.includes(this.#model)) throw new Error("The sheet has been deleted.");
    return this.#model;
  }

  #int(value: unknown, method: string, args: readonly unknown[]): number {
    return assertInteger(value, `SpreadsheetApp.Sheet.${method}`, args);
  }

  #range(row: number, col: number, numRows: number, numCols: number): RangeFacade {
    return new RangeFacade(this.rt, boundedRange(this.#s, { row, col, numRows, numCols }));
  }

  // Identity -----------------------------------------------------------------------------------

  getName(): string {
    return this.#s.name;
  }

  getSheetName(): string {
    return this.#s.name;
  }

  setName(name: string): SheetFacade {
    if (typeof name !== "string") throw signatureError("SpreadsheetApp.Sheet.setName", [name]);
    this.rt.book.renameSheet(this.#s, name);
    return this;
  }

  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this.rt.book.sheets.indexOf(this.#s) + 1;
  }

  getSheetId(): number {
    return this.#s.id;
  }

  getType(): string {
    return "GRID";
  }

  getParent(): SpreadsheetFacade {
    return new SpreadsheetFacade(this.rt);
  }

  activate(): SheetFacade {
    this.rt.book.activeSheet = this.#s;
    return this;
  }

  // Ranges -------------------------------------------------------------------------------------

  /** getRange(a1) | (row, column) | (row, column, numRows) | (row, column, numRows, numColumns). */
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): RangeFacade {
    const args = [a1OrRow, column, numRows, numColumns].filter((a) => a !== undefined);
    if (typeof a1OrRow === "string" && args.length === 1) return new RangeFacade(this.rt, this.rt.book.resolveA1(a1OrRow, this.#s));
    if (typeof a1OrRow !== "number" || args.length < 2) throw signatureError(GET_RANGE, args);
    return new RangeFacade(this.rt, numericRange(this.#s, args, GET_RANGE));
  }

  getRangeList(a1Notations: string[]): RangeListFacade {
    if (!Array.isArray(a1Notations)) throw signatureError("SpreadsheetApp.Sheet.getRangeList", [a1Notations]);
    return new RangeListFacade(this.rt, a1Notations.map((a1) => this.rt.book.resolveA1(a1, this.#s)));
  }

  /** From A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): RangeFacade {
    return this.#range(1, 1, Math.max(1, this.#s.lastRow()), Math.max(1, this.#s.lastCol()));
  }

  getLastRow(): number {
    return this.#s.lastRow();
  }

  getLastColumn(): number {
    return this.#s.lastCol();
  }

  getMaxRows(): number {
    return this.#s.maxRows;
  }

  getMaxColumns(): number {
    return this.#s.maxCols;
  }

  /** numRows/numColumns of -1 mean "through the last row/column with content". */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const s = this.#s;
    const rows = numRows === -1 ? s.lastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? s.lastCol() - startColumn + 1 : numColumns;
    if (rows < 1 || cols < 1) return [];
    const target = numericRange(s, [startRow, startColumn, rows, cols], "SpreadsheetApp.Sheet.getSheetValues");
    return this.rt.out(readValues(s, target.box));
  }

  getActiveRange(): RangeFacade | null {
    if (this.rt.book.activeSheet !== this.#s) return null;
    const box = this.rt.book.selectionOf(this.#s);
    return box ? new RangeFacade(this.rt, boundedRange(this.#s, box)) : null;
  }

  getActiveCell(): RangeFacade {
    const box = (this.rt.book.activeSheet === this.#s ? this.rt.book.selectionOf(this.#s) : null) ?? { row: 1, col: 1, numRows: 1, numCols: 1 };
    return this.#range(box.row, box.col, 1, 1);
  }

  /** Writes a row after the last row with content (growing the sheet when it is full). */
  appendRow(rowContents: unknown[]): SheetFacade {
    if (!Array.isArray(rowContents)) throw signatureError("SpreadsheetApp.Sheet.appendRow", [rowContents]);
    const s = this.#s;
    const row = s.lastRow() + 1;
    if (row > s.maxRows) insertLines(s, "ROWS", s.maxRows + 1, 1, this.rt.book.totalCells());
    if (rowContents.length > s.maxCols) insertLines(s, "COLUMNS", s.maxCols + 1, rowContents.length - s.maxCols, this.rt.book.totalCells());
    if (rowContents.length > 0) writeInputs(s, { row, col: 1, numRows: 1, numCols: rowContents.length }, (_i, j) => rowContents[j]);
    return this;
  }

  // Rows and columns ---------------------------------------------------------------------------

  insertRowsAfter(afterPosition: number, howMany: number): SheetFacade {
    insertLines(this.#s, "ROWS", this.#int(afterPosition, "insertRowsAfter", [afterPosition, howMany]) + 1, this.#int(howMany, "insertRowsAfter", [afterPosition, howMany]), this.rt.book.totalCells());
    return this;
  }

  insertRowAfter(afterPosition: number): SheetFacade {
    insertLines(this.#s, "ROWS", this.#int(afterPosition, "insertRowAfter", [afterPosition]) + 1, 1, this.rt.book.totalCells());
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): SheetFacade {
    insertLines(this.#s, "ROWS", this.#int(beforePosition, "insertRowsBefore", [beforePosition, howMany]), this.#int(howMany, "insertRowsBefore", [beforePosition, howMany]), this.rt.book.totalCells());
    return this;
  }

  insertRowBefore(beforePosition: number): SheetFacade {
    insertLines(this.#s, "ROWS", this.#int(beforePosition, "insertRowBefore", [beforePosition]), 1, this.rt.book.totalCells());
    return this;
  }

  insertRows(rowIndex: number, numRows = 1): void {
    insertLines(this.#s, "ROWS", this.#int(rowIndex, "insertRows", [rowIndex, numRows]), this.#int(numRows, "insertRows", [rowIndex, numRows]), this.rt.book.totalCells());
  }

  insertColumnsAfter(afterPosition: number, howMany: number): SheetFacade {
    insertLines(this.#s, "COLUMNS", this.#int(afterPosition, "insertColumnsAfter", [afterPosition, howMany]) + 1, this.#int(howMany, "insertColumnsAfter", [afterPosition, howMany]), this.rt.book.totalCells());
    return this;
  }

  insertColumnAfter(afterPosition: number): SheetFacade {
    insertLines(this.#s, "COLUMNS", this.#int(afterPosition, "insertColumnAfter", [afterPosition]) + 1, 1, this.rt.book.totalCells());
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): SheetFacade {
    insertLines(this.#s, "COLUMNS", this.#int(beforePosition, "insertColumnsBefore", [beforePosition, howMany]), this.#int(howMany, "insertColumnsBefore", [beforePosition, howMany]), this.rt.book.totalCells());
    return this;
  }

  insertColumnBefore(beforePosition: number): SheetFacade {
    insertLines(this.#s, "COLUMNS", this.#int(beforePosition, "insertColumnBefore", [beforePosition]), 1, this.rt.book.totalCells());
    return this;
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    insertLines(this.#s, "COLUMNS", this.#int(columnIndex, "insertColumns", [columnIndex, numColumns]), this.#int(numColumns, "insertColumns", [columnIndex, numColumns]), this.rt.book.totalCells());
  }

  deleteRows(rowPosition: number, howMany: number): void {
    deleteLines(this.#s, "ROWS", this.#int(rowPosition, "deleteRows", [rowPosition, howMany]), this.#int(howMany, "deleteRows", [rowPosition, howMany]));
  }

  deleteRow(rowPosition: number): SheetFacade {
    deleteLines(this.#s, "ROWS", this.#int(rowPosition, "deleteRow", [rowPosition]), 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    deleteLines(this.#s, "COLUMNS", this.#int(columnPosition, "deleteColumns", [columnPosition, howMany]), this.#int(howMany, "deleteColumns", [columnPosition, howMany]));
  }

  deleteColumn(columnPosition: number): SheetFacade {
    deleteLines(this.#s, "COLUMNS", this.#int(columnPosition, "deleteColumn", [columnPosition]), 1);
    return this;
  }

  // Layout -------------------------------------------------------------------------------------

  /** Freezing must leave a row unfrozen and may not cut through a merged range (Sheets refuses both). */
  setFrozenRows(rows: number): void {
    const s = this.#s;
    const n = this.#int(rows, "setFrozenRows", [rows]);
    if (n < 0 || n >= s.maxRows) throw new Error("Sorry, it is not possible to freeze all rows.");
    if (n > 0 && mergesTouching(s, { row: 1, col: 1, numRows: s.maxRows, numCols: s.maxCols }).some((m) => m.row <= n && m.row + m.numRows - 1 > n)) {
      throw new Error("Sorry, it is not possible to freeze rows that contain only part of a merged cell.");
    }
    s.frozenRows = n;
  }

  getFrozenRows(): number {
    return this.#s.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    const s = this.#s;
    const n = this.#int(columns, "setFrozenColumns", [columns]);
    if (n < 0 || n >= s.maxCols) throw new Error("Sorry, it is not possible to freeze all columns.");
    if (n > 0 && s.merges.some((m) => m.col <= n && m.col + m.numCols - 1 > n)) {
      throw new Error("Sorry, it is not possible to freeze columns that contain only part of a merged cell.");
    }
    s.frozenCols = n;
  }

  getFrozenColumns(): number {
    return this.#s.frozenCols;
  }

  setColumnWidth(columnPosition: number, width: number): SheetFacade {
    this.#s.columnWidths.set(this.#int(columnPosition, "setColumnWidth", [columnPosition, width]), width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetFacade {
    const start = this.#int(startColumn, "setColumnWidths", [startColumn, numColumns, width]);
    for (let c = start; c < start + numColumns; c++) this.#s.columnWidths.set(c, width);
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    return this.#s.columnWidth(columnPosition);
  }

  setRowHeight(rowPosition: number, height: number): SheetFacade {
    this.#s.rowHeights.set(this.#int(rowPosition, "setRowHeight", [rowPosition, height]), height);
    return this;
  }

  setRowHeights(startRow: number, numRows: number, height: number): SheetFacade {
    const start = this.#int(startRow, "setRowHeights", [startRow, numRows, height]);
    for (let r = start; r < start + numRows; r++) this.#s.rowHeights.set(r, height);
    return this;
  }

  setRowHeightsForced(startRow: number, numRows: number, height: number): SheetFacade {
    const start = this.#int(startRow, "setRowHeightsForced", [startRow, numRows, height]);
    for (let r = start; r < start + numRows; r++) this.#s.rowHeights.set(r, height);
    return this;
  }

  getRowHeight(rowPosition: number): number {
    return this.#s.rowHeight(rowPosition);
  }

  autoResizeColumns(_startColumn: number, _numColumns: number): SheetFacade {
    return this;
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.#s.hiddenColumns.add(c);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.#s.hiddenColumns.delete(c);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.#s.hiddenColumns.has(columnPosition);
  }

  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.#s.hiddenRows.add(r);
  }

  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.#s.hiddenRows.delete(r);
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    return this.#s.hiddenRows.has(rowPosition);
  }

  setTabColor(color: string | null): SheetFacade {
    this.#s.tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    return this.#s.tabColor;
  }

  setHiddenGridlines(hideGridlines: boolean): SheetFacade {
    this.#s.gridlinesHidden = Boolean(hideGridlines);
    return this;
  }

  hasHiddenGridlines(): boolean {
    return this.#s.gridlinesHidden;
  }

  hideSheet(): SheetFacade {
    this.rt.book.hideSheet(this.#s);
    return this;
  }

  showSheet(): SheetFacade {
    this.#s.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.#s.hidden;
  }

  // Clearing -----------------------------------------------------------------------------------

  /** clear() removes contents and formats; {contentsOnly} / {formatOnly} select one. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): SheetFacade {
    const s = this.#s;
    const o = options ?? {};
    const some = Boolean(o.contentsOnly || o.formatOnly);
    if (!some || o.contentsOnly) clearContents(s, s.fullBox());
    if (!some || o.formatOnly) clearFormats(s, s.fullBox());
    return this;
  }

  clearContents(): SheetFacade {
    clearContents(this.#s, this.#s.fullBox());
    return this;
  }

  clearFormats(): SheetFacade {
    clearFormats(this.#s, this.#s.fullBox());
    return this;
  }

  clearNotes(): SheetFacade {
    this.#s.grid.forEach((cell) => {
      cell.note = "";
    });
    return this;
  }

  // Copy, protection, filter -------------------------------------------------------------------

  /** Copies the sheet into the spreadsheet, named "Copia de X" (made unique), at the end. */
  copyTo(spreadsheet: SpreadsheetFacade): SheetFacade {
    if (!(spreadsheet instanceof SpreadsheetFacade)) throw signatureError("SpreadsheetApp.Sheet.copyTo", [spreadsheet]);
    return new SheetFacade(this.rt, this.rt.book.copySheet(this.#s));
  }

  protect(): ProtectionFacade {
    return new ProtectionFacade(this.rt, this.#s, newProtection(this.rt, this.#s, "SHEET", null));
  }

  getProtections(type: string): ProtectionFacade[] {
    if (type !== "SHEET" && type !== "RANGE") throw signatureError("SpreadsheetApp.Sheet.getProtections", [type]);
    return this.#s.protections.filter((p) => p.type === type).map((p) => new ProtectionFacade(this.rt, this.#s, p));
  }

  getFilter(): FilterFacade | null {
    return this.#s.filter ? new FilterFacade(this.rt, this.#s) : null;
  }

  // Conditional formats and charts -------------------------------------------------------------

  setConditionalFormatRules(rules: ConditionalFormatRuleFacade[]): void {
    if (!Array.isArray(rules)) throw signatureError("SpreadsheetApp.Sheet.setConditionalFormatRules", [rules]);
    this.#s.conditionalRules = rules.map((rule) => {
      const model = ConditionalFormatRuleFacade.model(rule);
      if (!model) throw signatureError("SpreadsheetApp.Sheet.setConditionalFormatRules", [rules]);
      return model;
    });
  }

  getConditionalFormatRules(): ConditionalFormatRuleFacade[] {
    return this.#s.conditionalRules.map((rule) => new ConditionalFormatRuleFacade(this.rt, cloneRule(rule)));
  }

  clearConditionalFormatRules(): void {
    this.#s.conditionalRules = [];
  }

  newChart(): EmbeddedChartBuilderFacade {
    return new EmbeddedChartBuilderFacade(this.rt, newChartModel());
  }

  insertChart(chart: EmbeddedChartFacade): void {
    insertChart(this.rt, this.#s, chart);
  }

  getCharts(): EmbeddedChartFacade[] {
    return this.#s.charts.map((c) => new EmbeddedChartFacade(this.rt, c));
  }

  removeChart(chart: EmbeddedChartFacade): void {
    removeChart(this.#s, chart);
  }

  updateChart(chart: EmbeddedChartFacade): void {
    updateChart(this.#s, chart);
  }
}

countCalls(SheetFacade, "Sheet", "SpreadsheetApp");
