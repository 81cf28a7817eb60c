// Faults: each write step of saveVisit fails in turn; the spreadsheet stays consistent and a rebuild restores it.
import { describe, expect, it } from "vitest";
import { loadBundle, makeDeterministic, type LoadedBundle } from "./support/bundle";
import { completeVisit, draftVisit, ratingsAll } from "./support/records";

type SaveResult = { ok: boolean; id?: string; sheetName?: string; errors?: { message: string }[] };
const WRITE = /^(Spreadsheet\.(insertSheet|deleteSheet)|Range\.setValues|Range\.getSheet|Sheet\.setName|Sheet\.insertRow.*|Sheet\.deleteRow.*|SpreadsheetApp\.flush)$/;

/** A spreadsheet holding three saved visits, the same every time it is made. */
function prepared(): LoadedBundle {
  const bundle = loadBundle();
  makeDeterministic(bundle);
  bundle.call("saveVisit", completeVisit());
  bundle.call("saveVisit", completeVisit({ school: { code: "000002", name: "B", ugel: "02", rei: "", director: "", website: "" }, ratings: ratingsAll(1) }));
  bundle.call("saveVisit", draftVisit());
  return bundle;
}

function snapshot(bundle: LoadedBundle) {
  const book = bundle.fake.spreadsheet;
  return book.sheetNames().map((name) => ({ name, values: book.values(name) }));
}

function derived(bundle: LoadedBundle) {
  const book = bundle.fake.spreadsheet;
  return { consolidado: book.values("Consolidado"), resumen: book.values("Resumen") };
}

/** The write steps of one save, as "Method#n" (the n-th call of that method during the save). */
function writeSteps(save: (bundle: LoadedBundle) => SaveResult): string[] {
  const bundle = prepared();
  bundle.fake.calls.reset();
  expect(save(bundle).ok).toBe(true);
  const seen = new Map<string, number>();
  const steps: string[] = [];
  for (const method of bundle.fake.calls.sequence()) {
    const n = (seen.get(method) ?? 0) + 1;
    seen.set(method, n);
    if (WRITE.test(method)) steps.push(`${method}#${n}`);
  }
  return steps;
}

const newVisit = (bundle: LoadedBundle) =>
  bundle.call<SaveResult>("saveVisit", completeVisit({ school: { code: "000003", name: "Nuevo", ugel: "02", rei: "R", director: "", website: "" }, ratings: ratingsAll(3) }));

describe("a new visit whose save fails at any write step", () => {
  const steps = writeSteps(newVisit);

  it("has write steps to break", () => {
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(steps).toContain("Spreadsheet.insertSheet#1");
    expect(steps).toContain("SpreadsheetApp.flush#1");
  });

  it.each(steps)("fails at %s: nothing of it remains, and a rebuild gives the same sheets", (step) => {
    const bundle = prepared();
    const before = snapshot(bundle);
    const [method, nth] = step.split("#");
    bundle.fake.faults.failOn(method, Number(nth), new Error("Service Spreadsheets failed"));
    const result = newVisit(bundle);
    expect(result.ok).toBe(false);
    expect(result.errors?.[0].message).toMatch(/No se pudo guardar la ficha \(Service Spreadsheets failed\)/);
    expect(snapshot(bundle)).toEqual(before);
    bundle.call("rebuildConsolidated");
    expect(derived(bundle)).toEqual(derived(prepared()));
    // Saving again works and counts the visit once.
    expect(newVisit(bundle).ok).toBe(true);
    const ids = bundle.fake.spreadsheet.values("Consolidado").slice(1).map((r) => r[0]).filter(Boolean);
    expect(ids).toHaveLength(4);
  });
});

describe("an update whose save fails at any write step", () => {
  const update = (bundle: LoadedBundle) => {
    const id = String(bundle.fake.spreadsheet.values("Consolidado")[1][0]);
    return bundle.call<SaveResult>("saveVisit", { ...completeVisit({ visitDate: "2024-10-07", ratings: ratingsAll(0) }), id });
  };
  const steps = writeSteps(update);

  it("has write steps to break, Historial's among them", () => {
    expect(steps).toContain("Sheet.insertRowBefore#1");
    expect(steps).toContain("SpreadsheetApp.flush#1");
  });

  it.each(steps)("fails at %s: the update is taken back whole, and saving again matches a clean update", (step) => {
    const reference = prepared();
    expect(update(reference).ok).toBe(true);
    const bundle = prepared();
    const before = snapshot(bundle);
    const [method, nth] = step.split("#");
    bundle.fake.faults.failOn(method, Number(nth), new Error("Service Spreadsheets failed"));
    expect(update(bundle).ok).toBe(false);
    // Nothing of it remains, Historial included: the sheets and the log agree.
    expect(snapshot(bundle)).toEqual(before);
    const ids = bundle.fake.spreadsheet.values("Consolidado").slice(1).map((r) => r[0]).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(3);
    // Saving again converges to the clean update.
    expect(update(bundle).ok).toBe(true);
    expect(derived(bundle)).toEqual(derived(reference));
    bundle.call("rebuildConsolidated");
    expect(derived(bundle)).toEqual(derived(reference));
  });
});

describe("with the advanced Sheets service, a new visit whose save fails at any write request", () => {
  function preparedApi(): LoadedBundle {
    const bundle = loadBundle({ advancedSheets: true });
    makeDeterministic(bundle);
    bundle.call("saveVisit", completeVisit());
    bundle.call("saveVisit", draftVisit());
    return bundle;
  }

  it.each(["Sheets.Spreadsheets.batchUpdate", "Sheets.Spreadsheets.Values.batchUpdate"])("fails at %s: nothing of it remains, not even a Historial row", (method) => {
    const bundle = preparedApi();
    const before = snapshot(bundle);
    bundle.fake.faults.failOn(method, 1, new Error("Service Sheets failed"));
    const result = newVisit(bundle);
    expect(result.ok).toBe(false);
    expect(result.errors?.[0].message).toMatch(/No se pudo guardar la ficha \(Service Sheets failed\)/);
    expect(snapshot(bundle)).toEqual(before);
    expect(newVisit(bundle).ok).toBe(true);
    const ids = bundle.fake.spreadsheet.values("Consolidado").slice(1).map((r) => r[0]).filter(Boolean);
    expect(new Set(ids).size).toBe(3);
  });
});

describe("with the advanced Sheets service, an update whose save fails at any write request", () => {
  it.each(["Sheets.Spreadsheets.batchUpdate", "Sheets.Spreadsheets.Values.batchUpdate"])("fails at %s: the sheet keeps its name and data, Historial its rows", (method) => {
    const bundle = loadBundle({ advancedSheets: true });
    makeDeterministic(bundle);
    const saved = bundle.call<SaveResult>("saveVisit", completeVisit());
    const before = snapshot(bundle);
    bundle.fake.faults.failOn(method, 1, new Error("Service Sheets failed"));
    const result = bundle.call<SaveResult>("saveVisit", { ...completeVisit({ visitDate: "2024-10-07", ratings: ratingsAll(0) }), id: saved.id });
    expect(result.ok).toBe(false);
    expect(snapshot(bundle)).toEqual(before);
  });
});
