// Finds and reads the visit sheets themselves: the record, from which everything else derives.
import { MARKER_POS, SHEETS, VISIT_MARKER } from "../layout";
import { visitLayout } from "./visit-layout";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface VisitSheet {
  sheetName: string;
  sheet: Sheet;
  grid: unknown[][];
}

export interface SheetScan {
  visits: VisitSheet[];
  /** The add-in's own sheets found on the way, by name. */
  own: Map<string, Sheet>;
}

const OWN = new Set<string>(Object.values(SHEETS));

export function isVisitGrid(grid: readonly (readonly unknown[])[]): boolean {
  const [r, c] = MARKER_POS;
  const id = visitLayout().map.id;
  return grid[r]?.[c] === VISIT_MARKER && String(grid[id[0]]?.[id[1]] ?? "").trim() !== "";
}

/** The grid of one sheet if it is a visit sheet (1 call), else null. */
export function readVisitGrid(sheet: Sheet): unknown[][] | null {
  const { rows, columns } = visitLayout().template;
  try {
    const grid = sheet.getSheetValues(1, 1, rows, columns);
    return isVisitGrid(grid) ? grid : null;
  } catch {
    return null; // smaller than a ficha: not a visit sheet
  }
}

/** Every visit sheet, in tab order: 1 call, then 2 per sheet (its name and its values). */
export function scanVisitSheets(ss: Spreadsheet): SheetScan {
  const visits: VisitSheet[] = [];
  const own = new Map<string, Sheet>();
  for (const sheet of ss.getSheets()) {
    const sheetName = sheet.getName();
    if (OWN.has(sheetName)) {
      own.set(sheetName, sheet);
      continue;
    }
    const grid = readVisitGrid(sheet);
    if (grid) visits.push({ sheetName, sheet, grid });
  }
  return { visits, own };
}
