// Defines ProtectionModel, a sheet or range protection as stored on a sheet.
import type { Box } from "./box";

export type ProtectionKind = "SHEET" | "RANGE";

export interface ProtectionModel {
  readonly id: number;
  readonly type: ProtectionKind;
  /** The protected range (RANGE); null for a whole-sheet protection. */
  box: Box | null;
  description: string;
  warningOnly: boolean;
  /** Editors' emails. A new protection lists the effective user, who cannot be removed (owner). */
  editors: string[];
  domainEdit: boolean;
  /** Ranges left editable inside a SHEET protection. */
  unprotected: Box[];
}
