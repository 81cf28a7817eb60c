// Defines SheetModel, the uncounted state of one sheet: cells, size, merges, protections, filter, charts, rules, layout.
import { Grid } from "./grid";
import type { Box } from "./box";
import type { ChartModel } from "./chart-model";
import type { ConditionalRuleModel } from "./conditional-rule-model";
import type { FilterModel } from "./filter-model";
import type { ProtectionModel } from "./protection-model";

/** New sheets have 1000 rows × 26 columns; default column width 100 px and row height 21 px. */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export class SheetModel {
  name: string;
  readonly id: number;
  hidden = false;
  maxRows = DEFAULT_ROWS;
  maxCols = DEFAULT_COLS;
  grid = new Grid();
  frozenRows = 0;
  frozenCols = 0;
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  hiddenColumns = new Set<number>();
  hiddenRows = new Set<number>();
  merges: Box[] = [];
  protections: ProtectionModel[] = [];
  filter: FilterModel | null = null;
  charts: ChartModel[] = [];
  conditionalRules: ConditionalRuleModel[] = [];
  tabColor: string | null = null;
  gridlinesHidden = false;

  constructor(id: number, name: string) {
    this.id = id;
    this.name = name;
  }

  /** The whole sheet as a box. */
  fullBox(): Box {
    return { row: 1, col: 1, numRows: this.maxRows, numCols: this.maxCols };
  }

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  lastRow(): number {
    return this.grid.lastRow();
  }

  lastCol(): number {
    return this.grid.lastCol();
  }

  /** Cells this sheet counts toward the 10,000,000-cell spreadsheet limit. */
  cellCount(): number {
    return this.maxRows * this.maxCols;
  }
}
