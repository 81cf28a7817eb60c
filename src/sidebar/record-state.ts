// The visit being edited, as the record JSON, and how form controls read and write it by path.
import { currentInstrument, DEFAULT_UGEL, ENROLMENT_CYCLES, STAFF_ROLES, type Rating } from "../form";
import type { VisitRecord } from "../record";

export function emptyRecord(today: string, specialist: string): VisitRecord {
  return {
    instrument: currentInstrument().id,
    status: "draft",
    visitDate: today,
    school: { code: "", name: "", ugel: DEFAULT_UGEL, rei: "", director: "", website: "" },
    cycles: [],
    shifts: [],
    specialist,
    staff: Object.fromEntries(STAFF_ROLES.map((r) => [r.key, { auxiliarBasico: 0, tecnicoMedio: 0 }])) as VisitRecord["staff"],
    enrolment: Object.fromEntries(ENROLMENT_CYCLES.map((c) => [c.key, { enrolled: 0, attending: 0 }])) as VisitRecord["enrolment"],
    ratings: {},
    observations: "",
    directorCommitment: "",
    directorSuggestions: "",
  };
}

/** Kinds of control: how a control's value becomes the record's value. */
export type ControlKind = "text" | "count" | "choice" | "rating";

function parent(record: VisitRecord, path: string): [Record<string, unknown>, string] {
  if (path.startsWith("ratings.")) return [record.ratings as Record<string, unknown>, path.slice("ratings.".length)];
  const parts = path.split(".");
  let node = record as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  return [node, parts[parts.length - 1]];
}

export function readPath(record: VisitRecord, path: string): unknown {
  const [node, key] = parent(record, path);
  return node[key];
}

/** Text as typed (trimmed only when validated); counts as numbers ("" is 0, "1,5" stays wrong). */
export function writeControl(record: VisitRecord, path: string, kind: ControlKind, control: HTMLInputElement | HTMLTextAreaElement): void {
  const [node, key] = parent(record, path);
  switch (kind) {
    case "text":
      node[key] = control.value;
      break;
    case "count": {
      const input = control as HTMLInputElement;
      const text = input.value.trim();
      node[key] = input.validity?.badInput ? Number.NaN : text === "" ? 0 : Number(text);
      break;
    }
    case "choice": {
      const list = new Set(node[key] as string[]);
      if ((control as HTMLInputElement).checked) list.add(control.value);
      else list.delete(control.value);
      node[key] = [...list];
      break;
    }
    case "rating":
      if ((control as HTMLInputElement).checked) node[key] = Number(control.value) as Rating;
      break;
  }
}

export function clearRating(record: VisitRecord, code: string): void {
  delete record.ratings[code];
}

export function cloneRecord(record: VisitRecord): VisitRecord {
  return JSON.parse(JSON.stringify(record)) as VisitRecord;
}

/** What the server compares: the record without the status chosen at save time. */
export function fingerprint(record: VisitRecord): string {
  const { status: _status, ...rest } = record;
  return JSON.stringify(rest);
}
