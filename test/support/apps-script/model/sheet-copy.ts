// Defines copying a sheet's contents and layout into another sheet (insertSheet with a template, Sheet.copyTo).
import { cloneRule } from "./conditional-rule-model";
import type { SheetModel } from "./sheet-model";

/**
 * Copies what a template carries: values, formulas, formats, notes, validations, merges, column
 * widths, row heights, hidden rows/columns, frozen rows/columns, conditional formats (re-pointed at
 * the copy), dimensions, tab colour, gridlines and the hidden state: a sheet inserted from a hidden
 * template comes out hidden (reported from real Sheets; call showSheet()). Protections, the
 * filter and charts are not copied.
 */
export function copySheetContents(from: SheetModel, to: SheetModel): void {
  to.grid = from.grid.clone();
  to.maxRows = from.maxRows;
  to.maxCols = from.maxCols;
  to.frozenRows = from.frozenRows;
  to.frozenCols = from.frozenCols;
  to.columnWidths = new Map(from.columnWidths);
  to.rowHeights = new Map(from.rowHeights);
  to.hiddenColumns = new Set(from.hiddenColumns);
  to.hiddenRows = new Set(from.hiddenRows);
  to.merges = from.merges.map((m) => ({ ...m }));
  to.conditionalRules = from.conditionalRules.map((rule) => {
    const copy = cloneRule(rule);
    copy.ranges = copy.ranges.map((r) => (r.sheetId === from.id ? { sheetId: to.id, box: r.box } : r));
    return copy;
  });
  to.tabColor = from.tabColor;
  to.gridlinesHidden = from.gridlinesHidden;
  to.hidden = from.hidden;
}
