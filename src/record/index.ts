// Entry point of the visit record: types, schema, validation, dates and totals.
export type { VisitRecord, VisitStatus, School, FieldIssue, ValidationResult, StaffCounts, EnrolmentCounts } from "./types";
export { makeVisitSchema, LIMITS } from "./schema";
export { validateVisit } from "./validate";
export { fieldLabel, pathString } from "./fields";
export { isRealIsoDate, todayInLima, isoToPeruvian, peruvianToIso } from "./dates";
export { staffTotals, staffRoleTotal, enrolmentTotals } from "./totals";
export { newVisitId, compareVisitIds, idTime } from "./visit-id";
export { NO_REVIEW, REVIEW_LABELS, REVIEW_COMMENT_MAX, reviewLabel, reviewFromLabel, validateReview, type Review, type ReviewStatus } from "./review";
export { NO_AUDIT, NO_TRAIL, describeAudit, nowInLima, stampAudit, type Audit, type Trail } from "./audit";
