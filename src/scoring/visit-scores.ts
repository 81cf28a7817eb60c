// The scores of one visit: each dimension, each section (over all its items) and the whole form.
import type { Instrument, Rating } from "../form";
import { scoreFromTotals, type Score } from "./score";

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

/** A unit is a run of items in form order: [start, end) of the instrument's item list. */
interface Unit {
  code: string;
  name: string;
  start: number;
  end: number;
}

interface Units {
  codes: string[];
  dimensions: Unit[];
  sections: Unit[];
  overall: Unit;
}

/** The units of an instrument, computed once: scoring runs for thousands of visits. */
const unitsCache = new Map<string, Units>();

function unitsOf(instrument: Instrument): Units {
  let units = unitsCache.get(instrument.id);
  if (!units) {
    const codes: string[] = [];
    const dimensions: Unit[] = [];
    const sections: Unit[] = [];
    for (const section of instrument.sections) {
      const sectionStart = codes.length;
      for (const dimension of section.dimensions) {
        const start = codes.length;
        codes.push(...dimension.items.map((item) => item.code));
        dimensions.push({ code: dimension.code, name: dimension.name, start, end: codes.length });
      }
      sections.push({ code: section.code, name: section.name, start: sectionStart, end: codes.length });
    }
    units = { codes, dimensions, sections, overall: { code: OVERALL_CODE, name: "Resultado general", start: 0, end: codes.length } };
    unitsCache.set(instrument.id, units);
  }
  return units;
}

export function scoreVisit(instrument: Instrument, ratings: Readonly<Record<string, Rating | undefined>>): VisitScores {
  const units = unitsOf(instrument);
  // Running totals over the items in form order: every unit's sum and count is then a subtraction.
  const n = units.codes.length;
  const sums = new Array<number>(n + 1);
  const counts = new Array<number>(n + 1);
  sums[0] = 0;
  counts[0] = 0;
  for (let i = 0; i < n; i++) {
    const value = ratings[units.codes[i]];
    sums[i + 1] = sums[i] + (value ?? 0);
    counts[i + 1] = counts[i] + (value === undefined ? 0 : 1);
  }
  const score = (unit: Unit): UnitScore => ({
    code: unit.code,
    name: unit.name,
    score: scoreFromTotals(sums[unit.end] - sums[unit.start], counts[unit.end] - counts[unit.start], unit.end - unit.start),
  });
  return { dimensions: units.dimensions.map(score), sections: units.sections.map(score), overall: score(units.overall) };
}

/** Dimensions, then sections, then overall: the order of every consolidated table. */
export function allUnits(scores: VisitScores): UnitScore[] {
  return [...scores.dimensions, ...scores.sections, scores.overall];
}
