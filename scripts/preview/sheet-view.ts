// A sheet of the in-memory spreadsheet as the preview page draws it: shown values, colours, merges, widths.
import type { FakeSpreadsheet } from "../../test/support/apps-script";
import { DEFAULT_FORMAT } from "../../test/support/apps-script/model/cell";

export interface CellView {
  v: string;
  bg?: string;
  b?: true;
  i?: true;
  wrap?: true;
  align?: string;
  size?: number;
  note?: string;
}

export interface SheetView {
  name: string;
  rows: number;
  cols: number;
  cells: CellView[][];
  merges: { row: number; col: number; rows: number; cols: number }[];
  widths: number[];
  frozenRows: number;
}

const MAX_ROWS = 1000;

function letters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function sheetView(book: FakeSpreadsheet, name: string): SheetView {
  const sheet = book.sheet(name);
  const rows = Math.min(sheet.maxRows, MAX_ROWS, Math.max(sheet.grid.lastRow() + 3, sheet.frozenRows + 1, 20));
  const cols = sheet.maxCols;
  const shown = book.displayValues(name, `A1:${letters(cols)}${rows}`);
  const cells: CellView[][] = shown.map((line, r) =>
    line.map((v, c) => {
      const data = sheet.grid.get(r + 1, c + 1);
      const format = { ...DEFAULT_FORMAT, ...(data?.format ?? {}) };
      // A checkbox shows as a box, as in Sheets, not as VERDADERO/FALSO.
      const checkbox = data?.validation?.criteria === "CHECKBOX" && data.content.kind === "value" && typeof data.content.value === "boolean";
      const cell: CellView = { v: checkbox ? (data.content.kind === "value" && data.content.value ? "☑" : "☐") : v };
      if (format.background && format.background !== "#ffffff") cell.bg = format.background;
      if (format.fontWeight === "bold") cell.b = true;
      if (format.fontStyle === "italic") cell.i = true;
      if (format.wrapStrategy === "WRAP") cell.wrap = true;
      if (format.horizontalAlignment && format.horizontalAlignment !== "general") cell.align = format.horizontalAlignment.toLowerCase();
      if (checkbox) cell.align = "center";
      if (format.fontSize !== 10) cell.size = format.fontSize;
      if (data?.note) cell.note = data.note;
      return cell;
    }),
  );
  // Conditional colours of the kind the add-in sets: "text is exactly X → background".
  for (const rule of sheet.conditionalRules) {
    if (rule.criteria !== "TEXT_EQUAL_TO" || !rule.format.background) continue;
    const text = String(rule.values[0]);
    for (const { box } of rule.ranges) {
      for (let r = box.row; r < Math.min(box.row + box.numRows, rows + 1); r++) {
        for (let c = box.col; c < box.col + box.numCols; c++) {
          const cell = cells[r - 1]?.[c - 1];
          if (cell && cell.v === text) cell.bg = rule.format.background;
        }
      }
    }
  }
  return {
    name,
    rows,
    cols,
    cells,
    merges: sheet.merges.filter((m) => m.row <= rows).map((m) => ({ row: m.row, col: m.col, rows: m.numRows, cols: m.numCols })),
    widths: Array.from({ length: cols }, (_, i) => sheet.columnWidths.get(i + 1) ?? 100),
    frozenRows: sheet.frozenRows,
  };
}
