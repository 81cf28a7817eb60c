// The built bundle in node:vm on the in-memory spreadsheet, driven through the functions it exposes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSpreadsheetCall } from "./support/apps-script";
import { builtCode, loadBundle, validateVisit } from "./support/bundle";
import { SAVE_CALLS } from "./support/budgets";
import { completeVisit, draftVisit, ratingsAll, ratingsPattern, validRecord } from "./support/records";

type Audit = { createdBy: string; createdAt: string; changedBy: string; changedAt: string };
type SaveOk = { ok: true; id: string; sheetName: string; warnings: { path: string; message: string }[]; audit: Audit };
type SaveFail = { ok: false; errors: { path: string; message: string }[] };
type SaveResult = SaveOk | SaveFail;

const today = "2026-11-25";
function normalised(input: Record<string, unknown>, id: string) {
  const result = validateVisit({ ...input, id }, { today });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.record;
}

function saveOk(bundle: ReturnType<typeof loadBundle>, record: unknown): SaveOk {
  const result = bundle.call<SaveResult>("saveVisit", record);
  if (!result.ok) throw new Error(`save failed: ${JSON.stringify(result.errors)}`);
  return result;
}

/** Everything a user could see in the spreadsheet: every sheet's values and formulas. */
function snapshot(bundle: ReturnType<typeof loadBundle>) {
  const book = bundle.fake.spreadsheet;
  return book.sheetNames().map((name) => ({ name, values: book.values(name), formulas: book.formulas(name) }));
}

function consolidadoRows(bundle: ReturnType<typeof loadBundle>) {
  return bundle.fake.spreadsheet.values("Consolidado").slice(1).filter((row) => row[0] !== "");
}

describe("the built file", () => {
  it("is a plain script with the exposed functions as top-level declarations", () => {
    const code = builtCode();
    expect(code).not.toMatch(/^\s*(export|import)\s/m);
    expect(() => new Function(code)).not.toThrow();
    for (const name of ["onOpen", "onInstall", "showSidebar", "saveVisit", "getVisit", "listVisits", "rebuildConsolidated", "validateActiveSheet"]) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, "m"));
    }
  });

  it("runs with no require, module or process", () => {
    const bundle = loadBundle();
    expect(bundle.context.require).toBeUndefined();
    expect(bundle.context.process).toBeUndefined();
    expect(typeof bundle.context.saveVisit).toBe("function");
  });
});

describe("menu and sidebar", () => {
  it("onOpen and onInstall add the Ficha CAP menu", () => {
    const bundle = loadBundle();
    bundle.call("onInstall", { authMode: "FULL" });
    const menu = bundle.fake.ui.menus.at(-1)!;
    const items = menu.items.filter(([caption]) => caption !== "---");
    expect(items.map(([, fn]) => fn)).toEqual(["showSidebar", "menuValidateActiveSheet", "showPrintDialog", "menuSchoolReport", "menuReviewVisit", "menuRebuildConsolidated", "showHelp"]);
    expect(items.map(([caption]) => caption)).toContain("Abrir la ficha");
    for (const [, fn] of items) expect(typeof bundle.context[fn]).toBe("function");
  });

  it("showSidebar opens «Ficha CAP» and sets up the sheets", () => {
    const bundle = loadBundle();
    bundle.call("showSidebar");
    expect(bundle.fake.ui.sidebars.at(-1)?.title).toBe("Ficha CAP");
    expect(bundle.fake.spreadsheet.sheetNames()).toEqual(expect.arrayContaining(["Plantilla", "CETPRO", "Consolidado", "Resumen"]));
  });
});

describe("printing from Sheets", () => {
  it("offers the active visit sheet as an A4 portrait PDF fitted to the page width", () => {
    const bundle = loadBundle();
    const saved = saveOk(bundle, completeVisit());
    bundle.fake.spreadsheet.select(saved.sheetName, "A1");
    bundle.call("showPrintDialog");
    const dialog = bundle.fake.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe("Imprimir la ficha");
    const sheetId = bundle.fake.spreadsheet.sheet(saved.sheetName).id;
    expect(dialog.html).toContain(`/export?format=pdf&amp;gid=${sheetId}&amp;size=A4&amp;portrait=true&amp;fitw=true`);
    expect(dialog.html).toContain("«012345 2024-10-05»");
  });

  it("asks for a visit sheet when another sheet is active", () => {
    const bundle = loadBundle();
    bundle.call("showSidebar");
    bundle.fake.spreadsheet.select("Resumen", "A1");
    bundle.call("showPrintDialog");
    expect(bundle.fake.ui.dialogs).toHaveLength(0);
    expect(JSON.stringify(bundle.fake.ui.alerts.at(-1))).toMatch(/Abra primero la hoja de la visita/);
  });
});

describe("saveVisit", () => {
  it("saves a complete visit: its sheet, its CETPRO row, its Consolidado row and Resumen", () => {
    const bundle = loadBundle();
    const result = saveOk(bundle, completeVisit());
    expect(result.sheetName).toBe("012345 2024-10-05");
    expect(result.id).toMatch(/^v-/);
    const book = bundle.fake.spreadsheet;
    expect(book.values(result.sheetName, "B7")[0][0]).toBe("012345");
    expect(book.values(result.sheetName, "D7")[0][0]).toBe("05/10/2024");
    expect(book.values("CETPRO", "A2:E2")[0]).toEqual(["012345", "CETPRO Santa Rosa", "02", "REI 05", "María Quispe Huamán"]);
    const rows = consolidadoRows(bundle);
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(0, 2)).toEqual([result.id, "Completa"]);
    expect(rows[0][3]).toBe("012345");
    const resumen = book.values("Resumen");
    expect(resumen.flat()).toContain("CETPRO Santa Rosa");
    expect(bundle.call("getVisit", result.id)).toEqual(normalised(completeVisit(), result.id));
  });

  it("saves a draft with only código local and fecha", () => {
    const bundle = loadBundle();
    const result = saveOk(bundle, draftVisit());
    expect(bundle.call("getVisit", result.id)).toEqual(normalised(draftVisit(), result.id));
    expect(consolidadoRows(bundle)[0][1]).toBe("Borrador");
    expect(bundle.fake.spreadsheet.values("Resumen").flat()).not.toContain("004321");
  });

  it("updates in place when saved again with the same id: no second sheet, no second row", () => {
    const bundle = loadBundle();
    const first = saveOk(bundle, draftVisit());
    const sheets = bundle.fake.spreadsheet.sheetNames().length;
    const second = saveOk(bundle, { ...completeVisit({ school: { ...(completeVisit().school as object), code: "004321" }, visitDate: "2024-11-12" }), id: first.id });
    expect(second.id).toBe(first.id);
    expect(second.sheetName).toBe(first.sheetName);
    expect(bundle.fake.spreadsheet.sheetNames()).toHaveLength(sheets);
    expect(consolidadoRows(bundle)).toHaveLength(1);
    expect(consolidadoRows(bundle)[0][1]).toBe("Completa");
  });

  it("renames the sheet when the date is corrected", () => {
    const bundle = loadBundle();
    const first = saveOk(bundle, completeVisit());
    const second = saveOk(bundle, { ...completeVisit({ visitDate: "2024-10-06" }), id: first.id });
    expect(second.sheetName).toBe("012345 2024-10-06");
    expect(bundle.fake.spreadsheet.sheetNames()).not.toContain(first.sheetName);
    const [entry] = bundle.call<{ audit: { createdAt: string; changedAt: string } }[]>("listVisits");
    expect(entry).toEqual({
      id: first.id,
      sheetName: "012345 2024-10-06",
      schoolCode: "012345",
      schoolName: "CETPRO Santa Rosa",
      visitDate: "2024-10-06",
      status: "complete",
      specialist: "Juan Pérez Rojas",
      rei: "REI 05",
      review: { status: "", comment: "", date: "" },
      audit: { createdBy: "especialista@ugel02.gob.pe", createdAt: first.audit.createdAt, changedBy: "especialista@ugel02.gob.pe", changedAt: second.audit.changedAt },
    });
    expect(entry.audit.createdAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it("gives two visits of the same CETPRO on the same day two sheets", () => {
    const bundle = loadBundle();
    const a = saveOk(bundle, completeVisit());
    const b = saveOk(bundle, completeVisit());
    expect(a.id).not.toBe(b.id);
    expect(b.sheetName).toBe("012345 2024-10-05 (2)");
  });

  it("rejects an unknown id without writing", () => {
    const bundle = loadBundle();
    saveOk(bundle, draftVisit());
    const before = snapshot(bundle);
    const result = bundle.call<SaveResult>("saveVisit", { ...draftVisit(), id: "v-no-existe" });
    expect(result.ok).toBe(false);
    expect(snapshot(bundle)).toEqual(before);
  });
});

describe("bad input gets a Spanish message naming the field, and nothing is written", () => {
  const school = completeVisit().school as Record<string, unknown>;
  const ratings = completeVisit().ratings as Record<string, unknown>;
  const missing = { ...ratings };
  delete missing["4.1.3.2"];
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ["rating 4", completeVisit({ ratings: { ...ratings, "4.1.1.1": 4 } }), "ratings.4.1.1.1", /^Ítem 4\.1\.1\.1: /],
    ["rating 2.5", completeVisit({ ratings: { ...ratings, "4.1.1.1": 2.5 } }), "ratings.4.1.1.1", /2\.5/],
    ["rating \"3\"", completeVisit({ ratings: { ...ratings, "4.1.1.1": "3" } }), "ratings.4.1.1.1", /texto/],
    ["rating -1", completeVisit({ ratings: { ...ratings, "4.1.1.1": -1 } }), "ratings.4.1.1.1", /-1/],
    ["a missing item", completeVisit({ ratings: missing }), "ratings.4.1.3.2", /falta la valoración/],
    ["code 12345", completeVisit({ school: { ...school, code: "12345" } }), "school.code", /^Código local: /],
    ["code 1234567", completeVisit({ school: { ...school, code: "1234567" } }), "school.code", /6 dígitos/],
    ["code 01234a", completeVisit({ school: { ...school, code: "01234a" } }), "school.code", /6 dígitos/],
    ["a future date", completeVisit({ visitDate: "2099-01-01" }), "visitDate", /^Fecha: no puede ser posterior a hoy/],
    ["attending > enrolled", completeVisit({ enrolment: { basico: { enrolled: 3, attending: 4 } } }), "enrolment.basico.attending", /asistentes/],
    ["website javascript:", completeVisit({ school: { ...school, website: "javascript:alert(1)" } }), "school.website", /^Plataforma institucional/],
  ];
  it.each(cases)("%s", (_name, input, path, message) => {
    const bundle = loadBundle();
    saveOk(bundle, draftVisit());
    const before = snapshot(bundle);
    bundle.fake.calls.reset();
    const result = bundle.call<SaveResult>("saveVisit", input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((e) => e.path === path);
    expect(error?.message).toMatch(message);
    expect(bundle.fake.calls.total(isSpreadsheetCall)).toBe(0);
    expect(snapshot(bundle)).toEqual(before);
  });

  it("keeps código local 012345 with its zero everywhere", () => {
    const bundle = loadBundle();
    const result = saveOk(bundle, completeVisit());
    const book = bundle.fake.spreadsheet;
    expect(book.cell(result.sheetName, "B7")).toMatchObject({ kind: "value", value: "012345" });
    expect(consolidadoRows(bundle)[0][3]).toBe("012345");
    expect(book.values("CETPRO", "A2")[0][0]).toBe("012345");
  });

  it("stores =HYPERLINK(…) in observations as text, never as a formula", () => {
    const bundle = loadBundle();
    const text = '=HYPERLINK("http://x","y")';
    const result = saveOk(bundle, completeVisit({ observations: text, specialist: "+51 999 888 777", directorSuggestions: "@todos -ver" }));
    const book = bundle.fake.spreadsheet;
    for (const name of book.sheetNames()) expect(book.formulas(name).flat().filter(Boolean)).toEqual([]);
    const visit = bundle.call<Record<string, unknown>>("getVisit", result.id);
    expect(visit.observations).toBe(text);
    expect(visit.specialist).toBe("+51 999 888 777");
    expect(visit.directorSuggestions).toBe("@todos -ver");
  });

  it("answers a lock timeout with a Spanish message and writes nothing", () => {
    const bundle = loadBundle();
    saveOk(bundle, draftVisit());
    const before = snapshot(bundle);
    bundle.fake.locks.holdDocumentLockElsewhere(true);
    const result = bundle.call<SaveResult>("saveVisit", completeVisit());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toMatch(/Otra persona está guardando/);
    expect(snapshot(bundle)).toEqual(before);
  });
});

describe("round trip: what getVisit reads from the sheet is what was saved", () => {
  it("holds for many generated records", () => {
    const bundle = loadBundle();
    fc.assert(
      fc.property(validRecord, (record) => {
        const result = saveOk(bundle, record);
        expect(bundle.call("getVisit", result.id)).toEqual(normalised(record, result.id));
      }),
      { numRuns: 60, seed: 20241005 },
    );
  });
});

describe("rebuildConsolidated", () => {
  it("produces exactly what the incremental saves produced", () => {
    const bundle = loadBundle();
    const records = fc.sample(validRecord, { numRuns: 25, seed: 7 });
    const ids = records.map((record) => saveOk(bundle, record).id);
    saveOk(bundle, { ...records[3], id: ids[3], status: "draft" }); // an update, too
    const book = bundle.fake.spreadsheet;
    const incremental = { consolidado: book.values("Consolidado"), resumen: book.values("Resumen"), evolucion: book.values("Evolución") };
    book.setValues("Consolidado", "A2:C4", [["x", "y", "z"], ["", "", ""], ["basura", "", ""]]);
    book.setValues("Resumen", "A1:B2", [["roto", "roto"], ["", ""]]);
    book.setValues("Evolución", "A20:B21", [["roto", "roto"], ["", ""]]);
    const result = bundle.call<{ visits: number; schools: number }>("rebuildConsolidated");
    expect(result.visits).toBe(records.length);
    expect(book.values("Consolidado")).toEqual(incremental.consolidado);
    expect(book.values("Resumen")).toEqual(incremental.resumen);
    expect(book.values("Evolución")).toEqual(incremental.evolucion);
  });

  it("puts the levels a coordinator expects in Resumen", () => {
    const bundle = loadBundle();
    const school = (code: string, name: string) => ({ code, name, ugel: "02", rei: "REI 01", director: "", website: "" });
    // A: all 1 → "En inicio" everywhere. B: all 3 but later visit all 0 → "No realizado".
    // C: pattern 1,2 → every dimension of even size has mean 1.5 → "En proceso"; 4.1.1 (5 items: 1,2,1,2,1 = 1.4) → "En inicio".
    saveOk(bundle, completeVisit({ school: school("000001", "A"), ratings: ratingsAll(1) }));
    saveOk(bundle, completeVisit({ school: school("000002", "B"), ratings: ratingsAll(3), visitDate: "2024-06-01" }));
    saveOk(bundle, completeVisit({ school: school("000002", "B"), ratings: ratingsAll(0), visitDate: "2024-09-01" }));
    saveOk(bundle, completeVisit({ school: school("000003", "C"), ratings: ratingsPattern([1, 2]) }));
    const resumen = bundle.fake.spreadsheet.values("Resumen");
    const headerRow = resumen.findIndex((row) => row[0] === "Código local");
    const header = resumen[headerRow];
    const rowOf = (code: string) => resumen.find((row) => row[0] === code)!;
    const level = (code: string, unit: string) => rowOf(code)[header.indexOf(`${unit} nivel`)];
    expect(level("000001", "4.1.1")).toBe("En inicio");
    expect(level("000002", "General")).toBe("No realizado");
    expect(rowOf("000002")[4]).toBe(2);
    expect(level("000003", "4.1.1")).toBe("En inicio");
    expect(level("000003", "4.1.2")).toBe("En proceso");
    expect(level("000003", "4.2")).toBe("En proceso");
    expect(rowOf("000003")[header.indexOf("4.1.1 media")]).toBe(1.4);
    // The change since each CETPRO's previous complete visit.
    expect(rowOf("000002")[header.indexOf("General cambio")]).toBe("↓ (antes Logrado)");
    expect(rowOf("000001")[header.indexOf("General cambio")]).toBe("");
    const counts = resumen.find((row) => String(row[0]).startsWith("4.1.1 "))!;
    expect(counts.slice(1, 6)).toEqual([1, 2, 0, 0, 3]);
  });
});

describe("validateActiveSheet", () => {
  it("marks hand edits that break a rule and lists them in Spanish", () => {
    const bundle = loadBundle();
    const result = saveOk(bundle, completeVisit());
    const book = bundle.fake.spreadsheet;
    book.select(result.sheetName, "A1");
    expect(bundle.call("validateActiveSheet")).toEqual([]);
    book.setValues(result.sheetName, "B7", [["'12345"]]);
    const errors = bundle.call<{ path: string; message: string }[]>("validateActiveSheet");
    expect(errors).toEqual([{ path: "school.code", message: "Código local: debe tener exactamente 6 dígitos (por ejemplo 012345)." }]);
    expect(book.cell(result.sheetName, "B7").note).toMatch(/Código local/);
  });

  it("says so when the active sheet is not a visit", () => {
    const bundle = loadBundle();
    bundle.call("showSidebar");
    bundle.fake.spreadsheet.select("Resumen", "A1");
    const errors = bundle.call<{ message: string }[]>("validateActiveSheet");
    expect(errors[0].message).toMatch(/no es una ficha de visita/);
  });
});

describe("service calls", () => {
  it("a save takes a small constant number of SpreadsheetApp calls, whatever it contains", () => {
    const bundle = loadBundle();
    saveOk(bundle, draftVisit());
    const counts: number[] = [];
    for (const record of [draftVisit({ school: { code: "999999" } }), completeVisit(), completeVisit({ observations: "x".repeat(5000) })]) {
      bundle.fake.calls.reset();
      saveOk(bundle, record);
      counts.push(bundle.fake.calls.total(isSpreadsheetCall));
    }
    for (const n of counts) expect(n).toBeLessThanOrEqual(SAVE_CALLS);
  });
});
