// Who created a visit and when, and who changed it last and when: kept in the visit's own sheet.
import type { Review } from "./review";
import { NO_REVIEW } from "./review";

export interface Audit {
  createdBy: string;
  /** "YYYY-MM-DD HH:MM:SS", Lima time; "" when unknown (a sheet made before audits were kept). */
  createdAt: string;
  changedBy: string;
  changedAt: string;
}

export const NO_AUDIT: Audit = { createdBy: "", createdAt: "", changedBy: "", changedAt: "" };

/** What others add to a visit beside its record: the coordinator's review and the audit. */
export interface Trail {
  review: Review;
  audit: Audit;
}

export const NO_TRAIL: Trail = { review: NO_REVIEW, audit: NO_AUDIT };

/** The audit after a save by `user` at `at`; `previous` is null for a new visit (created now). */
export function stampAudit(previous: Audit | null, user: string, at: string): Audit {
  const created = previous ? { createdBy: previous.createdBy, createdAt: previous.createdAt } : { createdBy: user, createdAt: at };
  return { ...created, changedBy: user, changedAt: at };
}

/**
 * Lima's wall clock as "YYYY-MM-DD HH:MM:SS" (Peru keeps UTC−5 all year; see todayInLima). Read through
 * Date.now(), which tests make repeatable.
 */
export function nowInLima(now: Date = new Date(Date.now())): string {
  return new Date(now.getTime() - 5 * 3600_000).toISOString().slice(0, 19).replace("T", " ");
}

/** "Creada por ana@… el 2026-11-25 10:04:11; última modificación por luis@… el 2026-11-26 08:15:02." or "". */
export function describeAudit(audit: Audit | undefined): string {
  if (!audit) return "";
  const part = (what: string, by: string, at: string) => (by || at ? `${what}${by ? ` por ${by}` : ""}${at ? ` el ${at}` : ""}` : "");
  const parts = [part("Creada", audit.createdBy, audit.createdAt), part("última modificación", audit.changedBy, audit.changedAt)].filter(Boolean);
  if (!parts.length) return "";
  const text = parts.join("; ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}
