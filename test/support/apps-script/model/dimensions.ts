// Defines the check Sheets applies to 2-D data written to a range: same number of rows and columns.
import type { Box } from "./box";

/**
 * Throws like Sheets when a 2-D array does not match the range: "The number of rows in the data
 * does not match the number of rows in the range. The data has X but the range has Y." (and the
 * columns variant, checked per row).
 */
export function checkDimensions(data: readonly unknown[], b: Box): void {
  if (data.length !== b.numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${b.numRows}.`,
    );
  }
  for (const row of data) {
    const n = Array.isArray(row) ? row.length : 0;
    if (n !== b.numCols) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${b.numCols}.`,
      );
    }
  }
}
