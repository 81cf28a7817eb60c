// Defines a sheet's layout aspects (visibility, frozen panes, gridlines, tab colour, sizes, hidden rows/columns, merges, filter, conditional formats) as the fake and the .xlsx hold them.
import type { Worksheet } from "exceljs";
import { columnLetters } from "../apps-script/model/a1";
import type { Box } from "../apps-script/model/box";
import { cloneRule } from "../apps-script/model/conditional-rule-model";
import type { ConditionalRuleModel } from "../apps-script/model/conditional-rule-model";
import type { FilterModel } from "../apps-script/model/filter-model";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "../apps-script/model/sheet-model";
import type { SheetModel } from "../apps-script/model/sheet-model";
import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS, inExcelGrid, parseBox } from "./box-list";
import { decodeRules, encodeRules } from "./conditional-codec";
import type { NativeCfBlock } from "./conditional-codec";
import { fromArgb, toArgb } from "./native-cell";
import { columnWidthToPx, pxToColumnWidth, pxToRowHeight, rowHeightToPx } from "./units";

/** Everything about a sheet that is not a cell, as the fake holds it (plain data, comparable as JSON). */
export interface LayoutAspects {
  hidden: boolean;
  frozenRows: number;
  frozenCols: number;
  gridlinesHidden: boolean;
  tabColor: string | null;
  columnWidths: Array<[number, number]>;
  rowHeights: Array<[number, number]>;
  hiddenColumns: number[];
  hiddenRows: number[];
  merges: Box[];
  filter: FilterModel | null;
  conditionalRules: ConditionalRuleModel[];
}

export type LayoutAspect = keyof LayoutAspects;
export const LAYOUT_ASPECTS: readonly LayoutAspect[] = [
  "hidden",
  "frozenRows",
  "frozenCols",
  "gridlinesHidden",
  "tabColor",
  "columnWidths",
  "rowHeights",
  "hiddenColumns",
  "hiddenRows",
  "merges",
  "filter",
  "conditionalRules",
];

const byIndex = (a: [number, number], b: [number, number]) => a[0] - b[0];

export function layoutOf(sheet: SheetModel): LayoutAspects {
  return {
    hidden: sheet.hidden,
    frozenRows: sheet.frozenRows,
    frozenCols: sheet.frozenCols,
    gridlinesHidden: sheet.gridlinesHidden,
    tabColor: sheet.tabColor,
    columnWidths: [...sheet.columnWidths.entries()].sort(byIndex),
    rowHeights: [...sheet.rowHeights.entries()].sort(byIndex),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    merges: sheet.merges.map((m) => ({ ...m })),
    filter: sheet.filter ? { box: { ...sheet.filter.box }, sorts: sheet.filter.sorts.map((s) => ({ ...s })) } : null,
    conditionalRules: sheet.conditionalRules.map(cloneRule),
  };
}

export function applyLayout(sheet: SheetModel, l: LayoutAspects): void {
  sheet.hidden = l.hidden;
  sheet.frozenRows = l.frozenRows;
  sheet.frozenCols = l.frozenCols;
  sheet.gridlinesHidden = l.gridlinesHidden;
  sheet.tabColor = l.tabColor;
  sheet.columnWidths = new Map(l.columnWidths);
  sheet.rowHeights = new Map(l.rowHeights);
  sheet.hiddenColumns = new Set(l.hiddenColumns);
  sheet.hiddenRows = new Set(l.hiddenRows);
  sheet.merges = l.merges.map((m) => ({ ...m }));
  sheet.filter = l.filter;
  sheet.conditionalRules = l.conditionalRules;
}

/** The layout as the file holds it. */
export interface NativeLayout {
  state: "visible" | "hidden";
  frozenRows: number;
  frozenCols: number;
  showGridLines: boolean;
  tabColor: string | null;
  /** Widths in Excel characters, heights in points. */
  columns: Array<{ col: number; width: number | null; hidden: boolean }>;
  rows: Array<{ row: number; height: number | null; hidden: boolean }>;
  merges: Box[];
  autoFilter: Box | null;
  conditional: NativeCfBlock[];
}

const validIndex = (i: number, max: number) => Number.isInteger(i) && i >= 1 && i <= max;
const validCount = (n: number) => (Number.isInteger(n) && n >= 0 ? n : 0);
const overlaps = (a: Box, b: Box) =>
  a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;

function lines<T extends object>(
  sizes: Array<[number, number]>,
  hidden: number[],
  max: number,
  toNative: (px: number) => number,
  defaultPx: number,
  make: (index: number, size: number | null, hidden: boolean) => T,
): T[] {
  const out = new Map<number, T>();
  const size = new Map(sizes.filter(([i, px]) => validIndex(i, max) && Number.isFinite(px)));
  const hide = new Set(hidden.filter((i) => validIndex(i, max)));
  for (const i of [...new Set([...size.keys(), ...hide])].sort((a, b) => a - b)) {
    // exceljs writes no size of 0, and no row that has only the hidden flag: a hidden line gets a size.
    const own = size.has(i) ? toNative(size.get(i) as number) : 0;
    const native = own > 0 ? own : hide.has(i) ? toNative(defaultPx) : null;
    out.set(i, make(i, native, hide.has(i)));
  }
  return [...out.values()];
}

export function encodeLayout(l: LayoutAspects, sheetId: number): NativeLayout {
  const merges: Box[] = [];
  for (const m of l.merges) {
    if (inExcelGrid(m) && (m.numRows > 1 || m.numCols > 1) && !merges.some((o) => overlaps(o, m))) merges.push({ ...m });
  }
  return {
    state: l.hidden ? "hidden" : "visible",
    frozenRows: validCount(l.frozenRows),
    frozenCols: validCount(l.frozenCols),
    showGridLines: !l.gridlinesHidden,
    tabColor: l.tabColor !== null && /^#[0-9a-f]{6}$/i.test(l.tabColor) ? l.tabColor.toLowerCase() : null,
    columns: lines(l.columnWidths, l.hiddenColumns, EXCEL_MAX_COLS, pxToColumnWidth, DEFAULT_COLUMN_WIDTH, (col, width, hidden) => ({ col, width, hidden })),
    rows: lines(l.rowHeights, l.hiddenRows, EXCEL_MAX_ROWS, pxToRowHeight, DEFAULT_ROW_HEIGHT, (row, height, hidden) => ({ row, height, hidden })),
    merges,
    autoFilter: l.filter && inExcelGrid(l.filter.box) ? { ...l.filter.box } : null,
    conditional: encodeRules(l.conditionalRules, sheetId),
  };
}

export function decodeLayout(n: NativeLayout, sheetId: number): LayoutAspects {
  return {
    hidden: n.state !== "visible",
    frozenRows: n.frozenRows,
    frozenCols: n.frozenCols,
    gridlinesHidden: !n.showGridLines,
    tabColor: n.tabColor,
    columnWidths: n.columns.filter((c) => c.width !== null).map((c) => [c.col, columnWidthToPx(c.width as number)]),
    rowHeights: n.rows.filter((r) => r.height !== null).map((r) => [r.row, rowHeightToPx(r.height as number)]),
    hiddenColumns: n.columns.filter((c) => c.hidden).map((c) => c.col),
    hiddenRows: n.rows.filter((r) => r.hidden).map((r) => r.row),
    // exceljs does not keep the order of merges: they read back sorted (the exact order travels in meta).
    merges: n.merges.map((m) => ({ ...m })).sort((a, b) => a.row - b.row || a.col - b.col),
    filter: n.autoFilter ? { box: { ...n.autoFilter }, sorts: [] } : null,
    conditionalRules: decodeRules(n.conditional, sheetId),
  };
}

/** exceljs internals this module reads (not in its type definitions). */
interface WorksheetInternals {
  _merges: Record<string, { top: number; left: number; bottom: number; right: number }>;
  conditionalFormattings: NativeCfBlock[];
}

/**
 * Writes the layout onto a worksheet whose cells are written (merging needs them). Columns without a
 * width show Sheets' 100 px and rows 21 px (the sheet's default width and height).
 */
export function writeLayout(ws: Worksheet, n: NativeLayout): void {
  ws.state = n.state;
  ws.properties.defaultColWidth = pxToColumnWidth(DEFAULT_COLUMN_WIDTH);
  ws.properties.defaultRowHeight = pxToRowHeight(DEFAULT_ROW_HEIGHT);
  if (n.tabColor !== null) ws.properties.tabColor = { argb: toArgb(n.tabColor) };
  const frozen = n.frozenRows > 0 || n.frozenCols > 0;
  ws.views = [
    frozen
      ? { state: "frozen", xSplit: n.frozenCols, ySplit: n.frozenRows, showGridLines: n.showGridLines }
      : { state: "normal", showGridLines: n.showGridLines },
  ];
  for (const c of n.columns) {
    const column = ws.getColumn(c.col);
    if (c.width !== null) column.width = c.width;
    if (c.hidden) column.hidden = true;
  }
  for (const r of n.rows) {
    const row = ws.getRow(r.row);
    if (r.height !== null) row.height = r.height;
    if (r.hidden) row.hidden = true;
  }
  for (const m of n.merges) ws.mergeCellsWithoutStyle(m.row, m.col, m.row + m.numRows - 1, m.col + m.numCols - 1);
  if (n.autoFilter) {
    const b = n.autoFilter;
    ws.autoFilter = { from: { row: b.row, column: b.col }, to: { row: b.row + b.numRows - 1, column: b.col + b.numCols - 1 } };
  }
  for (const block of n.conditional) ws.addConditionalFormatting(block as unknown as Parameters<Worksheet["addConditionalFormatting"]>[0]);
}

function autoFilterBox(filter: unknown): Box | null {
  if (typeof filter === "string") return parseBox(filter);
  if (filter && typeof filter === "object") {
    const { from, to } = filter as { from?: unknown; to?: unknown };
    const end = (p: unknown) => (typeof p === "string" ? p : p && typeof p === "object" ? `${columnLetters((p as { column: number }).column)}${(p as { row: number }).row}` : "");
    return parseBox(`${end(from)}:${end(to)}`);
  }
  return null;
}

export function readLayout(ws: Worksheet): NativeLayout {
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number; showGridLines?: boolean } | undefined;
  const frozen = view?.state === "frozen";
  const internals = ws as unknown as WorksheetInternals;
  const columns: NativeLayout["columns"] = [];
  (ws.columns ?? []).forEach((column, i) => {
    const width = typeof column?.width === "number" ? column.width : null;
    const hidden = column?.hidden === true;
    if (width !== null || hidden) columns.push({ col: i + 1, width, hidden });
  });
  const rows: NativeLayout["rows"] = [];
  ws.eachRow({ includeEmpty: true }, (row, number) => {
    const height = typeof row.height === "number" ? row.height : null;
    if (height !== null || row.hidden) rows.push({ row: number, height, hidden: row.hidden === true });
  });
  return {
    state: ws.state === "visible" || ws.state === undefined ? "visible" : "hidden",
    frozenRows: frozen ? validCount(Number(view?.ySplit ?? 0)) : 0,
    frozenCols: frozen ? validCount(Number(view?.xSplit ?? 0)) : 0,
    showGridLines: view?.showGridLines !== false,
    tabColor: fromArgb(ws.properties?.tabColor as { argb?: string } | undefined),
    columns,
    rows,
    merges: Object.values(internals._merges ?? {}).map((m) => ({ row: m.top, col: m.left, numRows: m.bottom - m.top + 1, numCols: m.right - m.left + 1 })),
    autoFilter: autoFilterBox(ws.autoFilter),
    conditional: Array.isArray(internals.conditionalFormattings) ? internals.conditionalFormattings : [],
  };
}
