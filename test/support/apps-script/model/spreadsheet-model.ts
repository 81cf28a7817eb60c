// Defines FakeSpreadsheetState, the uncounted spreadsheet state: its sheets, selection, A1 resolution and sheet management.
import { parseA1, resolveA1 } from "./a1";
import type { A1Box } from "./a1";
import type { Box } from "./box";
import { copySheetContents } from "./sheet-copy";
import { SheetModel } from "./sheet-model";
import { assertSheetName, copySheetName, defaultSheetName } from "./sheet-names";
import { assertCellLimit } from "./structure";

export interface SpreadsheetSettings {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
}

/** A sheet plus a box on it, as a Range points at cells. */
export interface SheetRange extends A1Box {
  sheet: SheetModel;
}

export const RANGE_NOT_FOUND = "Range not found";

export class FakeSpreadsheetState {
  readonly id: string;
  name: string;
  timeZone: string;
  locale: string;
  sheets: SheetModel[] = [];
  activeSheet: SheetModel;
  /** The selection per sheet id; a sheet without an entry has A1 selected. */
  readonly selections = new Map<number, Box | null>();
  private nextSheetId = 0;
  private nextProtectionId = 1;
  private nextChartId = 1;

  constructor(settings: SpreadsheetSettings) {
    this.id = settings.id;
    this.name = settings.name;
    this.timeZone = settings.timeZone;
    this.locale = settings.locale;
    this.activeSheet = this.createSheet(defaultSheetName([], this.locale), 0);
  }

  newProtectionId(): number {
    return this.nextProtectionId++;
  }

  newChartId(): number {
    return this.nextChartId++;
  }

  names(): string[] {
    return this.sheets.map((s) => s.name);
  }

  findSheet(name: string): SheetModel | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  /** Sheet names in A1 notation match case-insensitively. */
  findSheetForA1(name: string): SheetModel | null {
    return this.findSheet(name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  findSheetById(id: number): SheetModel | null {
    return this.sheets.find((s) => s.id === id) ?? null;
  }

  totalCells(): number {
    return this.sheets.reduce((sum, s) => sum + s.cellCount(), 0);
  }

  /** A sheet id no sheet uses. The first sheet of a spreadsheet has id 0, as in Sheets; later ids are large distinct integers. */
  newSheetId(reserved: ReadonlySet<number> = new Set()): number {
    for (;;) {
      const id = this.nextSheetId === 0 ? 0 : 1_000_000_000 + this.nextSheetId * 7919;
      this.nextSheetId++;
      if (!reserved.has(id) && !this.sheets.some((s) => s.id === id)) return id;
    }
  }

  private createSheet(name: string, index: number): SheetModel {
    const sheet = new SheetModel(this.newSheetId(), name);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  /**
   * Inserts a sheet (Spreadsheet.insertSheet). Without an index the sheet goes right after the active
   * sheet; the index is 0-based. The new sheet becomes the active sheet (documented).
   */
  insertSheet(options: { name?: string; index?: number; template?: SheetModel | null }): SheetModel {
    const name = options.name ?? defaultSheetName(this.names(), this.locale);
    assertSheetName(name, this.names());
    const index = options.index ?? this.sheets.indexOf(this.activeSheet) + 1;
    if (!Number.isInteger(index) || index < 0 || index > this.sheets.length) {
      throw new Error(`Sheet index ${index} is out of range.`);
    }
    const template = options.template ?? null;
    assertCellLimit(template ? template.cellCount() : 1000 * 26, this.totalCells());
    const sheet = this.createSheet(name, index);
    if (template) copySheetContents(template, sheet);
    this.activeSheet = sheet;
    return sheet;
  }

  /**
   * Replaces every sheet at once, uncounted (loading a workbook file). The sheets keep the ids they were
   * built with (unique, as their names); selections are reset; new sheets, protections and charts get
   * ids that do not collide with the loaded ones. The active sheet is `active` or the first visible one.
   */
  replaceSheets(sheets: SheetModel[], active?: SheetModel): void {
    if (sheets.length === 0) throw new Error("replaceSheets: a spreadsheet needs at least one sheet.");
    const names = new Set(sheets.map((s) => s.name.toLowerCase()));
    const ids = new Set(sheets.map((s) => s.id));
    if (names.size !== sheets.length || ids.size !== sheets.length) throw new Error("replaceSheets: sheet names and ids must be unique.");
    this.sheets = [...sheets];
    this.selections.clear();
    this.activeSheet = active && sheets.includes(active) ? active : (sheets.find((s) => !s.hidden) ?? (sheets[0] as SheetModel));
    this.nextSheetId = Math.max(this.nextSheetId, 1);
    const protectionIds = sheets.flatMap((s) => s.protections.map((p) => p.id));
    const chartIds = sheets.flatMap((s) => s.charts.map((c) => c.id ?? 0));
    this.nextProtectionId = Math.max(this.nextProtectionId, ...protectionIds.map((id) => id + 1));
    this.nextChartId = Math.max(this.nextChartId, ...chartIds.map((id) => id + 1));
  }

  /** Sheet.copyTo(this spreadsheet): a copy named "Copia de X" (unique) appended at the end. */
  copySheet(source: SheetModel): SheetModel {
    assertCellLimit(source.cellCount(), this.totalCells());
    const sheet = this.createSheet(copySheetName(source.name, this.names(), this.locale), this.sheets.length);
    copySheetContents(source, sheet);
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    assertSheetName(name, this.names().filter((n) => n !== sheet.name));
    sheet.name = name;
  }

  /** Deleting the only sheet, or the last visible one, throws. */
  deleteSheet(sheet: SheetModel): void {
    if (!this.sheets.includes(sheet)) throw new Error("The sheet has been deleted or does not exist.");
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    if (!sheet.hidden && this.sheets.filter((s) => !s.hidden).length === 1) {
      throw new Error("You can't remove all the visible sheets in a document.");
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    this.selections.delete(sheet.id);
    if (this.activeSheet === sheet) {
      this.activeSheet = this.sheets.slice(Math.max(0, index - 1)).find((s) => !s.hidden) ?? (this.sheets[0] as SheetModel);
    }
  }

  hideSheet(sheet: SheetModel): void {
    if (!sheet.hidden && this.sheets.filter((s) => !s.hidden).length === 1) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    sheet.hidden = true;
  }

  /** Moves a sheet to a 1-based position (Spreadsheet.moveActiveSheet). */
  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 1 || position > this.sheets.length) {
      throw new Error(`Sheet index ${position} is out of range.`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position - 1, 0, sheet);
  }

  /** The selection of a sheet (A1 until something else is selected). */
  selectionOf(sheet: SheetModel): Box | null {
    return this.selections.has(sheet.id) ? (this.selections.get(sheet.id) ?? null) : { row: 1, col: 1, numRows: 1, numCols: 1 };
  }

  /**
   * Resolves A1 notation ("'My sheet'!A1:C3", "Hoja!A2:F", "A1") against a default sheet. A missing
   * sheet, invalid notation or cells beyond the sheet's size throw "Range not found", as Sheets does.
   */
  resolveA1(a1: string, defaultSheet: SheetModel): SheetRange {
    const parts = typeof a1 === "string" ? parseA1(a1) : null;
    if (!parts) throw new Error(RANGE_NOT_FOUND);
    const sheet = parts.sheetName === null ? defaultSheet : this.findSheetForA1(parts.sheetName);
    if (!sheet) throw new Error(RANGE_NOT_FOUND);
    const resolved = resolveA1(parts, sheet.maxRows, sheet.maxCols);
    if (!resolved) throw new Error(RANGE_NOT_FOUND);
    return { sheet, ...resolved };
  }
}
