// History through the built bundle: who created and changed each visit, the Historial log, and Evolución.
import { describe, expect, it } from "vitest";
import { loadBundle, makeDeterministic, type LoadedBundle } from "./support/bundle";
import { completeVisit, draftVisit, ratingsAll, ratingsPattern } from "./support/records";

type SaveResult = { ok: boolean; id: string; sheetName: string; errors?: { message: string }[] };
const OTHER_SCHOOL = { code: "000777", name: "CETPRO Otro", ugel: "02", rei: "REI 01", director: "", website: "" };

function save(bundle: LoadedBundle, record: unknown): SaveResult {
  const result = bundle.call<SaveResult>("saveVisit", record);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

/** Historial's rows under the header, newest first, without the trailing blank row. */
function historial(bundle: LoadedBundle): unknown[][] {
  return bundle.fake.spreadsheet.values("Historial").slice(1).filter((row) => row.some((cell) => cell !== ""));
}

function entry(row: unknown[]) {
  const [at, user, action, id, sheetName, code, school, count, fields, detail] = row;
  return { at, user, action, id, sheetName, code, school, count, fields, detail };
}

const column = (rows: unknown[][], header: string, headerRow = 0) => rows[headerRow].indexOf(header);

describe.each([
  ["SpreadsheetApp", false],
  ["the Sheets API", true],
])("saving through %s", (_, advancedSheets) => {
  const fresh = () => {
    const bundle = loadBundle({ advancedSheets });
    makeDeterministic(bundle);
    return bundle;
  };

  it("stamps who created the visit and who changed it last, with when, in its sheet and in Consolidado", () => {
    const bundle = fresh();
    const first = save(bundle, completeVisit());
    bundle.fake.signIn("coordinadora@ugel02.gob.pe");
    save(bundle, { ...completeVisit({ observations: "Corregido" }), id: first.id });
    const sheet = bundle.fake.spreadsheet.values(first.sheetName);
    const created = sheet.find((row) => row[0] === "Creada por")!;
    const changed = sheet.find((row) => row[0] === "Última modificación por")!;
    expect(created[1]).toBe("especialista@ugel02.gob.pe");
    expect(changed[1]).toBe("coordinadora@ugel02.gob.pe");
    expect(String(created[3])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const consolidado = bundle.fake.spreadsheet.values("Consolidado");
    expect(consolidado[1][column(consolidado, "Creada por")]).toBe("especialista@ugel02.gob.pe");
    expect(consolidado[1][column(consolidado, "Modificada por")]).toBe("coordinadora@ugel02.gob.pe");
    expect(consolidado[1][column(consolidado, "Creada el")]).toBe(created[3]);
    // A rebuild reads the audit back from the visit sheet.
    bundle.call("rebuildConsolidated");
    expect(bundle.fake.spreadsheet.values("Consolidado")).toEqual(consolidado);
  });

  it("falls back to the specialist's name when Apps Script gives no e-mail", () => {
    const bundle = fresh();
    bundle.fake.signIn("");
    const saved = save(bundle, completeVisit());
    expect(entry(historial(bundle)[0]).user).toBe("Juan Pérez Rojas");
    expect(bundle.fake.spreadsheet.values(saved.sheetName).find((row) => row[0] === "Creada por")![1]).toBe("Juan Pérez Rojas");
  });

  it("logs one Historial row per save, newest first, naming the fields and items changed, old → new", () => {
    const bundle = fresh();
    const first = save(bundle, completeVisit());
    const ratings = { ...ratingsPattern([2, 3, 1, 2]), "4.1.1.1": 0 };
    save(bundle, { ...completeVisit({ visitDate: "2024-10-06", ratings, observations: "=IMPORTXML(\"x\")" }), id: first.id });
    save(bundle, { ...completeVisit({ visitDate: "2024-10-06", ratings, observations: "=IMPORTXML(\"x\")" }), id: first.id });
    const rows = historial(bundle).map(entry);
    expect(rows.map((r) => r.action)).toEqual(["Modificación", "Modificación", "Creación"]);
    expect(rows.every((r) => r.id === first.id && r.user === "especialista@ugel02.gob.pe" && r.code === "012345")).toBe(true);
    expect(rows[2].sheetName).toBe("012345 2024-10-05");
    expect(rows[1].sheetName).toBe("012345 2024-10-06");
    expect(rows[1]).toMatchObject({
      count: 3,
      fields: "Fecha, Ítem 4.1.1.1, Observaciones / sugerencias del especialista",
      detail:
        "Fecha: «05/10/2024» → «06/10/2024»; Ítem 4.1.1.1: 2 → 0; Observaciones / sugerencias del especialista: «Se evidencian actas de reunión.» → «=IMPORTXML(\"x\")»",
    });
    expect(rows[0]).toMatchObject({ count: 0, fields: "Sin cambios", detail: "" });
    // A new visit lists what was filled in (counts left at 0 are not news; a rating of 0 would be).
    expect(rows[2].count).toBeGreaterThan(40);
    expect(String(rows[2].detail)).toContain("Código local: (vacío) → «012345»");
    expect(String(rows[2].detail)).not.toContain("Personal — Personal administrativo");
    expect(String(rows[2].at) >= "2023").toBe(true);
    expect(rows.map((r) => String(r.at))).toEqual(rows.map((r) => String(r.at)).sort().reverse());
  });

  it("never rewrites a Historial row: saves, reviews and rebuilds only add rows above the old ones", () => {
    const bundle = fresh();
    const a = save(bundle, completeVisit());
    save(bundle, completeVisit({ school: OTHER_SCHOOL }));
    const before = historial(bundle);
    save(bundle, { ...completeVisit({ ratings: ratingsAll(3) }), id: a.id });
    save(bundle, draftVisit());
    expect(bundle.call<{ ok: boolean }>("reviewVisit", a.id, "observada", "Falta el acta").ok).toBe(true);
    bundle.call("rebuildConsolidated");
    const after = historial(bundle);
    expect(after).toHaveLength(before.length + 3);
    expect(after.slice(3)).toEqual(before);
    expect(entry(after[0])).toMatchObject({ action: "Revisión", id: a.id, count: 2, detail: "Revisión: (vacío) → «Observada»; Comentario de revisión: (vacío) → «Falta el acta»" });
  });

  it("says «Importación» for visits that importVisits saves, and keeps Historial filterable", () => {
    const bundle = fresh();
    const first = save(bundle, completeVisit());
    const result = bundle.call<{ ok: boolean }>("importVisits", [{ ...completeVisit({ observations: "Importada" }), id: first.id }, completeVisit({ school: OTHER_SCHOOL })]);
    expect(result.ok).toBe(true);
    const rows = historial(bundle).map(entry);
    expect(rows.map((r) => r.action)).toEqual(["Importación", "Importación", "Creación"]);
    expect(rows[1]).toMatchObject({ id: first.id, fields: "Observaciones / sugerencias del especialista" });
    expect(bundle.fake.spreadsheet.filter("Historial")?.range).toBe(`A1:J${bundle.fake.spreadsheet.sheet("Historial").maxRows}`);
  });

  it("keeps Evolución as one row per CETPRO and visit date, with the means and levels of each complete visit", () => {
    const bundle = fresh();
    save(bundle, completeVisit({ visitDate: "2024-05-10", ratings: ratingsAll(0) }));
    const later = save(bundle, completeVisit({ visitDate: "2024-10-05", ratings: ratingsAll(3) }));
    save(bundle, completeVisit({ school: OTHER_SCHOOL, visitDate: "2024-06-01", ratings: ratingsAll(2) }));
    save(bundle, draftVisit({ school: { code: "012345" }, visitDate: "2024-11-12" }));
    // A second complete visit the same day replaces the first in Evolución (the last saved counts).
    save(bundle, completeVisit({ visitDate: "2024-10-05", ratings: ratingsAll(1) }));
    const values = bundle.fake.spreadsheet.values("Evolución");
    const headerRow = values.findIndex((row) => row[0] === "Código local");
    const header = values[headerRow];
    const rows = values.slice(headerRow + 1).filter((row) => row[0] !== "");
    const cell = (row: unknown[], name: string) => row[header.indexOf(name)];
    expect(rows.map((row) => [row[0], cell(row, "Visita N°"), cell(row, "General media"), cell(row, "General nivel")])).toEqual([
      ["000777", 1, 2, "En proceso"],
      ["012345", 1, 0, "No realizado"],
      ["012345", 2, 1, "En inicio"],
    ]);
    expect(header).toEqual(expect.arrayContaining(["Fecha de visita", "4.1.1 media", "4.1.1 nivel", "4.2 media"]));
    // The counts table above it: each CETPRO once, at the level of its latest complete visit.
    const general = values.find((row) => row[0] === "Resultado general")!;
    expect(general.slice(1, 6)).toEqual([0, 1, 1, 0, 2]);
    // Saves keep it as a rebuild makes it, and a rebuild makes it again from the visit sheets alone.
    bundle.call("rebuildConsolidated");
    expect(bundle.fake.spreadsheet.values("Evolución")).toEqual(values);
    // An update that moves a visit to another date moves its row.
    save(bundle, { ...completeVisit({ visitDate: "2024-12-01", ratings: ratingsAll(3) }), id: later.id });
    const moved = bundle.fake.spreadsheet.values("Evolución").slice(headerRow + 1).filter((row) => row[0] === "012345");
    expect(moved.map((row) => row[header.indexOf("General media")])).toEqual([0, 1, 3]);
  });

  it("draws Evolución's chart from its level counts", () => {
    const bundle = fresh();
    save(bundle, completeVisit());
    const charts = bundle.fake.spreadsheet.charts("Evolución");
    expect(charts).toHaveLength(1);
    const values = bundle.fake.spreadsheet.values("Evolución");
    const countsHeader = values.findIndex((row) => row[0] === "Dimensión / sección");
    expect(charts[0].ranges).toEqual([`'Evolución'!A${countsHeader + 1}:E${countsHeader + 11}`]);
  });

  it("gives a spreadsheet made before Evolución and Historial both sheets at its next save", () => {
    const bundle = fresh();
    save(bundle, completeVisit());
    bundle.fake.spreadsheet.removeSheet("Evolución");
    bundle.fake.spreadsheet.removeSheet("Historial");
    save(bundle, draftVisit());
    expect(historial(bundle).map((row) => entry(row).action)).toEqual(["Creación"]);
    expect(bundle.fake.spreadsheet.values("Evolución").flat()).toContain("012345");
  });

  it("updates the right sheet when another visit's sheet took its name by hand", () => {
    const bundle = fresh();
    const x = save(bundle, completeVisit());
    const y = save(bundle, completeVisit({ school: OTHER_SCHOOL }));
    const book = bundle.fake.spreadsheet;
    const yBefore = book.values(y.sheetName);
    book.renameSheet(book.sheet(x.sheetName), "apartada");
    book.renameSheet(book.sheet(y.sheetName), x.sheetName);
    const updated = save(bundle, { ...completeVisit({ observations: "Corregida" }), id: x.id });
    // Y's sheet (now under X's old name) is untouched; X is written in its own sheet, under a free name.
    expect(book.values(x.sheetName)).toEqual(yBefore);
    expect(updated.sheetName).not.toBe(x.sheetName);
    expect(book.values(updated.sheetName).flat()).toContain("Corregida");
    expect(entry(historial(bundle)[0])).toMatchObject({ action: "Modificación", count: 1, fields: "Observaciones / sugerencias del especialista" });
    expect(bundle.call<{ visits: number; invalid: unknown[] }>("rebuildConsolidated")).toMatchObject({ visits: 2, invalid: [] });
  });

  it("stops with a clear message on a spreadsheet made by an earlier build (a narrower Consolidado)", () => {
    const bundle = fresh();
    save(bundle, completeVisit());
    bundle.fake.globals.SpreadsheetApp.getActive().getSheetByName("Consolidado")!.deleteColumns(83, 4);
    const before = bundle.fake.spreadsheet.sheetNames().map((name) => bundle.fake.spreadsheet.values(name));
    const result = bundle.call<SaveResult>("saveVisit", draftVisit());
    expect(result.ok).toBe(false);
    expect(result.errors?.[0].message).toMatch(/«Consolidado» tiene 82 columnas y esta versión usa 86/);
    bundle.call("menuRebuildConsolidated");
    expect(String(bundle.fake.ui.alerts.at(-1)?.[1])).toMatch(/una versión de prueba anterior/);
    expect(bundle.fake.spreadsheet.sheetNames().map((name) => bundle.fake.spreadsheet.values(name))).toEqual(before);
  });

  it("makes Resumen and Evolución again at the next save when someone deleted them", () => {
    const bundle = fresh();
    save(bundle, completeVisit());
    const expected = ["Resumen", "Evolución"].map((name) => bundle.fake.spreadsheet.values(name));
    bundle.fake.spreadsheet.removeSheet("Resumen");
    bundle.fake.spreadsheet.removeSheet("Evolución");
    save(bundle, draftVisit());
    expect(["Resumen", "Evolución"].map((name) => bundle.fake.spreadsheet.values(name))).toEqual(expected);
    expect(bundle.fake.spreadsheet.charts("Evolución")).toHaveLength(1);
  });
});
