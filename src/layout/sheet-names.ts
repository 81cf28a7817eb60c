// Names of the add-in's sheets and of each visit sheet.
import type { VisitRecord } from "../record";

export const SHEETS = {
  template: "Plantilla",
  catalogue: "CETPRO",
  consolidated: "Consolidado",
  summary: "Resumen",
} as const;

const RESERVED = new Set<string>(Object.values(SHEETS));

/** "012345 2024-10-05", or "012345 2024-10-05 (2)" when taken: code and date, unique. */
export function visitSheetName(record: Pick<VisitRecord, "school" | "visitDate">, taken: ReadonlySet<string>): string {
  const base = `${record.school.code} ${record.visitDate}`;
  if (!taken.has(base) && !RESERVED.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}
