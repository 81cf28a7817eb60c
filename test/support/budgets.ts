// The call budgets the tests and the benchmark hold the built bundle to (README, "Rendimiento").

/**
 * A save without the advanced Sheets service: issue #2 set 15 for the visit sheet, CETPRO, Consolidado and
 * Resumen; #6 adds Evolución (2 calls), the Historial row (4) and the old grid for the diff (1), so 22.
 */
export const SAVE_CALLS = 22;
/** A save with the advanced Sheets service (#5): 5 to 7 requests whatever the visit holds. */
export const API_SAVE_CALLS = 10;
/** A rebuild without it: one name and one read per visit sheet, a name per other sheet, and a constant. */
export const rebuildCalls = (visits: number): number => 2 * visits + 25;
/** A rebuild with it: one batchGet per 100 visit sheets and a constant. */
export const apiRebuildCalls = (visits: number): number => Math.ceil(visits / 100) + 10;
