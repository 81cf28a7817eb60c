// Resumen: per CETPRO, the levels of its latest complete visit, and how many CETPROs sit at each level.
import { SCALE, getInstrument, levelLabel, type Instrument, type Rating } from "../form";
import { reviewLabel } from "../record";
import { allUnits, scoreVisit, type UnitScore } from "../scoring";
import { asText, dateSerial } from "./cells";
import { byDateDesc, type VisitSummary } from "./visit-summary";

export const RESUMEN_TITLE = "Resumen por CETPRO: nivel de implementación de la CAP según su última visita completa";
/** 0-based rows of the fixed parts. */
export const RESUMEN_COUNTS_HEADER_ROW = 2;
export const RESUMEN_COUNTS_FIRST_ROW = 3;
export const RESUMEN_FIXED = ["Código local", "CETPRO", "REI", "Última visita completa", "N° de visitas completas", "Revisión de la última visita"];

export interface SchoolResult {
  latest: VisitSummary;
  completeVisits: number;
  units: UnitScore[];
  /** The units of the complete visit before the latest one, if there is one. */
  previous: UnitScore[] | null;
}

/** Columns per unit in the CETPRO table: level, mean, change since the previous complete visit. */
export const RESUMEN_UNIT_COLUMNS = 3;

export interface ResumenData {
  instrument: Instrument;
  schools: SchoolResult[];
  /** unit code → count of CETPROs at level 0..3 */
  counts: { unit: UnitScore; byLevel: number[] }[];
}

/** The latest complete visit of each CETPRO (one instrument), sorted by código local. */
export function resumenData(instrument: Instrument, visits: readonly VisitSummary[]): ResumenData {
  const bySchool = new Map<string, VisitSummary[]>();
  const seen = new Set<string>();
  for (const visit of visits) {
    if (visit.status !== "complete" || visit.instrument !== instrument.id || seen.has(visit.id)) continue;
    seen.add(visit.id);
    const list = bySchool.get(visit.school.code) ?? [];
    list.push(visit);
    bySchool.set(visit.school.code, list);
  }
  const schools = [...bySchool.keys()].sort().map((code) => {
    const list = bySchool.get(code)!.slice().sort(byDateDesc);
    const latest = list[0];
    const previous = list[1] ? allUnits(scoreVisit(instrument, list[1].ratings)) : null;
    return { latest, completeVisits: list.length, units: allUnits(scoreVisit(instrument, latest.ratings)), previous };
  });
  const template = allUnits(scoreVisit(instrument, {}));
  const counts = template.map((unit, i) => {
    const byLevel = [0, 0, 0, 0];
    for (const school of schools) {
      const level = school.units[i].score.level;
      if (level !== null) byLevel[level] += 1;
    }
    return { unit, byLevel };
  });
  return { instrument, schools, counts };
}

export function resumenColumnCount(instrument: Instrument): number {
  return RESUMEN_FIXED.length + RESUMEN_UNIT_COLUMNS * allUnits(scoreVisit(instrument, {})).length;
}

/** 0-based columns of the CETPRO table that hold level labels (coloured by level). */
export function resumenLevelColumns(instrument: Instrument): number[] {
  return allUnits(scoreVisit(instrument, {})).map((_, i) => RESUMEN_FIXED.length + RESUMEN_UNIT_COLUMNS * i);
}

/** "↑ (antes En inicio)", "↓ (antes Logrado)", "=", or "" without a previous complete visit. */
export function levelChange(now: Rating | null, before: Rating | null | undefined): string {
  if (now === null || before === null || before === undefined) return "";
  if (now === before) return "=";
  return `${now > before ? "↑" : "↓"} (antes ${levelLabel(before)})`;
}

/**
 * The table of how many CETPROs sit at each level in each unit (header and one row per unit), `width`
 * cells wide: Resumen and Evolución both show it, and their charts draw it.
 */
export function levelCountRows(data: ResumenData, width: number): (string | number)[][] {
  const blank = () => Array<string | number>(width).fill("");
  const header = blank();
  ["Dimensión / sección", ...SCALE.map((level) => `${level.value} ${level.label}`), "CETPRO evaluados"].forEach((h, i) => (header[i] = asText(h)));
  const rows = [header];
  for (const { unit, byLevel } of data.counts) {
    const row = blank();
    row[0] = asText(unitTitle(unit));
    byLevel.forEach((n, i) => (row[1 + i] = n));
    row[5] = byLevel.reduce((a, b) => a + b, 0);
    rows.push(row);
  }
  return rows;
}

export function unitTitle(unit: UnitScore): string {
  return unit.code === "general" ? "Resultado general" : `${unit.code} ${unit.name}`;
}

/** Row (0-based) of the CETPRO table's header. */
export function resumenTableHeaderRow(instrument: Instrument): number {
  return RESUMEN_COUNTS_FIRST_ROW + allUnits(scoreVisit(instrument, {})).length + 1;
}

/** The whole Resumen grid, ready for setValues; `minRows` pads with blank rows to clear old ones. */
export function resumenValues(data: ResumenData, minRows = 0): (string | number)[][] {
  const width = resumenColumnCount(data.instrument);
  const blank = () => Array<string | number>(width).fill("");
  const rows: (string | number)[][] = [];
  const title = blank();
  title[0] = asText(RESUMEN_TITLE);
  rows.push(title, blank());
  rows.push(...levelCountRows(data, width), blank());
  const header = blank();
  RESUMEN_FIXED.forEach((h, i) => (header[i] = asText(h)));
  data.counts.forEach(({ unit }, i) => {
    const name = unit.code === "general" ? "General" : unit.code;
    const at = RESUMEN_FIXED.length + RESUMEN_UNIT_COLUMNS * i;
    header[at] = asText(`${name} nivel`);
    header[at + 1] = asText(`${name} media`);
    header[at + 2] = asText(`${name} cambio`);
  });
  rows.push(header);
  for (const school of data.schools) {
    const row = blank();
    row[0] = asText(school.latest.school.code);
    row[1] = asText(school.latest.school.name);
    row[2] = asText(school.latest.school.rei);
    row[3] = dateSerial(school.latest.visitDate);
    row[4] = school.completeVisits;
    row[5] = asText(reviewLabel(school.latest.review.status));
    school.units.forEach((unit, i) => {
      const at = RESUMEN_FIXED.length + RESUMEN_UNIT_COLUMNS * i;
      row[at] = unit.score.level === null ? "" : asText(levelLabel(unit.score.level as Rating));
      row[at + 1] = unit.score.mean ?? "";
      row[at + 2] = asText(levelChange(unit.score.level, school.previous?.[i].score.level));
    });
    rows.push(row);
  }
  while (rows.length < minRows) rows.push(blank());
  return rows;
}

/** How many rows resumenValues fills for these visits (before padding). */
export function resumenRowCount(data: ResumenData): number {
  return resumenTableHeaderRow(data.instrument) + 1 + data.schools.length;
}

export function instrumentOf(id: string): Instrument | undefined {
  return getInstrument(id);
}
