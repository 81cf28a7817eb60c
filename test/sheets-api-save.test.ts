// saveVisit with the advanced Sheets service: the same sheets as with SpreadsheetApp, in at most 7 calls.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSpreadsheetCall } from "./support/apps-script";
import { loadBundle, makeDeterministic, validateVisit } from "./support/bundle";
import { completeVisit, draftVisit, validRecord } from "./support/records";

type SaveResult = { ok: boolean; id: string; sheetName: string; errors?: { path: string; message: string }[] };

function run(advancedSheets: boolean) {
  const bundle = loadBundle({ advancedSheets });
  makeDeterministic(bundle, 9);
  bundle.call("showSidebar");
  const ids: string[] = [];
  for (const record of fc.sample(validRecord, { numRuns: 20, seed: 9 })) ids.push(bundle.call<SaveResult>("saveVisit", record).id);
  bundle.call("saveVisit", { ...completeVisit({ visitDate: "2024-09-09" }), id: ids[2] });
  bundle.call("saveVisit", { ...draftVisit(), id: ids[5] });
  return { bundle, ids };
}

describe("saveVisit with Sheets.Spreadsheets.Values.batchUpdate", () => {
  it("leaves every sheet exactly as the SpreadsheetApp path does", () => {
    const plain = run(false);
    const api = run(true);
    expect(api.ids).toEqual(plain.ids);
    const book = (r: ReturnType<typeof run>) => r.bundle.fake.spreadsheet;
    // Tab order may differ (insertSheet puts a sheet after the active one; the API at the end).
    expect(book(api).sheetNames().sort()).toEqual(book(plain).sheetNames().sort());
    for (const name of book(plain).sheetNames()) expect(book(api).values(name)).toEqual(book(plain).values(name));
    for (const id of api.ids) expect(api.bundle.call("getVisit", id)).toEqual(plain.bundle.call("getVisit", id));
  });

  it("takes at most 7 calls, whatever the visit holds", () => {
    const { bundle, ids } = run(true);
    const counts: number[] = [];
    for (const save of [
      () => bundle.call("saveVisit", draftVisit({ school: { code: "777777" } })),
      () => bundle.call("saveVisit", completeVisit({ observations: "x".repeat(5000) })),
      () => bundle.call("saveVisit", { ...completeVisit({ visitDate: "2024-10-01", school: { code: "888888", name: "Otro" } }), id: ids[0] }),
    ]) {
      bundle.fake.calls.reset();
      save();
      counts.push(bundle.fake.calls.total(isSpreadsheetCall));
    }
    for (const n of counts) expect(n).toBeLessThanOrEqual(7);
  });

  it("writes text as text and rejects bad input before any call", () => {
    const { bundle } = run(true);
    const text = '=HYPERLINK("http://x","y")';
    const saved = bundle.call<SaveResult>("saveVisit", completeVisit({ observations: text, specialist: "+51 999" }));
    expect(bundle.call<{ observations: string }>("getVisit", saved.id).observations).toBe(text);
    for (const name of bundle.fake.spreadsheet.sheetNames()) expect(bundle.fake.spreadsheet.formulas(name).flat().filter(Boolean)).toEqual([]);
    bundle.fake.calls.reset();
    expect(bundle.call<SaveResult>("saveVisit", completeVisit({ school: { code: "12" } })).ok).toBe(false);
    expect(bundle.fake.calls.total(isSpreadsheetCall)).toBe(0);
  });

  it("a failed write leaves nothing of a new visit behind", () => {
    const { bundle } = run(true);
    const before = bundle.fake.spreadsheet.sheetNames().map((n) => [n, bundle.fake.spreadsheet.values(n)]);
    bundle.fake.faults.failOn("Sheets.Spreadsheets.Values.batchUpdate", 1, new Error("Service Sheets failed"));
    const result = bundle.call<SaveResult>("saveVisit", completeVisit({ school: { code: "999999", name: "Nuevo" } }));
    expect(result.ok).toBe(false);
    expect(bundle.fake.spreadsheet.sheetNames().map((n) => [n, bundle.fake.spreadsheet.values(n)])).toEqual(before);
    expect(validateVisit(completeVisit(), { today: "2026-11-25" }).ok).toBe(true);
  });
});
