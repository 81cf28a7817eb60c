// The sheets the add-in makes, as a coordinator and a director find them: sizes, validation, filter, colours.
import { describe, expect, it } from "vitest";
import { loadBundle } from "./support/bundle";
import { completeVisit } from "./support/records";

function setUp() {
  const bundle = loadBundle();
  bundle.call("showSidebar");
  return bundle;
}

describe("Plantilla", () => {
  it("is trimmed, protected, and its rating cells reject anything but 0–3 typed by a person", () => {
    const bundle = setUp();
    const book = bundle.fake.spreadsheet;
    const sheet = book.sheet("Plantilla");
    expect(sheet.maxRows * sheet.maxCols).toBeLessThanOrEqual(1500);
    expect(book.protections("Plantilla")).toHaveLength(1);
    const cell = "C" + (book.values("Plantilla").findIndex((row) => row[0] === "4.1.1.1") + 1);
    expect(book.validation("Plantilla", cell)).not.toBeNull();
    const visit = bundle.call<{ sheetName: string }>("saveVisit", completeVisit());
    expect(() => book.userEdit(visit.sheetName, cell, 4)).toThrow(/validación/);
    expect(() => book.userEdit(visit.sheetName, cell, "2,5")).toThrow(/validación/);
    book.userEdit(visit.sheetName, cell, 3);
    expect(book.values(visit.sheetName, cell)[0][0]).toBe(3);
  });

  it("gives every visit sheet the template's size, merges and validations", () => {
    const bundle = setUp();
    const book = bundle.fake.spreadsheet;
    const visit = bundle.call<{ sheetName: string }>("saveVisit", completeVisit());
    const template = book.sheet("Plantilla");
    const copy = book.sheet(visit.sheetName);
    expect([copy.maxRows, copy.maxCols]).toEqual([template.maxRows, template.maxCols]);
    expect(book.merges(visit.sheetName)).toEqual(book.merges("Plantilla"));
    expect(copy.hidden).toBe(false);
  });
});

describe("Consolidado and Resumen", () => {
  it("Consolidado has its header frozen, a filter over every column, and level colours", () => {
    const bundle = setUp();
    const book = bundle.fake.spreadsheet;
    expect(book.sheet("Consolidado").frozenRows).toBe(1);
    const filter = book.filter("Consolidado");
    expect(filter?.range).toMatch(/^A1:CA/);
    const rules = book.conditionalFormats("Consolidado");
    expect(rules.map((r) => r.condition).join(" ")).toMatch(/Logrado/);
    expect(rules).toHaveLength(4);
  });

  it("Resumen colours each level and charts the distribution", () => {
    const bundle = setUp();
    const book = bundle.fake.spreadsheet;
    const rules = book.conditionalFormats("Resumen");
    expect(rules.map((r) => r.condition).join(" ")).toMatch(/No realizado.*En inicio.*En proceso.*Logrado/s);
    expect(new Set(rules.map((r) => r.format)).size).toBe(4);
    expect(book.charts("Resumen")).toHaveLength(1);
  });
});
