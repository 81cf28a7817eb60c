// reviewVisit: a coordinator marks a complete visit «revisada» or «observada», with a comment.
import { nowInLima, todayInLima, validateReview, type FieldIssue, type Review } from "../record";
import {
  SHEETS,
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
import { LOCK_MESSAGE, LockTimeout, withDocumentLock } from "./lock";
import { activeUser } from "./previous-visit";
import { ensureSheets } from "./setup";
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
      ss.getRange(a1(visit.sheetName, firstRow + 1, 1, layout.template.columns, rows)).setValues(reviewRowsValues(layout, review));
      const columns = consolidadoColumns(index.instrument);
      writeBlock(ss, derivedSheetNames(index.instrument.id).consolidated, 2 + row, columns.reviewColumn + 1, [reviewCells(review)]);
      const visits = visitsOf(index).map((v) => (v.id === id ? { ...v, review } : v));
      const data = resumenData(index.instrument, visits);
      writeBlock(ss, derivedSheetNames(index.instrument.id).summary, 1, 1, resumenValues(data, resumenRowCount(data)));
      let history = ss.getSheetByName(SHEETS.history);
      if (!history) {
        ensureSheets(ss, index.instrument);
        history = ss.getSheetByName(SHEETS.history)!;
      }
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
      history.insertRowBefore(2);
      history.getRange(2, 1, 1, entry.length).setValues([entry]);
      SpreadsheetApp.flush();
      return { ok: true as const, review };
    });
  } catch (error) {
    if (error instanceof LockTimeout) return fail(LOCK_MESSAGE, "");
    throw error;
  }
}
