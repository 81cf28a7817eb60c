// The address that makes Google Sheets download one visit sheet as the printed ficha (A4 portrait PDF).

/**
 * Sheets' export endpoint with its print options: A4 portrait, fitted to the page width so that nothing
 * is cut at the right margin, no gridlines, no sheet name, page numbers centred. (Page breaks per section
 * cannot be asked for in the address; Sheets breaks pages by height.)
 */
export function pdfExportUrl(spreadsheetId: string, sheetId: number): string {
  const options = {
    format: "pdf",
    gid: String(sheetId),
    size: "A4",
    portrait: "true",
    fitw: "true",
    gridlines: "false",
    printtitle: "false",
    sheetnames: "false",
    pagenum: "CENTER",
    fzr: "false",
    horizontal_alignment: "CENTER",
    top_margin: "0.6",
    bottom_margin: "0.6",
    left_margin: "0.5",
    right_margin: "0.5",
  };
  const query = Object.entries(options)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join("&");
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?${query}`;
}

/** Text made safe to put inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
