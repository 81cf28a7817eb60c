// Spanish names of the record's fields, as the printed form names them, for messages.
import { ENROLMENT_CYCLES, STAFF_CYCLES, STAFF_ROLES } from "../form";

const TOP: Record<string, string> = {
  instrument: "Instrumento",
  id: "Id de visita",
  status: "Estado",
  visitDate: "Fecha",
  cycles: "Ciclos",
  shifts: "Turnos que atiende el CETPRO",
  specialist: "Nombre del especialista",
  staff: "Personal",
  enrolment: "Metas de atención",
  ratings: "Valoraciones",
  observations: "Observaciones / sugerencias del especialista",
  directorCommitment: "Compromiso del director(a)",
  directorSuggestions: "Sugerencias del director(a)",
};

const SCHOOL: Record<string, string> = {
  code: "Código local",
  name: "Nombre del CETPRO",
  ugel: "UGEL",
  rei: "REI",
  director: "Nombre del director(a) del CETPRO",
  website: "Plataforma institucional del CETPRO (dirección web)",
};

const COUNTS: Record<string, string> = { enrolled: "matriculados", attending: "asistentes" };

function labelOf(list: readonly { key: string; label: string }[], key: string): string {
  return list.find((entry) => entry.key === key)?.label ?? key;
}

/** The Spanish name of the field at `path`, e.g. ["school","code"] → "Código local". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const [head, second, third] = path.map(String);
  if (head === "school" && second) return SCHOOL[second] ?? `CETPRO (${second})`;
  if (head === "ratings" && second) return `Ítem ${second}`;
  if (head === "staff" && second) {
    const role = `Personal — ${labelOf(STAFF_ROLES, second)}`;
    return third ? `${role}, ${labelOf(STAFF_CYCLES, third)}` : role;
  }
  if (head === "enrolment" && second) {
    const cycle = `Metas de atención — ${labelOf(ENROLMENT_CYCLES, second)}`;
    return third ? `${cycle}, ${COUNTS[third] ?? third}` : cycle;
  }
  if (head === "cycles" || head === "shifts") return TOP[head];
  return (head && TOP[head]) ?? (head ? `Campo «${head}»` : "Ficha");
}

/** "school.code" for ["school","code"]; rating codes keep their dots: "ratings.4.1.2.3". */
export function pathString(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}
