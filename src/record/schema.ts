// The zod schema of a visit record: every rule of "what bad input gets", shared by sidebar and server.
import * as z from "zod";
import { CYCLES, DEFAULT_UGEL, ENROLMENT_CYCLES, INSTRUMENTS, SHIFTS, STAFF_ROLES, getInstrument, itemCodes } from "../form";
import type { Rating } from "../form";
import { isRealIsoDate } from "./dates";

// No code generation: the sidebar's iframe and some runtimes refuse `new Function`.
z.config({ jitless: true });

export const LIMITS = {
  shortText: 200,
  longText: 10_000,
  website: 500,
  staffCount: 9_999,
  studentCount: 99_999,
  earliestDate: "2000-01-01",
} as const;

const text = (max: number) =>
  z
    .string({ error: "debe ser texto." })
    .trim()
    .max(max, { error: `admite como máximo ${max} caracteres.` })
    .default("");

const count = (max: number) =>
  z
    .number({ error: "debe ser un número entero mayor o igual a 0." })
    .int({ error: "debe ser un número entero (sin decimales)." })
    .min(0, { error: "no puede ser negativo." })
    .max(max, { error: `no puede ser mayor que ${max}.` })
    .default(0);

const WEB_ADDRESS = /^https?:\/\/[^\s/?#.][^\s]*\.[^\s]+$/i;
const BARE_DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i;

/** Empty, an http(s) address, or a bare domain such as "cetpro.edu.pe" (https:// is added). */
const website = z
  .string({ error: "debe ser texto." })
  .trim()
  .max(LIMITS.website, { error: `admite como máximo ${LIMITS.website} caracteres.` })
  .transform((value) => (BARE_DOMAIN.test(value) ? `https://${value}` : value))
  .refine((value) => value === "" || WEB_ADDRESS.test(value), {
    error: "debe quedar vacía o ser una dirección que empiece con http:// o https://.",
  })
  .default("");

function keyEnum<T extends readonly { key: string }[]>(list: T) {
  return list.map((entry) => entry.key) as unknown as [T[number]["key"], ...T[number]["key"][]];
}

/** A multiple choice: any subset, duplicates dropped, kept in form order. */
function subset<T extends readonly { key: string; label: string }[]>(list: T) {
  const keys = keyEnum(list);
  const order = (key: string) => keys.indexOf(key as T[number]["key"]);
  return z
    .array(z.enum(keys, { error: `solo admite: ${list.map((e) => e.label).join(", ")}.` }), {
      error: "debe ser una lista.",
    })
    .transform((values) => [...new Set(values)].sort((a, b) => order(a) - order(b)))
    .default([]);
}

const staffRow = z.strictObject({
  auxiliarBasico: count(LIMITS.staffCount),
  tecnicoMedio: count(LIMITS.staffCount),
});

const enrolmentRow = z
  .strictObject({
    enrolled: count(LIMITS.studentCount),
    attending: count(LIMITS.studentCount),
  })
  .superRefine((row, ctx) => {
    if (row.attending > row.enrolled) {
      ctx.addIssue({
        code: "custom",
        path: ["attending"],
        message: `no pueden ser más (${row.attending}) que los matriculados (${row.enrolled}).`,
      });
    }
  });

/** An object with one row per key (staff roles, enrolment cycles); missing rows are all zeros. */
function perKey<S extends z.ZodType>(keys: readonly string[], row: S, empty: Record<string, number>) {
  const shape = Object.fromEntries(keys.map((key) => [key, row.default((() => ({ ...empty })) as never)]));
  const emptyAll = () => Object.fromEntries(keys.map((key) => [key, { ...empty }]));
  return z.strictObject(shape).default(emptyAll as never);
}

/** Ratings: item code → 0..3. Unknown codes, non-integers, text and out-of-range values are errors. */
const ratings = z
  .record(z.string(), z.unknown(), { error: "debe ser un objeto de código de ítem a valoración." })
  .default({});

function describeReceived(value: unknown): string {
  if (typeof value === "string") return `«${value}», que es texto`;
  if (typeof value === "number") return String(value);
  if (value === null || value === undefined) return "vacío";
  return typeof value;
}

function isRating(value: unknown): value is Rating {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

export interface SchemaOptions {
  /** Today's date (YYYY-MM-DD, Lima): the visit date cannot be later. */
  today: string;
}

export function makeVisitSchema({ today }: SchemaOptions) {
  const instrumentIds = INSTRUMENTS.map((instrument) => instrument.id) as [string, ...string[]];
  return z
    .strictObject({
      instrument: z.enum(instrumentIds, { error: `debe ser uno de: ${instrumentIds.join(", ")}.` }),
      id: z
        .string({ error: "debe ser texto." })
        .regex(/^[A-Za-z0-9_-]{4,64}$/, { error: "no tiene la forma de un id asignado por Ficha CAP." })
        .optional(),
      status: z.enum(["draft", "complete"], { error: "debe ser «draft» (borrador) o «complete» (completa)." }),
      visitDate: z
        .string({ error: "es obligatoria (AAAA-MM-DD)." })
        .trim()
        .refine(isRealIsoDate, { error: "debe ser una fecha real con la forma AAAA-MM-DD." })
        .refine((d) => d >= LIMITS.earliestDate, { error: `no puede ser anterior a ${LIMITS.earliestDate}.` })
        .refine((d) => d <= today, { error: `no puede ser posterior a hoy (${today}).` }),
      school: z.strictObject(
        {
          code: z
            .string({ error: "es obligatorio: 6 dígitos escritos como texto (por ejemplo 012345)." })
            .trim()
            .regex(/^\d{6}$/, { error: "debe tener exactamente 6 dígitos (por ejemplo 012345)." }),
          name: text(LIMITS.shortText),
          ugel: z
            .string({ error: "debe ser texto." })
            .trim()
            .regex(/^\d{2}$/, { error: "debe tener 2 dígitos (por ejemplo 02)." })
            .default(DEFAULT_UGEL),
          rei: text(LIMITS.shortText),
          director: text(LIMITS.shortText),
          website,
        },
        { error: "faltan los datos del CETPRO." },
      ),
      cycles: subset(CYCLES),
      shifts: subset(SHIFTS),
      specialist: text(LIMITS.shortText),
      staff: perKey(keyEnum(STAFF_ROLES), staffRow, { auxiliarBasico: 0, tecnicoMedio: 0 }),
      enrolment: perKey(keyEnum(ENROLMENT_CYCLES), enrolmentRow, { enrolled: 0, attending: 0 }),
      ratings,
      observations: text(LIMITS.longText),
      directorCommitment: text(LIMITS.longText),
      directorSuggestions: text(LIMITS.longText),
    })
    .superRefine((record, ctx) => {
      const instrument = getInstrument(record.instrument);
      if (!instrument) return;
      const codes = itemCodes(instrument);
      for (const [code, value] of Object.entries(record.ratings)) {
        if (!codes.includes(code)) {
          ctx.addIssue({ code: "custom", path: ["ratings", code], message: "no existe en esta ficha." });
        } else if (value !== null && !isRating(value)) {
          ctx.addIssue({
            code: "custom",
            path: ["ratings", code],
            message: `la valoración debe ser 0, 1, 2 o 3 (se recibió ${describeReceived(value)}).`,
          });
        }
      }
      if (record.status !== "complete") return;
      const missing = codes.filter((code) => !isRating(record.ratings[code]));
      for (const code of missing) {
        if (!(code in record.ratings) || record.ratings[code] === null) {
          ctx.addIssue({ code: "custom", path: ["ratings", code], message: "falta la valoración (0 a 3)." });
        }
      }
      if (!record.school.name) {
        ctx.addIssue({ code: "custom", path: ["school", "name"], message: "es obligatorio en una ficha completa." });
      }
      if (!record.specialist) {
        ctx.addIssue({ code: "custom", path: ["specialist"], message: "es obligatorio en una ficha completa." });
      }
    })
    .transform((record) => {
      const instrument = getInstrument(record.instrument)!;
      const ordered: Record<string, Rating> = {};
      for (const code of itemCodes(instrument)) {
        const value = record.ratings[code];
        if (isRating(value)) ordered[code] = value;
      }
      return { ...record, ratings: ordered };
    });
}

export type VisitSchema = ReturnType<typeof makeVisitSchema>;
