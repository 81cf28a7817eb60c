// importVisits / exportVisits on the built bundle: the same validation as the sidebar, all-or-nothing batches.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadBundle } from "./support/bundle";
import { completeVisit, draftVisit, validRecord } from "./support/records";

type ImportResult = {
  ok: boolean;
  imported: { index: number; id: string; sheetName: string; updated: boolean }[];
  rejected: { index: number; label: string; errors: { path: string; message: string }[] }[];
};
const withoutId = (r: Record<string, unknown>) => {
  const { id: _id, ...rest } = r;
  return rest;
};

describe("export then import", () => {
  it("moves every visit to another spreadsheet unchanged (but for new ids)", () => {
    const from = loadBundle();
    const records = fc.sample(validRecord, { numRuns: 12, seed: 3 });
    for (const record of records) from.call("saveVisit", record);
    const exported = from.call<Record<string, unknown>[]>("exportVisits");
    expect(exported).toHaveLength(12);
    const to = loadBundle();
    const result = to.call<ImportResult>("importVisits", exported);
    expect(result.ok).toBe(true);
    expect(result.imported.every((i) => !i.updated)).toBe(true);
    expect(to.call<Record<string, unknown>[]>("exportVisits").map(withoutId)).toEqual(exported.map(withoutId));
  });

  it("updates a visit when the record carries an id that exists here", () => {
    const bundle = loadBundle();
    const saved = bundle.call<{ id: string }>("saveVisit", draftVisit());
    const result = bundle.call<ImportResult>("importVisits", { ...draftVisit({ school: { code: "004321", name: "Corregido" } }), id: saved.id });
    expect(result.imported).toEqual([{ index: 0, id: saved.id, sheetName: "004321 2024-11-12", updated: true }]);
    expect(bundle.call<{ school: { name: string } }>("getVisit", saved.id).school.name).toBe("Corregido");
  });
});

describe("a batch with bad records", () => {
  const batch = [completeVisit(), completeVisit({ school: { code: "12345" } }), draftVisit({ ratings: { "4.1.1.1": 9 } })];

  it("imports none and reports each rejected record with its reasons", () => {
    const bundle = loadBundle();
    const result = bundle.call<ImportResult>("importVisits", batch);
    expect(result.ok).toBe(false);
    expect(result.imported).toEqual([]);
    expect(result.rejected.map((r) => [r.index, r.label])).toEqual([
      [1, "Ficha 2 (12345, 2024-10-05)"],
      [2, "Ficha 3 (004321, 2024-11-12)"],
    ]);
    expect(result.rejected[1].errors[0].message).toMatch(/^Ítem 4\.1\.1\.1: /);
    expect(bundle.fake.spreadsheet.sheetNames().some((n) => /^\d{6} /.test(n))).toBe(false);
  });

  it("imports the good ones when asked", () => {
    const bundle = loadBundle();
    const result = bundle.call<ImportResult>("importVisits", batch, { onlyValid: true });
    expect(result.imported.map((i) => i.index)).toEqual([0]);
    expect(result.rejected).toHaveLength(2);
    expect(bundle.call<unknown[]>("listVisits")).toHaveLength(1);
  });
});
