// Two versions of the ficha in one spreadsheet: each keeps its own columns, and every row says its version.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bundleAppsScript } from "../scripts/bundle-apps-script.mjs";
import { allItems } from "../src/form";
import { loadBundle, validateVisit } from "./support/bundle";
import { CAP_ETP_2025 } from "./support/instrument-2025";
import { completeVisit } from "./support/records";

let codePath = "";
beforeAll(async () => {
  codePath = join(mkdtempSync(join(tmpdir(), "ficha-cap-versions-")), "Code.js");
  await bundleAppsScript({ entry: new URL("./support/two-versions-entry.ts", import.meta.url).pathname, outfile: codePath });
});

type SaveResult = { ok: boolean; id: string; sheetName: string; errors?: { path: string; message: string }[] };
const visit2025 = (overrides: Record<string, unknown> = {}) =>
  completeVisit({
    instrument: "cap-etp-2025",
    school: { code: "000025", name: "CETPRO 2025", ugel: "02", rei: "REI 2", director: "", website: "" },
    ratings: Object.fromEntries(allItems(CAP_ETP_2025).map((item) => [item.code, 3])),
    ...overrides,
  });

function setUp() {
  const bundle = loadBundle({}, undefined, codePath);
  const a = bundle.call<SaveResult>("saveVisit", completeVisit());
  const b = bundle.call<SaveResult>("saveVisit", visit2025());
  expect(a.ok && b.ok).toBe(true);
  return { bundle, a, b };
}

describe("a second version of the ficha", () => {
  it("gets its own Plantilla, Consolidado and Resumen; the first version keeps the plain names", () => {
    const { bundle } = setUp();
    const names = bundle.fake.spreadsheet.sheetNames();
    for (const name of ["Plantilla", "Consolidado", "Resumen", "Plantilla cap-etp-2025", "Consolidado cap-etp-2025", "Resumen cap-etp-2025", "CETPRO"]) {
      expect(names).toContain(name);
    }
    const book = bundle.fake.spreadsheet;
    expect(book.sheet("Plantilla cap-etp-2025").maxRows).toBe(book.sheet("Plantilla").maxRows + 2);
  });

  it("never mixes versions in one column, and each row names its version", () => {
    const { bundle } = setUp();
    const book = bundle.fake.spreadsheet;
    const old = book.values("Consolidado");
    const next = book.values("Consolidado cap-etp-2025");
    expect(old[0]).not.toContain("4.1.1.6");
    expect(next[0]).toContain("4.1.1.6");
    const version = (rows: unknown[][]) => rows.slice(1).filter((r) => r[0] !== "").map((r) => r[rows[0].indexOf("Instrumento")]);
    expect(version(old)).toEqual(["cap-etp-2024"]);
    expect(version(next)).toEqual(["cap-etp-2025"]);
    expect(book.values("Resumen cap-etp-2025").flat()).toContain("CETPRO 2025");
    expect(book.values("Resumen").flat()).not.toContain("CETPRO 2025");
  });

  it("keeps each visit's version: both read back exactly, both are listed", () => {
    const { bundle, a, b } = setUp();
    const today = "2026-11-25";
    const expected = (input: Record<string, unknown>, id: string) => {
      const result = validateVisit({ ...input, id }, { today });
      return result.ok ? result.record : null;
    };
    // This test's own realm knows only the first version, so the 2025 record is checked field by field.
    expect(bundle.call("getVisit", a.id)).toEqual(expected(completeVisit(), a.id));
    const second = bundle.call<{ instrument: string; ratings: Record<string, number> }>("getVisit", b.id);
    expect(second.instrument).toBe("cap-etp-2025");
    expect(Object.keys(second.ratings)).toHaveLength(42);
    expect(bundle.call<{ id: string }[]>("listVisits").map((v) => v.id).sort()).toEqual([a.id, b.id].sort());
  });

  it("rebuilds each version's sheets exactly as the saves left them", () => {
    const { bundle } = setUp();
    bundle.call("saveVisit", visit2025({ school: { code: "000026", name: "Otro 2025", ugel: "02", rei: "", director: "", website: "" } }));
    const book = bundle.fake.spreadsheet;
    const names = ["Consolidado", "Resumen", "Consolidado cap-etp-2025", "Resumen cap-etp-2025"];
    const before = names.map((n) => book.values(n));
    for (const n of names) book.setValues(n, "A2:B2", [["x", "y"]]);
    const result = bundle.call<{ visits: number }>("rebuildConsolidated");
    expect(result.visits).toBe(3);
    expect(names.map((n) => book.values(n))).toEqual(before);
  });

  it("does not let an update move a visit to another version", () => {
    const { bundle, a } = setUp();
    const result = bundle.call<SaveResult>("saveVisit", { ...visit2025(), id: a.id });
    expect(result.ok).toBe(false);
    expect(result.errors?.[0].message).toMatch(/^Instrumento: la visita .* versión cap-etp-2024/);
  });
});
