// What a save changed in a visit, field by field and item by item, in words for Historial.
import { CYCLES, ENROLMENT_CYCLES, SHIFTS, STAFF_CYCLES, STAFF_ROLES, allItems, getInstrument } from "../form";
import { fieldLabel, isoToPeruvian, reviewLabel, type Review, type VisitRecord } from "../record";
import { statusLabel } from "./visit-values";

export interface Change {
  /** The field's Spanish name ("Fecha", "Código local") or the item's code ("Ítem 1.1.1"). */
  label: string;
  before: string;
  after: string;
  /** Counts and ratings are shown bare; texts between «». */
  numeric: boolean;
}

type Leaf = { label: string; value: string; kind: "text" | "count" | "rating" };

/** Long texts are cut in Historial so that one row stays well under Sheets' 50,000 characters per cell. */
export const CHANGE_VALUE_MAX = 200;

/** Characters kept before the first difference when a long text is shown from its middle. */
const CONTEXT = 40;

/**
 * A long text cut to CHANGE_VALUE_MAX around `from` (where the two versions first differ), so that an
 * edit late in a long observation still shows as different on both sides.
 */
function shown(value: string, from: number): string {
  if (value.length <= CHANGE_VALUE_MAX) return value;
  const start = from > CHANGE_VALUE_MAX - CONTEXT ? from - CONTEXT : 0;
  const end = start + CHANGE_VALUE_MAX - 1;
  return `${start > 0 ? "…" : ""}${value.slice(start, end)}${end < value.length ? "…" : ""}`;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

function choices(list: readonly { key: string; label: string }[], keys: readonly string[]): string {
  return list.filter((entry) => keys.includes(entry.key)).map((entry) => entry.label).join(", ");
}

/** Every field and item of a record with its shown value, in the order of the printed form. */
function leaves(record: VisitRecord): Leaf[] {
  const out: Leaf[] = [];
  const add = (path: string[], value: string | number | undefined) =>
    out.push({
      label: fieldLabel(path),
      value: value === undefined ? "" : String(value),
      kind: path[0] === "ratings" ? "rating" : typeof value === "number" ? "count" : "text",
    });
  add(["status"], statusLabel(record.status));
  add(["visitDate"], isoToPeruvian(record.visitDate));
  for (const key of ["code", "name", "ugel", "rei", "director", "website"] as const) add(["school", key], record.school[key]);
  add(["cycles"], choices(CYCLES, record.cycles));
  add(["shifts"], choices(SHIFTS, record.shifts));
  add(["specialist"], record.specialist);
  for (const role of STAFF_ROLES) for (const cycle of STAFF_CYCLES) add(["staff", role.key, cycle.key], record.staff[role.key][cycle.key]);
  for (const cycle of ENROLMENT_CYCLES) {
    add(["enrolment", cycle.key, "enrolled"], record.enrolment[cycle.key].enrolled);
    add(["enrolment", cycle.key, "attending"], record.enrolment[cycle.key].attending);
  }
  const instrument = getInstrument(record.instrument);
  const codes = instrument ? allItems(instrument).map((item) => item.code) : Object.keys(record.ratings).sort();
  for (const code of codes) add(["ratings", code], record.ratings[code]);
  add(["observations"], record.observations);
  add(["directorCommitment"], record.directorCommitment);
  add(["directorSuggestions"], record.directorSuggestions);
  return out;
}

/**
 * The fields and items whose value differs between two versions of a visit. For a new visit
 * (`before` null) every filled field counts as changed from empty.
 */
export function visitChanges(before: VisitRecord | null, after: VisitRecord): Change[] {
  const old = new Map(before ? leaves(before).map((leaf) => [leaf.label, leaf.value]) : []);
  const changes: Change[] = [];
  for (const { label, value, kind } of leaves(after)) {
    // A new visit's counts start at 0: only the ones filled in are news (a rating of 0 is one).
    const previous = old.get(label) ?? (kind === "count" ? "0" : "");
    if (previous !== value) changes.push({ label, before: previous, after: value, numeric: kind !== "text" });
  }
  return changes;
}

/** "Fecha: «05/10/2024» → «06/10/2024»; Ítem 1.1.1: (vacío) → 2". */
export function describeChanges(changes: readonly Change[]): string {
  return changes
    .map((c) => {
      const from = firstDifference(c.before, c.after);
      const side = (value: string) => (value === "" ? "(vacío)" : c.numeric ? value : `«${shown(value, from)}»`);
      return `${c.label}: ${side(c.before)} → ${side(c.after)}`;
    })
    .join("; ");
}

/** What a coordinator's review changed: its status and its comment. */
export function reviewChanges(before: Review, after: Review): Change[] {
  const pairs: [string, string, string][] = [
    ["Revisión", reviewLabel(before.status), reviewLabel(after.status)],
    ["Comentario de revisión", before.comment, after.comment],
  ];
  return pairs.filter(([, a, b]) => a !== b).map(([label, a, b]) => ({ label, before: a, after: b, numeric: false }));
}
