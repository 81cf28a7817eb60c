// Taking back what a failed save or review wrote, so that the sheets and Historial keep agreeing.

export type Undo = () => void;

/**
 * Runs the undo steps, newest first, as far as they go (a rebuild repairs the derived sheets if one
 * fails too), then commits them before the document lock is released.
 */
export function undoAll(steps: readonly Undo[]): void {
  for (const step of steps.slice().reverse()) {
    try {
      step();
    } catch {
      // best effort
    }
  }
  try {
    SpreadsheetApp.flush();
  } catch {
    // idem
  }
}
