// The menu "Ficha CAP", the sidebar and the dialogs opened from the menu.
import { rebuildConsolidated } from "./rebuild";
import { errorText } from "./save-messages";
import { buildSchoolReport } from "./school-report";
import { ensureSheets } from "./setup";
import { escapeHtml, pdfExportUrl } from "../layout";
import { validateActiveSheet } from "./validate-sheet";
import { readVisitGrid } from "./visit-sheets";

export const SIDEBAR_TITLE = "Ficha CAP";

export function onOpen(_e?: unknown): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem("Abrir la ficha", "showSidebar")
    .addItem("Validar la hoja activa", "menuValidateActiveSheet")
    .addItem("Imprimir o descargar la ficha (PDF)", "showPrintDialog")
    .addItem("Informe del CETPRO de la hoja activa", "menuSchoolReport")
    .addItem("Revisar la visita activa (coordinación)", "menuReviewVisit")
    .addItem("Reconstruir consolidados", "menuRebuildConsolidated")
    .addSeparator()
    .addItem("Ayuda", "showHelp")
    .addToUi();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function showSidebar(): void {
  ensureSheets(SpreadsheetApp.getActive());
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function menuValidateActiveSheet(): void {
  const errors = validateActiveSheet();
  const ui = SpreadsheetApp.getUi();
  const text = errors.length === 0 ? "La ficha no tiene errores." : `${errors.length} problema(s), marcados en rojo con una nota:\n\n${errors.map((e) => `• ${e.message}`).join("\n")}`;
  ui.alert("Validar la hoja activa", text, ui.ButtonSet.OK);
}

export function menuRebuildConsolidated(): void {
  const ui = SpreadsheetApp.getUi();
  let result: ReturnType<typeof rebuildConsolidated>;
  try {
    result = rebuildConsolidated();
  } catch (error) {
    ui.alert("Reconstruir consolidados", errorText(error), ui.ButtonSet.OK);
    return;
  }
  const skipped = result.invalid.length
    ? `\n\nNo se incluyeron ${result.invalid.length} hoja(s) con errores: ${result.invalid.map((i) => i.sheetName).join(", ")}. Ábralas y use «Validar la hoja activa».`
    : "";
  ui.alert("Reconstruir consolidados", `Se consolidaron ${result.visits} visita(s) de ${result.schools} CETPRO.${skipped}`, ui.ButtonSet.OK);
}

/** A dialog with the link that downloads the active visit sheet as an A4 PDF, ready to print and sign. */
export function showPrintDialog(): void {
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getActiveSheet();
  const ui = SpreadsheetApp.getUi();
  if (!readVisitGrid(sheet)) {
    ui.alert("Imprimir la ficha", "Abra primero la hoja de la visita que quiere imprimir.", ui.ButtonSet.OK);
    return;
  }
  const url = pdfExportUrl(ss.getId(), sheet.getSheetId());
  const name = escapeHtml(sheet.getName());
  const html = HtmlService.createHtmlOutput(
    `<p style="font-family:Arial,sans-serif">Ficha «${name}» en A4 vertical, lista para imprimir y firmar:</p>` +
      `<p style="font-family:Arial,sans-serif"><a href="${escapeHtml(url)}" target="_blank" rel="noopener">Descargar PDF</a></p>`,
  )
    .setWidth(360)
    .setHeight(140);
  ui.showModalDialog(html, "Imprimir la ficha");
}

/** Builds the active visit's CETPRO report and offers it as a PDF for that director. */
export function menuSchoolReport(): void {
  const ui = SpreadsheetApp.getUi();
  let report: { sheetName: string; visits: number };
  try {
    report = buildSchoolReport();
  } catch (error) {
    ui.alert("Informe del CETPRO", errorText(error), ui.ButtonSet.OK);
    return;
  }
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getSheetByName(report.sheetName)!;
  const url = pdfExportUrl(ss.getId(), sheet.getSheetId());
  const html = HtmlService.createHtmlOutput(
    `<p style="font-family:Arial,sans-serif">Hoja «${escapeHtml(report.sheetName)}» lista (${report.visits} visita(s)). Para compartirla solo con su director(a):</p>` +
      `<p style="font-family:Arial,sans-serif"><a href="${escapeHtml(url)}" target="_blank" rel="noopener">Descargar PDF del informe</a></p>`,
  )
    .setWidth(380)
    .setHeight(150);
  ui.showModalDialog(html, "Informe del CETPRO");
}

export function showHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(
    "Ayuda de Ficha CAP",
    "1. «Abrir la ficha» muestra la barra lateral para registrar una visita de monitoreo.\n" +
      "2. Cada visita guardada crea una hoja (código local y fecha) copiada de «Plantilla».\n" +
      "3. «Consolidado» tiene una fila por visita; «Resumen», el nivel de cada CETPRO por dimensión; «Evolución», las medias de cada visita completa de cada CETPRO, de la primera a la última.\n" +
      "4. «Historial» anota cada guardado y cada revisión: quién, cuándo y qué cambió (valor anterior → nuevo). Nunca se reescribe.\n" +
      "5. Si se editó una hoja a mano, use «Validar la hoja activa»; si los consolidados no cuadran, «Reconstruir consolidados».",
    ui.ButtonSet.OK,
  );
}
