// Who is saving, and what the visit was before the save: what the audit and Historial are made of.
import { NO_AUDIT, NO_REVIEW, validateVisit } from "../record";
import { readTrail, type SaveInput, type VisitSummary } from "../layout";
import { recordOfGrid } from "./read-visits";
import { visitLayout } from "./visit-layout";
import { instrumentOfGrid } from "./visit-sheets";

/**
 * The signed-in user's e-mail when Apps Script gives it (it needs the userinfo.email scope, and is blank
 * across some domains), otherwise the specialist's name as typed in the ficha.
 */
export function activeUser(fallback: string): string {
  try {
    const email = Session.getActiveUser().getEmail();
    if (email) return email;
  } catch {
    // no identity in this context: the name below stands in
  }
  return fallback || "(usuario sin identificar)";
}

/**
 * The visit as its sheet held it before this save. Without the sheet (deleted by hand), its Consolidado
 * row keeps the review and the audit; a sheet a hand edit broke gives no record (everything counts as changed).
 */
export function previousVisit(grid: readonly (readonly unknown[])[] | null, summary: VisitSummary | null | undefined): NonNullable<SaveInput["previous"]> {
  if (grid) {
    const result = validateVisit(recordOfGrid(grid), { today: "9999-12-31" });
    return { record: result.ok ? result.record : null, trail: readTrail(visitLayout(instrumentOfGrid(grid)), grid) };
  }
  return { record: null, trail: { review: summary?.review ?? NO_REVIEW, audit: summary?.audit ?? NO_AUDIT } };
}
