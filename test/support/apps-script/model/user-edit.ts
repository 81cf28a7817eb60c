// Defines userEdit: a user typing a value into cells through the Sheets UI (protections and validation enforced).
import { formatA1 } from "./a1";
import { eachCell } from "./box";
import { formatOf } from "./cell";
import { numberFormatAt, storeContent } from "./cells";
import { parseInput } from "./parse-input";
import { blockingProtection } from "./protection-check";
import type { SheetRange } from "./spreadsheet-model";
import { satisfies } from "./validation";

export interface UserEditOptions {
  /** The editing user's email; an editor of a protection may edit inside it. Default: not an editor. */
  as?: string;
}

export const PROTECTED_MESSAGE = "No se puede editar: rango protegido.";

export function invalidDataMessage(cellA1: string): string {
  return `Los datos que ingresaste en la celda ${cellA1} infringen las reglas de validación de datos establecidas en esta celda.`;
}

/**
 * Unlike script writes (Apps Script does not enforce data validation on setValue/setValues), typing
 * in the UI is checked: a protected cell (not warning-only) refuses the edit, and a rule with
 * allowInvalid false rejects a value that fails it. The value is parsed as typed input first. On
 * rejection nothing is written (every cell is checked before any is stored).
 */
export function userEdit(target: SheetRange, value: unknown, options: UserEditOptions = {}): void {
  const { sheet, box } = target;
  const pending: Array<() => void> = [];
  eachCell(box, (row, col) => {
    if (blockingProtection(sheet, row, col, options.as)) throw new Error(PROTECTED_MESSAGE);
    const content = parseInput(value, numberFormatAt(sheet, row, col));
    const cell = sheet.grid.get(row, col);
    const rule = cell?.validation ?? null;
    if (rule && !rule.allowInvalid && !satisfies(rule, content, formatOf(cell, "numberFormat"))) {
      throw new Error(invalidDataMessage(formatA1({ row, col, numRows: 1, numCols: 1 })));
    }
    pending.push(() => storeContent(sheet, row, col, content));
  });
  pending.forEach((store) => store());
}
