// What the consolidated sheets know of a visit: enough to list it, find its sheet and score it.
import type { Rating } from "../form";
import { NO_TRAIL, type Audit, type Review, type School, type Trail, type VisitRecord, type VisitStatus } from "../record";

export interface VisitSummary {
  id: string;
  sheetName: string;
  status: VisitStatus;
  visitDate: string;
  instrument: string;
  school: School;
  specialist: string;
  ratings: Record<string, Rating>;
  /** The coordinator's review, kept beside the record (see record/review.ts). */
  review: Review;
  /** Who created and last changed the visit, and when (see record/audit.ts). */
  audit: Audit;
}

export function summaryOf(record: VisitRecord, sheetName: string, trail: Trail = NO_TRAIL): VisitSummary {
  return {
    id: record.id ?? "",
    sheetName,
    status: record.status,
    visitDate: record.visitDate,
    instrument: record.instrument,
    // Shared, not copied: summaries are read-only, and thousands are made in a rebuild.
    school: record.school,
    specialist: record.specialist,
    ratings: record.ratings,
    review: trail.review,
    audit: trail.audit,
  };
}

/** Newest first, then by id so that the order never depends on the order rows were read in. */
export function byDateDesc(a: VisitSummary, b: VisitSummary): number {
  if (a.visitDate !== b.visitDate) return a.visitDate < b.visitDate ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export const EMPTY_SCHOOL: School = { code: "", name: "", ugel: "", rei: "", director: "", website: "" };

/** True when `visit` is its school's newest visit among `visits`: only it updates the catalogue. */
export function isNewestOfSchool(visit: VisitSummary, visits: readonly VisitSummary[]): boolean {
  const newest = visits.filter((v) => v.school.code === visit.school.code).sort(byDateDesc)[0];
  return !newest || newest.id === visit.id;
}
