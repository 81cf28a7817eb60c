// Defines SpreadsheetFacade, the counted Spreadsheet: sheets (insert, delete, find, move), A1 ranges, selection, toasts.
import { Facade, countCalls } from "../counting";
import type { SheetModel } from "../model/sheet-model";
import type { Runtime } from "../runtime";
import { signatureError, typeName } from "../signature";
import { ProtectionFacade } from "./protection";
import { RangeFacade } from "./range";
import { RangeListFacade } from "./range-list";
import { boundedRange } from "./range-target";
import { SheetFacade } from "./sheet";

const INSERT_SHEET = "SpreadsheetApp.Spreadsheet.insertSheet";

interface InsertArgs {
  name?: string;
  index?: number;
  template?: SheetModel | null;
}

function templateOf(options: unknown, args: unknown[]): SheetModel | null {
  if (typeof options !== "object" || options === null || Array.isArray(options)) throw signatureError(INSERT_SHEET, args);
  const template = (options as { template?: unknown }).template;
  if (template === undefined || template === null) return null;
  const model = SheetFacade.model(template);
  if (!model) throw signatureError(INSERT_SHEET, args);
  return model;
}

/** Reads insertSheet's overloads: (), (index), (name), (name, index), (options), (index, options), (name, options), (name, index, options). */
function insertArgs(args: unknown[]): InsertArgs {
  const rest = [...args];
  const out: InsertArgs = {};
  if (typeof rest[0] === "string") out.name = rest.shift() as string;
  if (typeof rest[0] === "number") {
    const index = rest.shift() as number;
    if (!Number.isInteger(index)) throw new Error(`Cannot convert ${index} to int.`);
    out.index = index;
  }
  if (rest.length > 0 && rest[0] !== undefined) out.template = templateOf(rest.shift(), args);
  if (rest.some((a) => a !== undefined)) throw signatureError(INSERT_SHEET, args);
  return out;
}

export class SpreadsheetFacade extends Facade {
  constructor(rt: Runtime) {
    super(rt);
  }

  getId(): string {
    return this.rt.book.id;
  }

  getName(): string {
    return this.rt.book.name;
  }

  rename(newName: string): void {
    this.rt.book.name = String(newName);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.rt.book.id}/edit`;
  }

  getSpreadsheetTimeZone(): string {
    return this.rt.book.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.rt.book.timeZone = String(timezone);
  }

  getSpreadsheetLocale(): string {
    return this.rt.book.locale;
  }

  getSheets(): SheetFacade[] {
    return this.rt.book.sheets.map((s) => new SheetFacade(this.rt, s));
  }

  getNumSheets(): number {
    return this.rt.book.sheets.length;
  }

  /** null when there is no sheet with that exact name. */
  getSheetByName(name: string): SheetFacade | null {
    const sheet = this.rt.book.findSheet(name);
    return sheet ? new SheetFacade(this.rt, sheet) : null;
  }

  getSheetById(id: number): SheetFacade | null {
    const sheet = this.rt.book.findSheetById(id);
    return sheet ? new SheetFacade(this.rt, sheet) : null;
  }

  insertSheet(...args: unknown[]): SheetFacade {
    return new SheetFacade(this.rt, this.rt.book.insertSheet(insertArgs(args)));
  }

  deleteSheet(sheet: SheetFacade): void {
    const model = SheetFacade.model(sheet);
    if (!model) throw signatureError("SpreadsheetApp.Spreadsheet.deleteSheet", [sheet]);
    this.rt.book.deleteSheet(model);
  }

  /** A1 with or without a sheet name ("'My sheet'!A1:C3", "Hoja!A2:F", "A1" on the active sheet). */
  getRange(a1Notation: string): RangeFacade {
    if (typeof a1Notation !== "string") throw signatureError("SpreadsheetApp.Spreadsheet.getRange", [a1Notation]);
    return new RangeFacade(this.rt, this.rt.book.resolveA1(a1Notation, this.rt.book.activeSheet));
  }

  getRangeList(a1Notations: string[]): RangeListFacade {
    if (!Array.isArray(a1Notations)) throw signatureError("SpreadsheetApp.Spreadsheet.getRangeList", [a1Notations]);
    return new RangeListFacade(this.rt, a1Notations.map((a1) => this.rt.book.resolveA1(a1, this.rt.book.activeSheet)));
  }

  getActiveSheet(): SheetFacade {
    return new SheetFacade(this.rt, this.rt.book.activeSheet);
  }

  setActiveSheet(sheet: SheetFacade, _restoreSelection?: boolean): SheetFacade {
    const model = SheetFacade.model(sheet);
    if (!model) throw signatureError("SpreadsheetApp.Spreadsheet.setActiveSheet", [sheet]);
    this.rt.book.activeSheet = model;
    return new SheetFacade(this.rt, model);
  }

  /** The selection on the active sheet, or null when nothing is selected. */
  getActiveRange(): RangeFacade | null {
    const sheet = this.rt.book.activeSheet;
    const box = this.rt.book.selectionOf(sheet);
    return box ? new RangeFacade(this.rt, boundedRange(sheet, box)) : null;
  }

  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    this.rt.book.moveSheet(this.rt.book.activeSheet, pos);
  }

  getProtections(type: string): ProtectionFacade[] {
    if (type !== "SHEET" && type !== "RANGE") throw signatureError("SpreadsheetApp.Spreadsheet.getProtections", [type]);
    return this.rt.book.sheets.flatMap((s) => s.protections.filter((p) => p.type === type).map((p) => new ProtectionFacade(this.rt, s, p)));
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    if (msg === undefined) throw new Error(`The parameters (${typeName(msg)}) don't match the method signature for SpreadsheetApp.Spreadsheet.toast.`);
    const record: unknown[] = [msg];
    if (title !== undefined) record.push(title);
    if (timeoutSeconds !== undefined) record.push(timeoutSeconds);
    this.rt.ui.toasts.push(record);
  }
}

countCalls(SpreadsheetFacade, "Spreadsheet", "SpreadsheetApp");
