// Reads Consolidado: the index of saved visits (id → sheet and row) that saves and listings rely on.
import { INSTRUMENTS, currentInstrument, type Instrument } from "../form";
import { consolidadoColumns, derivedSheetNames, readConsolidadoRow, type VisitSummary } from "../layout";
import { readToEnd } from "./blocks";
import { errorText } from "./save-messages";
import { ensureSheets } from "./setup";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ConsolidatedIndex {
  instrument: Instrument;
  /** One entry per data row (row 2 is index 0); null for a blank row. */
  rows: (VisitSummary | null)[];
  /** The rows as read, to put one back if a save has to be undone. */
  raw: unknown[][];
  width: number;
}

export function consolidatedWidth(instrument: Instrument): number {
  return consolidadoColumns(instrument).headers.length;
}

/**
 * A Consolidado narrower than this version's was made by an earlier development build (82 columns, visit
 * sheets of 124 rows): there is no migration, so saves and rebuilds stop with this instead of a Sheets error.
 */
export function outdatedMessage(name: string, found: number, instrument: Instrument): string | null {
  const width = consolidatedWidth(instrument);
  if (found >= width) return null;
  return `Ficha CAP no puede usar esta hoja de cálculo: «${name}» tiene ${found} columnas y esta versión usa ${width}, porque se creó con una versión de prueba anterior del complemento. Registre las visitas en una hoja de cálculo nueva.`;
}

/** Reads every data row of one version's Consolidado (2 calls), creating its sheets first if missing. */
export function readConsolidated(ss: Spreadsheet, instrument: Instrument = currentInstrument()): ConsolidatedIndex {
  const width = consolidatedWidth(instrument);
  const name = derivedSheetNames(instrument.id).consolidated;
  let values: unknown[][];
  try {
    values = readToEnd(ss, name, 2, 1, width).values;
  } catch (error) {
    const sheet = ss.getSheetByName(name);
    if (sheet) throw new Error(outdatedMessage(name, sheet.getMaxColumns(), instrument) ?? errorText(error));
    ensureSheets(ss, instrument);
    values = readToEnd(ss, name, 2, 1, width).values;
  }
  return { instrument, rows: values.map(readConsolidadoRow), raw: values, width };
}

/**
 * Every version's Consolidado that exists: the current one (created if missing), then the others
 * (2 calls each, and a failed look-up for each version the spreadsheet never used).
 */
export function readAllConsolidated(ss: Spreadsheet): ConsolidatedIndex[] {
  const current = currentInstrument();
  const indexes = [readConsolidated(ss, current)];
  for (const instrument of INSTRUMENTS) {
    if (instrument.id === current.id) continue;
    try {
      const width = consolidatedWidth(instrument);
      const values = readToEnd(ss, derivedSheetNames(instrument.id).consolidated, 2, 1, width).values;
      indexes.push({ instrument, rows: values.map(readConsolidadoRow), raw: values, width });
    } catch {
      // this spreadsheet has no visit of that version
    }
  }
  return indexes;
}

export function visitsOf(index: ConsolidatedIndex | ConsolidatedIndex[]): VisitSummary[] {
  const list = Array.isArray(index) ? index : [index];
  return list.flatMap((i) => i.rows.filter((row): row is VisitSummary => row !== null));
}

export function rowOfId(index: ConsolidatedIndex, id: string): number {
  return index.rows.findIndex((row) => row?.id === id);
}

/** The first free data row of Consolidado (0-based), where a new visit goes. */
export function firstBlankRow(rows: readonly unknown[]): number {
  const blank = rows.findIndex((row) => row === null);
  return blank >= 0 ? blank : rows.length;
}
