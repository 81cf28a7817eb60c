// Defines RangeFacade, the counted SpreadsheetApp Range: values with Sheets' typing, formats, merges, validation.
import { Facade, countCalls } from "../counting";
import { eachCell, intersects, mapCells } from "../model/box";
import type { Box } from "../model/box";
import type { CellFormat, WrapStrategyName } from "../model/cell";
import { EMPTY } from "../model/cell";
import { clearContents, contentAt, numberFormatAt, readDisplayValues, readFormulas, readValues, storeContent, writeInputs } from "../model/cells";
import { checkDimensions } from "../model/dimensions";
import { clearFormats, readFormat, setBorders, setFormat, setFormatGrid } from "../model/formats";
import type { BorderFlag } from "../model/formats";
import { breakApartBox, mergeBox, mergesTouching } from "../model/merges";
import { parseInput } from "../model/parse-input";
import type { SheetModel } from "../model/sheet-model";
import type { SheetRange } from "../model/spreadsheet-model";
import type { ValidationRule } from "../model/validation";
import { readValue } from "../model/read-value";
import type { Runtime } from "../runtime";
import { assertGrid, assertInteger, signatureError } from "../signature";
import { DataValidationFacade } from "./data-validation";
import { FilterFacade } from "./filter";
import { ProtectionFacade, newProtection } from "./protection";
import { boundedRange, targetA1 } from "./range-target";
import { SheetFacade } from "./sheet";

type ClearOptions = { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean };

export class RangeFacade extends Facade {
  readonly #t: SheetRange;

  constructor(rt: Runtime, target: SheetRange) {
    super(rt);
    this.#t = target;
  }

  /** The sheet and box of a Range facade, or null for anything else. */
  static target(value: unknown): SheetRange | null {
    return value instanceof RangeFacade ? value.#t : null;
  }

  /** The range's sheet, which must still belong to the spreadsheet. */
  get #sheet(): SheetModel {
    if (!this.rt.book.sheets.includes(this.#t.sheet)) throw new Error("The sheet has been deleted.");
    return this.#t.sheet;
  }

  get #box(): Box {
    return this.#t.box;
  }

  #setFormat<K extends keyof CellFormat>(key: K, value: CellFormat[K] | null): this {
    setFormat(this.#sheet, this.#box, key, value);
    return this;
  }

  #setFormats<K extends keyof CellFormat>(key: K, values: unknown, method: string): this {
    setFormatGrid(this.#sheet, this.#box, key, assertGrid(values, `SpreadsheetApp.Range.${method}`) as Array<Array<CellFormat[K] | null>>);
    return this;
  }

  #formats<K extends keyof CellFormat>(key: K): Array<Array<CellFormat[K]>> {
    return readFormat(this.#sheet, this.#box, key);
  }

  #first<K extends keyof CellFormat>(key: K): CellFormat[K] {
    return readFormat(this.#sheet, { ...this.#box, numRows: 1, numCols: 1 }, key)[0]?.[0] as CellFormat[K];
  }

  #range(box: Box): RangeFacade {
    return new RangeFacade(this.rt, boundedRange(this.#sheet, box));
  }

  // Values -------------------------------------------------------------------------------------

  getValues(): unknown[][] {
    return this.rt.out(readValues(this.#sheet, this.#box));
  }

  getValue(): unknown {
    const { row, col } = this.#box;
    return this.rt.out(readValue(contentAt(this.#sheet, row, col), numberFormatAt(this.#sheet, row, col)));
  }

  /** setValues needs a 2-D array matching the range; strings are parsed like typed input (see parse-input.ts). */
  setValues(values: unknown[][]): RangeFacade {
    const grid = assertGrid(values, "SpreadsheetApp.Range.setValues");
    checkDimensions(grid, this.#box);
    writeInputs(this.#sheet, this.#box, (i, j) => grid[i]?.[j]);
    return this;
  }

  /** Sets every cell of the range to the value. */
  setValue(value: unknown): RangeFacade {
    writeInputs(this.#sheet, this.#box, () => value);
    return this;
  }

  getDisplayValues(): string[][] {
    return readDisplayValues(this.#sheet, this.#box, this.rt.book.locale);
  }

  getDisplayValue(): string {
    return readDisplayValues(this.#sheet, { ...this.#box, numRows: 1, numCols: 1 }, this.rt.book.locale)[0]?.[0] ?? "";
  }

  getFormulas(): string[][] {
    return readFormulas(this.#sheet, this.#box);
  }

  getFormula(): string {
    return readFormulas(this.#sheet, { ...this.#box, numRows: 1, numCols: 1 })[0]?.[0] ?? "";
  }

  /** Sets the same formula in every cell (the fake does not adjust relative references). */
  setFormula(formula: string): RangeFacade {
    if (typeof formula !== "string") throw signatureError("SpreadsheetApp.Range.setFormula", [formula]);
    eachCell(this.#box, (r, c) => {
      const content = formula.startsWith("=") ? { kind: "formula" as const, formula } : parseInput(formula, numberFormatAt(this.#sheet, r, c));
      storeContent(this.#sheet, r, c, content);
    });
    return this;
  }

  setFormulas(formulas: string[][]): RangeFacade {
    const grid = assertGrid(formulas, "SpreadsheetApp.Range.setFormulas");
    checkDimensions(grid, this.#box);
    eachCell(this.#box, (r, c, i, j) => {
      const f = String(grid[i]?.[j] ?? "");
      storeContent(this.#sheet, r, c, f.startsWith("=") ? { kind: "formula", formula: f } : parseInput(f, numberFormatAt(this.#sheet, r, c)));
    });
    return this;
  }

  isBlank(): boolean {
    let blank = true;
    eachCell(this.#box, (r, c) => {
      const content = contentAt(this.#sheet, r, c);
      if (content.kind === "formula" || content.value !== "") blank = false;
    });
    return blank;
  }

  // Geometry -----------------------------------------------------------------------------------

  getRow(): number {
    return this.#box.row;
  }

  getRowIndex(): number {
    return this.#box.row;
  }

  getColumn(): number {
    return this.#box.col;
  }

  getLastRow(): number {
    return this.#box.row + this.#box.numRows - 1;
  }

  getLastColumn(): number {
    return this.#box.col + this.#box.numCols - 1;
  }

  getNumRows(): number {
    return this.#box.numRows;
  }

  getHeight(): number {
    return this.#box.numRows;
  }

  getNumColumns(): number {
    return this.#box.numCols;
  }

  getWidth(): number {
    return this.#box.numCols;
  }

  getA1Notation(): string {
    return targetA1(this.#t);
  }

  getGridId(): number {
    return this.#sheet.id;
  }

  getSheet(): SheetFacade {
    return new SheetFacade(this.rt, this.#sheet);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeFacade {
    const args = [rowOffset, columnOffset, numRows, numColumns].filter((a) => a !== undefined);
    const m = "SpreadsheetApp.Range.offset";
    return this.#range({
      row: this.#box.row + assertInteger(rowOffset, m, args),
      col: this.#box.col + assertInteger(columnOffset, m, args),
      numRows: numRows === undefined ? this.#box.numRows : assertInteger(numRows, m, args),
      numCols: numColumns === undefined ? this.#box.numCols : assertInteger(numColumns, m, args),
    });
  }

  /** The cell at a 1-based position inside this range. */
  getCell(row: number, column: number): RangeFacade {
    const m = "SpreadsheetApp.Range.getCell";
    const r = assertInteger(row, m, [row, column]);
    const c = assertInteger(column, m, [row, column]);
    if (r < 1 || c < 1 || r > this.#box.numRows || c > this.#box.numCols) throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    return this.#range({ row: this.#box.row + r - 1, col: this.#box.col + c - 1, numRows: 1, numCols: 1 });
  }

  activate(): RangeFacade {
    this.rt.book.activeSheet = this.#sheet;
    this.rt.book.selections.set(this.#sheet.id, { ...this.#box });
    return this;
  }

  // Merges -------------------------------------------------------------------------------------

  merge(): RangeFacade {
    mergeBox(this.#sheet, this.#box);
    return this;
  }

  mergeAcross(): RangeFacade {
    for (let i = 0; i < this.#box.numRows; i++) mergeBox(this.#sheet, { ...this.#box, row: this.#box.row + i, numRows: 1 });
    return this;
  }

  mergeVertically(): RangeFacade {
    for (let j = 0; j < this.#box.numCols; j++) mergeBox(this.#sheet, { ...this.#box, col: this.#box.col + j, numCols: 1 });
    return this;
  }

  breakApart(): RangeFacade {
    breakApartBox(this.#sheet, this.#box);
    return this;
  }

  getMergedRanges(): RangeFacade[] {
    return mergesTouching(this.#sheet, this.#box).map((m) => this.#range(m));
  }

  isPartOfMerge(): boolean {
    return mergesTouching(this.#sheet, this.#box).length > 0;
  }

  // Data validation (not enforced on script writes, as in Sheets) ------------------------------

  setDataValidation(rule: DataValidationFacade | null): RangeFacade {
    const model = rule === null ? null : DataValidationFacade.rule(rule);
    if (model === undefined) throw signatureError("SpreadsheetApp.Range.setDataValidation", [rule]);
    eachCell(this.#box, (r, c) => {
      if (model !== null || this.#sheet.grid.get(r, c)) this.#sheet.grid.at(r, c).validation = model;
    });
    return this;
  }

  setDataValidations(rules: Array<Array<DataValidationFacade | null>>): RangeFacade {
    const grid = assertGrid(rules, "SpreadsheetApp.Range.setDataValidations");
    checkDimensions(grid, this.#box);
    const models = grid.map((row) =>
      row.map((rule) => {
        const model = rule === null ? null : DataValidationFacade.rule(rule);
        if (model === undefined) throw signatureError("SpreadsheetApp.Range.setDataValidations", [rules]);
        return model;
      }),
    );
    eachCell(this.#box, (r, c, i, j) => {
      this.#sheet.grid.at(r, c).validation = models[i]?.[j] ?? null;
    });
    return this;
  }

  getDataValidations(): Array<Array<DataValidationFacade | null>> {
    return mapCells(this.#box, (r, c) => {
      const rule = this.#sheet.grid.get(r, c)?.validation ?? null;
      return rule ? new DataValidationFacade(this.rt, rule) : null;
    });
  }

  getDataValidation(): DataValidationFacade | null {
    const rule = this.#sheet.grid.get(this.#box.row, this.#box.col)?.validation ?? null;
    return rule ? new DataValidationFacade(this.rt, rule) : null;
  }

  clearDataValidations(): RangeFacade {
    eachCell(this.#box, (r, c) => {
      const cell = this.#sheet.grid.get(r, c);
      if (cell) cell.validation = null;
    });
    return this;
  }

  /** Checkboxes: a CHECKBOX rule plus the unchecked value (false; "" when only a checked value is given). */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): RangeFacade {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    const rule: ValidationRule = Object.freeze({ criteria: "CHECKBOX", values, allowInvalid: true, helpText: "" });
    const unchecked = checkedValue === undefined ? false : uncheckedValue === undefined ? "" : uncheckedValue;
    eachCell(this.#box, (r, c) => {
      this.#sheet.grid.at(r, c).validation = rule;
      storeContent(this.#sheet, r, c, parseInput(unchecked, numberFormatAt(this.#sheet, r, c)));
    });
    return this;
  }

  removeCheckboxes(): RangeFacade {
    eachCell(this.#box, (r, c) => {
      const cell = this.#sheet.grid.get(r, c);
      if (cell?.validation?.criteria === "CHECKBOX") {
        cell.validation = null;
        cell.content = EMPTY;
      }
    });
    return this;
  }

  #setChecked(checked: boolean): this {
    eachCell(this.#box, (r, c) => {
      const rule = this.#sheet.grid.get(r, c)?.validation;
      if (rule?.criteria !== "CHECKBOX") return;
      const value = rule.values.length === 0 ? checked : checked ? rule.values[0] : (rule.values[1] ?? "");
      storeContent(this.#sheet, r, c, parseInput(value, numberFormatAt(this.#sheet, r, c)));
    });
    return this;
  }

  check(): RangeFacade {
    return this.#setChecked(true);
  }

  uncheck(): RangeFacade {
    return this.#setChecked(false);
  }

  isChecked(): boolean | null {
    const states = new Set<boolean>();
    eachCell(this.#box, (r, c) => {
      const cell = this.#sheet.grid.get(r, c);
      if (cell?.validation?.criteria !== "CHECKBOX") return;
      const value = readValue(cell.content, numberFormatAt(this.#sheet, r, c));
      const checked = cell.validation.values.length === 0 ? value === true : String(value) === String(cell.validation.values[0]);
      states.add(checked);
    });
    return states.size === 1 ? [...states][0] ?? null : null;
  }

  // Formats (recorded, not rendered) -----------------------------------------------------------

  setNumberFormat(numberFormat: string): RangeFacade {
    return this.#setFormat("numberFormat", numberFormat);
  }

  setNumberFormats(numberFormats: string[][]): RangeFacade {
    return this.#setFormats("numberFormat", numberFormats, "setNumberFormats");
  }

  getNumberFormat(): string {
    return this.#first("numberFormat");
  }

  getNumberFormats(): string[][] {
    return this.#formats("numberFormat");
  }

  setFontWeight(fontWeight: string | null): RangeFacade {
    return this.#setFormat("fontWeight", fontWeight);
  }

  setFontWeights(fontWeights: Array<Array<string | null>>): RangeFacade {
    return this.#setFormats("fontWeight", fontWeights, "setFontWeights");
  }

  getFontWeight(): string {
    return this.#first("fontWeight");
  }

  getFontWeights(): string[][] {
    return this.#formats("fontWeight");
  }

  setFontStyle(fontStyle: string | null): RangeFacade {
    return this.#setFormat("fontStyle", fontStyle);
  }

  setFontStyles(fontStyles: Array<Array<string | null>>): RangeFacade {
    return this.#setFormats("fontStyle", fontStyles, "setFontStyles");
  }

  getFontStyle(): string {
    return this.#first("fontStyle");
  }

  getFontStyles(): string[][] {
    return this.#formats("fontStyle");
  }

  setFontSize(size: number): RangeFacade {
    return this.#setFormat("fontSize", size);
  }

  setFontSizes(sizes: number[][]): RangeFacade {
    return this.#setFormats("fontSize", sizes, "setFontSizes");
  }

  getFontSize(): number {
    return this.#first("fontSize");
  }

  getFontSizes(): number[][] {
    return this.#formats("fontSize");
  }

  setFontColor(color: string | null): RangeFacade {
    return this.#setFormat("fontColor", color);
  }

  setFontColors(colors: Array<Array<string | null>>): RangeFacade {
    return this.#setFormats("fontColor", colors, "setFontColors");
  }

  getFontColor(): string {
    return this.#first("fontColor");
  }

  getFontColors(): string[][] {
    return this.#formats("fontColor");
  }

  setFontFamily(fontFamily: string | null): RangeFacade {
    return this.#setFormat("fontFamily", fontFamily);
  }

  setFontFamilies(fontFamilies: Array<Array<string | null>>): RangeFacade {
    return this.#setFormats("fontFamily", fontFamilies, "setFontFamilies");
  }

  getFontFamily(): string {
    return this.#first("fontFamily");
  }

  getFontFamilies(): string[][] {
    return this.#formats("fontFamily");
  }

  setFontLine(fontLine: string | null): RangeFacade {
    return this.#setFormat("fontLine", fontLine);
  }

  getFontLine(): string {
    return this.#first("fontLine");
  }

  setBackground(color: string | null): RangeFacade {
    return this.#setFormat("background", color);
  }

  setBackgrounds(colors: Array<Array<string | null>>): RangeFacade {
    return this.#setFormats("background", colors, "setBackgrounds");
  }

  getBackground(): string {
    return this.#first("background");
  }

  getBackgrounds(): string[][] {
    return this.#formats("background");
  }

  /** setWrap(true) is the WRAP strategy; setWrap(false) is OVERFLOW (the default). */
  setWrap(isWrapEnabled: boolean): RangeFacade {
    return this.#setFormat("wrapStrategy", isWrapEnabled ? "WRAP" : "OVERFLOW");
  }

  setWraps(isWrapEnabled: boolean[][]): RangeFacade {
    const grid = assertGrid(isWrapEnabled, "SpreadsheetApp.Range.setWraps");
    return this.#setFormats("wrapStrategy", grid.map((row) => row.map((w) => (w ? "WRAP" : "OVERFLOW"))), "setWraps");
  }

  getWrap(): boolean {
    return this.#first("wrapStrategy") === "WRAP";
  }

  getWraps(): boolean[][] {
    return this.#formats("wrapStrategy").map((row) => row.map((s) => s === "WRAP"));
  }

  setWrapStrategy(strategy: WrapStrategyName): RangeFacade {
    return this.#setFormat("wrapStrategy", strategy);
  }

  setWrapStrategies(strategies: WrapStrategyName[][]): RangeFacade {
    return this.#setFormats("wrapStrategy", strategies, "setWrapStrategies");
  }

  getWrapStrategy(): WrapStrategyName {
    return this.#first("wrapStrategy");
  }

  getWrapStrategies(): WrapStrategyName[][] {
    return this.#formats("wrapStrategy");
  }

  setHorizontalAlignment(alignment: string | null): RangeFacade {
    return this.#setFormat("horizontalAlignment", alignment);
  }

  setHorizontalAlignments(alignments: Array<Array<string | null>>): RangeFacade {
    return this.#setFormats("horizontalAlignment", alignments, "setHorizontalAlignments");
  }

  getHorizontalAlignment(): string {
    return this.#first("horizontalAlignment");
  }

  getHorizontalAlignments(): string[][] {
    return this.#formats("horizontalAlignment");
  }

  setVerticalAlignment(alignment: string | null): RangeFacade {
    return this.#setFormat("verticalAlignment", alignment);
  }

  setVerticalAlignments(alignments: Array<Array<string | null>>): RangeFacade {
    return this.#setFormats("verticalAlignment", alignments, "setVerticalAlignments");
  }

  getVerticalAlignment(): string {
    return this.#first("verticalAlignment");
  }

  getVerticalAlignments(): string[][] {
    return this.#formats("verticalAlignment");
  }

  setBorder(
    top: BorderFlag,
    left: BorderFlag,
    bottom: BorderFlag,
    right: BorderFlag,
    vertical: BorderFlag,
    horizontal: BorderFlag,
    color?: string | null,
    style?: string | null,
  ): RangeFacade {
    setBorders(this.#sheet, this.#box, { top, left, bottom, right, vertical, horizontal }, color, style);
    return this;
  }

  // Notes ----------------------------------------------------------------------------------------

  setNote(note: string | null): RangeFacade {
    eachCell(this.#box, (r, c) => {
      this.#sheet.grid.at(r, c).note = note ?? "";
    });
    return this;
  }

  setNotes(notes: Array<Array<string | null>>): RangeFacade {
    const grid = assertGrid(notes, "SpreadsheetApp.Range.setNotes");
    checkDimensions(grid, this.#box);
    eachCell(this.#box, (r, c, i, j) => {
      this.#sheet.grid.at(r, c).note = String(grid[i]?.[j] ?? "");
    });
    return this;
  }

  getNote(): string {
    return this.#sheet.grid.get(this.#box.row, this.#box.col)?.note ?? "";
  }

  getNotes(): string[][] {
    return mapCells(this.#box, (r, c) => this.#sheet.grid.get(r, c)?.note ?? "");
  }

  clearNote(): RangeFacade {
    eachCell(this.#box, (r, c) => {
      const cell = this.#sheet.grid.get(r, c);
      if (cell) cell.note = "";
    });
    return this;
  }

  // Clearing -------------------------------------------------------------------------------------

  /** clear() removes contents and formats (validations and notes stay); options select parts. */
  clear(options?: ClearOptions): RangeFacade {
    const o = options ?? {};
    const some = Boolean(o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly);
    if (!some || o.contentsOnly) clearContents(this.#sheet, this.#box);
    if (!some || o.formatOnly) clearFormats(this.#sheet, this.#box);
    eachCell(this.#box, (r, c) => {
      const cell = this.#sheet.grid.get(r, c);
      if (!cell) return;
      if (o.validationsOnly) cell.validation = null;
      if (o.commentsOnly) cell.note = "";
    });
    return this;
  }

  clearContent(): RangeFacade {
    clearContents(this.#sheet, this.#box);
    return this;
  }

  clearFormat(): RangeFacade {
    clearFormats(this.#sheet, this.#box);
    return this;
  }

  // Filter and protection ------------------------------------------------------------------------

  /** A sheet has at most one filter: creating a second throws, as in Sheets. */
  createFilter(): FilterFacade {
    if (this.#sheet.filter) throw new Error("You can't create a filter in a sheet that already has a filter.");
    this.#sheet.filter = { box: { ...this.#box }, sorts: [] };
    return new FilterFacade(this.rt, this.#sheet);
  }

  getFilter(): FilterFacade | null {
    const f = this.#sheet.filter;
    return f && intersects(f.box, this.#box) ? new FilterFacade(this.rt, this.#sheet) : null;
  }

  protect(): ProtectionFacade {
    return new ProtectionFacade(this.rt, this.#sheet, newProtection(this.rt, this.#sheet, "RANGE", { ...this.#box }));
  }

  canEdit(): boolean {
    return true;
  }
}

countCalls(RangeFacade, "Range", "SpreadsheetApp");
