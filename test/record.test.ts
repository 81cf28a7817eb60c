// The record schema: every rule of "what bad input gets", with Spanish messages naming the field.
import { describe, expect, it } from "vitest";
import { compareVisitIds, isRealIsoDate, isoToPeruvian, newVisitId, peruvianToIso, todayInLima, validateVisit } from "../src/record";
import { completeVisit, draftVisit, CODES } from "./support/records";

const today = "2026-11-25";
const check = (input: unknown) => validateVisit(input, { today });

function errorsOf(input: unknown) {
  const result = check(input);
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

describe("valid records", () => {
  it("accepts a complete visit and normalises it", () => {
    const result = check(completeVisit({ specialist: "  Juan Pérez  " }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.specialist).toBe("Juan Pérez");
    expect(Object.keys(result.record.ratings)).toEqual(CODES);
    expect(result.warnings).toEqual([]);
  });

  it("accepts a draft with only código local and fecha, filling defaults", () => {
    const result = check(draftVisit());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.school).toEqual({ code: "004321", name: "", ugel: "02", rei: "", director: "", website: "" });
    expect(result.record.staff.tenuredTeachers).toEqual({ auxiliarBasico: 0, tecnicoMedio: 0 });
    expect(result.record.ratings).toEqual({});
    expect(result.record).not.toHaveProperty("id");
  });

  it("keeps the leading zero of código local", () => {
    const result = check(completeVisit({ school: { ...(completeVisit().school as object), code: "012345" } }));
    expect(result.ok && result.record.school.code).toBe("012345");
  });

  it("orders multiple choices as the form does and drops duplicates", () => {
    const result = check(completeVisit({ shifts: ["N", "M", "N"], cycles: ["tecnico-medio", "auxiliar-basico"] }));
    expect(result.ok && result.record.shifts).toEqual(["M", "N"]);
    expect(result.ok && result.record.cycles).toEqual(["auxiliar-basico", "tecnico-medio"]);
  });

  it("adds https:// to a bare domain", () => {
    const result = check(completeVisit({ school: { ...(completeVisit().school as object), website: "cetpro.edu.pe" } }));
    expect(result.ok && result.record.school.website).toBe("https://cetpro.edu.pe");
  });

  it("warns, without blocking, about what a complete ficha usually has", () => {
    const result = check(completeVisit({ shifts: [], school: { ...(completeVisit().school as object), rei: "" } }));
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.path).sort()).toEqual(["school.rei", "shifts"]);
    expect(result.warnings[0].message).toMatch(/REI|Turnos/);
  });

  it("keeps formulas, HTML and quotes in text as they are", () => {
    const text = '=HYPERLINK("http://x","y") <b>+1</b> @x';
    const result = check(completeVisit({ observations: text }));
    expect(result.ok && result.record.observations).toBe(text);
  });
});

describe("ratings", () => {
  const withRating = (value: unknown) => completeVisit({ ratings: { ...(completeVisit().ratings as object), "4.1.2.3": value } });
  it.each([
    [4, "4"],
    [2.5, "2.5"],
    ["3", "«3», que es texto"],
    [-1, "-1"],
  ])("rejects %j naming the item", (value, shown) => {
    const errors = errorsOf(withRating(value));
    expect(errors).toEqual([{ path: "ratings.4.1.2.3", message: `Ítem 4.1.2.3: la valoración debe ser 0, 1, 2 o 3 (se recibió ${shown}).` }]);
  });

  it("needs all 40 in a complete visit and names the missing one", () => {
    const ratings = { ...(completeVisit().ratings as Record<string, number>) };
    delete ratings["4.2.3.3"];
    expect(errorsOf(completeVisit({ ratings }))).toEqual([{ path: "ratings.4.2.3.3", message: "Ítem 4.2.3.3: falta la valoración (0 a 3)." }]);
  });

  it("lets a draft leave ratings blank, but not give wrong ones", () => {
    expect(check(draftVisit({ ratings: { "4.1.1.1": 3 } })).ok).toBe(true);
    expect(errorsOf(draftVisit({ ratings: { "4.1.1.1": 7 } }))[0].path).toBe("ratings.4.1.1.1");
  });

  it("rejects an item code the form does not have", () => {
    expect(errorsOf(draftVisit({ ratings: { "4.3.1.1": 1 } }))[0].message).toBe("Ítem 4.3.1.1: no existe en esta ficha.");
  });
});

describe("código local", () => {
  it.each(["12345", "1234567", "01234a", ""])("rejects %j", (code) => {
    const errors = errorsOf(draftVisit({ school: { code } }));
    expect(errors).toEqual([{ path: "school.code", message: "Código local: debe tener exactamente 6 dígitos (por ejemplo 012345)." }]);
  });

  it("rejects a number, which would lose its leading zeros", () => {
    expect(errorsOf(draftVisit({ school: { code: 12345 } }))[0].path).toBe("school.code");
  });
});

describe("dates", () => {
  it("rejects a future date", () => {
    expect(errorsOf(draftVisit({ visitDate: "2026-11-26" }))).toEqual([
      { path: "visitDate", message: "Fecha: no puede ser posterior a hoy (2026-11-25)." },
    ]);
  });

  it.each(["2024-02-30", "05/10/2024", "2024-13-01", "hoy"])("rejects %j as not a real date", (visitDate) => {
    expect(errorsOf(draftVisit({ visitDate }))[0].message).toMatch(/^Fecha: debe ser una fecha real/);
  });

  it("computes today in Lima (UTC−5)", () => {
    expect(todayInLima(new Date("2026-11-26T04:59:00Z"))).toBe("2026-11-25");
    expect(todayInLima(new Date("2026-11-26T05:00:00Z"))).toBe("2026-11-26");
  });

  it("converts between ISO and the Peruvian form", () => {
    expect(isoToPeruvian("2024-10-05")).toBe("05/10/2024");
    expect(peruvianToIso("5/10/2024")).toBe("2024-10-05");
    expect(isRealIsoDate("2024-02-29")).toBe(true);
    expect(isRealIsoDate("2023-02-29")).toBe(false);
  });
});

describe("counts", () => {
  it("rejects attending > enrolled naming the cycle", () => {
    const errors = errorsOf(completeVisit({ enrolment: { basico: { enrolled: 10, attending: 12 } } }));
    expect(errors).toEqual([
      {
        path: "enrolment.basico.attending",
        message: "Metas de atención — Ciclo Básico, asistentes: no pueden ser más (12) que los matriculados (10).",
      },
    ]);
  });

  it.each([-1, 1.5, "3"])("rejects a staff count of %j", (value) => {
    const errors = errorsOf(draftVisit({ staff: { tenuredTeachers: { auxiliarBasico: value } } }));
    expect(errors[0].path).toBe("staff.tenuredTeachers.auxiliarBasico");
    expect(errors[0].message).toMatch(/^Personal — Docentes nombrados, Ciclo Auxiliar técnico \/ Básico: /);
  });
});

describe("website and other fields", () => {
  it.each(["javascript:alert(1)", "ftp://x.pe", "http://", "no es una web"])("rejects website %j", (website) => {
    const errors = errorsOf(draftVisit({ school: { code: "012345", website } }));
    expect(errors[0].path).toBe("school.website");
    expect(errors[0].message).toMatch(/^Plataforma institucional del CETPRO \(dirección web\): /);
  });

  it("requires name and specialist in a complete visit", () => {
    const errors = errorsOf(completeVisit({ specialist: " ", school: { ...(completeVisit().school as object), name: "" } }));
    expect(errors.map((e) => e.path).sort()).toEqual(["school.name", "specialist"]);
  });

  it("bounds text length", () => {
    const errors = errorsOf(draftVisit({ observations: "x".repeat(10_001) }));
    expect(errors[0].message).toBe("Observaciones / sugerencias del especialista: admite como máximo 10000 caracteres.");
  });

  it("rejects unknown fields, a wrong status and a missing record", () => {
    expect(errorsOf(draftVisit({ extra: 1 }))[0].message).toBe("Ficha: no reconoce «extra».");
    expect(errorsOf(draftVisit({ status: "done" }))[0].path).toBe("status");
    expect(errorsOf(null)[0].message).toMatch(/no se recibió una ficha/);
    expect(errorsOf(draftVisit({ visitDate: undefined }))[0]).toEqual({ path: "visitDate", message: "Fecha: es obligatoria (AAAA-MM-DD)." });
  });
});

describe("visit ids", () => {
  it("increase in the order of first save even within one millisecond", () => {
    const taken = new Set<string>();
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const id = newVisitId(taken, 1_700_000_000_000);
      taken.add(id);
      ids.push(id);
    }
    expect(ids.slice().sort(compareVisitIds)).toEqual(ids);
    expect(new Set(ids).size).toBe(50);
  });

  it("never go back when the clock does", () => {
    const first = newVisitId(new Set(), 2_000_000_000_000);
    const second = newVisitId(new Set([first]), 1_000_000_000_000);
    expect(compareVisitIds(first, second)).toBeLessThan(0);
  });
});
