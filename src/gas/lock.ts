// Serialises writes to the spreadsheet: every save and rebuild runs under the document lock.

export const LOCK_WAIT_MS = 30_000;

export class LockTimeout extends Error {}

/**
 * Runs `work` holding the document lock. `work` must end with SpreadsheetApp.flush(), so that the next
 * execution waiting for the lock reads what this one wrote (and so that a failing flush can be undone).
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    throw new LockTimeout(LOCK_MESSAGE);
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

export const LOCK_MESSAGE =
  "Otra persona está guardando en esta hoja de cálculo en este momento. Espere unos segundos y vuelva a intentarlo: lo que escribió no se ha perdido ni se ha guardado a medias.";
