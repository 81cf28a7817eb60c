// The visit record: the one JSON format that the sidebar, the sheets, import and export speak.
import type { Cycle, EnrolmentCycle, Rating, Shift, StaffCycle, StaffRole } from "../form";

export type VisitStatus = "draft" | "complete";

export interface School {
  /** código local: exactly 6 digits, kept as text so leading zeros survive. */
  code: string;
  name: string;
  ugel: string;
  rei: string;
  director: string;
  website: string;
}

export type StaffCounts = Record<StaffCycle, number>;
export interface EnrolmentCounts {
  enrolled: number;
  attending: number;
}

export interface VisitRecord {
  instrument: string;
  id?: string;
  status: VisitStatus;
  visitDate: string;
  school: School;
  cycles: Cycle[];
  shifts: Shift[];
  specialist: string;
  staff: Record<StaffRole, StaffCounts>;
  enrolment: Record<EnrolmentCycle, EnrolmentCounts>;
  /** item code → 0..3; a draft may leave items out. */
  ratings: Record<string, Rating>;
  observations: string;
  directorCommitment: string;
  directorSuggestions: string;
}

/** A problem with one field: `path` is dotted ("school.code", "ratings.4.1.2.3"). */
export interface FieldIssue {
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; record: VisitRecord; warnings: FieldIssue[] }
  | { ok: false; errors: FieldIssue[]; warnings: FieldIssue[] };
