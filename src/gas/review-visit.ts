// reviewVisit: a coordinator marks a complete visit «revisada» or «observada», with a comment.
import { nowInLima, todayInLima, validateReview, type FieldIssue, type Review } from "../record";
import {
  consolidadoColumns,
  derivedSheetNames,
  historialRow,
  resumenData,
  resumenRowCount,
  resumenValues,
  reviewCells,
  reviewChanges,
  reviewRowsValues,
} from "../layout";
import { a1, writeBlock } from "./blocks";
import { readAllConsolidated, visitsOf } from "./consolidated-store";
import { historySheet, logRow } from "./history-log";
import { LOCK_MESSAGE, LockTimeout, withDocumentLock } from "./lock";
import { errorText } from "./save-messages";
import { undoAll, type Undo } from "./undo";
import { activeUser } from "./previous-visit";
import { visitLayout } from "./visit-layout";

export type ReviewResult = { ok: true; review: Review } | { ok: false; errors: FieldIssue[] };

const fail = (message: string, path = "id"): ReviewResult => ({ ok: false, errors: [{ path, message }] });

/**
 * Writes the review in the visit's own sheet (the record of it, so a rebuild keeps it), in its
 * Consolidado row and in Resumen, and logs it in Historial. An empty status takes the review away.
 */
export function reviewVisit(id: unknown, status: unknown, comment: unknown = ""): ReviewResult {
  const checked = validateReview(status, comment);
  if (!checked.ok) return checked;
  if (typeof id !== "string" || !id) return fail("Id de visita: falta el id de la visita a revisar.");
  try {
    return withDocumentLock(() => {
      const ss = SpreadsheetApp.getActive();
      const indexes = readAllConsolidated(ss);
      const index = indexes.find((i) => i.rows.some((r) => r?.id === id));
      if (!index) return fail(`Id de visita: no existe una visita guardada con el id «${id}».`);
      const row = index.rows.findIndex((r) => r?.id === id);
      const visit = index.rows[row]!;
      if (visit.status !== "complete") return fail("Revisión: solo se revisan fichas completas; esta es un borrador.", "review.status");
      const review: Review = checked.status ? { status: checked.status, comment: checked.comment, date: todayInLima() } : { status: "", comment: "", date: "" };
      const layout = visitLayout(index.instrument.id);
      const { firstRow, rows } = layout.map.review;
      const names = derivedSheetNames(index.instrument.id);
      const columns = consolidadoColumns(index.instrument);
      const visits = visitsOf(index);
      const entry = historialRow({
        at: nowInLima(),
        user: activeUser(""),
        action: "Revisión",
        id,
        sheetName: visit.sheetName,
        code: visit.school.code,
        school: visit.school.name,
        changes: reviewChanges(visit.review, review),
      });
      const history = historySheet(ss, index.instrument);
      // All of it or none of it: a review that is not in Historial is taken back.
      const undo: Undo[] = [];
      try {
        const reviewRange = ss.getRange(a1(visit.sheetName, firstRow + 1, 1, layout.template.columns, rows));
        reviewRange.setValues(reviewRowsValues(layout, review));
        undo.push(() => reviewRange.setValues(reviewRowsValues(layout, visit.review)));
        writeBlock(ss, names.consolidated, 2 + row, columns.reviewColumn + 1, [reviewCells(review)]);
        undo.push(() => writeBlock(ss, names.consolidated, 2 + row, columns.reviewColumn + 1, [reviewCells(visit.review)]));
        const before = resumenData(index.instrument, visits);
        const after = resumenData(index.instrument, visits.map((v) => (v.id === id ? { ...v, review } : v)));
        writeBlock(ss, names.summary, 1, 1, resumenValues(after, resumenRowCount(after)));
        undo.push(() => writeBlock(ss, names.summary, 1, 1, resumenValues(before, resumenRowCount(before))));
        logRow(history, entry, undo);
        SpreadsheetApp.flush();
      } catch (error) {
        undoAll(undo);
        return fail(`No se pudo guardar la revisión (${errorText(error)}). Nada quedó a medias: vuelva a intentarlo.`, "");
      }
      return { ok: true as const, review };
    });
  } catch (error) {
    if (error instanceof LockTimeout) return fail(LOCK_MESSAGE, "");
    throw error;
  }
}
