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
    const width = book.sheet("Consolidado").maxCols;
    expect(book.values("Consolidado", "A1:A1")[0][0]).toBe("Id de visita");
    expect(filter?.range).toMatch(new RegExp(`^A1:${String.fromCharCode(64 + Math.floor((width - 1) / 26))}${String.fromCharCode(65 + ((width - 1) % 26))}`));
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

describe("guarding the sheets", () => {
  it("protects Plantilla, CETPRO, Consolidado and Resumen with a warning, not a lock-out", () => {
    const bundle = setUp();
    for (const name of ["Plantilla", "CETPRO", "Consolidado", "Resumen"]) {
      const protections = bundle.fake.spreadsheet.protections(name);
      expect(protections).toHaveLength(1);
      expect(protections[0]).toMatchObject({ type: "SHEET", warningOnly: true });
      expect(protections[0].description).toMatch(/Ficha CAP/);
    }
  });

  it("validateActiveSheet finds every hand edit that breaks a rule, marks those cells and lists them", () => {
    const bundle = setUp();
    const book = bundle.fake.spreadsheet;
    const visit = bundle.call<{ sheetName: string }>("saveVisit", {
      instrument: "cap-etp-2024",
      status: "complete",
      visitDate: "2024-10-05",
      school: { code: "012345", name: "CETPRO A" },
      specialist: "Ana",
      ratings: Object.fromEntries(
        book.values("Plantilla").filter((row) => /^4\.\d\.\d\.\d+$/.test(String(row[0]))).map((row) => [String(row[0]), 2]),
      ),
    });
    const sheet = visit.sheetName;
    const rowOf = (label: string) => book.values(sheet).findIndex((row) => row[0] === label || row[1] === label) + 1;
    // What a person can type by hand that the cell's own validation does not stop.
    book.userEdit(sheet, "B7", "'12345");
    book.userEdit(sheet, "D7", "'31/02/2024");
    book.userEdit(sheet, `B${rowOf("Plataforma web (si tiene)")}`, "ftp://cetpro");
    const basico = rowOf("Ciclo Básico");
    book.userEdit(sheet, `C${basico}`, 5);
    book.userEdit(sheet, `D${basico}`, 9);
    book.userEdit(sheet, `C${rowOf("4.2.1.3")}`, "");
    book.select(sheet, "A1");
    const errors = bundle.call<{ path: string; message: string }[]>("validateActiveSheet");
    expect(errors.map((e) => e.path).sort()).toEqual(["enrolment.basico.attending", "ratings.4.2.1.3", "school.code", "school.website", "visitDate"]);
    for (const e of errors) expect(e.message).toMatch(/^(Código local|Fecha|Plataforma institucional del CETPRO \(dirección web\)|Metas de atención — Ciclo Básico, asistentes|Ítem 4\.2\.1\.3): /);
    for (const a1 of ["B7", "D7", `D${basico}`, `C${rowOf("4.2.1.3")}`]) {
      expect(book.cell(sheet, a1).note).not.toBe("");
      expect(book.cell(sheet, a1).format.background).toBe("#f4a7a3");
    }
    // Put right, the marks go away.
    book.userEdit(sheet, "B7", "'012345");
    book.userEdit(sheet, "D7", "'05/10/2024");
    book.userEdit(sheet, `B${rowOf("Plataforma web (si tiene)")}`, "");
    book.userEdit(sheet, `D${basico}`, 5);
    book.userEdit(sheet, `C${rowOf("4.2.1.3")}`, 3);
    expect(bundle.call("validateActiveSheet")).toEqual([]);
    expect(book.cell(sheet, "B7").note).toBe("");
    expect(book.cell(sheet, "B7").format.background).not.toBe("#f4a7a3");
  });
});
