// Scoring: exact levels at the boundaries, section and overall means over all their items.
import { describe, expect, it } from "vitest";
import { CAP_ETP_2024 } from "../src/form";
import { levelOf, scoreOf, scoreVisit } from "../src/scoring";
import { ratingsAll, CODES } from "./support/records";

describe("levelOf", () => {
  it.each([
    // [sum, n, level]: means 0.5, 1.5, 2.5 round up; just below stays.
    [1, 2, 1], // 0.5
    [2, 4, 1],
    [4, 9, 0], // 0.444…
    [3, 2, 2], // 1.5
    [9, 6, 2], // 1.5 from 6 items
    [13, 9, 1], // 1.444…
    [5, 2, 3], // 2.5
    [15, 6, 3],
    [22, 9, 2], // 2.444…
    [0, 5, 0],
    [15, 5, 3],
  ])("sum %i over %i items → %i", (sum, n, level) => {
    expect(levelOf(sum, n)).toBe(level);
  });

  it("is exact where floating point is not: 11 items with mean just under 1.5", () => {
    // 16/11 = 1.4545…, 0.1 + 0.2 style errors cannot move it.
    expect(levelOf(16, 11)).toBe(1);
    expect(levelOf(17, 11)).toBe(2);
  });
});

describe("scoreOf", () => {
  it("gives mean, level and percent only when every item is rated", () => {
    expect(scoreOf({ a: 1, b: 2 }, ["a", "b"])).toEqual({ items: 2, rated: 2, sum: 3, mean: 1.5, level: 2, percent: 50 });
    expect(scoreOf({ a: 1 }, ["a", "b"])).toEqual({ items: 2, rated: 1, sum: 1, mean: null, level: null, percent: null });
  });
});

describe("scoreVisit", () => {
  it("scores 7 dimensions, 2 sections and the overall", () => {
    const scores = scoreVisit(CAP_ETP_2024, ratingsAll(3));
    expect(scores.dimensions.map((d) => d.code)).toEqual(["4.1.1", "4.1.2", "4.1.3", "4.1.4", "4.2.1", "4.2.2", "4.2.3"]);
    expect(scores.sections.map((s) => s.score.items)).toEqual([22, 18]);
    expect(scores.overall.score).toMatchObject({ items: 40, sum: 120, level: 3, percent: 100 });
  });

  it("uses the mean over all items for a section, not the mean of dimension means", () => {
    // 4.2: 4.2.1 (4 items) all 3, 4.2.2 (11) all 0, 4.2.3 (3) all 3 → items mean 21/18 = 1.1667 (level 1);
    // the mean of dimension means would be (3+0+3)/3 = 2 (level 2).
    const ratings = ratingsAll(0);
    for (const code of CODES) if (code.startsWith("4.2.1") || code.startsWith("4.2.3")) ratings[code] = 3;
    const section = scoreVisit(CAP_ETP_2024, ratings).sections[1];
    expect(section.score.sum).toBe(21);
    expect(section.score.mean).toBe(1.17);
    expect(section.score.level).toBe(1);
  });
});
