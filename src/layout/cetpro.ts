// The CETPRO catalogue: one row per school, kept current by saved visits, offered as autocomplete.
import type { School } from "../record";
import { readText } from "./cells";
import { byDateDesc, type VisitSummary } from "./visit-summary";

export const CETPRO_HEADERS = ["Código local", "Nombre del CETPRO", "UGEL", "REI", "Director(a)", "Plataforma web"];
export const CETPRO_WIDTHS = [90, 260, 60, 90, 220, 220];
const FIELDS = ["code", "name", "ugel", "rei", "director", "website"] as const;

function codeOf(value: unknown): string {
  return typeof value === "number" ? String(value).padStart(6, "0") : readText(value).trim();
}

/** Catalogue rows (without header) → schools; blank rows are skipped. */
export function readCatalogue(rows: readonly (readonly unknown[])[]): School[] {
  const schools: School[] = [];
  for (const row of rows) {
    const code = codeOf(row[0]);
    if (!code) continue;
    schools.push({
      code,
      name: readText(row[1]),
      ugel: readText(row[2]),
      rei: readText(row[3]),
      director: readText(row[4]),
      website: readText(row[5]),
    });
  }
  return schools;
}

/**
 * The catalogue rows after a visit of `school` is saved: its row updated with every non-empty field
 * of the visit (a draft with only the code wipes nothing), or appended in the first blank row.
 * Returns null when nothing changes, and the row index used.
 */
export function upsertCatalogue(rows: readonly (readonly unknown[])[], school: School): { rows: unknown[][]; index: number } | null {
  const next = rows.map((row) => row.slice());
  let index = next.findIndex((row) => codeOf(row[0]) === school.code);
  if (index < 0) {
    index = next.findIndex((row) => row.every((cell) => cell === "" || cell === null));
    if (index < 0) {
      index = next.length;
      next.push(Array(CETPRO_HEADERS.length).fill(""));
    }
  }
  const row = next[index];
  let changed = false;
  FIELDS.forEach((field, i) => {
    const value = school[field];
    const current = i === 0 ? codeOf(row[0]) : readText(row[i]);
    if ((value !== "" || i === 0) && value !== current) {
      row[i] = value;
      changed = true;
    }
  });
  return changed ? { rows: next, index } : null;
}

/** The catalogue after a rebuild: every CETPRO with visits gets the data of its newest visit. */
export function catalogueFromVisits(rows: readonly (readonly unknown[])[], visits: readonly VisitSummary[]): unknown[][] {
  let next: unknown[][] = rows.map((row) => row.slice());
  const newest = new Map<string, VisitSummary>();
  for (const visit of visits.slice().sort(byDateDesc)) if (!newest.has(visit.school.code)) newest.set(visit.school.code, visit);
  for (const code of new Set(visits.map((v) => v.school.code))) {
    const upsert = upsertCatalogue(next, newest.get(code)!.school);
    if (upsert) next = upsert.rows;
  }
  return next;
}
