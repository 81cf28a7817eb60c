// validateActiveSheet: checks a visit sheet edited by hand, marks the wrong cells, lists the problems.
import { todayInLima, validateVisit, type FieldIssue } from "../record";
import { cellOfPath, readVisitValues } from "../layout";
import { visitLayout } from "./visit-layout";
import { instrumentOfGrid, readVisitGrid } from "./visit-sheets";

export const ERROR_BACKGROUND = "#f4a7a3";

export function validateActiveSheet(): FieldIssue[] {
  const sheet = SpreadsheetApp.getActive().getActiveSheet();
  const grid = readVisitGrid(sheet);
  if (!grid) {
    return [{ path: "", message: `La hoja activa («${sheet.getName()}») no es una ficha de visita guardada con Ficha CAP.` }];
  }
  const layout = visitLayout(instrumentOfGrid(grid));
  const result = validateVisit(readVisitValues(layout, grid), { today: todayInLima() });
  const errors = result.ok ? [] : result.errors;
  const { template } = layout;
  const backgrounds = template.backgrounds.map((row) => row.slice());
  const notes = template.values.map((row) => row.map(() => ""));
  for (const error of errors) {
    const cell = cellOfPath(layout.map, error.path);
    if (!cell) continue;
    backgrounds[cell[0]][cell[1]] = ERROR_BACKGROUND;
    notes[cell[0]][cell[1]] = notes[cell[0]][cell[1]] ? `${notes[cell[0]][cell[1]]}\n${error.message}` : error.message;
  }
  const range = sheet.getRange(1, 1, template.rows, template.columns);
  range.setBackgrounds(backgrounds);
  range.setNotes(notes);
  return errors;
}
