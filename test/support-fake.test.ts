// Tests the in-memory Apps Script fake (test/support/apps-script): Sheets value semantics, A1, sheets, counting, faults, locks.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { createAppsScript, isSpreadsheetCall } from "./support/apps-script/index";

function setup(options: Parameters<typeof createAppsScript>[0] = {}) {
  const fake = createAppsScript(options);
  const app = fake.globals.SpreadsheetApp;
  const ss = app.getActive();
  const sheet = ss.getActiveSheet();
  fake.calls.reset();
  return { fake, app, ss, sheet, model: fake.spreadsheet };
}

describe("values: what setValues stores and getValues reads", () => {
  it("keeps numbers, booleans, empty and text with their types", () => {
    const { sheet } = setup();
    sheet.getRange("A1:D1").setValues([[42, true, "", "hola"]]);
    expect(sheet.getRange("A1:E1").getValues()).toEqual([[42, true, "", "hola", ""]]);
  });

  it("parses strings like typed input", () => {
    const { sheet, model } = setup();
    const typed = ["12", "012345", "-3", "1.5", " 7 ", "true", "FALSE", "2024-03-05", "5/3/2024", "texto", "a=b"];
    sheet.getRange(1, 1, 1, typed.length).setValues([typed]);
    const [row] = model.values("Hoja 1", "A1:K1");
    expect(row).toEqual([12, 12345, -3, 1.5, 7, true, false, new Date(Date.UTC(2024, 2, 5)), new Date(Date.UTC(2024, 2, 5)), "texto", "a=b"]);
  });

  it("honours a leading apostrophe: forced text, apostrophe not stored", () => {
    const { sheet, model } = setup();
    sheet.getRange("A1:D1").setValues([["'=1", "'012345", "''x", "'"]]);
    expect(sheet.getRange("A1:D1").getValues()).toEqual([["=1", "012345", "'x", ""]]);
    expect(model.cell("Hoja 1", "A1")).toMatchObject({ kind: "value", value: "=1" });
  });

  it("turns '=…' and non-numeric '+…', '-…', '@…' into formulas that read as #ERROR!", () => {
    const { sheet, model } = setup();
    sheet.getRange("A1:E1").setValues([["=SUM(1,2)", "+51 999 888 777", "-foo", "@persona", "="]]);
    expect(sheet.getRange("A1:E1").getValues()).toEqual([["#ERROR!", "#ERROR!", "#ERROR!", "#ERROR!", "="]]);
    expect(sheet.getRange("A1:E1").getFormulas()).toEqual([["=SUM(1,2)", "+51 999 888 777", "-foo", "@persona", ""]]);
    expect(model.cell("Hoja 1", "B1")).toMatchObject({ kind: "formula", formula: "+51 999 888 777" });
  });

  it("stores strings verbatim in plain-text cells, still stripping one apostrophe and still taking '=' as a formula", () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1:E1");
    range.setNumberFormat("@");
    range.setValues([["012345", "+51 999", "TRUE", "'x", "=1"]]);
    expect(range.getValues()).toEqual([["012345", "+51 999", "TRUE", "x", "#ERROR!"]]);
  });

  it("stores non-strings as given; null and undefined become empty", () => {
    const { sheet } = setup();
    const when = new Date(Date.UTC(2024, 0, 2, 15, 30));
    sheet.getRange("A1:D1").setValues([[when, null, undefined, 0]]);
    const [[date, empty1, empty2, zero]] = sheet.getRange("A1:D1").getValues() as unknown[][] as [[Date, unknown, unknown, unknown]];
    expect(date).toEqual(when);
    expect(date).not.toBe(when);
    expect([empty1, empty2, zero]).toEqual(["", "", 0]);
  });

  it("returns copies of dates, so mutating a read value changes nothing", () => {
    const { sheet } = setup();
    sheet.getRange("A1").setValue(new Date(Date.UTC(2024, 0, 1)));
    (sheet.getRange("A1").getValue() as Date).setUTCFullYear(1999);
    expect((sheet.getRange("A1").getValue() as Date).getUTCFullYear()).toBe(2024);
  });

  it("reads a number in a date-formatted cell back as a Date (serial days since 1899-12-30)", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B1").setValues([[45356, 45356]]);
    sheet.getRange("A1").setNumberFormat("dd/mm/yyyy");
    expect(sheet.getRange("A1:B1").getValues()).toEqual([[new Date(Date.UTC(2024, 2, 5)), 45356]]);
    expect(sheet.getRange("A1").getDisplayValue()).toBe("05/03/2024");
  });

  it("setValue fills every cell of the range", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B2").setValue("x");
    expect(sheet.getRange("A1:B2").getValues()).toEqual([["x", "x"], ["x", "x"]]);
  });

  it("rejects data whose dimensions differ from the range, with Sheets' messages", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("A1:B2").setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => sheet.getRange("A1:B2").setValues([[1, 2], [3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    expect(() => sheet.getRange("A1:C1").setValues([1, 2, 3] as unknown as unknown[][])).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it("rejects text longer than 50,000 characters and writes nothing", () => {
    const { sheet, model } = setup();
    expect(() => sheet.getRange("A1:B1").setValues([["ok", "x".repeat(50001)]])).toThrow(
      "Your input contains more than the maximum of 50000 characters in a single cell.",
    );
    expect(model.values("Hoja 1", "A1:B1")).toEqual([["", ""]]);
    sheet.getRange("A1").setValue("x".repeat(50000));
  });

  it("reports display values and the data range", () => {
    const { sheet } = setup();
    sheet.getRange("B2:C3").setValues([[1.5, true], ["a", 3]]);
    sheet.getRange("B2").setNumberFormat("0.00");
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C3");
    expect(sheet.getRange("B2:C2").getDisplayValues()).toEqual([["1.50", "VERDADERO"]]);
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getSheetValues(2, 2, -1, -1)).toEqual([[1.5, true], ["a", 3]]);
  });

  it("counts formats out of getLastRow and reports format defaults", () => {
    const { sheet } = setup();
    sheet.getRange("A10").setBackground("RED");
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange("A10").getBackground()).toBe("#ff0000");
    expect(sheet.getRange("A1").getNumberFormat()).toBe("0.###############");
    expect(sheet.getRange("A1").getFontWeight()).toBe("normal");
  });
});

describe("A1 notation and range bounds", () => {
  it("resolves sheet-qualified, open-ended and whole-row references", () => {
    const { ss, model } = setup();
    ss.insertSheet("My sheet");
    ss.insertSheet("It's");
    const a = ss.getRange("'My sheet'!A1:C3");
    expect([a.getSheet().getName(), a.getA1Notation(), a.getNumRows()]).toEqual(["My sheet", "A1:C3", 3]);
    expect(ss.getRange("'It''s'!B2").getSheet().getName()).toBe("It's");
    const open = ss.getRange("'My sheet'!A2:F");
    expect([open.getRow(), open.getLastRow(), open.getNumColumns(), open.getA1Notation()]).toEqual([2, 1000, 6, "A2:F"]);
    const cols = ss.getRange("'My sheet'!A:C");
    expect([cols.getNumRows(), cols.getNumColumns(), cols.getA1Notation()]).toEqual([1000, 3, "A:C"]);
    const rows = ss.getRange("'My sheet'!2:5");
    expect([rows.getRow(), rows.getNumRows(), rows.getNumColumns(), rows.getA1Notation()]).toEqual([2, 4, 26, "2:5"]);
    model.select("Hoja 1", "A1");
    expect(ss.getRange("b3").getSheet().getName()).toBe("Hoja 1");
    expect(ss.getRange("b3").getA1Notation()).toBe("B3");
  });

  it("throws 'Range not found' for a missing sheet, bad notation or cells beyond the sheet", () => {
    const { ss, sheet } = setup();
    expect(() => ss.getRange("Nope!A1")).toThrow("Range not found");
    expect(() => ss.getRange("A1:ZZZZ2")).toThrow("Range not found");
    expect(() => sheet.getRange("A1001")).toThrow("Range not found");
    expect(() => sheet.getRange("AA1")).toThrow("Range not found");
    expect(() => sheet.getRange("hello")).toThrow("Range not found");
  });

  it("checks numeric coordinates like Sheets", () => {
    const { sheet } = setup();
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe("Z1000");
    expect(() => sheet.getRange(1000, 26, 2)).toThrow("The coordinates of the range are outside the dimensions of the sheet.");
    expect(() => sheet.getRange(1, 27)).toThrow("The coordinates of the range are outside the dimensions of the sheet.");
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(1.5, 1)).toThrow("Cannot convert 1.5 to int.");
    expect(() => (sheet.getRange as (a: unknown) => unknown)(undefined)).toThrow("don't match the method signature for SpreadsheetApp.Sheet.getRange");
  });

  it("offsets ranges and follows inserted rows", () => {
    const { sheet } = setup();
    expect(sheet.getRange("B2").offset(1, 2, 2, 3).getA1Notation()).toBe("D3:F4");
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getMaxRows()).toBe(1005);
    expect(sheet.getRange("A1005").getRow()).toBe(1005);
  });
});

describe("sheets", () => {
  it("names new sheets in Spanish and rejects duplicate or too long names", () => {
    const { ss } = setup();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Hoja 1"]);
    expect(ss.insertSheet().getName()).toBe("Hoja 2");
    expect(() => ss.insertSheet("Hoja 1")).toThrow('A sheet with the name "Hoja 1" already exists. Please enter another name.');
    expect(() => ss.insertSheet("hoja 1")).toThrow("already exists");
    expect(() => ss.insertSheet("x".repeat(101))).toThrow();
    expect(ss.getSheetByName("Missing")).toBeNull();
  });

  it("inserts at a 0-based index, activates the new sheet and reports 1-based indexes", () => {
    const { ss } = setup();
    ss.insertSheet("B");
    const first = ss.insertSheet("A", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["A", "Hoja 1", "B"]);
    expect(first.getIndex()).toBe(1);
    expect(ss.getActiveSheet().getName()).toBe("A");
    ss.moveActiveSheet(3);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Hoja 1", "B", "A"]);
  });

  it("copies from a template what Sheets copies, including the hidden state, but not protections, filter or charts", () => {
    const { fake, ss, app, model } = setup();
    const tpl = ss.insertSheet("Plantilla");
    tpl.getRange("A1:B2").setValues([["Título", "=A1"], [1, 2]]);
    tpl.getRange("A1").setFontWeight("bold").setBackground("#f4cccc").setNumberFormat("@");
    tpl.getRange("A2").setDataValidation(app.newDataValidation().requireNumberBetween(0, 3).setAllowInvalid(false).build());
    tpl.getRange("C1:D1").merge();
    tpl.setColumnWidth(1, 250);
    tpl.setRowHeight(2, 40);
    tpl.setFrozenRows(1);
    tpl.deleteColumns(20, 7);
    tpl.setConditionalFormatRules([app.newConditionalFormatRule().whenTextEqualTo("No").setBackground("#ff0000").setRanges([tpl.getRange("B2:B5")]).build()]);
    tpl.protect().setDescription("plantilla");
    tpl.getRange("A1:B2").createFilter();
    tpl.insertChart(tpl.newChart().addRange(tpl.getRange("A1:B2")).setChartType(fake.globals.Charts.ChartType.BAR).build());
    tpl.hideSheet();

    const copy = ss.insertSheet("Visita 1", { template: tpl });
    expect(copy.isSheetHidden()).toBe(true);
    expect(copy.getRange("A1:B2").getFormulas()).toEqual([["", "=A1"], ["", ""]]);
    expect(model.values("Visita 1", "A1:B2")).toEqual([["Título", "#ERROR!"], [1, 2]]);
    expect(model.cell("Visita 1", "A1")).toMatchObject({ numberFormat: "@", format: { fontWeight: "bold", background: "#f4cccc" } });
    expect(model.validation("Visita 1", "A2")).toMatchObject({ criteria: "NUMBER_BETWEEN", allowInvalid: false });
    expect(model.merges("Visita 1")).toEqual(["C1:D1"]);
    expect([copy.getColumnWidth(1), copy.getRowHeight(2), copy.getFrozenRows(), copy.getMaxColumns()]).toEqual([250, 40, 1, 19]);
    expect(model.conditionalFormats("Visita 1")).toEqual([{ ranges: ["'Visita 1'!B2:B5"], condition: 'TEXT_EQUAL_TO("No")', format: "background #ff0000" }]);
    expect(model.protections("Visita 1")).toEqual([]);
    expect(copy.getFilter()).toBeNull();
    expect(copy.getCharts()).toEqual([]);
    expect(model.charts("Plantilla")).toHaveLength(1);
  });

  it("copyTo names the copy 'Copia de X', made unique", () => {
    const { ss, sheet } = setup();
    sheet.getRange("A1").setValue("v");
    expect(sheet.copyTo(ss).getName()).toBe("Copia de Hoja 1");
    const second = sheet.copyTo(ss);
    expect(second.getName()).toBe("Copia de Hoja 1 2");
    expect(second.getRange("A1").getValue()).toBe("v");
  });

  it("refuses to delete or hide the last visible sheet, and deleting all rows", () => {
    const { ss, sheet } = setup();
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    const other = ss.insertSheet("Otra");
    other.hideSheet();
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the visible sheets in a document.");
    expect(() => sheet.deleteRows(1, 1000)).toThrow("You can't delete all the rows on the sheet.");
    const stale = other.getRange("A1");
    ss.deleteSheet(other);
    expect(ss.getNumSheets()).toBe(1);
    expect(() => other.getName()).toThrow("The sheet has been deleted.");
    expect(() => stale.getValue()).toThrow("The sheet has been deleted.");
  });

  it("shifts values, formats, validations and merges when rows and columns move", () => {
    const { sheet, app, model } = setup();
    sheet.getRange("A1:A3").setValues([["a"], ["b"], ["c"]]);
    sheet.getRange("A3").setFontWeight("bold");
    sheet.getRange("B3").setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.getRange("A5:B5").merge();
    sheet.insertRowsBefore(2, 2);
    expect(model.values("Hoja 1", "A1:A5")).toEqual([["a"], [""], [""], ["b"], ["c"]]);
    expect(model.cell("Hoja 1", "A5").format.fontWeight).toBe("bold");
    expect(model.validation("Hoja 1", "B5")?.criteria).toBe("CHECKBOX");
    expect(model.merges("Hoja 1")).toEqual(["A7:B7"]);
    sheet.deleteRows(1, 3);
    expect(model.values("Hoja 1", "A1:A2")).toEqual([["b"], ["c"]]);
    expect(sheet.getMaxRows()).toBe(999);
    sheet.insertColumnsAfter(0 + 1, 1);
    expect(model.merges("Hoja 1")).toEqual(["A4:C4"]);
    sheet.deleteColumns(1, 1);
    expect(model.values("Hoja 1", "A1:A2")).toEqual([[""], [""]]);
    expect(model.merges("Hoja 1")).toEqual(["A4:B4"]);
  });

  it("allows one filter per sheet and records sorts", () => {
    const { sheet, model } = setup();
    const filter = sheet.getRange("A1:C10").createFilter();
    expect(() => sheet.getRange("A1:B2").createFilter()).toThrow("You can't create a filter in a sheet that already has a filter.");
    filter.sort(2, false);
    expect(model.filter("Hoja 1")).toEqual({ range: "A1:C10", sorts: [{ column: 2, ascending: false }] });
    sheet.getFilter()?.remove();
    expect(sheet.getFilter()).toBeNull();
  });

  it("records protections; Sheet.protect returns the existing sheet protection", () => {
    const { sheet, app, model } = setup();
    const p = sheet.protect().setDescription("Ficha").setWarningOnly(false);
    p.addEditor("otra@ugel02.gob.pe");
    p.removeEditors(p.getEditors());
    p.setUnprotectedRanges([sheet.getRange("B2:B5")]);
    expect(sheet.protect().getDescription()).toBe("Ficha");
    sheet.getRange("A1").protect().setWarningOnly(true);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(1);
    expect(model.protections("Hoja 1")).toEqual([
      { type: "SHEET", range: null, description: "Ficha", warningOnly: false, editors: ["especialista@ugel02.gob.pe"], unprotected: ["B2:B5"] },
      { type: "RANGE", range: "A1", description: "", warningOnly: true, editors: ["especialista@ugel02.gob.pe"], unprotected: [] },
    ]);
    expect(p.getRange().getA1Notation()).toBe("A1:Z1000");
  });

  it("records conditional formats, charts, layout and notes", () => {
    const { sheet, app, model } = setup();
    const rule = app.newConditionalFormatRule().whenNumberBetween(0, 1).setFontColor("#CC0000").setBold(true).setRanges([sheet.getRange("C2:C9")]).build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]);
    expect(String(rule)).toBe("NUMBER_BETWEEN(0, 1) → fontColor #cc0000, bold");
    expect(sheet.getConditionalFormatRules()[0]?.getRanges()[0]?.getA1Notation()).toBe("C2:C9");
    const chart = sheet.newChart().asBarChart().addRange(sheet.getRange("A1:B4")).setPosition(2, 5, 0, 0).setOption("title", "Niveles").build();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect([stored?.getType(), stored?.getOptions().get("title"), stored?.getRanges()[0]?.getA1Notation()]).toEqual(["BAR", "Niveles", "A1:B4"]);
    sheet.updateChart(stored!.modify().setOption("title", "Otro").build());
    expect(model.charts("Hoja 1")[0]?.options).toEqual({ title: "Otro" });
    sheet.setFrozenRows(2);
    sheet.setColumnWidths(1, 3, 80);
    sheet.getRange("A1").setNote("nota");
    expect([sheet.getFrozenRows(), sheet.getColumnWidth(3), sheet.getColumnWidth(4), sheet.getRange("A1:B1").getNotes()]).toEqual([2, 80, 100, [["nota", ""]]]);
  });
});

describe("merges", () => {
  it("keeps the top-left value, drops writes into other cells, reads them as empty", () => {
    const { sheet, model } = setup();
    sheet.getRange("A1:C1").setValues([["keep", "lost", "lost"]]);
    sheet.getRange("A1:C1").merge();
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["keep", "", ""]]);
    sheet.getRange("A1:C1").setValues([["new", "dropped", "dropped"]]);
    expect(model.values("Hoja 1", "A1:C1")).toEqual([["new", "", ""]]);
    expect(sheet.getRange("B1").isPartOfMerge()).toBe(true);
    expect(sheet.getRange("B1").getMergedRanges().map((r) => r.getA1Notation())).toEqual(["A1:C1"]);
    expect(model.cell("Hoja 1", "B1").merge).toBe("A1:C1");
  });

  it("throws on partial overlap, absorbs merges fully inside, and breaks apart", () => {
    const { sheet, model } = setup();
    sheet.getRange("A1:B2").merge();
    expect(() => sheet.getRange("B2:C3").merge()).toThrow("You must select all cells in a merged range to merge or unmerge them.");
    expect(() => sheet.getRange("B1:B2").breakApart()).toThrow("You must select all cells in a merged range to merge or unmerge them.");
    sheet.getRange("A1:C3").merge();
    expect(model.merges("Hoja 1")).toEqual(["A1:C3"]);
    sheet.getRange("A1:D4").breakApart();
    expect(model.merges("Hoja 1")).toEqual([]);
    sheet.getRange("A5:C6").mergeAcross();
    expect(model.merges("Hoja 1")).toEqual(["A5:C5", "A6:C6"]);
  });
});

describe("data validation and userEdit", () => {
  it("is not enforced on script writes, as in Sheets", () => {
    const { sheet, app } = setup();
    sheet.getRange("A1").setDataValidation(app.newDataValidation().requireValueInList(["0", "1", "2", "3"]).setAllowInvalid(false).build());
    sheet.getRange("A1").setValue("9");
    expect(sheet.getRange("A1").getValue()).toBe(9);
  });

  it("rejects a typed value that fails a rule with allowInvalid false and leaves the cell unchanged", () => {
    const { sheet, app, model } = setup();
    const rule = app.newDataValidation().requireValueInList(["0", "1", "2", "3"], true).setAllowInvalid(false).setHelpText("0 a 3").build();
    expect([rule.getCriteriaType(), rule.getCriteriaValues(), rule.getAllowInvalid(), rule.getHelpText()]).toEqual(["VALUE_IN_LIST", [["0", "1", "2", "3"], true], false, "0 a 3"]);
    sheet.getRange("B2:B3").setDataValidation(rule);
    sheet.getRange("B2").setValue(1);
    expect(() => model.userEdit("Hoja 1", "B2", "7")).toThrow(
      "Los datos que ingresaste en la celda B2 infringen las reglas de validación de datos establecidas en esta celda.",
    );
    expect(model.values("Hoja 1", "B2")).toEqual([[1]]);
    model.userEdit("Hoja 1", "B2", "3");
    model.userEdit("Hoja 1", "B3", "");
    expect(model.values("Hoja 1", "B2:B3")).toEqual([[3], [""]]);
  });

  it("accepts invalid data with only a warning when allowInvalid is left at its default", () => {
    const { sheet, app, model } = setup();
    const rule = app.newDataValidation().requireNumberBetween(0, 3).build();
    expect(rule.getAllowInvalid()).toBe(true);
    sheet.getRange("A1").setDataValidation(rule);
    model.userEdit("Hoja 1", "A1", "8");
    expect(model.values("Hoja 1", "A1")).toEqual([[8]]);
  });

  it("checks checkboxes, number ranges, URLs and dates", () => {
    const { sheet, app, model } = setup();
    const reject = (b: ReturnType<typeof app.newDataValidation>) => b.setAllowInvalid(false).build();
    sheet.getRange("A1").setDataValidation(reject(app.newDataValidation().requireCheckbox()));
    sheet.getRange("A2").setDataValidation(reject(app.newDataValidation().requireNumberBetween(0, 3)));
    sheet.getRange("A3").setDataValidation(reject(app.newDataValidation().requireTextIsUrl()));
    sheet.getRange("A4").setDataValidation(reject(app.newDataValidation().requireDate()));
    model.userEdit("Hoja 1", "A1", "TRUE");
    expect(() => model.userEdit("Hoja 1", "A1", "sí")).toThrow("celda A1");
    model.userEdit("Hoja 1", "A2", "2.5");
    expect(() => model.userEdit("Hoja 1", "A2", "4")).toThrow("celda A2");
    model.userEdit("Hoja 1", "A3", "https://www.minedu.gob.pe/cap");
    expect(() => model.userEdit("Hoja 1", "A3", "no es url")).toThrow("celda A3");
    model.userEdit("Hoja 1", "A4", "2024-05-06");
    expect(() => model.userEdit("Hoja 1", "A4", "mañana")).toThrow("celda A4");
    expect(model.values("Hoja 1", "A1:A4")).toEqual([[true], [2.5], ["https://www.minedu.gob.pe/cap"], [new Date(Date.UTC(2024, 4, 6))]]);
  });

  it("refuses edits in protected sheets and ranges unless warning-only, unprotected or by an editor", () => {
    const { sheet, model } = setup();
    const p = sheet.protect();
    p.setUnprotectedRanges([sheet.getRange("B2:B3")]);
    expect(() => model.userEdit("Hoja 1", "A1", "x")).toThrow("No se puede editar: rango protegido.");
    model.userEdit("Hoja 1", "B2", "ok");
    model.userEdit("Hoja 1", "A1", "owner", { as: "especialista@ugel02.gob.pe" });
    p.setWarningOnly(true);
    model.userEdit("Hoja 1", "C1", "warned");
    const range = sheet.getRange("B3").protect();
    expect(() => model.userEdit("Hoja 1", "B3", "x")).toThrow("No se puede editar: rango protegido.");
    range.remove();
    model.userEdit("Hoja 1", "B3", "free");
    expect(model.values("Hoja 1", "A1:C3")).toEqual([["owner", "", "warned"], ["", "ok", ""], ["", "free", ""]]);
  });

  it("inserts checkboxes as rule plus unchecked value", () => {
    const { sheet, model } = setup();
    sheet.getRange("A1:A2").insertCheckboxes();
    expect(model.values("Hoja 1", "A1:A2")).toEqual([[false], [false]]);
    sheet.getRange("A1").check();
    expect([sheet.getRange("A1").isChecked(), sheet.getRange("A1:A2").isChecked()]).toEqual([true, null]);
  });
});

describe("call counting", () => {
  it("counts every call through the globals as Class.method", () => {
    const { fake } = setup();
    const { SpreadsheetApp, LockService, Session } = fake.globals;
    const lock = LockService.getDocumentLock();
    lock.waitLock(1000);
    const sheet = SpreadsheetApp.getActive().getSheetByName("Hoja 1");
    sheet?.getRange("A1:B1").setValues([[1, 2]]);
    sheet?.getName();
    Session.getActiveUser().getEmail();
    lock.releaseLock();
    expect(fake.calls.byMethod()).toEqual({
      "Lock.releaseLock": 1,
      "Lock.waitLock": 1,
      "LockService.getDocumentLock": 1,
      "Range.setValues": 1,
      "Session.getActiveUser": 1,
      "Sheet.getName": 1,
      "Sheet.getRange": 1,
      "Spreadsheet.getSheetByName": 1,
      "SpreadsheetApp.getActive": 1,
      "User.getEmail": 1,
    });
    expect(fake.calls.total()).toBe(10);
    expect(fake.calls.total(isSpreadsheetCall)).toBe(5);
    expect(fake.calls.sequence().slice(0, 3)).toEqual(["LockService.getDocumentLock", "Lock.waitLock", "SpreadsheetApp.getActive"]);
  });

  it("counts one call once, however the fake implements it, and never counts the model", () => {
    const { fake, sheet, model } = setup();
    sheet.getRange("A1:C3").getValue();
    sheet.getRangeList(["A1", "B2"]).setFontWeight("bold");
    model.values("Hoja 1");
    model.cell("Hoja 1", "A1");
    model.userEdit("Hoja 1", "A1", "x");
    model.sheet("Hoja 1").frozenRows = 1;
    expect(fake.calls.byMethod()).toEqual({ "Range.getValue": 1, "RangeList.setFontWeight": 1, "Sheet.getRange": 1, "Sheet.getRangeList": 1 });
    fake.calls.reset();
    expect(fake.calls.total()).toBe(0);
  });

  it("counts builders, properties and html calls too", () => {
    const { fake } = setup({ files: { Sidebar: "<p>hola</p>" } });
    const { SpreadsheetApp, PropertiesService, HtmlService } = fake.globals;
    SpreadsheetApp.newDataValidation().requireCheckbox().build();
    PropertiesService.getUserProperties().setProperty("k", "v");
    HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Ficha CAP");
    expect(fake.calls.byMethod()).toEqual({
      "DataValidationBuilder.build": 1,
      "DataValidationBuilder.requireCheckbox": 1,
      "HtmlOutput.setTitle": 1,
      "HtmlService.createHtmlOutputFromFile": 1,
      "Properties.setProperty": 1,
      "PropertiesService.getUserProperties": 1,
      "SpreadsheetApp.newDataValidation": 1,
    });
  });
});

describe("faults", () => {
  it("fails the nth future call of a method once, counting it", () => {
    const { fake, sheet } = setup();
    fake.faults.failOn("Range.setValues", 2);
    sheet.getRange("A1").setValues([[1]]);
    expect(() => sheet.getRange("A2").setValues([[2]])).toThrow("Range.setValues failed");
    sheet.getRange("A3").setValues([[3]]);
    expect(fake.spreadsheet.values("Hoja 1", "A1:A3")).toEqual([[1], [""], [3]]);
    expect(fake.calls.byMethod()["Range.setValues"]).toBe(3);
  });

  it("throws the given error and can be cleared", () => {
    const { fake, ss } = setup();
    const boom = new Error("Service Spreadsheets failed while accessing document.");
    fake.faults.failOn("Spreadsheet.getSheetByName", 1, boom);
    expect(() => ss.getSheetByName("Hoja 1")).toThrow(boom);
    fake.faults.failOn("Spreadsheet.getSheets");
    fake.faults.clear();
    expect(ss.getSheets()).toHaveLength(1);
  });
});

describe("locks", () => {
  it("times out waitLock and refuses tryLock while the document lock is held elsewhere", () => {
    const { fake } = setup();
    const lock = fake.globals.LockService.getDocumentLock();
    fake.locks.holdDocumentLockElsewhere(true);
    expect(() => lock.waitLock(10000)).toThrow("Lock timeout: another process was holding the lock for too long.");
    expect(lock.tryLock(10000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(fake.globals.LockService.getScriptLock().tryLock(1)).toBe(true);
    fake.locks.holdDocumentLockElsewhere(false);
    lock.waitLock(10000);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });
});

describe("Ui and HtmlService", () => {
  it("records menus, sidebars, dialogs, alerts and toasts", () => {
    const { fake, ss } = setup({ files: { "Sidebar.html": "<h1>Ficha</h1>" } });
    const { SpreadsheetApp, HtmlService } = fake.globals;
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem("Abrir ficha", "showSidebar").addSeparator().addSubMenu(ui.createMenu("Más").addItem("Ayuda", "showHelp")).addToUi();
    ui.showSidebar(HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Ficha CAP"));
    fake.ui.alertResponses.push(ui.Button.NO);
    expect(ui.alert("¿Borrar?", "Se borrará la visita", ui.ButtonSet.YES_NO)).toBe("NO");
    expect(ui.alert("Listo")).toBe(ui.Button.OK);
    ss.toast("Guardado", "Ficha CAP", 3);
    expect(fake.ui.menus).toEqual([{ name: "add-on", items: [["Abrir ficha", "showSidebar"], ["---", ""], ["Más › Ayuda", "showHelp"]] }]);
    expect(fake.ui.sidebars).toEqual([{ title: "Ficha CAP", html: "<h1>Ficha</h1>" }]);
    expect(fake.ui.alerts).toEqual([["¿Borrar?", "Se borrará la visita", "YES_NO"], ["Listo"]]);
    expect(fake.ui.toasts).toEqual([["Guardado", "Ficha CAP", 3]]);
    expect(() => ui.showSidebar(HtmlService.createTemplate("x") as never)).toThrow("Invalid argument: userInterface");
  });

  it("serves project files and simple templates, and fails like Apps Script for a missing file", () => {
    const { fake } = setup({ files: { Page: "<b><?= name ?></b><?!= raw ?>" } });
    const { HtmlService } = fake.globals;
    expect(() => HtmlService.createHtmlOutputFromFile("Nope")).toThrow("No HTML file named Nope was found.");
    const t = HtmlService.createTemplateFromFile("Page") as unknown as Record<string, unknown> & { evaluate(): { getContent(): string } };
    t.name = "<i>";
    t.raw = "<i>";
    expect(t.evaluate().getContent()).toBe("<b>&lt;i&gt;</b><i>");
    expect(() => HtmlService.createTemplate("<? for (;;) {} ?>").evaluate()).toThrow("scriptlets");
  });
});

describe("Session, PropertiesService, Utilities", () => {
  it("reports the session user, time zone and locale", () => {
    const { fake } = setup({ userEmail: "ana@ugel02.gob.pe" });
    const { Session } = fake.globals;
    expect([Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getScriptTimeZone(), Session.getActiveUserLocale()]).toEqual([
      "ana@ugel02.gob.pe",
      "ana@ugel02.gob.pe",
      "America/Lima",
      "es",
    ]);
    expect(fake.globals.SpreadsheetApp.getActive().getSpreadsheetTimeZone()).toBe("America/Lima");
  });

  it("stores properties per store and enforces 9 KB per value", () => {
    const { fake } = setup();
    const { PropertiesService } = fake.globals;
    const user = PropertiesService.getUserProperties();
    user.setProperty("borrador", "{}");
    expect(PropertiesService.getUserProperties().getProperty("borrador")).toBe("{}");
    expect(PropertiesService.getDocumentProperties().getProperty("borrador")).toBeNull();
    expect(() => user.setProperty("big", "x".repeat(9 * 1024 + 1))).toThrow("Argument too large: value");
    user.setProperties({ a: "1", b: "2" }, true);
    expect(user.getProperties()).toEqual({ a: "1", b: "2" });
    user.deleteAllProperties();
    expect(fake.properties.user.size).toBe(0);
  });

  it("formats dates in Lima (UTC-5) and UTC, and makes deterministic UUIDs", () => {
    const { fake } = setup();
    const { Utilities } = fake.globals;
    const d = new Date(Date.UTC(2024, 0, 1, 3, 4, 5));
    expect(Utilities.formatDate(d, "America/Lima", "yyyy-MM-dd HH:mm:ss")).toBe("2023-12-31 22:04:05");
    expect(Utilities.formatDate(d, "UTC", "yyyy-MM-dd'T'HH:mm:ss")).toBe("2024-01-01T03:04:05");
    expect(Utilities.formatDate(d, "GMT", "dd/MM/yy")).toBe("01/01/24");
    expect(Utilities.formatDate(d, "America/Lima", "XXX")).toBe("-05:00");
    const a = Utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Utilities.getUuid()).not.toBe(a);
  });

  it("records Logger and console output", () => {
    const { fake } = setup();
    fake.globals.Logger.log("guardado %s", "ok");
    fake.globals.console.error("falló", { id: 1 });
    expect(fake.logs).toEqual([
      { level: "Logger", message: "guardado ok" },
      { level: "error", message: 'falló {"id":1}' },
    ]);
  });
});

describe("running code in node:vm", () => {
  it("hands the vm realm's Dates and Errors to the code under test and hides internals", () => {
    const context = vm.createContext({});
    const fake = createAppsScript({ realm: { Date: vm.runInContext("Date", context), Error: vm.runInContext("Error", context) } });
    Object.assign(context, fake.globals);
    const result = vm.runInContext(
      `(function () {
        var sheet = SpreadsheetApp.getActive().getActiveSheet();
        sheet.getRange("A1:B1").setValues([["2024-03-05", new Date(Date.UTC(2024, 0, 1))]]);
        var values = sheet.getRange("A1:B1").getValues();
        var error;
        try { sheet.getRange("Nope!A1"); } catch (e) { error = e instanceof Error ? e.message : "foreign error"; }
        return JSON.stringify({ dates: values[0].map(function (v) { return v instanceof Date; }), error: error, json: JSON.stringify(sheet) });
      })()`,
      context,
    ) as string;
    expect(JSON.parse(result)).toEqual({ dates: [true, true], error: "Range not found", json: "{}" });
    expect(fake.spreadsheet.values("Hoja 1", "B1")).toEqual([[new Date(Date.UTC(2024, 0, 1))]]);
  });
});
