// Keeps what is typed in this browser, so it survives closing the sidebar or a lost connection.
import type { VisitRecord } from "../record";

const KEY = "fichaCap.borrador.v1";

export interface StoredDraft {
  record: VisitRecord;
  /** Fingerprint of the record as last saved on the server, or "" if never saved. */
  savedFingerprint: string;
  savedAt: string;
  sheetName: string;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked by the browser: the sidebar still works, without this safety net
  }
}

export function loadDraft(): StoredDraft | null {
  try {
    const text = storage()?.getItem(KEY);
    if (!text) return null;
    const draft = JSON.parse(text) as StoredDraft;
    return draft && typeof draft === "object" && draft.record ? draft : null;
  } catch {
    return null;
  }
}

export function storeDraft(draft: StoredDraft): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(draft));
  } catch {
    // quota or privacy mode: nothing to do
  }
}
