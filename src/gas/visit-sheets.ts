// Finds and reads the visit sheets themselves: the record, from which everything else derives.
import { INSTRUMENTS, currentInstrument } from "../form";
import { INSTRUMENT_POS, MARKER_POS, VISIT_MARKER, isOwnSheet } from "../layout";
import { visitLayout } from "./visit-layout";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface VisitSheet {
  sheetName: string;
  sheet: Sheet;
  grid: unknown[][];
  /** The version of the ficha the sheet was made with. */
  instrumentId: string;
}

export interface SheetScan {
  visits: VisitSheet[];
  /** The add-in's own sheets found on the way, by name. */
  own: Map<string, Sheet>;
}

/** A visit sheet has the marker and an id in its metadata row, the same cells in every version. */
export function isVisitGrid(grid: readonly (readonly unknown[])[]): boolean {
  const [r, c] = MARKER_POS;
  const id = visitLayout().map.id;
  return grid[r]?.[c] === VISIT_MARKER && String(grid[id[0]]?.[id[1]] ?? "").trim() !== "";
}

/** The visit id stored in a visit sheet's grid ("" if none). */
export function idOfGrid(grid: readonly (readonly unknown[])[]): string {
  const [r, c] = visitLayout().map.id;
  return String(grid[r]?.[c] ?? "");
}

export function instrumentOfGrid(grid: readonly (readonly unknown[])[]): string {
  return String(grid[INSTRUMENT_POS[0]]?.[INSTRUMENT_POS[1]] ?? "");
}

/** The sizes a visit sheet may have: the current version's first, then the others'. */
function sizes(): { rows: number; columns: number }[] {
  const seen = new Set<string>();
  const list: { rows: number; columns: number }[] = [];
  for (const instrument of [currentInstrument(), ...INSTRUMENTS]) {
    const { rows, columns } = visitLayout(instrument.id).template;
    if (!seen.has(`${rows}x${columns}`)) {
      seen.add(`${rows}x${columns}`);
      list.push({ rows, columns });
    }
  }
  return list;
}

/**
 * The grid of one sheet if it is a visit sheet, else null: 1 call for a sheet of the current version
 * (or of any version of the same size), a second one only for a sheet of a version of another size.
 */
export function readVisitGrid(sheet: Sheet): unknown[][] | null {
  for (const size of sizes()) {
    let grid: unknown[][];
    try {
      grid = sheet.getSheetValues(1, 1, size.rows, size.columns);
    } catch {
      continue; // smaller than this version's ficha
    }
    if (!isVisitGrid(grid)) return null;
    const own = visitLayout(instrumentOfGrid(grid)).template;
    if (own.rows === size.rows && own.columns === size.columns) return grid;
    try {
      return sheet.getSheetValues(1, 1, own.rows, own.columns);
    } catch {
      return null;
    }
  }
  return null;
}

/** Every visit sheet, in tab order: 1 call, then 2 per sheet (its name and its values). */
export function scanVisitSheets(ss: Spreadsheet): SheetScan {
  const visits: VisitSheet[] = [];
  const own = new Map<string, Sheet>();
  for (const sheet of ss.getSheets()) {
    const sheetName = sheet.getName();
    if (isOwnSheet(sheetName)) {
      own.set(sheetName, sheet);
      continue;
    }
    const grid = readVisitGrid(sheet);
    if (grid) visits.push({ sheetName, sheet, grid, instrumentId: instrumentOfGrid(grid) });
  }
  return { visits, own };
}
