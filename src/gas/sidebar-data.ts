// What the sidebar needs when it opens, in one round trip: catalogue, visits, the active visit, the user's name.
import { byDateDesc, readCatalogue, SHEETS, CETPRO_HEADERS } from "../layout";
import { todayInLima, type School, type VisitRecord } from "../record";
import { readToEnd } from "./blocks";
import { readAllConsolidated, visitsOf } from "./consolidated-store";
import { listEntry, recordOfGrid, type VisitListEntry } from "./read-visits";
import { readVisitGrid } from "./visit-sheets";

export interface SidebarData {
  today: string;
  /** The specialist's name as this user last saved it. */
  specialist: string;
  catalogue: School[];
  visits: VisitListEntry[];
  /** The visit whose sheet is active, offered for opening. */
  activeVisit: VisitRecord | null;
}

const SPECIALIST_KEY = "fichaCap.specialist";

/** Remembers the name for this user's next ficha; a failure here must never fail a save. */
export function rememberSpecialist(name: string): void {
  try {
    if (name) PropertiesService.getUserProperties().setProperty(SPECIALIST_KEY, name);
  } catch {
    // the name is only a convenience
  }
}

export function getSidebarData(): SidebarData {
  const ss = SpreadsheetApp.getActive();
  const indexes = readAllConsolidated(ss);
  const catalogue = readCatalogue(readToEnd(ss, SHEETS.catalogue, 2, 1, CETPRO_HEADERS.length).values);
  const grid = readVisitGrid(ss.getActiveSheet());
  const visits = visitsOf(indexes);
  return {
    today: todayInLima(),
    specialist: PropertiesService.getUserProperties().getProperty(SPECIALIST_KEY) ?? "",
    catalogue,
    visits: visits.sort(byDateDesc).map(listEntry),
    activeVisit: grid ? recordOfGrid(grid) : null,
  };
}
