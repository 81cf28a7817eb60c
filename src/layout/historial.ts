// Historial: one row per save or review, newest first, never rewritten: who, when, which visit, what changed.
import { asText } from "./cells";
import { describeChanges, type Change } from "./visit-changes";

export const HISTORIAL_COLUMNS = [
  { header: "Fecha y hora", width: 140 },
  { header: "Usuario", width: 200 },
  { header: "Acción", width: 100 },
  { header: "Id de visita", width: 130 },
  { header: "Hoja", width: 140 },
  { header: "Código local", width: 80 },
  { header: "CETPRO", width: 200 },
  { header: "N° de cambios", width: 70 },
  { header: "Campos e ítems cambiados", width: 260 },
  { header: "Detalle (anterior → nuevo)", width: 420 },
] as const;

export type HistoryAction = "Creación" | "Modificación" | "Importación" | "Revisión";

export interface HistoryEntry {
  /** "YYYY-MM-DD HH:MM:SS", Lima time: as text, it sorts and filters the same everywhere. */
  at: string;
  user: string;
  action: HistoryAction;
  id: string;
  sheetName: string;
  code: string;
  school: string;
  changes: readonly Change[];
}

/** The row of one entry, ready for setValues. */
export function historialRow(entry: HistoryEntry): (string | number)[] {
  const labels = entry.changes.length ? entry.changes.map((c) => c.label).join(", ") : "Sin cambios";
  return [
    asText(entry.at),
    asText(entry.user),
    asText(entry.action),
    asText(entry.id),
    asText(entry.sheetName),
    asText(entry.code),
    asText(entry.school),
    entry.changes.length,
    asText(labels),
    asText(describeChanges(entry.changes)),
  ];
}
