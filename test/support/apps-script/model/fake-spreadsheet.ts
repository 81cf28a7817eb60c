// Defines FakeSpreadsheet: the spreadsheet state plus uncounted helpers tests use to seed and inspect it.
import { formatA1, quoteSheetName } from "./a1";
import type { Box } from "./box";
import { DEFAULT_FORMAT, EMPTY, cloneContent } from "./cell";
import type { CellFormat, CellValue, Content } from "./cell";
import { readDisplayValues, readFormulas, readValues, writeInputs } from "./cells";
import { describeConditionalRule } from "./conditional-rule-model";
import { mergeAt } from "./merges";
import type { SheetModel } from "./sheet-model";
import { FakeSpreadsheetState } from "./spreadsheet-model";
import type { SheetRange } from "./spreadsheet-model";
import { userEdit } from "./user-edit";
import type { UserEditOptions } from "./user-edit";
import type { ValidationRule } from "./validation";

/** A stored cell as tests see it: its content kind plus formats, note, validation and merge membership. */
export type StoredCell = Content & {
  numberFormat: string;
  format: CellFormat;
  note: string;
  validation: ValidationRule | null;
  /** The A1 of the merge the cell belongs to, or null. */
  merge: string | null;
};

export interface ProtectionSnapshot {
  type: "SHEET" | "RANGE";
  range: string | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  unprotected: string[];
}

export interface ChartSnapshot {
  id: number | null;
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position: { anchorRow: number; anchorCol: number; offsetX: number; offsetY: number };
  numHeaders: number;
}

export class FakeSpreadsheet extends FakeSpreadsheetState {
  sheetNames(): string[] {
    return this.names();
  }

  hasSheet(name: string): boolean {
    return this.findSheet(name) !== null;
  }

  /** The sheet's model (fields such as frozenRows, hidden, maxRows, columnWidths are plain data). */
  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`FakeSpreadsheet: no sheet named "${name}" (sheets: ${this.names().join(", ")})`);
    return sheet;
  }

  activeSheetName(): string {
    return this.activeSheet.name;
  }

  /** Seeds a sheet at the end without changing the active sheet. */
  addSheet(name: string): SheetModel {
    const active = this.activeSheet;
    const sheet = this.insertSheet({ name, index: this.sheets.length });
    this.activeSheet = active;
    return sheet;
  }

  /** Deletes a sheet as a person would (a test of what happens when one of the add-in's sheets is gone). */
  removeSheet(name: string): void {
    this.deleteSheet(this.sheet(name));
  }

  /** Resolves "A1" on the named sheet (the sheet name must not be repeated in a1). */
  range(sheetName: string, a1: string): SheetRange {
    return this.resolveA1(a1, this.sheet(sheetName));
  }

  private dataBox(sheet: SheetModel): Box {
    return { row: 1, col: 1, numRows: Math.max(1, sheet.lastRow()), numCols: Math.max(1, sheet.lastCol()) };
  }

  private boxOf(sheetName: string, a1?: string): { sheet: SheetModel; box: Box } {
    const sheet = this.sheet(sheetName);
    return a1 === undefined ? { sheet, box: this.dataBox(sheet) } : this.range(sheetName, a1);
  }

  cell(sheetName: string, a1: string): StoredCell {
    const { sheet, box } = this.range(sheetName, a1);
    const data = sheet.grid.get(box.row, box.col);
    const format: CellFormat = { ...DEFAULT_FORMAT, ...(data?.format ?? {}) };
    const merge = mergeAt(sheet, box.row, box.col);
    return {
      ...cloneContent(data?.content ?? EMPTY),
      numberFormat: format.numberFormat,
      format,
      note: data?.note ?? "",
      validation: data?.validation ?? null,
      merge: merge ? formatA1(merge) : null,
    };
  }

  /** Values as getValues would read them (formulas read "#ERROR!"); the data range when a1 is omitted. */
  values(sheetName: string, a1?: string): CellValue[][] {
    const { sheet, box } = this.boxOf(sheetName, a1);
    return readValues(sheet, box);
  }

  formulas(sheetName: string, a1?: string): string[][] {
    const { sheet, box } = this.boxOf(sheetName, a1);
    return readFormulas(sheet, box);
  }

  displayValues(sheetName: string, a1?: string): string[][] {
    const { sheet, box } = this.boxOf(sheetName, a1);
    return readDisplayValues(sheet, box, this.locale);
  }

  /** Seeds values with script semantics (same parsing as Range.setValues; no dimension check beyond the data). */
  setValues(sheetName: string, a1: string, rows: unknown[][]): void {
    const { sheet, box } = this.range(sheetName, a1);
    const b = { ...box, numRows: rows.length, numCols: Math.max(0, ...rows.map((r) => r.length)) };
    writeInputs(sheet, b, (i, j) => rows[i]?.[j] ?? "");
  }

  /** A user typing into the UI: enforces protections and validation rules that reject (see user-edit.ts). */
  userEdit(sheetName: string, a1: string, value: unknown, options?: UserEditOptions): void {
    userEdit(this.range(sheetName, a1), value, options);
  }

  /** Makes a range the selection (null: nothing selected) and its sheet the active sheet. */
  select(sheetName: string, a1: string | null): void {
    const sheet = this.sheet(sheetName);
    this.activeSheet = sheet;
    this.selections.set(sheet.id, a1 === null ? null : this.range(sheetName, a1).box);
  }

  validation(sheetName: string, a1: string): ValidationRule | null {
    return this.cell(sheetName, a1).validation;
  }

  merges(sheetName: string): string[] {
    return this.sheet(sheetName).merges.map((m) => formatA1(m));
  }

  protections(sheetName: string): ProtectionSnapshot[] {
    return this.sheet(sheetName).protections.map((p) => ({
      type: p.type,
      range: p.box ? formatA1(p.box) : null,
      description: p.description,
      warningOnly: p.warningOnly,
      editors: [...p.editors],
      unprotected: p.unprotected.map((b) => formatA1(b)),
    }));
  }

  conditionalFormats(sheetName: string): Array<{ ranges: string[]; condition: string; format: string }> {
    return this.sheet(sheetName).conditionalRules.map((rule) => ({
      ranges: rule.ranges.map((r) => this.qualified(r.sheetId, r.box)),
      ...describeConditionalRule(rule),
    }));
  }

  charts(sheetName: string): ChartSnapshot[] {
    return this.sheet(sheetName).charts.map((c) => ({
      id: c.id,
      type: c.type,
      ranges: c.ranges.map((r) => this.qualified(r.sheetId, r.box)),
      options: { ...c.options },
      position: { ...c.position },
      numHeaders: c.numHeaders,
    }));
  }

  filter(sheetName: string): { range: string; sorts: Array<{ column: number; ascending: boolean }> } | null {
    const f = this.sheet(sheetName).filter;
    return f ? { range: formatA1(f.box), sorts: f.sorts.map((s) => ({ ...s })) } : null;
  }

  /** "Sheet!A1:B2" for a box on the sheet with that id ("#REF!" when the sheet is gone). */
  qualified(sheetId: number, box: Box): string {
    const sheet = this.findSheetById(sheetId);
    return sheet ? `${quoteSheetName(sheet.name)}!${formatA1(box)}` : `#REF!`;
  }
}
