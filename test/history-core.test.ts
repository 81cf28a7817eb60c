// The pure core of history: the audit stamp, what a save changed, Historial's row and Evolución's grid.
import { describe, expect, it } from "vitest";
import { CAP_ETP_2024 } from "../src/form";
import { NO_AUDIT, describeAudit, nowInLima, stampAudit, validateVisit, type VisitRecord } from "../src/record";
import { CHANGE_VALUE_MAX, describeChanges, evolucionValues, historialRow, reviewChanges, summaryOf, visitChanges, HISTORIAL_COLUMNS } from "../src/layout";
import { completeVisit, draftVisit, ratingsAll } from "./support/records";

function saved(overrides: Record<string, unknown> = {}, id = "v-aaaa"): VisitRecord {
  const result = validateVisit({ ...completeVisit(overrides), id }, { today: "2026-11-25" });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.record;
}

describe("the audit", () => {
  it("reads Lima's clock (UTC−5, no daylight saving)", () => {
    expect(nowInLima(new Date("2026-01-01T04:59:59Z"))).toBe("2025-12-31 23:59:59");
    expect(nowInLima(new Date("2026-07-15T17:00:00Z"))).toBe("2026-07-15 12:00:00");
  });

  it("keeps who created the visit and stamps who changed it", () => {
    const created = stampAudit(null, "ana@ugel02.gob.pe", "2026-11-25 09:00:00");
    expect(created).toEqual({ createdBy: "ana@ugel02.gob.pe", createdAt: "2026-11-25 09:00:00", changedBy: "ana@ugel02.gob.pe", changedAt: "2026-11-25 09:00:00" });
    const changed = stampAudit(created, "luis@ugel02.gob.pe", "2026-11-26 10:00:00");
    expect(changed).toEqual({ createdBy: "ana@ugel02.gob.pe", createdAt: "2026-11-25 09:00:00", changedBy: "luis@ugel02.gob.pe", changedAt: "2026-11-26 10:00:00" });
    // A visit saved before audits were kept: its creation stays unknown, not invented.
    expect(stampAudit(NO_AUDIT, "luis", "2026-11-26 10:00:00")).toMatchObject({ createdBy: "", createdAt: "" });
  });

  it("says it in one Spanish sentence for the sidebar", () => {
    expect(describeAudit(stampAudit(stampAudit(null, "ana", "2026-11-25 09:00:00"), "luis", "2026-11-26 10:00:00"))).toBe(
      "Creada por ana el 2026-11-25 09:00:00; última modificación por luis el 2026-11-26 10:00:00.",
    );
    expect(describeAudit({ ...NO_AUDIT, changedBy: "luis", changedAt: "2026-11-26 10:00:00" })).toBe("Última modificación por luis el 2026-11-26 10:00:00.");
    expect(describeAudit(NO_AUDIT)).toBe("");
  });
});

describe("what a save changed", () => {
  it("lists only the fields and items that differ, in the form's order, old → new", () => {
    const before = saved();
    const after = saved({ visitDate: "2024-10-06", shifts: ["N"], ratings: { ...before.ratings, "4.2.3.3": 0 }, staff: { ...before.staff, director: { auxiliarBasico: 2, tecnicoMedio: 0 } } });
    const changes = visitChanges(before, after);
    expect(changes.map((c) => c.label)).toEqual(["Fecha", "Turnos que atiende el CETPRO", "Personal — Director(a), Ciclo Auxiliar técnico / Básico", "Ítem 4.2.3.3"]);
    expect(describeChanges(changes)).toBe(
      "Fecha: «05/10/2024» → «06/10/2024»; Turnos que atiende el CETPRO: «Mañana, Tarde» → «Noche»; " +
        "Personal — Director(a), Ciclo Auxiliar técnico / Básico: 1 → 2; Ítem 4.2.3.3: " +
        `${before.ratings["4.2.3.3"]} → 0`,
    );
    expect(visitChanges(before, before)).toEqual([]);
  });

  it("counts a rating taken away, and a rating of 0 given to a new visit", () => {
    const draft = validateVisit({ ...draftVisit({ ratings: { "4.1.1.1": 0 } }), id: "v-dddd" }, { today: "2026-11-25" });
    if (!draft.ok) throw new Error("invalid");
    expect(describeChanges(visitChanges(null, draft.record))).toBe("Estado: (vacío) → «Borrador»; Fecha: (vacío) → «12/11/2024»; Código local: (vacío) → «004321»; UGEL: (vacío) → «02»; Ítem 4.1.1.1: (vacío) → 0");
    const { "4.1.1.1": _gone, ...rest } = draft.record.ratings;
    expect(describeChanges(visitChanges(draft.record, { ...draft.record, ratings: rest }))).toBe("Ítem 4.1.1.1: 0 → (vacío)");
  });

  it("cuts long texts so that a row stays far from Sheets' 50,000 characters per cell", () => {
    const long = "x".repeat(10_000);
    const text = describeChanges(visitChanges(saved(), saved({ observations: long, directorCommitment: long, directorSuggestions: long })));
    // Three fields, each shown cut on both sides, with their names.
    expect(text.length).toBeLessThan(3 * (2 * CHANGE_VALUE_MAX + 100));
    expect(text).toContain(`«${"x".repeat(CHANGE_VALUE_MAX - 1)}…»`);
    // An edit late in a long text shows from a little before it, different on both sides.
    const late = describeChanges(visitChanges(saved({ observations: `${long.slice(1)}a` }), saved({ observations: `${long.slice(1)}b` })));
    expect(late).toMatch(/«…x+a» → «…x+b»$/);
    const everything = describeChanges(visitChanges(null, saved({ observations: long, directorCommitment: long, directorSuggestions: long, ratings: ratingsAll(3) })));
    expect(everything.length).toBeLessThan(50_000);
  });

  it("describes a review", () => {
    expect(reviewChanges({ status: "", comment: "", date: "" }, { status: "revisada", comment: "Bien", date: "2026-11-25" })).toEqual([
      { label: "Revisión", before: "", after: "Revisada", numeric: false },
      { label: "Comentario de revisión", before: "", after: "Bien", numeric: false },
    ]);
  });

  it("makes a Historial row with every value protected as text", () => {
    const row = historialRow({ at: "2026-11-25 09:00:00", user: "=ana", action: "Modificación", id: "v-a", sheetName: "012345 2024-10-05", code: "012345", school: "+CETPRO", changes: [] });
    expect(row).toHaveLength(HISTORIAL_COLUMNS.length);
    expect(row).toEqual(["'2026-11-25 09:00:00", "'=ana", "'Modificación", "'v-a", "'012345 2024-10-05", "'012345", "'+CETPRO", 0, "'Sin cambios", ""]);
  });
});

describe("Evolución's grid", () => {
  const visit = (id: string, code: string, date: string, rating: 0 | 1 | 2 | 3, status = "complete") =>
    summaryOf(
      { ...saved({ visitDate: date, ratings: ratingsAll(rating), school: { ...(completeVisit().school as object), code } }, id), status: status as "complete" },
      `${code} ${date}`,
    );

  it("has one row per CETPRO and date, oldest first, numbered per CETPRO, drafts left out", () => {
    const values = evolucionValues(CAP_ETP_2024, [
      visit("v-mz000001-a", "000002", "2024-09-01", 2),
      visit("v-mz000002-a", "000001", "2024-10-01", 3),
      visit("v-mz000003-a", "000001", "2024-03-01", 0),
      visit("v-mz000004-a", "000001", "2024-11-01", 1, "draft"),
      visit("v-mz000005-a", "000001", "2024-10-01", 1),
    ]);
    const header = values.findIndex((row) => row[0] === "'Código local");
    const rows = values.slice(header + 1);
    expect(rows.map((r) => [r[0], r[3], r[5], r[6]])).toEqual([
      ["'000001", 1, 0, "'No realizado"],
      ["'000001", 2, 1, "'En inicio"],
      ["'000002", 1, 2, "'En proceso"],
    ]);
    expect(values[header]).toHaveLength(5 + 2 * 10);
  });

  it("pads with blank rows to clear the rows it had before", () => {
    const values = evolucionValues(CAP_ETP_2024, [], 40);
    expect(values).toHaveLength(40);
    expect(values[39].every((cell) => cell === "")).toBe(true);
  });
});
