// The scores of one visit: each dimension, each section (over all its items) and the whole form.
import { allItems, type Instrument, type Rating } from "../form";
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

export function scoreVisit(instrument: Instrument, ratings: Readonly<Record<string, Rating | undefined>>): VisitScores {
  const dimensions: UnitScore[] = [];
  const sections: UnitScore[] = [];
  for (const section of instrument.sections) {
    const sectionCodes: string[] = [];
    for (const dimension of section.dimensions) {
      const codes = dimension.items.map((item) => item.code);
      sectionCodes.push(...codes);
      dimensions.push({ code: dimension.code, name: dimension.name, score: scoreOf(ratings, codes) });
    }
    sections.push({ code: section.code, name: section.name, score: scoreOf(ratings, sectionCodes) });
  }
  const overall = {
    code: OVERALL_CODE,
    name: "Resultado general",
    score: scoreOf(ratings, allItems(instrument).map((item) => item.code)),
  };
  return { dimensions, sections, overall };
}

/** Dimensions, then sections, then overall: the order of every consolidated table. */
export function allUnits(scores: VisitScores): UnitScore[] {
  return [...scores.dimensions, ...scores.sections, scores.overall];
}
