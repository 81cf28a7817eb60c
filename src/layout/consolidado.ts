// Consolidado: one row per saved visit, its 40 ratings, and each dimension's, section's and overall result.
import { CYCLES, SHIFTS, allItems, getInstrument, levelLabel, type Instrument, type Rating } from "../form";
import { NO_AUDIT, NO_REVIEW, NO_TRAIL, enrolmentTotals, isoToPeruvian, peruvianToIso, reviewFromLabel, reviewLabel, staffTotals, type Audit, type Review, type Trail, type VisitRecord } from "../record";
import { allUnits, scoreVisit } from "../scoring";
import { asText, dateSerial, readDate, readRating, readText } from "./cells";
import { statusFromLabel, statusLabel } from "./visit-values";
import type { VisitSummary } from "./visit-summary";

export const CONSOLIDADO_FIXED = [
  { header: "Id de visita", width: 130 },
  { header: "Estado", width: 80 },
  { header: "Fecha", width: 85 },
  { header: "Código local", width: 80 },
  { header: "CETPRO", width: 220 },
  { header: "UGEL", width: 50 },
  { header: "REI", width: 80 },
  { header: "Director(a)", width: 180 },
  { header: "Plataforma web", width: 160 },
  { header: "Ciclos", width: 160 },
  { header: "Turnos", width: 60 },
  { header: "Especialista", width: 180 },
  { header: "Total personal", width: 70 },
  { header: "Total matrícula", width: 70 },
  { header: "Total asistentes", width: 70 },
  { header: "Ítems valorados", width: 70 },
  { header: "Hoja", width: 140 },
  { header: "Instrumento", width: 100 },
] as const;

const COL = Object.fromEntries(CONSOLIDADO_FIXED.map((c, i) => [c.header, i])) as Record<(typeof CONSOLIDADO_FIXED)[number]["header"], number>;

export interface ConsolidadoColumns {
  headers: string[];
  widths: number[];
  /** Columns holding ratings, by item code. */
  ratingColumn: Record<string, number>;
  ratingEntries: [string, number][];
  /** Columns holding level labels (for colours and filters). */
  levelColumns: number[];
  meanColumns: number[];
  percentColumn: number;
  dateColumn: number;
  /** «Revisión», «Comentario de revisión», «Fecha de revisión». */
  reviewColumn: number;
  /** «Creada por», «Creada el», «Modificada por», «Modificada el». */
  auditColumn: number;
}

const AUDIT_HEADERS = ["Creada por", "Creada el", "Modificada por", "Modificada el"];

const columnsCache = new Map<string, ConsolidadoColumns>();

export function consolidadoColumns(instrument: Instrument): ConsolidadoColumns {
  const cached = columnsCache.get(instrument.id);
  if (cached) return cached;
  const headers: string[] = CONSOLIDADO_FIXED.map((c) => c.header);
  const widths: number[] = CONSOLIDADO_FIXED.map((c) => c.width);
  const ratingColumn: Record<string, number> = {};
  for (const item of allItems(instrument)) {
    ratingColumn[item.code] = headers.length;
    headers.push(item.code);
    widths.push(60);
  }
  const levelColumns: number[] = [];
  const meanColumns: number[] = [];
  for (const unit of allUnits(scoreVisit(instrument, {}))) {
    const name = unit.code === "general" ? "General" : unit.code;
    meanColumns.push(headers.length);
    headers.push(`${name} media`);
    widths.push(70);
    levelColumns.push(headers.length);
    headers.push(`${name} nivel`);
    widths.push(95);
  }
  const percentColumn = headers.length;
  headers.push("General % de logro");
  widths.push(80);
  const reviewColumn = headers.length;
  headers.push("Revisión", "Comentario de revisión", "Fecha de revisión");
  widths.push(90, 240, 85);
  const auditColumn = headers.length;
  headers.push(...AUDIT_HEADERS);
  widths.push(180, 130, 180, 130);
  const ratingEntries = Object.entries(ratingColumn);
  const columns = { headers, widths, ratingColumn, ratingEntries, levelColumns, meanColumns, percentColumn, dateColumn: COL.Fecha, reviewColumn, auditColumn };
  columnsCache.set(instrument.id, columns);
  return columns;
}

function labels<T extends readonly { key: string; label: string }[]>(list: T, keys: readonly string[]): string {
  return list.filter((entry) => keys.includes(entry.key)).map((entry) => entry.label).join("; ");
}

/** The Consolidado row of a saved record (ready for setValues). */
export function consolidadoRow(instrument: Instrument, record: VisitRecord, sheetName: string, trail: Trail = NO_TRAIL): (string | number)[] {
  const columns = consolidadoColumns(instrument);
  const staff = staffTotals(record);
  const students = enrolmentTotals(record);
  const row: (string | number)[] = [
    asText(record.id ?? ""),
    asText(statusLabel(record.status)),
    dateSerial(record.visitDate),
    asText(record.school.code),
    asText(record.school.name),
    asText(record.school.ugel),
    asText(record.school.rei),
    asText(record.school.director),
    asText(record.school.website),
    asText(labels(CYCLES, record.cycles)),
    asText(SHIFTS.filter((s) => record.shifts.includes(s.key)).map((s) => s.key).join(", ")),
    asText(record.specialist),
    staff.total,
    students.enrolled,
    students.attending,
    Object.keys(record.ratings).length,
    asText(sheetName),
    asText(record.instrument),
  ];
  for (const [code, column] of columns.ratingEntries) row[column] = record.ratings[code] ?? "";
  const complete = record.status === "complete";
  const scores = scoreVisit(instrument, record.ratings);
  allUnits(scores).forEach((unit, i) => {
    row[columns.meanColumns[i]] = complete ? (unit.score.mean ?? "") : "";
    row[columns.levelColumns[i]] = complete && unit.score.level !== null ? asText(levelLabel(unit.score.level)) : "";
  });
  const overall = scores.overall.score;
  row[columns.percentColumn] = complete ? (overall.percent ?? "") : "";
  reviewCells(trail.review).forEach((cell, i) => (row[columns.reviewColumn + i] = cell));
  const { createdBy, createdAt, changedBy, changedAt } = trail.audit;
  [createdBy, createdAt, changedBy, changedAt].forEach((cell, i) => (row[columns.auditColumn + i] = asText(cell)));
  return row;
}

/** The three review cells of a Consolidado row: «Revisión», «Comentario de revisión», «Fecha de revisión». */
export function reviewCells(review: Review): string[] {
  return [asText(reviewLabel(review.status)), asText(review.comment), asText(review.date ? isoToPeruvian(review.date) : "")];
}

/** A Consolidado data row read back, or null for a blank row. `row` is 0-based among data rows. */
export function readConsolidadoRow(values: readonly unknown[]): VisitSummary | null {
  const id = readText(values[COL["Id de visita"]]).trim();
  if (!id) return null;
  const instrumentId = readText(values[COL.Instrumento]);
  const instrument = getInstrument(instrumentId);
  const ratings: Record<string, Rating> = {};
  let review: Review = { ...NO_REVIEW };
  let audit: Audit = { ...NO_AUDIT };
  if (instrument) {
    const columns = consolidadoColumns(instrument);
    const at = (i: number) => readText(values[columns.auditColumn + i]);
    audit = { createdBy: at(0), createdAt: at(1), changedBy: at(2), changedAt: at(3) };
    const status = reviewFromLabel(readText(values[columns.reviewColumn]));
    if (status) review = { status, comment: readText(values[columns.reviewColumn + 1]), date: peruvianToIso(readText(values[columns.reviewColumn + 2])) };
    for (const [code, column] of columns.ratingEntries) {
      const value = readRating(values[column]);
      if (value === 0 || value === 1 || value === 2 || value === 3) ratings[code] = value;
    }
  }
  const code = values[COL["Código local"]];
  return {
    id,
    sheetName: readText(values[COL.Hoja]),
    status: statusFromLabel(readText(values[COL.Estado])) === "complete" ? "complete" : "draft",
    visitDate: readDate(values[COL.Fecha]),
    instrument: instrumentId,
    school: {
      code: typeof code === "number" ? String(code).padStart(6, "0") : readText(code),
      name: readText(values[COL.CETPRO]),
      ugel: readText(values[COL.UGEL]),
      rei: readText(values[COL.REI]),
      director: readText(values[COL["Director(a)"]]),
      website: readText(values[COL["Plataforma web"]]),
    },
    specialist: readText(values[COL.Especialista]),
    ratings,
    review,
    audit,
  };
}
