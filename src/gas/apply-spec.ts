// Gives a sheet the size, values and formats of a SheetSpec, each format in one block call.
import { blockA1, type SheetSpec, type ValidationKind } from "../layout";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Trims or extends the sheet to exactly rows × columns, so that it costs no unused cells. */
export function resize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function rule(kind: ValidationKind): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(false);
  switch (kind) {
    case "rating":
      return builder.requireValueInList(["0", "1", "2", "3"], true).setHelpText("Valoración: 0, 1, 2 o 3.").build();
    case "checkbox":
      return builder.requireCheckbox().build();
    case "count":
      return builder.requireNumberBetween(0, 99999).setHelpText("Un número entero mayor o igual a 0.").build();
  }
}

/** Writes a spec onto a sheet (Plantilla): size, values, formats, merges, validations, widths. */
export function applySpec(sheet: Sheet, spec: SheetSpec): void {
  resize(sheet, spec.rows, spec.columns);
  const all = sheet.getRange(1, 1, spec.rows, spec.columns);
  all.setNumberFormats(spec.numberFormats.map((row) => row.map((f) => f || "General")));
  all.setValues(spec.values);
  all.setFontWeights(spec.fontWeights);
  all.setFontStyles(spec.fontStyles);
  all.setFontSizes(spec.fontSizes);
  all.setBackgrounds(spec.backgrounds);
  all.setWraps(spec.wraps);
  all.setHorizontalAlignments(spec.horizontalAlignments);
  all.setVerticalAlignment("middle");
  const validations: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = spec.values.map((row) => row.map(() => null));
  const rules = new Map<ValidationKind, GoogleAppsScript.Spreadsheet.DataValidation>();
  for (const { block, kind } of spec.validations) {
    if (!rules.has(kind)) rules.set(kind, rule(kind));
    for (let r = block.row; r < block.row + block.rows; r++) {
      for (let c = block.column; c < block.column + block.columns; c++) validations[r][c] = rules.get(kind)!;
    }
  }
  all.setDataValidations(validations);
  for (const merge of spec.merges) sheet.getRange(blockA1(merge)).merge();
  spec.columnWidths.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
  for (const [row, height] of Object.entries(spec.rowHeights)) sheet.setRowHeight(Number(row) + 1, height);
  if (spec.frozenRows) sheet.setFrozenRows(spec.frozenRows);
}
