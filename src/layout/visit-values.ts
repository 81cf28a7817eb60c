// A visit record written into its sheet's grid, and read back from it: the round trip of the record.
import { CYCLES, ENROLMENT_CYCLES, SHIFTS, STAFF_CYCLES, STAFF_ROLES, levelLabel, type Rating } from "../form";
import {
  NO_AUDIT,
  NO_TRAIL,
  NO_REVIEW,
  enrolmentTotals,
  isoToPeruvian,
  peruvianToIso,
  reviewFromLabel,
  reviewLabel,
  staffRoleTotal,
  staffTotals,
  type Audit,
  type Review,
  type Trail,
  type VisitRecord,
} from "../record";
import { allUnits, scoreVisit } from "../scoring";
import { asText, readCheckbox, readCount, readDate, readRating, readText } from "./cells";
import type { Pos, VisitSheetLayout } from "./visit-sheet";

export const STATUS_LABELS = { draft: "Borrador", complete: "Completa" } as const;

export function statusLabel(status: VisitRecord["status"]): string {
  return STATUS_LABELS[status];
}

export function statusFromLabel(label: string): VisitRecord["status"] | string {
  const found = (Object.keys(STATUS_LABELS) as VisitRecord["status"][]).find((key) => STATUS_LABELS[key] === label.trim());
  return found ?? label;
}

/** Writes a review into a grid (or into the template's copy of the review rows). */
function putReview(layout: VisitSheetLayout, values: (string | number | boolean)[][], review: Review, rowOffset = 0): void {
  const { status, date, comment } = layout.map.review;
  values[status[0] - rowOffset][status[1]] = asText(reviewLabel(review.status));
  values[date[0] - rowOffset][date[1]] = asText(review.date ? isoToPeruvian(review.date) : "");
  values[comment[0] - rowOffset][comment[1]] = asText(review.comment);
}

/** Only the review rows of a visit sheet, for the coordinator's reviewVisit (one small write). */
export function reviewRowsValues(layout: VisitSheetLayout, review: Review): (string | number | boolean)[][] {
  const { firstRow, rows } = layout.map.review;
  const values = layout.template.values.slice(firstRow, firstRow + rows).map((row) => row.slice());
  putReview(layout, values, review, firstRow);
  return values;
}

export function readReview(layout: VisitSheetLayout, grid: readonly (readonly unknown[])[]): Review {
  const { status, date, comment } = layout.map.review;
  const text = ([r, c]: Pos) => readText(grid[r]?.[c] ?? "");
  const reviewStatus = reviewFromLabel(text(status));
  if (!reviewStatus) return { ...NO_REVIEW };
  return { status: reviewStatus, date: peruvianToIso(text(date)), comment: text(comment) };
}

export function readAudit(layout: VisitSheetLayout, grid: readonly (readonly unknown[])[]): Audit {
  const text = ([r, c]: Pos) => readText(grid[r]?.[c] ?? "").trim();
  const { createdBy, createdAt, changedBy, changedAt } = layout.map.audit;
  return { createdBy: text(createdBy), createdAt: text(createdAt), changedBy: text(changedBy), changedAt: text(changedAt) };
}

/** What a visit sheet holds beside the record: the review and the audit. */
export function readTrail(layout: VisitSheetLayout, grid: readonly (readonly unknown[])[]): Trail {
  return { review: readReview(layout, grid), audit: readAudit(layout, grid) };
}

/** The full grid of a visit sheet for `record` (which must carry its id), with its review and audit. */
export function visitSheetValues(layout: VisitSheetLayout, record: VisitRecord, trail: Trail = NO_TRAIL): (string | number | boolean)[][] {
  const values = layout.template.values.map((row) => row.slice());
  const { map } = layout;
  const put = ([r, c]: Pos, value: string | number | boolean) => {
    values[r][c] = typeof value === "string" ? asText(value) : value;
  };
  putReview(layout, values, trail.review);
  const audit = trail.audit ?? NO_AUDIT;
  put(map.audit.createdBy, audit.createdBy);
  put(map.audit.createdAt, audit.createdAt);
  put(map.audit.changedBy, audit.changedBy);
  put(map.audit.changedAt, audit.changedAt);
  put(map.id, record.id ?? "");
  put(map.status, statusLabel(record.status));
  put(map.instrument, record.instrument);
  put(map.code, record.school.code);
  put(map.date, isoToPeruvian(record.visitDate));
  put(map.name, record.school.name);
  put(map.ugel, record.school.ugel);
  put(map.rei, record.school.rei);
  for (const { key } of CYCLES) put(map.cycles[key], record.cycles.includes(key));
  for (const { key } of SHIFTS) put(map.shifts[key], record.shifts.includes(key));
  put(map.website, record.school.website);
  put(map.director, record.school.director);
  put(map.specialist, record.specialist);
  for (const { key } of STAFF_ROLES) {
    const cells = map.staff[key];
    put(cells.auxiliarBasico, record.staff[key].auxiliarBasico);
    put(cells.tecnicoMedio, record.staff[key].tecnicoMedio);
    put(cells.total, staffRoleTotal(record, key));
  }
  const staff = staffTotals(record);
  put(map.staffTotal.auxiliarBasico, staff.auxiliarBasico);
  put(map.staffTotal.tecnicoMedio, staff.tecnicoMedio);
  put(map.staffTotal.total, staff.total);
  for (const { key } of ENROLMENT_CYCLES) {
    put(map.enrolment[key].enrolled, record.enrolment[key].enrolled);
    put(map.enrolment[key].attending, record.enrolment[key].attending);
  }
  const students = enrolmentTotals(record);
  put(map.enrolmentTotal.enrolled, students.enrolled);
  put(map.enrolmentTotal.attending, students.attending);
  for (const [code, pos] of Object.entries(map.ratings)) {
    const value = record.ratings[code];
    put(pos, value ?? "");
    put(map.itemLevels[code], value === undefined ? "" : levelLabel(value));
  }
  for (const unit of allUnits(scoreVisit(layout.instrument, record.ratings))) {
    const cells = map.units[unit.code];
    put(cells.mean, unit.score.mean ?? "");
    put(cells.level, unit.score.level === null ? "" : levelLabel(unit.score.level));
    put(cells.percent, unit.score.percent ?? "");
  }
  put(map.observations, record.observations);
  put(map.directorCommitment, record.directorCommitment);
  put(map.directorSuggestions, record.directorSuggestions);
  return values;
}

/**
 * The record stored in a visit sheet's grid (as getValues returns it). Types are read as found, so
 * that a hand edit that breaks a rule reaches validation instead of being silently repaired.
 */
export function readVisitValues(layout: VisitSheetLayout, grid: readonly (readonly unknown[])[]): Record<string, unknown> {
  const { map } = layout;
  const get = ([r, c]: Pos): unknown => grid[r]?.[c] ?? "";
  const text = (pos: Pos) => readText(get(pos));
  const dateCell = get(map.date);
  const visitDate = dateCell instanceof Date || typeof dateCell === "number" ? readDate(dateCell) : peruvianToIso(text(map.date));
  const staff: Record<string, Record<string, unknown>> = {};
  for (const { key } of STAFF_ROLES) {
    staff[key] = {};
    for (const cycle of STAFF_CYCLES) staff[key][cycle.key] = readCount(get(map.staff[key][cycle.key]));
  }
  const enrolment: Record<string, Record<string, unknown>> = {};
  for (const { key } of ENROLMENT_CYCLES) {
    enrolment[key] = { enrolled: readCount(get(map.enrolment[key].enrolled)), attending: readCount(get(map.enrolment[key].attending)) };
  }
  const ratings: Record<string, unknown> = {};
  for (const [code, pos] of Object.entries(map.ratings)) {
    const value = readRating(get(pos));
    if (value !== undefined) ratings[code] = value as Rating;
  }
  const record: Record<string, unknown> = {
    instrument: text(map.instrument),
    id: text(map.id),
    status: statusFromLabel(text(map.status)),
    visitDate,
    school: {
      code: typeof get(map.code) === "number" ? String(get(map.code)) : text(map.code),
      name: text(map.name),
      ugel: text(map.ugel),
      rei: text(map.rei),
      director: text(map.director),
      website: text(map.website),
    },
    cycles: CYCLES.filter(({ key }) => readCheckbox(get(map.cycles[key]))).map(({ key }) => key),
    shifts: SHIFTS.filter(({ key }) => readCheckbox(get(map.shifts[key]))).map(({ key }) => key),
    specialist: text(map.specialist),
    staff,
    enrolment,
    ratings,
    observations: text(map.observations),
    directorCommitment: text(map.directorCommitment),
    directorSuggestions: text(map.directorSuggestions),
  };
  if (record.id === "") delete record.id;
  return record;
}
