// Defines reading one worksheet of an exceljs workbook back into a fake sheet: cells, validations and layout, then the meta sheet's exact values.
import type { Worksheet } from "exceljs";
import type { Box } from "../apps-script/model/box";
import type { ChartModel } from "../apps-script/model/chart-model";
import type { ProtectionModel } from "../apps-script/model/protection-model";
import { DEFAULT_COLS, DEFAULT_ROWS, SheetModel } from "../apps-script/model/sheet-model";
import type { ValidationRule } from "../apps-script/model/validation";
import { eachCellOf, parseBoxes } from "./box-list";
import { decodeCell, isBlank } from "./cell-codec";
import { applyCellPatches } from "./cell-patches";
import type { SheetMeta } from "./meta-sheet";
import { readNativeCell } from "./native-cell";
import { applyLayout, decodeLayout, LAYOUT_ASPECTS, readLayout } from "./sheet-layout";
import type { LayoutAspects } from "./sheet-layout";
import { canonical, fingerprint, untag } from "./tagged-json";
import type { Json } from "./tagged-json";
import { decodeValidation } from "./validation-codec";
import type { NativeValidation } from "./validation-codec";

function readCells(ws: Worksheet, sheet: SheetModel): void {
  // includeEmpty: a row whose cells only have formats or notes counts as empty for exceljs.
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const decoded = decodeCell(readNativeCell(cell));
      if (isBlank(decoded)) return;
      const data = sheet.grid.at(r, c);
      data.content = decoded.content;
      data.format = decoded.format;
      data.note = decoded.note;
    });
  });
}

function readValidations(ws: Worksheet, sheet: SheetModel): void {
  const model = (ws as unknown as { dataValidations?: { model?: Record<string, NativeValidation | undefined> } }).dataValidations?.model ?? {};
  const rules = new Map<NativeValidation, ValidationRule | null>();
  for (const [address, dv] of Object.entries(model)) {
    if (!dv) continue;
    let rule = rules.get(dv);
    if (rule === undefined) {
      rule = decodeValidation(dv);
      rules.set(dv, rule);
    }
    if (!rule) continue;
    const found = rule;
    eachCellOf(parseBoxes(address), (r, c) => {
      sheet.grid.at(r, c).validation = found;
    });
  }
}

function readLayoutAspects(ws: Worksheet, sheet: SheetModel, meta: SheetMeta | null): void {
  const layout = decodeLayout(readLayout(ws), sheet.id);
  for (const aspect of LAYOUT_ASPECTS) {
    const patch = meta?.aspects[aspect];
    if (patch && fingerprint(canonical(layout[aspect])) === patch.expect) {
      (layout as unknown as Record<string, unknown>)[aspect] = untag(patch.exact) as LayoutAspects[typeof aspect];
    }
  }
  applyLayout(sheet, layout);
}

/** The rows and columns the sheet needs for what it holds (a frozen row or column needs one more after it). */
function extent(sheet: SheetModel): { rows: number; cols: number } {
  let rows = sheet.frozenRows + 1;
  let cols = sheet.frozenCols + 1;
  const grow = (b: Box) => {
    rows = Math.max(rows, b.row + b.numRows - 1);
    cols = Math.max(cols, b.col + b.numCols - 1);
  };
  sheet.grid.forEach((_cell, r, c) => grow({ row: r, col: c, numRows: 1, numCols: 1 }));
  sheet.merges.forEach(grow);
  if (sheet.filter) grow(sheet.filter.box);
  for (const rule of sheet.conditionalRules) for (const r of rule.ranges) if (r.sheetId === sheet.id) grow(r.box);
  return { rows, cols };
}

function list<T>(json: Json | undefined): T[] {
  const value = json === undefined ? [] : untag(json);
  if (!Array.isArray(value)) throw new Error("lista ilegible en la hoja de metadatos");
  return value as T[];
}

/**
 * Builds the fake sheet for a worksheet. Without meta (a workbook made elsewhere) the sheet gets a
 * new id and at least Sheets' default 1000 × 26 cells. With meta, exact values replace what the file
 * held approximately, wherever the file still holds what was written.
 */
export function readSheet(ws: Worksheet, meta: SheetMeta | null, id: number, name: string): SheetModel {
  const sheet = new SheetModel(id, name);
  readCells(ws, sheet);
  readValidations(ws, sheet);
  readLayoutAspects(ws, sheet, meta);
  if (meta) applyCellPatches(sheet, meta.cells);
  const needed = extent(sheet);
  sheet.maxRows = Math.max(meta?.maxRows ?? DEFAULT_ROWS, needed.rows);
  sheet.maxCols = Math.max(meta?.maxCols ?? DEFAULT_COLS, needed.cols);
  sheet.protections = list<ProtectionModel>(meta?.protections);
  sheet.charts = list<ChartModel>(meta?.charts);
  return sheet;
}
