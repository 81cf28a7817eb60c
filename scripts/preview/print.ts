// A visit sheet of the local workbook as a printed ficha: A4 portrait PDF made by LibreOffice.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { getInstrument } from "../../src/form";
import { INSTRUMENT_POS, visitSheetLayout, type SheetSpec } from "../../src/layout";
import type { FakeSpreadsheet } from "../../test/support/apps-script";
import { saveWorkbook } from "../../test/support/xlsx/workbook-file";

const run = promisify(execFile);
export const SOFFICE = process.env.SOFFICE_PATH ?? "/usr/bin/soffice";

export function sofficePath(): string {
  if (!existsSync(SOFFICE)) {
    throw new Error(`No se encontró LibreOffice en ${SOFFICE}: instálelo con «apt-get install -y libreoffice-calc-nogui» (o indique SOFFICE_PATH).`);
  }
  return SOFFICE;
}

/**
 * Writes the workbook, keeps only the visit sheet, gives it the ficha's print setup (A4 portrait, fit to
 * the page width, header rows repeated, a page per section) and converts it with LibreOffice. Returns
 * the PDF's bytes.
 */
export async function visitPdf(book: FakeSpreadsheet, sheetName: string): Promise<Buffer> {
  const soffice = sofficePath();
  const dir = mkdtempSync(join(tmpdir(), "ficha-cap-pdf-"));
  const xlsx = join(dir, "ficha.xlsx");
  await saveWorkbook(book, xlsx);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  const sheet = workbook.worksheets.find((ws) => ws.name === sheetName);
  if (!sheet) throw new Error(`No existe la hoja «${sheetName}».`);
  for (const ws of [...workbook.worksheets]) if (ws.id !== sheet.id) workbook.removeWorksheet(ws.id);
  sheet.state = "visible";
  const [r, c] = INSTRUMENT_POS;
  const instrument = getInstrument(String(book.values(sheetName)[r]?.[c] ?? ""));
  if (!instrument) throw new Error(`La hoja «${sheetName}» no es una ficha de visita.`);
  const { print } = visitSheetLayout(instrument);
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `1:${print.titleRows}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  fitRowHeights(sheet, book.values(sheetName), visitSheetLayout(instrument).template);
  // A page per section: a break after the row that ends the previous one.
  for (const row of print.breaksBefore) sheet.getRow(row).addPageBreak();
  workbook.views = [{ x: 0, y: 0, width: 24000, height: 14000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  await workbook.xlsx.writeFile(xlsx);
  await run(soffice, ["--headless", "--norestore", `-env:UserInstallation=file://${join(dir, "profile")}`, "--convert-to", "pdf", "--outdir", dir, xlsx], { timeout: 120_000 });
  return readFileSync(join(dir, "ficha.pdf"));
}

/** Average width of a character of 10-pt Arial, in pixels, with some room to spare. */
const CHAR_PX = 6.2;
const LINE_PT = 12.5;

/**
 * Sheets fits a wrapped row's height to its text; a .xlsx opened by LibreOffice keeps the stored height.
 * So each row with wrapped text gets the height its longest cell needs, estimated from its width.
 */
function fitRowHeights(sheet: ExcelJS.Worksheet, values: unknown[][], spec: SheetSpec): void {
  const span = new Map<string, number>();
  for (const m of spec.merges) span.set(`${m.row},${m.column}`, spec.columnWidths.slice(m.column, m.column + m.columns).reduce((a, b) => a + b, 0));
  spec.wraps.forEach((line, r) => {
    let lines = 1;
    line.forEach((wrap, c) => {
      const text = String(values[r]?.[c] ?? "");
      if (!wrap || !text) return;
      const width = (span.get(`${r},${c}`) ?? spec.columnWidths[c]) - 8;
      const size = spec.fontSizes[r][c] / 10;
      const needed = text.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil((part.length * CHAR_PX * size) / width)), 0);
      lines = Math.max(lines, needed);
    });
    const fixed = spec.rowHeights[r] ? spec.rowHeights[r] * 0.75 : 0;
    if (lines > 1 || fixed) sheet.getRow(r + 1).height = Math.max(fixed, lines * LINE_PT + 3);
  });
}
