// Tests test/support/xlsx/workbook-file.ts: the fake spreadsheet saved to a real .xlsx and loaded back (round trips, Excel features, atomic writes, missing and damaged files).
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createAppsScript } from "./support/apps-script/index";
import type { FakeSpreadsheet } from "./support/apps-script/index";
import { formatA1 } from "./support/apps-script/model/a1";
import { DEFAULT_FORMAT } from "./support/apps-script/model/cell";
import type { Content, WrapStrategyName } from "./support/apps-script/model/cell";
import type { ValidationRule } from "./support/apps-script/model/validation";
import { loadWorkbook, saveWorkbook, WorkbookFileError } from "./support/xlsx/workbook-file";

const tempDir = () => mkdtempSync(join(tmpdir(), "ficha-cap-xlsx-"));
const tempFile = (name = "libro.xlsx") => join(tempDir(), name);

const LONG_TEXT = "Observación larga. ".repeat(264).slice(0, 5000);
const HUGE_TEXT = "x".repeat(40_000); // Sheets holds 50,000 characters per cell; Excel only 32,767
const MIDNIGHT = new Date(Date.UTC(2024, 2, 5));
const WITH_TIME = new Date(Date.UTC(2024, 10, 12, 15, 30, 45, 123));

/** A spreadsheet with every kind of content and feature the add-in uses, built through the counted globals. */
function richSpreadsheet() {
  const fake = createAppsScript();
  const app = fake.globals.SpreadsheetApp;
  const ss = app.getActive();
  const datos = ss.getActiveSheet();
  datos.setName("Datos");
  datos.getRange("A1:F1").setValues([["Ficha CAP", "", "", "", "", ""]]);
  datos.getRange("A1:C1").merge();
  datos
    .getRange("A1:C1")
    .setFontWeight("bold")
    .setFontSize(14)
    .setFontColor("#1F4E79")
    .setBackground("#D9E2F3")
    .setHorizontalAlignment("center")
    .setVerticalAlignment("middle");
  datos.getRange("D1").setFontStyle("italic").setWrap(true).setNote("Encabezado\ncon dos líneas");
  datos.getRange("A2:H2").setValues([["Código", "Número", "Real", "Lógico", "Fecha", "Con hora", "Fórmula", "Texto"]]);
  datos.getRange("A3:A8").setNumberFormat("@");
  datos.getRange("A3:H3").setValues([["012345", 42, 0.1 + 0.2, true, MIDNIGHT, WITH_TIME, "=1+1", "'=1+1"]]);
  datos.getRange("A4:H4").setValues([["'00077", -3.5e-7, 1e21, false, "2024-11-12", 45356, "=SUM(B3:B4)", "''apóstrofo"]]);
  datos.getRange("F4").setNumberFormat("dd/mm/yyyy"); // a number in a date cell reads as a Date
  datos.getRange("A5:H5").setValues([[LONG_TEXT, 0, -1, true, "", "", "", "😀 emoji\ny salto"]]);
  datos.getRange("A6:D6").setValues([["línea 1\r\nlínea 2", "tab\tx", "_x0041_ literal", "control \u0001\u001f fin"]]);
  datos.getRange("A7").setValue(HUGE_TEXT);
  datos.getRange("B3:B8").setNumberFormat("0.00");
  datos.getRange("C3:C8").setNumberFormat('0.0" %"');
  datos.getRange("E3:E8").setNumberFormat("dd/mm/yyyy");
  datos.getRange("H5").setWrapStrategy(app.WrapStrategy.CLIP);
  datos.getRange("B8").setNote("nota en celda vacía");
  datos.getRange("E10").setBorder(true, true, true, true, null, null, "#ff0000", app.BorderStyle.SOLID_MEDIUM);
  datos.getRange("G10").setFontLine("line-through").setFontFamily("Courier New");
  datos.setColumnWidth(1, 150);
  datos.setColumnWidths(2, 2, 80);
  datos.setColumnWidth(8, 333);
  datos.setRowHeight(1, 40);
  datos.setRowHeights(3, 2, 33);
  datos.hideColumns(7);
  datos.hideRows(9);
  datos.setFrozenRows(2);
  datos.getRange("A2:H8").createFilter().sort(2, false);
  datos.setTabColor("#ff9900");

  const list = app.newDataValidation().requireValueInList(["0", "1", "2", "3"]).setHelpText("Elija 0, 1, 2 o 3").build();
  datos.getRange("J3:J8").setDataValidation(list);
  datos.getRange("K3:K8").insertCheckboxes();
  datos.getRange("K4").check();
  const between = app.newDataValidation().requireNumberBetween(0, 20).setAllowInvalid(false).build();
  datos.getRange("L3:L8").setDataValidation(between);
  datos.getRange("M3").setDataValidation(app.newDataValidation().requireTextIsEmail().build());

  const no = app.newConditionalFormatRule().whenTextEqualTo("No").setBackground("#F4CCCC").setRanges([datos.getRange("J3:J8"), datos.getRange("N3:N8")]).build();
  const low = app.newConditionalFormatRule().whenNumberBetween(0, 1).setFontColor("#CC0000").setBold(true).setRanges([datos.getRange("L3:L8")]).build();
  const contains = app.newConditionalFormatRule().whenTextContains('di"ce').setItalic(true).setRanges([datos.getRange("H3:H8")]).build();
  datos.setConditionalFormatRules([no, low, contains]);
  datos.protect().setWarningOnly(true).setDescription("Hoja de datos");
  datos.getRange("A3:A4").protect().setDescription("Códigos");
  const chart = datos
    .newChart()
    .asColumnChart()
    .addRange(datos.getRange("A2:B8"))
    .setPosition(3, 9, 5, 10)
    .setOption("title", "Niveles")
    .setOption("colors", ["#1f77b4", "#ff7f0e"])
    .setNumHeaders(1)
    .build();
  datos.insertChart(chart);

  const resumen = ss.insertSheet("Resumen: 2024/25 [borrador]");
  resumen.getRange("A1:B2").setValues([["Total", "=COUNTA(Datos!A3:A8)"], ["Fecha", MIDNIGHT]]);
  resumen.setHiddenGridlines(true);
  resumen.setFrozenColumns(1);
  const corta = ss.insertSheet("Configuración");
  corta.deleteRows(11, 990);
  corta.deleteColumns(6, 21);
  corta.getRange("A1").setValue("clave");
  const larga = ss.insertSheet("Una hoja con un nombre bastante más largo que treinta y un caracteres");
  larga.insertRowsAfter(1000, 500);
  larga.getRange("A1500").setValue("última fila");
  const oculta = ss.insertSheet("Oculta");
  oculta.getRange("A1").setValue("secreto");
  oculta.hideSheet();
  ss.insertSheet("__fake_meta").getRange("A1").setValue("una hoja del usuario con el nombre reservado");
  ss.setActiveSheet(resumen);
  return fake;
}

/** Everything the model holds, through its uncounted helpers, for whole-spreadsheet comparisons. */
function snapshot(book: FakeSpreadsheet) {
  return {
    names: book.sheetNames(),
    active: book.activeSheetName(),
    sheets: book.sheetNames().map((name) => {
      const s = book.sheet(name);
      // Stored cells that hold something (a cell the model keeps but that reads as blank is no difference).
      const blank = { kind: "value", value: "", numberFormat: DEFAULT_FORMAT.numberFormat, format: { ...DEFAULT_FORMAT, borders: {} }, note: "", validation: null, merge: null };
      const coords = new Set<string>();
      s.grid.forEach((_c, row, col) => {
        const a1 = formatA1({ row, col, numRows: 1, numCols: 1 });
        if (!isDeepStrictEqual(book.cell(name, a1), blank)) coords.add(a1);
      });
      return {
        name,
        id: s.id,
        hidden: s.hidden,
        maxRows: s.maxRows,
        maxCols: s.maxCols,
        frozen: [s.frozenRows, s.frozenCols],
        columnWidths: [...s.columnWidths].sort((a, b) => a[0] - b[0]),
        rowHeights: [...s.rowHeights].sort((a, b) => a[0] - b[0]),
        hiddenColumns: [...s.hiddenColumns].sort(),
        hiddenRows: [...s.hiddenRows].sort(),
        tabColor: s.tabColor,
        gridlinesHidden: s.gridlinesHidden,
        merges: book.merges(name),
        filter: book.filter(name),
        conditionalFormats: book.conditionalFormats(name),
        protections: book.protections(name),
        charts: book.charts(name),
        cells: Object.fromEntries([...coords].sort().map((a1) => [a1, book.cell(name, a1)])),
      };
    }),
  };
}

async function roundTrip(book: FakeSpreadsheet): Promise<{ loaded: FakeSpreadsheet; file: string }> {
  const file = tempFile();
  await saveWorkbook(book, file);
  const loaded = createAppsScript().spreadsheet;
  await loadWorkbook(loaded, file);
  return { loaded, file };
}

describe("save → load round trip", () => {
  let original: FakeSpreadsheet;
  let loaded: FakeSpreadsheet;
  let file: string;
  beforeAll(async () => {
    original = richSpreadsheet().spreadsheet;
    ({ loaded, file } = await roundTrip(original));
  });

  it("keeps sheet names (also ones Excel refuses), order, ids, the hidden sheet and the active sheet", () => {
    expect(loaded.sheetNames()).toEqual([
      "Datos",
      "Resumen: 2024/25 [borrador]",
      "Configuración",
      "Una hoja con un nombre bastante más largo que treinta y un caracteres",
      "Oculta",
      "__fake_meta",
    ]);
    expect(loaded.sheetNames().map((n) => loaded.sheet(n).id)).toEqual(original.sheetNames().map((n) => original.sheet(n).id));
    expect(loaded.sheetNames().map((n) => loaded.sheet(n).hidden)).toEqual([false, false, false, false, true, false]);
    expect(loaded.activeSheetName()).toBe("Resumen: 2024/25 [borrador]");
  });

  it("keeps each sheet's dimensions: a trimmed sheet stays trimmed, an enlarged one enlarged", () => {
    expect([loaded.sheet("Configuración").maxRows, loaded.sheet("Configuración").maxCols]).toEqual([10, 5]);
    expect([loaded.sheet("Datos").maxRows, loaded.sheet("Datos").maxCols]).toEqual([1000, 26]);
    const larga = "Una hoja con un nombre bastante más largo que treinta y un caracteres";
    expect([loaded.sheet(larga).maxRows, loaded.sheet(larga).maxCols]).toEqual([1500, 26]);
  });

  it("keeps values with their types: numbers, booleans, text that looks like numbers or formulas, dates", () => {
    expect(loaded.values("Datos", "A3:H4")).toEqual([
      ["012345", 42, 0.1 + 0.2, true, MIDNIGHT, WITH_TIME, "#ERROR!", "=1+1"],
      ["00077", -3.5e-7, 1e21, false, new Date(Date.UTC(2024, 10, 12)), new Date(Date.UTC(2024, 2, 5)), "#ERROR!", "'apóstrofo"],
    ]);
    expect(loaded.cell("Datos", "H3")).toMatchObject({ kind: "value", value: "=1+1" });
    expect(loaded.cell("Datos", "F4")).toMatchObject({ kind: "value", value: 45356, numberFormat: "dd/mm/yyyy" });
    expect(loaded.cell("Datos", "E3")).toMatchObject({ kind: "value", value: MIDNIGHT, numberFormat: "dd/mm/yyyy" });
    expect(loaded.cell("Datos", "F3")).toMatchObject({ kind: "value", value: WITH_TIME, numberFormat: "0.###############" });
    expect(loaded.values("Datos", "A5:H5")).toEqual([[LONG_TEXT, 0, -1, true, "", "", "", "😀 emoji\ny salto"]]);
    expect(loaded.values("Datos", "A6:D6")).toEqual([["línea 1\r\nlínea 2", "tab\tx", "_x0041_ literal", "control \u0001\u001f fin"]]);
    expect(loaded.values("Datos", "A7")).toEqual([[HUGE_TEXT]]);
    expect(loaded.values("Resumen: 2024/25 [borrador]")).toEqual([["Total", "#ERROR!"], ["Fecha", MIDNIGHT]]);
  });

  it("keeps formulas as formulas", () => {
    expect(loaded.formulas("Datos", "G3:H4")).toEqual([["=1+1", ""], ["=SUM(B3:B4)", ""]]);
    expect(loaded.cell("Resumen: 2024/25 [borrador]", "B1")).toMatchObject({ kind: "formula", formula: "=COUNTA(Datos!A3:A8)" });
  });

  it("keeps number formats, fonts, colours, alignment, wrapping and borders", () => {
    expect(["A3", "B3", "C3", "E3"].map((a1) => loaded.cell("Datos", a1).numberFormat)).toEqual(["@", "0.00", '0.0" %"', "dd/mm/yyyy"]);
    expect(loaded.cell("Datos", "A1").format).toMatchObject({
      fontWeight: "bold",
      fontSize: 14,
      fontColor: "#1f4e79",
      background: "#d9e2f3",
      horizontalAlignment: "center",
      verticalAlignment: "middle",
    });
    expect(loaded.cell("Datos", "D1").format).toMatchObject({ fontStyle: "italic", wrapStrategy: "WRAP" });
    expect(loaded.cell("Datos", "H5").format.wrapStrategy).toBe("CLIP");
    expect(loaded.cell("Datos", "E10").format.borders).toEqual(original.cell("Datos", "E10").format.borders);
    expect(loaded.cell("Datos", "G10").format).toMatchObject({ fontLine: "line-through", fontFamily: "Courier New" });
  });

  it("keeps notes (on empty cells too) and merges", () => {
    expect(loaded.cell("Datos", "D1").note).toBe("Encabezado\ncon dos líneas");
    expect(loaded.cell("Datos", "B8").note).toBe("nota en celda vacía");
    expect(loaded.merges("Datos")).toEqual(["A1:C1"]);
    expect(loaded.cell("Datos", "B1").merge).toBe("A1:C1");
  });

  it("keeps column widths and row heights in pixels, hidden rows and columns, frozen panes, tab colour and gridlines", () => {
    const s = loaded.sheet("Datos");
    expect([...s.columnWidths].sort((a, b) => a[0] - b[0])).toEqual([[1, 150], [2, 80], [3, 80], [8, 333]]);
    expect([...s.rowHeights].sort((a, b) => a[0] - b[0])).toEqual([[1, 40], [3, 33], [4, 33]]);
    expect([[...s.hiddenColumns], [...s.hiddenRows]]).toEqual([[7], [9]]);
    expect([s.frozenRows, s.frozenCols, s.tabColor]).toEqual([2, 0, "#ff9900"]);
    expect(loaded.sheet("Resumen: 2024/25 [borrador]")).toMatchObject({ gridlinesHidden: true, frozenRows: 0, frozenCols: 1 });
  });

  it("keeps the filter range and its sorts", () => {
    expect(loaded.filter("Datos")).toEqual({ range: "A2:H8", sorts: [{ column: 2, ascending: false }] });
  });

  it("keeps data validations: list, checkbox, number between with allowInvalid, and kinds Excel lacks", () => {
    expect(loaded.validation("Datos", "J5")).toEqual({ criteria: "VALUE_IN_LIST", values: [["0", "1", "2", "3"], true], allowInvalid: true, helpText: "Elija 0, 1, 2 o 3" });
    expect(loaded.validation("Datos", "K8")).toEqual({ criteria: "CHECKBOX", values: [], allowInvalid: true, helpText: "" });
    expect(loaded.values("Datos", "K3:K5")).toEqual([[false], [true], [false]]);
    expect(loaded.validation("Datos", "L3")).toEqual({ criteria: "NUMBER_BETWEEN", values: [0, 20], allowInvalid: false, helpText: "" });
    expect(loaded.validation("Datos", "M3")?.criteria).toBe("TEXT_IS_VALID_EMAIL");
    expect(loaded.validation("Datos", "J9")).toBeNull();
    expect(() => loaded.userEdit("Datos", "L4", "25")).toThrow();
  });

  it("keeps conditional formatting rules, protections and charts", () => {
    expect(loaded.conditionalFormats("Datos")).toEqual([
      { ranges: ["Datos!J3:J8", "Datos!N3:N8"], condition: 'TEXT_EQUAL_TO("No")', format: "background #f4cccc" },
      { ranges: ["Datos!L3:L8"], condition: "NUMBER_BETWEEN(0, 1)", format: "fontColor #cc0000, bold" },
      { ranges: ["Datos!H3:H8"], condition: 'TEXT_CONTAINS("di\\"ce")', format: "italic" },
    ]);
    expect(loaded.protections("Datos")).toEqual([
      { type: "SHEET", range: null, description: "Hoja de datos", warningOnly: true, editors: ["especialista@ugel02.gob.pe"], unprotected: [] },
      { type: "RANGE", range: "A3:A4", description: "Códigos", warningOnly: false, editors: ["especialista@ugel02.gob.pe"], unprotected: [] },
    ]);
    expect(loaded.charts("Datos")).toEqual(original.charts("Datos"));
    expect(loaded.charts("Datos")[0]).toMatchObject({ type: "COLUMN", ranges: ["Datos!A2:B8"], options: { title: "Niveles" }, position: { anchorRow: 3, anchorCol: 9, offsetX: 5, offsetY: 10 } });
  });

  it("gives back exactly the model that was saved", () => {
    expect(snapshot(loaded)).toEqual(snapshot(original));
  });

  it("gives back the same model again when the loaded model is saved and loaded", async () => {
    const again = await roundTrip(loaded);
    expect(snapshot(again.loaded)).toEqual(snapshot(original));
  });

  it("keeps working after load: new sheets, protections and charts get fresh ids", async () => {
    const fake = createAppsScript();
    await loadWorkbook(fake.spreadsheet, file);
    const ss = fake.globals.SpreadsheetApp.getActive();
    const added = ss.insertSheet("Nueva");
    const ids = ss.getSheets().map((s) => s.getSheetId());
    expect(new Set(ids).size).toBe(ids.length);
    expect(added.getSheetId()).not.toBe(0);
    const datos = ss.getSheetByName("Datos")!;
    datos.insertChart(datos.newChart().asBarChart().addRange(datos.getRange("A1:B2")).build());
    const chartIds = fake.spreadsheet.charts("Datos").map((c) => c.id);
    expect(new Set(chartIds).size).toBe(2);
    datos.getRange("B2").protect();
    expect(datos.getProtections(fake.globals.SpreadsheetApp.ProtectionType.RANGE).length).toBe(2);
  });

  describe("the file, read with plain exceljs", () => {
    let wb: ExcelJS.Workbook;
    let ws: ExcelJS.Worksheet;
    beforeAll(async () => {
      wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      ws = wb.getWorksheet("Datos")!;
    });

    it("holds the sheets in order, the hidden one hidden and the meta sheet very hidden at the end", () => {
      expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
        ["Datos", "visible"],
        ["Resumen_ 2024_25 _borrador_", "visible"],
        ["Configuración", "visible"],
        ["Una hoja con un nombre bastante", "visible"],
        ["Oculta", "hidden"],
        ["__fake_meta (2)", "visible"],
        ["__fake_meta", "veryHidden"],
      ]);
    });

    it("holds typed values: numbers, booleans, text, Excel dates and formulas", () => {
      expect(["A3", "B3", "D3", "H3"].map((a) => ws.getCell(a).value)).toEqual(["012345", 42, true, "=1+1"]);
      expect(ws.getCell("E3").value).toEqual(MIDNIGHT);
      expect(ws.getCell("E3").numFmt).toBe("dd/mm/yyyy");
      expect(ws.getCell("F3").value).toEqual(WITH_TIME);
      expect(ws.getCell("G3").value).toMatchObject({ formula: "1+1" });
      expect(ws.getCell("A7").value).toBe(HUGE_TEXT.slice(0, 32767));
    });

    it("holds formats, notes, merges, widths and heights as Excel features", () => {
      const a1 = ws.getCell("A1");
      expect(a1.font).toMatchObject({ bold: true, size: 14, color: { argb: "FF1F4E79" } });
      expect(a1.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } });
      expect(a1.alignment).toMatchObject({ horizontal: "center", vertical: "middle" });
      expect(ws.getCell("D1").alignment).toMatchObject({ wrapText: true });
      expect(ws.getCell("B3").numFmt).toBe("0.00");
      expect(ws.getCell("D1").note).toBe("Encabezado\ncon dos líneas");
      expect(ws.getCell("B1").isMerged).toBe(true);
      expect(ws.getColumn(1).width).toBeCloseTo(20.71, 2);
      expect(ws.getColumn(7).hidden).toBe(true);
      expect(ws.getRow(1).height).toBe(30);
      expect(ws.getRow(9).hidden).toBe(true);
    });

    it("holds the frozen header, the filter and the tab colour", () => {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2, xSplit: 0 });
      expect(ws.autoFilter).toBe("A2:H8");
      expect(ws.properties.tabColor).toEqual({ argb: "FFFF9900" });
      expect(wb.getWorksheet("Resumen_ 2024_25 _borrador_")!.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 0, showGridLines: false });
    });

    it("holds the data validations (list, checkbox as a TRUE/FALSE list, number between)", () => {
      const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
      expect(dv.J3).toMatchObject({ type: "list", formulae: ['"0,1,2,3"'], showErrorMessage: true, errorStyle: "warning", prompt: "Elija 0, 1, 2 o 3" });
      expect(dv.J8).toEqual(dv.J3);
      expect(dv.K3).toMatchObject({ type: "list", formulae: ['"TRUE,FALSE"'] });
      expect(dv.L5).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 20], showErrorMessage: true, errorStyle: "stop" });
      expect(dv.M3).toBeUndefined();
    });

    it("holds the conditional formatting with its differential fill (bgColor)", () => {
      const cf = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<Record<string, unknown>> }> }).conditionalFormattings;
      expect(cf.map((b) => b.ref)).toEqual(["J3:J8 N3:N8", "L3:L8", "H3:H8"]);
      expect(cf[0]?.rules[0]).toMatchObject({ type: "cellIs", operator: "equal", formulae: ['"No"'], priority: 1 });
      expect(cf[0]?.rules[0]?.style).toMatchObject({ fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFF4CCCC" } } });
      expect(cf[1]?.rules[0]).toMatchObject({ type: "cellIs", operator: "between", formulae: ["0", "1"], priority: 2 });
      expect(cf[1]?.rules[0]?.style).toMatchObject({ font: { bold: true, color: { argb: "FFCC0000" } } });
      expect(cf[2]?.rules[0]).toMatchObject({ type: "expression", formulae: ['NOT(ISERROR(SEARCH("di""ce",H3)))'] });
    });
  });
});

describe("smaller workbooks", () => {
  it("round-trips a new spreadsheet (one empty sheet) and replaces every sheet of the target", async () => {
    const { spreadsheet } = createAppsScript();
    const file = tempFile();
    await saveWorkbook(spreadsheet, file);
    const target = createAppsScript();
    const ss = target.globals.SpreadsheetApp.getActive();
    ss.insertSheet("Sobra").getRange("A1").setValue("x");
    ss.getSheetByName("Hoja 1")!.getRange("B2").setValue("también sobra");
    await loadWorkbook(target.spreadsheet, file);
    expect(snapshot(target.spreadsheet)).toEqual(snapshot(spreadsheet));
    expect(target.spreadsheet.values("Hoja 1")).toEqual([[""]]);
  });

  it("round-trips any cell exactly: text, numbers, booleans, dates, formulas, formats, notes and validations", async () => {
    const special = fc.constantFrom("\r", "\r\n", "\u0000", "\u0007", "\u007f", "\ud800", "\udfff", "\ufffe", "_x0041_", "_x005F_", "_xabcd_", "'", "=", " ", "\t", "😀", ",", '"');
    const text = fc.string({ unit: fc.oneof(special, fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 30 });
    const value = fc.oneof(text, fc.double(), fc.boolean(), fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }));
    const content = fc.oneof(
      value.map((v): Content => ({ kind: "value", value: v })),
      text.map((t): Content => ({ kind: "formula", formula: `=${t}` })),
      text.map((t): Content => ({ kind: "formula", formula: t })),
    );
    const format = fc.record(
      {
        numberFormat: fc.constantFrom("@", "0.00", "dd/mm/yyyy", '0.0" %"', "General", "hh:mm", "0.###############", "[h]:mm"),
        fontWeight: fc.constantFrom("bold", "normal", "BOLD"),
        fontSize: fc.constantFrom(10, 11, 14.5, 0, 500),
        fontColor: fc.constantFrom("#000000", "#ff0000", "red", "#ABCDEF"),
        background: fc.constantFrom("#ffffff", "#d9e2f3", "#FFF"),
        wrapStrategy: fc.constantFrom<WrapStrategyName>("WRAP", "OVERFLOW", "CLIP"),
        horizontalAlignment: fc.constantFrom("general", "left", "center", "normal", "CENTER"),
        verticalAlignment: fc.constantFrom("top", "middle", "bottom", "center"),
        fontFamily: fc.constantFrom("Arial", "Calibri", "A\nB", "x".repeat(40)),
      },
      { requiredKeys: [] },
    );
    const rule = (criteria: string, values: unknown[], allowInvalid = true, helpText = ""): ValidationRule =>
      Object.freeze({ criteria, values: Object.freeze(values), allowInvalid, helpText });
    const validation = fc.oneof(
      fc.constant(null),
      fc.array(text, { minLength: 1, maxLength: 3 }).map((items) => rule("VALUE_IN_LIST", [items, true])),
      fc.tuple(fc.double(), fc.double(), fc.boolean(), text).map(([a, b, allow, help]) => rule("NUMBER_BETWEEN", [a, b], allow, help)),
      fc.constant(rule("CHECKBOX", [])),
      text.map((t) => rule("CUSTOM_FORMULA", [`=${t}`])),
    );
    const cell = fc.record({ content, format: fc.option(format), note: fc.oneof(fc.constant(""), text), validation });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), async (rows) => {
        const { spreadsheet } = createAppsScript();
        const sheet = spreadsheet.sheet("Hoja 1");
        rows.forEach((line, i) => line.forEach((c, j) => Object.assign(sheet.grid.at(i + 1, j + 1), c)));
        const { loaded } = await roundTrip(spreadsheet);
        expect(snapshot(loaded)).toEqual(snapshot(spreadsheet));
      }),
      {
        numRuns: 40,
        // Fixed so that CI is repeatable; FC_SEED=<n> explores others (that is how the example below was found).
        seed: Number(process.env.FC_SEED ?? 20261125),
        // Once found: a number far outside any date, in a date format, came back as a Date.
        examples: [[[[{ content: { kind: "value", value: -90579881.94991979 }, format: { numberFormat: "dd/mm/yyyy" }, note: "", validation: null }]]]],
      },
    );
  });

  it("loads a workbook made elsewhere (no meta sheet) with Sheets' defaults", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Externa");
    ws.getCell("A1").value = "Nombre";
    ws.getCell("B1").value = 12.5;
    ws.getCell("C1").value = MIDNIGHT;
    ws.getCell("D1").value = { formula: "B1*2", result: 25 };
    ws.getCell("A1").font = { bold: true };
    ws.views = [{ state: "frozen", ySplit: 1 }];
    ws.autoFilter = "A1:D5";
    ws.getCell("E2").dataValidation = { type: "list", formulae: ['"Sí,No"'] };
    wb.addWorksheet("Segunda", { state: "hidden" }).getCell("A1").value = true;
    const file = tempFile();
    await wb.xlsx.writeFile(file);
    const { spreadsheet } = createAppsScript();
    await loadWorkbook(spreadsheet, file);
    expect(spreadsheet.sheetNames()).toEqual(["Externa", "Segunda"]);
    expect(spreadsheet.values("Externa", "A1:D1")).toEqual([["Nombre", 12.5, MIDNIGHT, "#ERROR!"]]);
    expect(spreadsheet.formulas("Externa", "D1")).toEqual([["=B1*2"]]);
    expect(spreadsheet.cell("Externa", "A1").format.fontWeight).toBe("bold");
    expect(spreadsheet.sheet("Externa")).toMatchObject({ maxRows: 1000, maxCols: 26, frozenRows: 1 });
    expect(spreadsheet.filter("Externa")).toEqual({ range: "A1:D5", sorts: [] });
    expect(spreadsheet.validation("Externa", "E2")).toMatchObject({ criteria: "VALUE_IN_LIST", values: [["Sí", "No"], true] });
    expect(spreadsheet.sheet("Segunda").hidden).toBe(true);
    expect(spreadsheet.activeSheetName()).toBe("Externa");
  });

  it("prefers what someone changed in the file over the meta sheet's copy, and keeps the rest exact", async () => {
    const fake = createAppsScript();
    const sheet = fake.globals.SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange("A1:B1").setValues([[HUGE_TEXT, HUGE_TEXT]]);
    sheet.getRange("A2").setWrapStrategy(fake.globals.SpreadsheetApp.WrapStrategy.CLIP);
    const file = tempFile();
    await saveWorkbook(fake.spreadsheet, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet("Hoja 1")!.getCell("A1").value = "editado en Excel";
    await wb.xlsx.writeFile(file);
    const { spreadsheet } = createAppsScript();
    await loadWorkbook(spreadsheet, file);
    expect(spreadsheet.values("Hoja 1", "A1:B1")).toEqual([["editado en Excel", HUGE_TEXT]]);
    expect(spreadsheet.cell("Hoja 1", "A2").format.wrapStrategy).toBe("CLIP");
  });
});

describe("workbooks edited in Excel", () => {
  it("keeps a sheet's id, charts and protections when its tab was renamed in Excel", async () => {
    const fake = createAppsScript();
    const ss = fake.globals.SpreadsheetApp.getActive();
    const sheet = ss.insertSheet("Datos: 2024");
    sheet.getRange("A1:B2").setValues([["a", 1], ["b", 2]]);
    sheet.insertChart(sheet.newChart().asPieChart().addRange(sheet.getRange("A1:B2")).build());
    sheet.protect().setWarningOnly(true);
    const file = tempFile();
    await saveWorkbook(fake.spreadsheet, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet("Datos_ 2024")!.name = "Datos 2025";
    await wb.xlsx.writeFile(file);
    const { spreadsheet } = createAppsScript();
    await loadWorkbook(spreadsheet, file);
    expect(spreadsheet.sheetNames()).toEqual(["Hoja 1", "Datos 2025"]);
    expect(spreadsheet.sheet("Datos 2025").id).toBe(fake.spreadsheet.sheet("Datos: 2024").id);
    expect(spreadsheet.charts("Datos 2025")).toMatchObject([{ type: "PIE", ranges: ["'Datos 2025'!A1:B2"] }]);
    expect(spreadsheet.protections("Datos 2025")).toMatchObject([{ type: "SHEET", warningOnly: true }]);
  });

  it("reads a user's sheet that happens to be called __fake_meta as an ordinary sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Inicio").getCell("A1").value = 1;
    wb.addWorksheet("__fake_meta").getCell("A1").value = "mis notas";
    const file = tempFile();
    await wb.xlsx.writeFile(file);
    const { spreadsheet } = createAppsScript();
    await loadWorkbook(spreadsheet, file);
    expect(spreadsheet.sheetNames()).toEqual(["Inicio", "__fake_meta"]);
    expect(spreadsheet.values("__fake_meta")).toEqual([["mis notas"]]);
  });
});

describe("atomic saves", () => {
  it("writes through a temporary file and renames it: nothing else is left, and a save replaces the file", async () => {
    const dir = tempDir();
    const file = join(dir, "libro.xlsx");
    const fake = createAppsScript();
    const sheet = fake.globals.SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange("A1").setValue("primera");
    await saveWorkbook(fake.spreadsheet, file);
    const first = statSync(file);
    sheet.getRange("A1").setValue("segunda");
    await saveWorkbook(fake.spreadsheet, file);
    expect(readdirSync(dir)).toEqual(["libro.xlsx"]);
    expect(statSync(file).ino).not.toBe(first.ino);
    const { spreadsheet } = createAppsScript();
    await loadWorkbook(spreadsheet, file);
    expect(spreadsheet.values("Hoja 1", "A1")).toEqual([["segunda"]]);
  });

  it("takes the content when called and writes overlapping saves in call order (the last one wins)", async () => {
    const dir = tempDir();
    const file = join(dir, "libro.xlsx");
    const fake = createAppsScript();
    const sheet = fake.globals.SpreadsheetApp.getActive().getActiveSheet();
    const saves: Array<Promise<void>> = [];
    for (let i = 1; i <= 5; i++) {
      sheet.getRange("A1").setValue(`versión ${i}`);
      saves.push(saveWorkbook(fake.spreadsheet, file));
    }
    sheet.getRange("A1").setValue("sin guardar");
    await Promise.all(saves);
    expect(readdirSync(dir)).toEqual(["libro.xlsx"]);
    const { spreadsheet } = createAppsScript();
    await loadWorkbook(spreadsheet, file);
    expect(spreadsheet.values("Hoja 1", "A1")).toEqual([["versión 5"]]);
  });

  it("leaves no temporary file when the write fails", async () => {
    const dir = tempDir();
    const file = join(dir, "no-existe", "libro.xlsx");
    await expect(saveWorkbook(createAppsScript().spreadsheet, file)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("missing and damaged files", () => {
  async function expectLoadError(file: string, kind: "missing" | "corrupt") {
    const fake = createAppsScript();
    fake.globals.SpreadsheetApp.getActive().insertSheet("Intacta");
    const before = snapshot(fake.spreadsheet);
    const error = await loadWorkbook(fake.spreadsheet, file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect(error).toMatchObject({ kind, path: file });
    expect(snapshot(fake.spreadsheet)).toEqual(before);
    return error as WorkbookFileError;
  }

  it("reports a missing file", async () => {
    const file = join(tempDir(), "nada.xlsx");
    const error = await expectLoadError(file, "missing");
    expect(error.message).toBe(`No existe el archivo «${file}».`);
  });

  async function expectCorrupt(bytes: Buffer) {
    const file = tempFile();
    writeFileSync(file, bytes);
    const error = await expectLoadError(file, "corrupt");
    expect(error.message).toContain(`El archivo «${file}» no se puede leer como libro de Excel (.xlsx): está dañado o no es un .xlsx`);
    expect(error.message).toContain("No se ha modificado; muévalo o restáurelo desde una copia.");
    expect(readFileSync(file)).toEqual(bytes);
    expect(readdirSync(join(file, ".."))).toEqual(["libro.xlsx"]);
    return error;
  }

  it("refuses random bytes and leaves them untouched", async () => {
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 251;
    await expectCorrupt(random);
  });

  it("refuses a truncated .xlsx and leaves it untouched", async () => {
    const file = tempFile();
    await saveWorkbook(richSpreadsheet().spreadsheet, file);
    const bytes = readFileSync(file);
    await expectCorrupt(bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectCorrupt(bytes.subarray(0, bytes.length - 10));
  });

  it("refuses files that are not workbooks: text, an empty file, an empty zip", async () => {
    await expectCorrupt(Buffer.from("Nombre;Código\nAna;012345\n", "utf8"));
    await expectCorrupt(Buffer.alloc(0));
    await expectCorrupt(Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]));
  });

  it("refuses a workbook whose meta sheet is damaged, naming it", async () => {
    const file = tempFile();
    await saveWorkbook(createAppsScript().spreadsheet, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet("__fake_meta")!.getCell("B2").value = '{"roto":';
    await wb.xlsx.writeFile(file);
    const error = await expectCorrupt(readFileSync(file));
    expect(error.message).toContain("«__fake_meta» está dañada");
  });
});
