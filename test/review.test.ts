// A coordinator's review of a complete visit: where it shows, and that saves and rebuilds keep it.
import { describe, expect, it } from "vitest";
import { loadBundle } from "./support/bundle";
import { completeVisit, draftVisit } from "./support/records";

type ReviewResult = { ok: boolean; review?: { status: string; comment: string; date: string }; errors?: { path: string; message: string }[] };

function reviewed() {
  const bundle = loadBundle();
  const saved = bundle.call<{ id: string; sheetName: string }>("saveVisit", completeVisit());
  const result = bundle.call<ReviewResult>("reviewVisit", saved.id, "observada", "  Falta el acta de la segunda reunión.  ");
  return { bundle, saved, result };
}

const column = (rows: unknown[][], header: string, headerRow = 0) => rows[headerRow].indexOf(header);

describe("reviewVisit", () => {
  it("marks the visit in its sheet, in Consolidado and in Resumen", () => {
    const { bundle, saved, result } = reviewed();
    expect(result.ok).toBe(true);
    expect(result.review).toMatchObject({ status: "observada", comment: "Falta el acta de la segunda reunión." });
    const book = bundle.fake.spreadsheet;
    expect(book.values(saved.sheetName).flat()).toEqual(expect.arrayContaining(["Observada", "Falta el acta de la segunda reunión."]));
    const consolidado = book.values("Consolidado");
    expect(consolidado[1][column(consolidado, "Revisión")]).toBe("Observada");
    expect(consolidado[1][column(consolidado, "Comentario de revisión")]).toBe("Falta el acta de la segunda reunión.");
    const resumen = book.values("Resumen");
    const headerRow = resumen.findIndex((r) => r[0] === "Código local");
    const school = resumen.find((r) => r[0] === "012345")!;
    expect(school[column(resumen, "Revisión de la última visita", headerRow)]).toBe("Observada");
    expect(bundle.call<{ review: { status: string } }[]>("listVisits")[0].review.status).toBe("observada");
  });

  it("is kept when the specialist corrects the visit, and by a rebuild", () => {
    const { bundle, saved } = reviewed();
    bundle.call("saveVisit", { ...completeVisit({ observations: "Corregido" }), id: saved.id });
    const book = bundle.fake.spreadsheet;
    const before = { c: book.values("Consolidado"), r: book.values("Resumen") };
    expect(before.c[1][column(before.c, "Revisión")]).toBe("Observada");
    book.setValues("Consolidado", "A2:B2", [["", ""]]);
    bundle.call("rebuildConsolidated");
    expect({ c: book.values("Consolidado"), r: book.values("Resumen") }).toEqual(before);
  });

  it("can be taken away, and refuses drafts, unknown visits and other statuses", () => {
    const { bundle, saved } = reviewed();
    expect(bundle.call<ReviewResult>("reviewVisit", saved.id, "", "").ok).toBe(true);
    const consolidado = bundle.fake.spreadsheet.values("Consolidado");
    expect(consolidado[1][column(consolidado, "Revisión")]).toBe("");
    const draft = bundle.call<{ id: string }>("saveVisit", draftVisit());
    expect(bundle.call<ReviewResult>("reviewVisit", draft.id, "revisada", "").errors?.[0].message).toMatch(/solo se revisan fichas completas/);
    expect(bundle.call<ReviewResult>("reviewVisit", "v-nope-0000", "revisada", "").errors?.[0].message).toMatch(/no existe/);
    expect(bundle.call<ReviewResult>("reviewVisit", saved.id, "aprobada", "").errors?.[0].path).toBe("review.status");
  });

  it.each(["Range.setValues", "Sheet.insertRowBefore", "SpreadsheetApp.flush"])(
    "that fails at %s leaves nothing behind (no review without its Historial row) and says so in Spanish",
    (method) => {
      const bundle = loadBundle();
      const saved = bundle.call<{ id: string }>("saveVisit", completeVisit());
      const book = bundle.fake.spreadsheet;
      const snapshot = () => book.sheetNames().map((name) => [name, book.values(name)]);
      const before = snapshot();
      bundle.fake.faults.failOn(method, 1, new Error("Service Spreadsheets failed"));
      const result = bundle.call<ReviewResult>("reviewVisit", saved.id, "observada", "Falta el acta");
      expect(result.ok).toBe(false);
      expect(result.errors?.[0].message).toMatch(/^No se pudo guardar la revisión \(Service Spreadsheets failed\)/);
      expect(snapshot()).toEqual(before);
    },
  );

  it("is offered from the menu for the active visit sheet, with the current review filled in", () => {
    const { bundle, saved } = reviewed();
    bundle.fake.spreadsheet.select(saved.sheetName, "A1");
    bundle.call("menuReviewVisit");
    const dialog = bundle.fake.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe("Revisar la visita");
    expect(dialog.html).toContain('<option value="observada" selected>');
    expect(dialog.html).toContain("Falta el acta de la segunda reunión.");
    expect(dialog.html).toContain(`.reviewVisit(${JSON.stringify(saved.id)}`);
  });
});
