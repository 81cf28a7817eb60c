// Means, levels and percent of achievement for a set of item ratings, exact at the boundaries.
import type { Rating } from "../form";

export interface Score {
  /** Items in the unit (dimension, section or whole form). */
  items: number;
  /** Items rated. */
  rated: number;
  sum: number;
  /** Mean rounded to 2 decimals for display; null unless every item is rated. */
  mean: number | null;
  level: Rating | null;
  /** sum / (3 × items) × 100, rounded to 1 decimal; null unless every item is rated. */
  percent: number | null;
}

/**
 * The scale value nearest to sum/n, a half rounding up: mean < 0.5 → 0, < 1.5 → 1, < 2.5 → 2, else 3.
 * Compared in integers (2·sum against (2k+1)·n) so that a mean of exactly 1.5 is 2, with no
 * floating-point error.
 */
export function levelOf(sum: number, n: number): Rating {
  if (2 * sum < n) return 0;
  if (2 * sum < 3 * n) return 1;
  if (2 * sum < 5 * n) return 2;
  return 3;
}

export function scoreOf(ratings: Readonly<Record<string, Rating | undefined>>, codes: readonly string[]): Score {
  let rated = 0;
  let sum = 0;
  for (const code of codes) {
    const value = ratings[code];
    if (value === undefined) continue;
    rated += 1;
    sum += value;
  }
  return scoreFromTotals(sum, rated, codes.length);
}

/** The score of a unit of `items` items of which `rated` are rated, adding up to `sum`. */
export function scoreFromTotals(sum: number, rated: number, items: number): Score {
  const complete = items > 0 && rated === items;
  return {
    items,
    rated,
    sum,
    mean: complete ? Math.round((sum * 100) / items) / 100 : null,
    level: complete ? levelOf(sum, items) : null,
    percent: complete ? Math.round((sum * 1000) / (3 * items)) / 10 : null,
  };
}
