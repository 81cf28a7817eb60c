// The per-CETPRO report sheet «Informe <código local>», made from the menu, ready to share as a PDF.
import { currentInstrument, getInstrument } from "../form";
import { CETPRO_HEADERS, DATE_FORMAT, SHEETS, byDateDesc, columnLetter, readCatalogue, reportSheetName, schoolReport } from "../layout";
import { resize } from "./apply-spec";
import { readToEnd } from "./blocks";
import { readAllConsolidated, visitsOf } from "./consolidated-store";
import { readVisit, recordOfGrid } from "./read-visits";
import { levelRules, protect } from "./setup";
import { readVisitGrid } from "./visit-sheets";

/** Builds (or rebuilds) the report of one CETPRO: the one of the active visit sheet when no code is given. */
export function buildSchoolReport(code?: string): { sheetName: string; visits: number } {
  const ss = SpreadsheetApp.getActive();
  let schoolCode = typeof code === "string" ? code.trim() : "";
  if (!schoolCode) {
    const grid = readVisitGrid(ss.getActiveSheet());
    if (!grid) throw new Error("Abra primero la hoja de una visita del CETPRO cuyo informe quiere preparar.");
    schoolCode = recordOfGrid(grid).school.code;
  }
  const indexes = readAllConsolidated(ss);
  const visits = visitsOf(indexes).filter((v) => v.school.code === schoolCode).sort(byDateDesc);
  if (visits.length === 0) throw new Error(`No hay visitas guardadas del CETPRO ${schoolCode}.`);
  const instrument = getInstrument(visits[0].instrument) ?? currentInstrument();
  const catalogue = readCatalogue(readToEnd(ss, SHEETS.catalogue, 2, 1, CETPRO_HEADERS.length).values);
  const school = catalogue.find((s) => s.code === schoolCode) ?? visits[0].school;
  const newestComplete = visits.find((v) => v.status === "complete" && v.instrument === instrument.id);
  const latest = newestComplete ? readVisit(ss, indexes, newestComplete.id) : null;
  const report = schoolReport(instrument, school, visits, latest);

  const name = reportSheetName(schoolCode);
  let sheet = ss.getSheetByName(name);
  const created = !sheet;
  if (!sheet) sheet = ss.insertSheet(name);
  else sheet.clear();
  resize(sheet, report.values.length, report.columns);
  sheet.getRange(1, 1, report.values.length, report.columns).setValues(report.values);
  const last = columnLetter(report.columns - 1);
  sheet.getRangeList(report.headings.map((r) => `A${r + 1}:${last}${r + 1}`)).setFontWeight("bold").setBackground("#cfe2f3");
  if (report.dateRows.length) sheet.getRangeList(report.dateRows.map((r) => `A${r + 1}`)).setNumberFormat(DATE_FORMAT);
  levelRules(sheet, [sheet.getRange(1, 1, report.values.length, report.columns)]);
  if (created) {
    sheet.setColumnWidth(1, 280);
    sheet.setColumnWidths(2, report.columns - 1, 95);
    protect(sheet);
  }
  sheet.activate();
  return { sheetName: name, visits: visits.length };
}
