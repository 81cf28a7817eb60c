// Evolución: one row per CETPRO and visit date with the means and levels of that complete visit, under
// the table of how many CETPROs sit at each level (the chart's data).
import { levelLabel, type Instrument, type Rating } from "../form";
import { compareVisitIds } from "../record";
import { allUnits, scoreVisit } from "../scoring";
import { asText, dateSerial } from "./cells";
import { RESUMEN_COUNTS_FIRST_ROW, levelCountRows, resumenData } from "./resumen";
import type { VisitSummary } from "./visit-summary";

export const EVOLUCION_TITLE = "Evolución por CETPRO: resultados de cada visita completa, de la primera a la última";
export const EVOLUCION_FIXED = ["Código local", "CETPRO", "Fecha de visita", "Visita N°", "Especialista"];
/** 1-based column of «Fecha de visita». */
export const EVOLUCION_DATE_COLUMN = 3;

/**
 * The units in reading order: the overall result first, then each section followed by its dimensions
 * (General, 4.1, 4.1.1 … 4.1.4, 4.2, 4.2.1 …), as indexes into allUnits.
 */
function unitOrder(instrument: Instrument): number[] {
  const units = allUnits(scoreVisit(instrument, {}));
  const index = (code: string) => units.findIndex((u) => u.code === code);
  return [index("general")].concat(
    instrument.sections.flatMap((section) => [index(section.code), ...section.dimensions.map((dimension) => index(dimension.code))]),
  );
}

function unitNames(instrument: Instrument): string[] {
  const units = allUnits(scoreVisit(instrument, {}));
  return unitOrder(instrument).map((i) => (units[i].code === "general" ? "General" : units[i].code));
}

export function evolucionColumnCount(instrument: Instrument): number {
  return EVOLUCION_FIXED.length + 2 * unitNames(instrument).length;
}

/** 0-based row of the visits table's header (below the title and the level counts). */
export function evolucionTableHeaderRow(instrument: Instrument): number {
  return RESUMEN_COUNTS_FIRST_ROW + unitNames(instrument).length + 1;
}

/** 0-based columns holding level labels (coloured by level). */
export function evolucionLevelColumns(instrument: Instrument): number[] {
  return unitNames(instrument).map((_, i) => EVOLUCION_FIXED.length + 2 * i + 1);
}

/**
 * The complete visits of one version, one per CETPRO and date (the last saved when a date repeats),
 * by código local, then from the oldest date to the newest.
 */
export function evolucionVisits(instrument: Instrument, visits: readonly VisitSummary[]): VisitSummary[] {
  const byKey = new Map<string, VisitSummary>();
  for (const visit of visits) {
    if (visit.status !== "complete" || visit.instrument !== instrument.id) continue;
    const key = `${visit.school.code} ${visit.visitDate}`;
    const held = byKey.get(key);
    if (!held || compareVisitIds(held.id, visit.id) < 0) byKey.set(key, visit);
  }
  return [...byKey.values()].sort((a, b) =>
    a.school.code !== b.school.code ? (a.school.code < b.school.code ? -1 : 1) : a.visitDate !== b.visitDate ? (a.visitDate < b.visitDate ? -1 : 1) : 0,
  );
}

/** The whole Evolución grid, ready for setValues; `minRows` pads with blank rows to clear old ones. */
export function evolucionValues(instrument: Instrument, visits: readonly VisitSummary[], minRows = 0): (string | number)[][] {
  const width = evolucionColumnCount(instrument);
  const blank = () => Array<string | number>(width).fill("");
  const title = blank();
  title[0] = asText(EVOLUCION_TITLE);
  const rows: (string | number)[][] = [title, blank(), ...levelCountRows(resumenData(instrument, visits), width), blank()];
  const header = blank();
  EVOLUCION_FIXED.forEach((h, i) => (header[i] = asText(h)));
  unitNames(instrument).forEach((name, i) => {
    header[EVOLUCION_FIXED.length + 2 * i] = asText(`${name} media`);
    header[EVOLUCION_FIXED.length + 2 * i + 1] = asText(`${name} nivel`);
  });
  rows.push(header);
  const order = unitOrder(instrument);
  let code = "";
  let number = 0;
  for (const visit of evolucionVisits(instrument, visits)) {
    number = visit.school.code === code ? number + 1 : 1;
    code = visit.school.code;
    const row = blank();
    row[0] = asText(visit.school.code);
    row[1] = asText(visit.school.name);
    row[2] = dateSerial(visit.visitDate);
    row[3] = number;
    row[4] = asText(visit.specialist);
    const units = allUnits(scoreVisit(instrument, visit.ratings));
    order.forEach((u, i) => {
      const { score } = units[u];
      row[EVOLUCION_FIXED.length + 2 * i] = score.mean ?? "";
      row[EVOLUCION_FIXED.length + 2 * i + 1] = score.level === null ? "" : asText(levelLabel(score.level as Rating));
    });
    rows.push(row);
  }
  while (rows.length < minRows) rows.push(blank());
  return rows;
}

/** How many rows evolucionValues fills for these visits (before padding). */
export function evolucionRowCount(instrument: Instrument, visits: readonly VisitSummary[]): number {
  return evolucionTableHeaderRow(instrument) + 1 + evolucionVisits(instrument, visits).length;
}
