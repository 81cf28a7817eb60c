// The coordinator's review of a complete visit: «revisada» or «observada», with a comment.
import type { FieldIssue } from "./types";

export type ReviewStatus = "" | "revisada" | "observada";

export interface Review {
  status: ReviewStatus;
  comment: string;
  /** YYYY-MM-DD of the review, "" when there is none. */
  date: string;
}

export const NO_REVIEW: Review = { status: "", comment: "", date: "" };

export const REVIEW_LABELS: Record<Exclude<ReviewStatus, "">, string> = { revisada: "Revisada", observada: "Observada" };

export const REVIEW_COMMENT_MAX = 2000;

export function reviewLabel(status: ReviewStatus): string {
  return status ? REVIEW_LABELS[status] : "";
}

export function reviewFromLabel(label: string): ReviewStatus {
  const key = (Object.keys(REVIEW_LABELS) as (keyof typeof REVIEW_LABELS)[]).find((k) => REVIEW_LABELS[k] === label.trim());
  return key ?? "";
}

/** Checks what a coordinator sends; the comment is trimmed. */
export function validateReview(status: unknown, comment: unknown): { ok: true; status: ReviewStatus; comment: string } | { ok: false; errors: FieldIssue[] } {
  const errors: FieldIssue[] = [];
  if (status !== "revisada" && status !== "observada" && status !== "") {
    errors.push({ path: "review.status", message: "Revisión: debe ser «revisada», «observada» o vacía (quitar la revisión)." });
  }
  if (typeof comment !== "string") errors.push({ path: "review.comment", message: "Comentario de revisión: debe ser texto." });
  else if (comment.trim().length > REVIEW_COMMENT_MAX) {
    errors.push({ path: "review.comment", message: `Comentario de revisión: admite como máximo ${REVIEW_COMMENT_MAX} caracteres.` });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, status: status as ReviewStatus, comment: (comment as string).trim() };
}
