// Defines FilterModel, the single basic filter a sheet can have.
import type { Box } from "./box";

export interface FilterModel {
  box: Box;
  /** Sorts applied through Filter.sort(column, ascending), recorded in order (not performed). */
  sorts: Array<{ column: number; ascending: boolean }>;
}
