// The per-CETPRO report: data, latest levels with colours, history, commitments; offered as a PDF.
import { describe, expect, it } from "vitest";
import { loadBundle } from "./support/bundle";
import { completeVisit, draftVisit, ratingsAll } from "./support/records";

function withVisits() {
  const bundle = loadBundle();
  const first = bundle.call<{ sheetName: string }>("saveVisit", completeVisit({ visitDate: "2024-05-10", ratings: ratingsAll(1), directorCommitment: "Compromiso antiguo" }));
  const second = bundle.call<{ sheetName: string }>("saveVisit", completeVisit({ visitDate: "2024-10-05", ratings: ratingsAll(3), directorCommitment: "Reunirse cada mes" }));
  bundle.call("saveVisit", draftVisit({ school: { code: "012345" }, visitDate: "2024-11-20" }));
  bundle.call("saveVisit", completeVisit({ school: { code: "000999", name: "Otro", ugel: "02", rei: "", director: "", website: "" } }));
  return { bundle, first, second };
}

describe("Informe del CETPRO", () => {
  it("is made from the active visit's CETPRO with its latest levels, its history and its commitments", () => {
    const { bundle, first } = withVisits();
    const book = bundle.fake.spreadsheet;
    book.select(first.sheetName, "A1");
    bundle.call("menuSchoolReport");
    const values = book.values("Informe 012345");
    const text = values.flat().map(String);
    expect(values[0][0]).toBe("Informe del CETPRO 012345 — CETPRO Santa Rosa");
    expect(text).toContain("Niveles de la última visita completa (05/10/2024)");
    const general = values.find((row) => row[0] === "Resultado general")!;
    expect(general.slice(1, 4)).toEqual(["Logrado", 3, 100]);
    const historyHeader = values.findIndex((row) => row[0] === "Historia de visitas completas");
    const history = values.slice(historyHeader + 1, historyHeader + 3);
    expect(history.map((row) => row[2])).toEqual(["012345 2024-05-10", "012345 2024-10-05"]);
    expect(history.map((row) => row.at(-1))).toEqual(["En inicio", "Logrado"]);
    expect(text).toContain("Reunirse cada mes");
    expect(text).not.toContain("Compromiso antiguo");
    expect(text).not.toContain("Otro");
    expect(book.conditionalFormats("Informe 012345").map((r) => r.condition).join(" ")).toMatch(/Logrado/);
    const dialog = bundle.fake.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe("Informe del CETPRO");
    expect(dialog.html).toContain(`gid=${book.sheet("Informe 012345").id}&amp;size=A4`);
  });

  it("is rebuilt in place, and is never taken for a visit", () => {
    const { bundle, second } = withVisits();
    bundle.call("buildSchoolReport", "012345");
    bundle.call("buildSchoolReport", "012345");
    expect(bundle.fake.spreadsheet.sheetNames().filter((n) => n.startsWith("Informe"))).toEqual(["Informe 012345"]);
    expect(bundle.call<{ visits: number }>("rebuildConsolidated").visits).toBe(4);
    bundle.fake.spreadsheet.select(second.sheetName, "A1");
    expect(bundle.call<{ sheetName: string }>("buildSchoolReport").sheetName).toBe("Informe 012345");
  });

  it("explains what to do when the active sheet is not a visit", () => {
    const { bundle } = withVisits();
    bundle.fake.spreadsheet.select("Resumen", "A1");
    bundle.call("menuSchoolReport");
    expect(JSON.stringify(bundle.fake.ui.alerts.at(-1))).toMatch(/Abra primero la hoja de una visita/);
  });
});
