// When Consolidado fills its rows, it grows, and the dates in the new rows are still dates.
import { describe, expect, it } from "vitest";
import { loadBundle } from "./support/bundle";
import { draftVisit } from "./support/records";

describe.each([false, true])("Consolidado beyond its first 200 rows (advanced Sheets service: %s)", (advancedSheets) => {
  it("grows, keeps every visit once, and formats the new rows' dates", () => {
    const bundle = loadBundle({ advancedSheets });
    for (let i = 0; i < 205; i++) {
      const result = bundle.call<{ ok: boolean }>("saveVisit", draftVisit({ school: { code: String(100000 + i) } }));
      expect(result.ok).toBe(true);
    }
    const book = bundle.fake.spreadsheet;
    expect(book.sheet("Consolidado").maxRows).toBeGreaterThan(205);
    const ids = book.values("Consolidado").slice(1).map((r) => r[0]).filter(Boolean);
    expect(new Set(ids).size).toBe(205);
    expect(book.cell("Consolidado", "C206").numberFormat).toBe("dd/mm/yyyy");
    expect(book.values("Consolidado", "C206")[0][0]).toBeInstanceOf(Date);
  });
});
