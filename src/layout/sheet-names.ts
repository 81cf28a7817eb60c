// Names of the add-in's sheets and of each visit sheet.
import { BASE_INSTRUMENT, INSTRUMENTS } from "../form";
import type { VisitRecord } from "../record";

export const SHEETS = {
  template: "Plantilla",
  catalogue: "CETPRO",
  consolidated: "Consolidado",
  summary: "Resumen",
  evolution: "Evolución",
  /** One for every version: the log of saves and reviews. */
  history: "Historial",
} as const;

export interface DerivedSheetNames {
  template: string;
  consolidated: string;
  summary: string;
  evolution: string;
}

/**
 * The Plantilla, Consolidado and Resumen of one version of the ficha: the first version keeps the plain
 * names; each later one adds its id ("Consolidado cap-etp-2025"), so that no column ever mixes versions
 * and a name never changes meaning when a version is added.
 */
export function derivedSheetNames(instrumentId: string): DerivedSheetNames {
  const suffix = instrumentId === BASE_INSTRUMENT.id ? "" : ` ${instrumentId}`;
  return {
    template: `${SHEETS.template}${suffix}`,
    consolidated: `${SHEETS.consolidated}${suffix}`,
    summary: `${SHEETS.summary}${suffix}`,
    evolution: `${SHEETS.evolution}${suffix}`,
  };
}

/** The add-in's own sheets (never visits): the catalogue and every version's derived sheets. */
export function isOwnSheet(name: string): boolean {
  if (name === SHEETS.catalogue || name === SHEETS.history || /^Informe \d{6}$/.test(name)) return true;
  return INSTRUMENTS.some((i) => Object.values(derivedSheetNames(i.id)).includes(name));
}

const RESERVED = { has: isOwnSheet };

/** "012345 2024-10-05", or "012345 2024-10-05 (2)" when taken: code and date, unique. */
export function visitSheetName(record: Pick<VisitRecord, "school" | "visitDate">, taken: ReadonlySet<string>): string {
  const base = `${record.school.code} ${record.visitDate}`;
  if (!taken.has(base) && !RESERVED.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

export const DATE_FORMAT = "dd/mm/yyyy";

/**
 * The 1-based column holding dates in a derived sheet (Consolidado's «Fecha», Resumen's «Última visita
 * completa», Evolución's «Fecha de visita»), or null: rows added when a sheet grows get its date format too.
 */
export function dateColumnOf(sheetName: string): number | null {
  for (const instrument of INSTRUMENTS) {
    const names = derivedSheetNames(instrument.id);
    if (sheetName === names.consolidated) return 3;
    if (sheetName === names.summary) return 4;
    if (sheetName === names.evolution) return 3;
  }
  return null;
}
