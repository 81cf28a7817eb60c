// Property tests on the built bundle: hostile text is kept verbatim as text; any invalid record writes nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSpreadsheetCall } from "./support/apps-script";
import { loadBundle, validateVisit } from "./support/bundle";
import { validRecord } from "./support/records";

type SaveResult = { ok: boolean; id?: string; errors?: { path: string; message: string }[] };

const hostileUnit = fc.constantFrom(..."=+-@<>&\"'\t\n\u0001\u001f\u007fabcñÁ😀€ ".split(""), "😀", "=", "+", "<script>", "=IMPORTXML(", "@", "-");
const hostile = (maxLength: number) =>
  fc.string({ unit: hostileUnit, minLength: 1, maxLength }).map((s) => s.trim()).filter((s) => s.length > 0);
const startsBadly = fc.tuple(fc.constantFrom("=", "+", "-", "@"), hostile(40)).map(([a, b]) => `${a}${b}`);

describe("text is stored and read back verbatim, never as a formula", () => {
  it("for formulas, HTML, control characters, emoji and 5,000-character strings", () => {
    const bundle = loadBundle();
    fc.assert(
      fc.property(
        validRecord,
        startsBadly,
        hostile(180),
        fc.string({ unit: hostileUnit, minLength: 5000, maxLength: 5000 }).map((s) => `x${s.slice(1, -1)}x`),
        (record, formulaLike, html, long) => {
          const input = {
            ...record,
            specialist: formulaLike,
            school: { ...record.school, name: html, director: formulaLike, rei: "+51 999 888 777" },
            observations: long,
            directorCommitment: `<img src=x onerror=alert(1)> ${formulaLike}`,
            directorSuggestions: html,
          };
          const result = bundle.call<SaveResult>("saveVisit", input);
          expect(result.ok).toBe(true);
          const expected = validateVisit({ ...input, id: result.id }, { today: "2026-11-25" });
          expect(expected.ok).toBe(true);
          if (expected.ok) expect(bundle.call("getVisit", result.id)).toEqual(expected.record);
        },
      ),
      { numRuns: 40, seed: 42 },
    );
    const book = bundle.fake.spreadsheet;
    for (const name of book.sheetNames()) expect(book.formulas(name).flat().filter(Boolean)).toEqual([]);
  });
});

/** One way to break a valid record, and the field its message must name. */
const breakage = fc.constantFrom<[string, (r: Record<string, any>) => void, RegExp]>(
  ["rating 4", (r) => (r.ratings["4.1.1.1"] = 4), /^Ítem 4\.1\.1\.1: /],
  ["rating 2.5", (r) => (r.ratings["4.2.2.7"] = 2.5), /^Ítem 4\.2\.2\.7: /],
  ["rating text", (r) => (r.ratings["4.1.3.3"] = "2"), /^Ítem 4\.1\.3\.3: /],
  ["rating -1", (r) => (r.ratings["4.2.3.1"] = -1), /^Ítem 4\.2\.3\.1: /],
  ["unknown item", (r) => (r.ratings["4.9.9.9"] = 1), /^Ítem 4\.9\.9\.9: /],
  ["short code", (r) => (r.school.code = r.school.code.slice(1)), /^Código local: /],
  ["letter in code", (r) => (r.school.code = `${r.school.code.slice(0, 5)}a`), /^Código local: /],
  ["future date", (r) => (r.visitDate = "2999-01-01"), /^Fecha: /],
  ["impossible date", (r) => (r.visitDate = "2024-02-31"), /^Fecha: /],
  ["negative count", (r) => (r.staff.serviceStaff.tecnicoMedio = -2), /^Personal — Personal de servicio/],
  ["fractional count", (r) => (r.enrolment.basico.enrolled = 10.5), /^Metas de atención — Ciclo Básico/],
  ["more attending", (r) => (r.enrolment.tecnicoMedio = { enrolled: 1, attending: 2 }), /asistentes: no pueden ser más/],
  ["bad website", (r) => (r.school.website = "javascript:alert(1)"), /^Plataforma institucional/],
  ["unknown field", (r) => (r.hacked = true), /no reconoce «hacked»/],
  ["bad status", (r) => (r.status = "final"), /^Estado: /],
  ["huge text", (r) => (r.observations = "x".repeat(10_001)), /^Observaciones/],
);

describe("an invalid record", () => {
  it("is rejected with a Spanish message naming the field, and nothing is written", () => {
    const bundle = loadBundle();
    bundle.call("showSidebar");
    const book = bundle.fake.spreadsheet;
    const snapshot = () => book.sheetNames().map((name) => [name, book.values(name)]);
    fc.assert(
      fc.property(validRecord, breakage, (record, [, breakIt, message]) => {
        const input = JSON.parse(JSON.stringify(record)) as Record<string, any>;
        breakIt(input);
        const before = snapshot();
        bundle.fake.calls.reset();
        const result = bundle.call<SaveResult>("saveVisit", input);
        expect(result.ok).toBe(false);
        expect(result.errors?.some((e) => message.test(e.message))).toBe(true);
        expect(bundle.fake.calls.total(isSpreadsheetCall)).toBe(0);
        expect(snapshot()).toEqual(before);
      }),
      { numRuns: 120, seed: 7 },
    );
  });
});
