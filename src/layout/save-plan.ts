// What saving one visit changes besides its own sheet: its summary, Resumen, and the CETPRO catalogue.
import type { Instrument } from "../form";
import type { Review, VisitRecord } from "../record";
import { upsertCatalogue } from "./cetpro";
import { resumenData, resumenRowCount, resumenValues } from "./resumen";
import { EMPTY_SCHOOL, isNewestOfSchool, summaryOf, type VisitSummary } from "./visit-summary";

export interface DerivedWrites {
  summary: VisitSummary;
  /** Resumen after the save, padded to blank the rows it had before. */
  resumen: (string | number)[][];
  /** The catalogue rows after the save, or null when they do not change. */
  catalogue: ReturnType<typeof upsertCatalogue>;
}

/**
 * The same for both ways of writing (SpreadsheetApp or the Sheets API): `visits` are the version's
 * saved visits before this save; only the CETPRO's newest visit updates its catalogue row.
 */
export function derivedWrites(
  instrument: Instrument,
  record: VisitRecord,
  sheetName: string,
  review: Review,
  visits: readonly VisitSummary[],
  catalogueRows: readonly (readonly unknown[])[],
): DerivedWrites {
  const summary = summaryOf(record, sheetName, review);
  const after = visits.filter((v) => v.id !== record.id).concat(summary);
  const resumen = resumenValues(resumenData(instrument, after), resumenRowCount(resumenData(instrument, visits)));
  const school = isNewestOfSchool(summary, after) ? record.school : { ...EMPTY_SCHOOL, code: record.school.code };
  return { summary, resumen, catalogue: upsertCatalogue(catalogueRows, school) };
}
