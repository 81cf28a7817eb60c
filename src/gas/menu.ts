// The menu "Ficha CAP", the sidebar and the dialogs opened from the menu.
import { rebuildConsolidated } from "./rebuild";
import { ensureSheets } from "./setup";
import { validateActiveSheet } from "./validate-sheet";

export const SIDEBAR_TITLE = "Ficha CAP";

export function onOpen(_e?: unknown): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem("Abrir la ficha", "showSidebar")
    .addItem("Validar la hoja activa", "menuValidateActiveSheet")
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
  const result = rebuildConsolidated();
  const ui = SpreadsheetApp.getUi();
  const skipped = result.invalid.length
    ? `\n\nNo se incluyeron ${result.invalid.length} hoja(s) con errores: ${result.invalid.map((i) => i.sheetName).join(", ")}. Ábralas y use «Validar la hoja activa».`
    : "";
  ui.alert("Reconstruir consolidados", `Se consolidaron ${result.visits} visita(s) de ${result.schools} CETPRO.${skipped}`, ui.ButtonSet.OK);
}

export function showHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(
    "Ayuda de Ficha CAP",
    "1. «Abrir la ficha» muestra la barra lateral para registrar una visita de monitoreo.\n" +
      "2. Cada visita guardada crea una hoja (código local y fecha) copiada de «Plantilla».\n" +
      "3. «Consolidado» tiene una fila por visita; «Resumen», el nivel de cada CETPRO por dimensión.\n" +
      "4. Si se editó una hoja a mano, use «Validar la hoja activa»; si los consolidados no cuadran, «Reconstruir consolidados».",
    ui.ButtonSet.OK,
  );
}
