// The coordinator's dialog to review the active visit sheet (menu «Revisar la visita activa»).
import { REVIEW_COMMENT_MAX } from "../record";
import { escapeHtml, readReview } from "../layout";
import { idOfGrid, instrumentOfGrid, readVisitGrid } from "./visit-sheets";
import { visitLayout } from "./visit-layout";

/** A script-safe JSON literal: no "</script" can end the script early. */
const jsLiteral = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

export function reviewDialogHtml(id: string, sheetName: string, status: string, comment: string): string {
  const option = (value: string, label: string) => `<option value="${value}"${value === status ? " selected" : ""}>${label}</option>`;
  return `<div style="font-family:Arial,sans-serif;font-size:13px">
<p>Visita «${escapeHtml(sheetName)}»</p>
<label for="status">Revisión</label><br>
<select id="status">${option("revisada", "Revisada")}${option("observada", "Observada")}${option("", "Sin revisión")}</select><br><br>
<label for="comment">Comentario para el especialista</label><br>
<textarea id="comment" rows="5" style="width:100%" maxlength="${REVIEW_COMMENT_MAX}">${escapeHtml(comment)}</textarea><br>
<div id="error" role="alert" style="color:#d93025"></div>
<button id="save" class="action">Guardar revisión</button>
</div>
<script>
document.getElementById("save").addEventListener("click", function () {
  var button = this;
  button.disabled = true;
  google.script.run
    .withSuccessHandler(function (result) {
      if (result.ok) { google.script.host.close(); return; }
      document.getElementById("error").textContent = result.errors.map(function (e) { return e.message; }).join(" ");
      button.disabled = false;
    })
    .withFailureHandler(function (error) {
      document.getElementById("error").textContent = "No se pudo guardar la revisión: " + error.message;
      button.disabled = false;
    })
    .reviewVisit(${jsLiteral(id)}, document.getElementById("status").value, document.getElementById("comment").value);
});
</script>`;
}

export function menuReviewVisit(): void {
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getActiveSheet();
  const ui = SpreadsheetApp.getUi();
  const grid = readVisitGrid(sheet);
  if (!grid) {
    ui.alert("Revisar la visita", "Abra primero la hoja de la visita que quiere revisar.", ui.ButtonSet.OK);
    return;
  }
  const review = readReview(visitLayout(instrumentOfGrid(grid)), grid);
  const html = HtmlService.createHtmlOutput(reviewDialogHtml(idOfGrid(grid), sheet.getName(), review.status || "revisada", review.comment))
    .setWidth(380)
    .setHeight(320);
  ui.showModalDialog(html, "Revisar la visita");
}
