// rebuildConsolidated with the advanced Sheets service enabled: the same sheets, in a few requests.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSpreadsheetCall } from "./support/apps-script";
import { loadBundle, makeDeterministic } from "./support/bundle";
import { apiRebuildCalls } from "./support/budgets";
import { validRecord } from "./support/records";

function filled(advancedSheets: boolean, n: number) {
  const bundle = loadBundle({ advancedSheets });
  makeDeterministic(bundle, 5);
  for (const record of fc.sample(validRecord, { numRuns: n, seed: 5 })) bundle.call("saveVisit", record);
  return bundle;
}

describe("rebuildConsolidated with Sheets.Spreadsheets.Values.batchGet", () => {
  it("gives exactly what the sheet-by-sheet rebuild gives", () => {
    const plain = filled(false, 30);
    const api = filled(true, 30);
    for (const bundle of [plain, api]) {
      bundle.fake.spreadsheet.setValues("Consolidado", "A2:A3", [["roto"], ["roto"]]);
      expect(bundle.call<{ visits: number }>("rebuildConsolidated").visits).toBe(30);
    }
    for (const name of ["Consolidado", "Resumen", "CETPRO"]) {
      expect(api.fake.spreadsheet.values(name)).toEqual(plain.fake.spreadsheet.values(name));
    }
  });

  it("reads 250 visit sheets in 3 requests instead of 2 calls each", () => {
    const bundle = filled(true, 250);
    bundle.fake.calls.reset();
    bundle.call("rebuildConsolidated");
    const byMethod = bundle.fake.calls.byMethod();
    // 3 requests for the 250 visit sheets, 1 for the catalogue; the sheet list once.
    expect(byMethod["Sheets.Spreadsheets.Values.batchGet"]).toBe(4);
    expect(byMethod["Sheets.Spreadsheets.get"]).toBe(1);
    expect(byMethod["Sheet.getSheetValues"] ?? 0).toBe(0);
    expect(byMethod["Range.setValues"] ?? 0).toBe(0);
    expect(bundle.fake.calls.total(isSpreadsheetCall)).toBeLessThanOrEqual(apiRebuildCalls(250));
  });
});
