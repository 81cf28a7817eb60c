// The per-CETPRO report: its data, its latest levels, its history of complete visits, and what was agreed.
import { levelLabel, type Instrument, type Rating } from "../form";
import type { School, VisitRecord } from "../record";
import { allUnits, scoreVisit } from "../scoring";
import { asText, dateSerial } from "./cells";
import { unitTitle } from "./resumen";
import { byDateDesc, type VisitSummary } from "./visit-summary";

export const REPORT_PREFIX = "Informe";

export function reportSheetName(code: string): string {
  return `${REPORT_PREFIX} ${code}`;
}

export interface SchoolReport {
  values: (string | number)[][];
  /** 0-based rows that are headings (bold, coloured). */
  headings: number[];
  /** 0-based rows whose cells hold level labels, for colours. */
  levelRows: number[];
  /** 0-based rows of dates (column A of the history). */
  dateRows: number[];
  columns: number;
}

const level = (value: Rating | null) => (value === null ? "" : asText(levelLabel(value)));

/**
 * `visits` are this CETPRO's saved visits of one version of the ficha; `latest` is the record of its
 * latest complete visit (for its observations and commitments), or null when it has none.
 */
export function schoolReport(instrument: Instrument, school: School, visits: readonly VisitSummary[], latest: VisitRecord | null): SchoolReport {
  const complete = visits.filter((v) => v.status === "complete" && v.instrument === instrument.id).sort(byDateDesc);
  const units = allUnits(scoreVisit(instrument, {}));
  const columns = Math.max(4, 3 + units.length);
  const rows: (string | number)[][] = [];
  const headings: number[] = [];
  const levelRows: number[] = [];
  const dateRows: number[] = [];
  const push = (...cells: (string | number)[]) => {
    rows.push(Array.from({ length: columns }, (_, i) => cells[i] ?? ""));
    return rows.length - 1;
  };
  headings.push(push(asText(`Informe del CETPRO ${school.code} — ${school.name}`)));
  push(asText("Código local"), asText(school.code));
  push(asText("UGEL"), asText(school.ugel), asText("REI"), asText(school.rei));
  push(asText("Director(a)"), asText(school.director));
  push(asText("Plataforma web"), asText(school.website));
  push();
  if (complete.length === 0) {
    push(asText("Este CETPRO todavía no tiene visitas completas."));
    return { values: rows, headings, levelRows, dateRows, columns };
  }
  const newest = complete[0];
  const scores = allUnits(scoreVisit(instrument, newest.ratings));
  headings.push(push(asText(`Niveles de la última visita completa (${newest.visitDate.split("-").reverse().join("/")})`), asText("Nivel"), asText("Media"), asText("% de logro")));
  for (const unit of scores) {
    const row = push(asText(unitTitle(unit)), level(unit.score.level), unit.score.mean ?? "", unit.score.percent ?? "");
    levelRows.push(row);
  }
  push();
  headings.push(push(asText("Historia de visitas completas"), asText("Especialista"), asText("Hoja"), ...units.map((u) => asText(u.code === "general" ? "General" : u.code))));
  for (const visit of complete.slice().reverse()) {
    const history = allUnits(scoreVisit(instrument, visit.ratings));
    const row = push(dateSerial(visit.visitDate), asText(visit.specialist), asText(visit.sheetName), ...history.map((u) => level(u.score.level)));
    levelRows.push(row);
    dateRows.push(row);
  }
  push();
  if (latest) {
    for (const [title, text] of [
      ["Observaciones / sugerencias del especialista", latest.observations],
      ["Compromiso del director(a)", latest.directorCommitment],
      ["Sugerencias del director(a)", latest.directorSuggestions],
    ] as const) {
      headings.push(push(asText(title)));
      push(asText(text || "—"));
    }
  }
  return { values: rows, headings, levelRows, dateRows, columns };
}
