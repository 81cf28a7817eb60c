// Validation of a visit record: zod issues turned into Spanish messages that name the field.
import type * as z from "zod";
import { fieldLabel, pathString } from "./fields";
import { makeVisitSchema, type SchemaOptions } from "./schema";
import type { FieldIssue, ValidationResult, VisitRecord } from "./types";

function reasonFor(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "es obligatorio." : "tiene un tipo de dato no válido.";
    case "unrecognized_keys":
      return `no reconoce ${issue.keys.map((key) => `«${key}»`).join(", ")}.`;
    default:
      return "no es válido.";
  }
}

function toFieldIssues(error: z.ZodError): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    const entry = { path: pathString(path), message: `${fieldLabel(path)}: ${issue.message}` };
    const key = `${entry.path}\u0000${entry.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(entry);
    }
  }
  return issues;
}

/** Advice that does not block saving: what a complete ficha usually has. */
function warningsFor(record: VisitRecord): FieldIssue[] {
  if (record.status !== "complete") return [];
  const warnings: FieldIssue[] = [];
  const warn = (path: string[], message: string) =>
    warnings.push({ path: pathString(path), message: `${fieldLabel(path)}: ${message}` });
  if (!record.school.rei) warn(["school", "rei"], "está vacío.");
  if (!record.school.director) warn(["school", "director"], "está vacío.");
  if (record.cycles.length === 0) warn(["cycles"], "no se marcó ningún ciclo.");
  if (record.shifts.length === 0) warn(["shifts"], "no se marcó ningún turno.");
  if (Object.values(record.staff).every((row) => row.auxiliarBasico + row.tecnicoMedio === 0)) {
    warn(["staff"], "todas las cantidades están en 0.");
  }
  if (Object.values(record.enrolment).every((row) => row.enrolled === 0)) {
    warn(["enrolment"], "no hay estudiantes matriculados registrados.");
  }
  return warnings;
}

/** Checks and normalises a record (trim, defaults, form order). Nothing outside is touched. */
export function validateVisit(input: unknown, options: SchemaOptions): ValidationResult {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ path: "", message: "Ficha: no se recibió una ficha para guardar." }], warnings: [] };
  }
  const parsed = makeVisitSchema(options).safeParse(input, { error: (issue) => reasonFor(issue) });
  if (!parsed.success) return { ok: false, errors: toFieldIssues(parsed.error), warnings: [] };
  const record = parsed.data as VisitRecord;
  if (record.id === undefined) delete record.id;
  return { ok: true, record, warnings: warningsFor(record) };
}
