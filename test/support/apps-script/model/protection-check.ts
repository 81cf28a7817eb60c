// Defines whether a protection stops a given user from editing a cell.
import { containsCell } from "./box";
import type { ProtectionModel } from "./protection-model";
import type { SheetModel } from "./sheet-model";

/** Whether this protection covers the cell (a SHEET protection minus its unprotected ranges). */
export function protectionCovers(p: ProtectionModel, row: number, col: number): boolean {
  if (p.type === "RANGE") return p.box !== null && containsCell(p.box, row, col);
  return !p.unprotected.some((b) => containsCell(b, row, col));
}

/**
 * The protection that rejects an edit of the cell by `user` (an email; undefined means someone who is
 * not an editor of any protection), or null. Warning-only protections never reject.
 */
export function blockingProtection(sheet: SheetModel, row: number, col: number, user?: string): ProtectionModel | null {
  const who = user?.toLowerCase();
  return (
    sheet.protections.find(
      (p) => !p.warningOnly && protectionCovers(p, row, col) && !(who !== undefined && p.editors.some((e) => e.toLowerCase() === who)),
    ) ?? null
  );
}
