// The scores of one visit: each dimension, each section (over all its items) and the whole form.
import type { Instrument, Rating } from "../form";
import { scoreOf, type Score } from "./score";

export interface UnitScore {
  /** "4.1.2", "4.1", or "general". */
  code: string;
  name: string;
  score: Score;
}

export interface VisitScores {
  dimensions: UnitScore[];
  sections: UnitScore[];
  overall: UnitScore;
}

export const OVERALL_CODE = "general";

interface Unit {
  code: string;
  name: string;
  codes: string[];
}

/** The item codes of every unit, computed once per instrument: scoring runs for thousands of visits. */
const unitsCache = new Map<string, { dimensions: Unit[]; sections: Unit[]; overall: Unit }>();

function unitsOf(instrument: Instrument) {
  let units = unitsCache.get(instrument.id);
  if (!units) {
    const dimensions: Unit[] = [];
    const sections: Unit[] = [];
    for (const section of instrument.sections) {
      const sectionCodes: string[] = [];
      for (const dimension of section.dimensions) {
        const codes = dimension.items.map((item) => item.code);
        sectionCodes.push(...codes);
        dimensions.push({ code: dimension.code, name: dimension.name, codes });
      }
      sections.push({ code: section.code, name: section.name, codes: sectionCodes });
    }
    const overall = { code: OVERALL_CODE, name: "Resultado general", codes: sections.flatMap((s) => s.codes) };
    units = { dimensions, sections, overall };
    unitsCache.set(instrument.id, units);
  }
  return units;
}

export function scoreVisit(instrument: Instrument, ratings: Readonly<Record<string, Rating | undefined>>): VisitScores {
  const units = unitsOf(instrument);
  const score = (unit: Unit): UnitScore => ({ code: unit.code, name: unit.name, score: scoreOf(ratings, unit.codes) });
  return { dimensions: units.dimensions.map(score), sections: units.sections.map(score), overall: score(units.overall) };
}

/** Dimensions, then sections, then overall: the order of every consolidated table. */
export function allUnits(scores: VisitScores): UnitScore[] {
  return [...scores.dimensions, ...scores.sections, scores.overall];
}
