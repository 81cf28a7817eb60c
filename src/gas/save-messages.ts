// The Spanish answers a save gives when the visit it names cannot be updated, and the text of an error.
import type { FieldIssue } from "../record";

export function unknownVisit(id: string): FieldIssue {
  return { path: "id", message: `Id de visita: no existe una visita guardada con el id «${id}».` };
}

export function versionChange(id: string, from: string, to: string): FieldIssue {
  return { path: "instrument", message: `Instrumento: la visita «${id}» se llenó con la versión ${from} de la ficha y no puede pasar a ${to}.` };
}

/** The message of an error thrown by the Apps Script services, which come from another realm (no instanceof). */
export function errorText(error: unknown): string {
  return error !== null && typeof error === "object" && "message" in error ? String(error.message) : String(error);
}
