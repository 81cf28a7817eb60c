// Defines writing one fake sheet into an exceljs workbook: cells, validations and layout as Excel features, plus the sheet's meta-sheet entry.
import type { Workbook } from "exceljs";
import { formatA1 } from "../apps-script/model/a1";
import { isHiddenByMerge } from "../apps-script/model/merges";
import type { SheetModel } from "../apps-script/model/sheet-model";
import type { ValidationRule } from "../apps-script/model/validation";
import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS, rectangles } from "./box-list";
import { canonicalContent, canonicalFormat, decodeCell, encodeCell, isBlank, sameFormat } from "./cell-codec";
import { canonicalRule, CellPatchCollector } from "./cell-patches";
import type { Patch, SheetMeta } from "./meta-sheet";
import { emptyNativeCell, writeNativeCell } from "./native-cell";
import type { StyleCache } from "./native-cell";
import { decodeLayout, encodeLayout, LAYOUT_ASPECTS, layoutOf, writeLayout } from "./sheet-layout";
import { canonical, fingerprint, tag } from "./tagged-json";
import { decodeValidation, encodeValidation } from "./validation-codec";
import type { NativeValidation } from "./validation-codec";

interface EncodedRule {
  native: NativeValidation | null;
  key: string;
  /** The canonical text of the rule the file gives back. */
  stored: string;
}

/** What the file gives for a cell it does not hold. */
const BLANK = decodeCell(emptyNativeCell());

/** exceljs keeps validations in worksheet.dataValidations (missing from its type definitions). */
interface WithValidations {
  dataValidations: { add(address: string, validation: NativeValidation): void };
}

/**
 * Writes a sheet as the worksheet `nativeName` and returns what the file cannot hold for it: ids,
 * dimensions, protections, charts, and every loss of a cell or layout aspect with its exact value.
 */
export function writeSheet(wb: Workbook, sheet: SheetModel, nativeName: string, styles: StyleCache): SheetMeta {
  const ws = wb.addWorksheet(nativeName);
  const patches = new CellPatchCollector();
  const rules = new Map<ValidationRule, EncodedRule>();
  const validated = new Map<string, { native: NativeValidation; cells: Array<[number, number]> }>();

  sheet.grid.forEach((cell, row, col) => {
    const inGrid = row <= EXCEL_MAX_ROWS && col <= EXCEL_MAX_COLS;
    const native = encodeCell(cell, isHiddenByMerge(sheet, row, col));
    const decoded = decodeCell(native);
    if (inGrid && !isBlank(decoded)) writeNativeCell(ws.getCell(row, col), native, styles);
    const stored = inGrid ? decoded : BLANK;
    patches.compare(cell, "content", canonicalContent(stored.content), row, col);
    if (!sameFormat(cell.format, stored.format)) patches.add(cell, "format", canonicalFormat(stored.format), row, col);
    patches.compare(cell, "note", stored.note, row, col);

    let rule: EncodedRule | undefined;
    if (cell.validation) {
      rule = rules.get(cell.validation);
      if (!rule) {
        const nativeRule = encodeValidation(cell.validation);
        rule = { native: nativeRule, key: JSON.stringify(nativeRule), stored: canonicalRule(nativeRule ? decodeValidation(nativeRule) : null) };
        rules.set(cell.validation, rule);
      }
    }
    if (rule?.native && inGrid) {
      let group = validated.get(rule.key);
      if (!group) {
        group = { native: rule.native, cells: [] };
        validated.set(rule.key, group);
      }
      group.cells.push([row, col]);
    }
    patches.compare(cell, "validation", rule && inGrid ? rule.stored : canonicalRule(null), row, col);
  });

  // One data validation per rectangle of cells sharing a rule (exceljs would merge single cells itself).
  const validations = (ws as unknown as WithValidations).dataValidations;
  for (const group of validated.values()) {
    for (const box of rectangles(group.cells)) validations.add(formatA1(box), group.native);
  }

  const layout = layoutOf(sheet);
  const native = encodeLayout(layout, sheet.id);
  const stored = decodeLayout(native, sheet.id);
  writeLayout(ws, native);
  const aspects: Record<string, Patch> = {};
  for (const aspect of LAYOUT_ASPECTS) {
    const kept = canonical(stored[aspect]);
    if (canonical(layout[aspect]) !== kept) aspects[aspect] = { expect: fingerprint(kept), exact: tag(layout[aspect]) };
  }

  return {
    native: nativeName,
    sheetId: ws.id,
    name: sheet.name,
    id: sheet.id,
    maxRows: sheet.maxRows,
    maxCols: sheet.maxCols,
    protections: tag(sheet.protections),
    charts: tag(sheet.charts),
    aspects,
    cells: patches.patches(),
  };
}
