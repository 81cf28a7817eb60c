// Visit records for tests: a complete one, a draft, ratings that give chosen levels, and a generator.
import fc from "fast-check";
import { CYCLES, ENROLMENT_CYCLES, SHIFTS, STAFF_ROLES, allItems, CAP_ETP_2024, type Rating } from "../../src/form";

export const CODES = allItems(CAP_ETP_2024).map((item) => item.code);

export function ratingsAll(value: Rating): Record<string, Rating> {
  return Object.fromEntries(CODES.map((code) => [code, value]));
}

/** Ratings whose every dimension has the given mean-defining pattern: item i gets pattern[i % len]. */
export function ratingsPattern(pattern: Rating[]): Record<string, Rating> {
  return Object.fromEntries(CODES.map((code, i) => [code, pattern[i % pattern.length]]));
}

export function zeroStaff() {
  return Object.fromEntries(STAFF_ROLES.map((r) => [r.key, { auxiliarBasico: 0, tecnicoMedio: 0 }]));
}

export function completeVisit(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    instrument: "cap-etp-2024",
    status: "complete",
    visitDate: "2024-10-05",
    school: {
      code: "012345",
      name: "CETPRO Santa Rosa",
      ugel: "02",
      rei: "REI 05",
      director: "María Quispe Huamán",
      website: "https://cetprosantarosa.edu.pe",
    },
    cycles: ["auxiliar-basico", "tecnico-medio"],
    shifts: ["M", "T"],
    specialist: "Juan Pérez Rojas",
    staff: { ...zeroStaff(), director: { auxiliarBasico: 1, tecnicoMedio: 0 }, tenuredTeachers: { auxiliarBasico: 4, tecnicoMedio: 6 } },
    enrolment: {
      basico: { enrolled: 40, attending: 35 },
      auxiliarTecnico: { enrolled: 30, attending: 28 },
      tecnicoMedio: { enrolled: 25, attending: 20 },
    },
    ratings: ratingsPattern([2, 3, 1, 2]),
    observations: "Se evidencian actas de reunión.",
    directorCommitment: "Socializar el plan CAP en diciembre.",
    directorSuggestions: "Más acompañamiento.",
    ...overrides,
  };
}

export function draftVisit(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { instrument: "cap-etp-2024", status: "draft", visitDate: "2024-11-12", school: { code: "004321" }, ...overrides };
}

const rating = fc.constantFrom<Rating>(0, 1, 2, 3);
const count = fc.nat({ max: 500 });
const words = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnñopqrstuvwxyzáéíóú ABCÑ0123456789.,;:-()'\"=+@<>/&"), maxLength: 60 });
const longText = fc.string({ maxLength: 300 });
const isoDate = fc
  .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2026, 10, 20)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Valid records of either status, with any text (formulas, HTML, quotes) in the free fields. */
export const validRecord = fc
  .record({
    status: fc.constantFrom("draft", "complete"),
    visitDate: isoDate,
    code: fc.stringMatching(/^\d{6}$/),
    name: words,
    rei: words,
    director: words,
    website: fc.constantFrom("", "https://a.edu.pe", "http://x.org/y?z=1"),
    cycles: fc.subarray(CYCLES.map((c) => c.key)),
    shifts: fc.subarray(SHIFTS.map((s) => s.key)),
    specialist: words,
    staff: fc.tuple(...STAFF_ROLES.map(() => fc.tuple(count, count))),
    enrolment: fc.tuple(...ENROLMENT_CYCLES.map(() => fc.tuple(count, count))),
    ratings: fc.tuple(...CODES.map(() => fc.option(rating, { nil: undefined }))),
    observations: longText,
    directorCommitment: longText,
    directorSuggestions: longText,
  })
  .map((r) => {
    const complete = r.status === "complete";
    const trimmed = (s: string) => s.trim();
    return {
      instrument: "cap-etp-2024",
      status: r.status,
      visitDate: r.visitDate,
      school: {
        code: r.code,
        name: trimmed(r.name) || (complete ? "CETPRO X" : ""),
        ugel: "02",
        rei: trimmed(r.rei),
        director: trimmed(r.director),
        website: r.website,
      },
      cycles: r.cycles,
      shifts: r.shifts,
      specialist: trimmed(r.specialist) || (complete ? "Especialista" : ""),
      staff: Object.fromEntries(STAFF_ROLES.map((role, i) => [role.key, { auxiliarBasico: r.staff[i][0], tecnicoMedio: r.staff[i][1] }])),
      enrolment: Object.fromEntries(
        ENROLMENT_CYCLES.map((cycle, i) => {
          const [a, b] = r.enrolment[i];
          return [cycle.key, { enrolled: Math.max(a, b), attending: Math.min(a, b) }];
        }),
      ),
      ratings: Object.fromEntries(
        CODES.map((code, i) => [code, complete ? (r.ratings[i] ?? 2) : r.ratings[i]]).filter(([, v]) => v !== undefined),
      ),
      observations: trimmed(r.observations),
      directorCommitment: trimmed(r.directorCommitment),
      directorSuggestions: trimmed(r.directorSuggestions),
    };
  });
