// Everything one save writes, computed before anything is written: the visit's grid, its Consolidado
// row, Resumen, Evolución, the CETPRO catalogue and the Historial row. Both ways of writing use it.
import type { Instrument } from "../form";
import { NO_REVIEW, stampAudit, type Trail, type VisitRecord } from "../record";
import { upsertCatalogue } from "./cetpro";
import { consolidadoRow } from "./consolidado";
import { evolucionRowCount, evolucionValues } from "./evolucion";
import { historialRow } from "./historial";
import { resumenData, resumenRowCount, resumenValues } from "./resumen";
import { visitChanges } from "./visit-changes";
import type { VisitSheetLayout } from "./visit-sheet";
import { EMPTY_SCHOOL, isNewestOfSchool, summaryOf, type VisitSummary } from "./visit-summary";
import { visitSheetValues } from "./visit-values";

export interface SaveInput {
  instrument: Instrument;
  layout: VisitSheetLayout;
  /** The record to save, carrying its id. */
  record: VisitRecord;
  sheetName: string;
  /** The version's saved visits before this save (from Consolidado). */
  visits: readonly VisitSummary[];
  catalogueRows: readonly (readonly unknown[])[];
  /**
   * The visit as its sheet held it before this save; null for a new visit. `record` is null when the
   * old sheet could not be read as a record (a hand edit broke it): Historial then lists every filled
   * field as for a new visit.
   */
  previous: { record: VisitRecord | null; trail: Trail } | null;
  /** Who saves (e-mail, or the specialist's name) and when ("YYYY-MM-DD HH:MM:SS", Lima). */
  user: string;
  at: string;
  /** Saved by importVisits: Historial says «Importación». */
  imported?: boolean;
}

export interface SavePlan {
  /** The review kept across the specialist's saves, and the audit stamped by this save. */
  trail: Trail;
  visitValues: (string | number | boolean)[][];
  consolidado: (string | number)[];
  summary: VisitSummary;
  /** Resumen after the save, padded to blank the rows it had before. */
  resumen: (string | number)[][];
  /** Evolución after the save, padded likewise. */
  evolucion: (string | number)[][];
  /** The catalogue rows after the save, or null when they do not change. */
  catalogue: ReturnType<typeof upsertCatalogue>;
  /** The Historial row of this save, inserted under the header (newest first). */
  history: (string | number)[];
}

export function planSave(input: SaveInput): SavePlan {
  const { instrument, record, sheetName, visits, previous } = input;
  const trail: Trail = {
    review: previous?.trail.review ?? NO_REVIEW,
    audit: stampAudit(previous ? previous.trail.audit : null, input.user, input.at),
  };
  const summary = summaryOf(record, sheetName, trail);
  const after = visits.filter((v) => v.id !== record.id).concat(summary);
  const resumen = resumenValues(resumenData(instrument, after), resumenRowCount(resumenData(instrument, visits)));
  const evolucion = evolucionValues(instrument, after, evolucionRowCount(instrument, visits));
  const school = isNewestOfSchool(summary, after) ? record.school : { ...EMPTY_SCHOOL, code: record.school.code };
  const history = historialRow({
    at: input.at,
    user: input.user,
    action: input.imported ? "Importación" : previous ? "Modificación" : "Creación",
    id: record.id ?? "",
    sheetName,
    code: record.school.code,
    school: record.school.name,
    changes: visitChanges(previous ? previous.record : null, record),
  });
  return {
    trail,
    visitValues: visitSheetValues(input.layout, record, trail),
    consolidado: consolidadoRow(instrument, record, sheetName, trail),
    summary,
    resumen,
    evolucion,
    catalogue: upsertCatalogue(input.catalogueRows, school),
    history,
  };
}
