// Defines the counted EmbeddedChartBuilder and EmbeddedChart, and the Charts global (its ChartType enum).
import { Facade, countCalls } from "../counting";
import { cloneChart } from "../model/chart-model";
import type { ChartModel } from "../model/chart-model";
import type { SheetModel } from "../model/sheet-model";
import type { Runtime } from "../runtime";
import { signatureError } from "../signature";
import { ChartType } from "./enums";
import { RangeFacade } from "./range";

export const Charts = Object.freeze({ ChartType });

export function newChartModel(): ChartModel {
  return { id: null, type: "COLUMN", ranges: [], options: {}, position: { anchorRow: 1, anchorCol: 1, offsetX: 0, offsetY: 0 }, numHeaders: -1, transpose: false };
}

function rangesOf(rt: Runtime, chart: ChartModel): RangeFacade[] {
  return chart.ranges.flatMap((r) => {
    const sheet = rt.book.findSheetById(r.sheetId);
    return sheet ? [new RangeFacade(rt, { sheet, box: { ...r.box }, rowsOpen: false, colsOpen: false })] : [];
  });
}

export class EmbeddedChartFacade extends Facade {
  readonly #c: ChartModel;

  constructor(rt: Runtime, chart: ChartModel) {
    super(rt);
    this.#c = cloneChart(chart);
  }

  /** A copy of the chart behind a facade; undefined for anything else. */
  static model(value: unknown): ChartModel | undefined {
    return value instanceof EmbeddedChartFacade ? cloneChart(value.#c) : undefined;
  }

  getChartId(): number | null {
    return this.#c.id;
  }

  getId(): string {
    return this.#c.id === null ? "" : `u${this.#c.id}`;
  }

  getType(): string {
    return this.#c.type;
  }

  getRanges(): RangeFacade[] {
    return rangesOf(this.rt, this.#c);
  }

  /** ChartOptions: get(option) returns what setOption stored, or null. */
  getOptions(): { get(option: string): unknown } {
    const options = { ...this.#c.options };
    return { get: (option: string) => (option in options ? options[option] : null) };
  }

  getNumHeaders(): number {
    return this.#c.numHeaders;
  }

  getTransposeRowsAndColumns(): boolean {
    return this.#c.transpose;
  }

  getContainerInfo(): Record<string, () => number> {
    const p = { ...this.#c.position };
    return { getAnchorRow: () => p.anchorRow, getAnchorColumn: () => p.anchorCol, getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY };
  }

  modify(): EmbeddedChartBuilderFacade {
    return new EmbeddedChartBuilderFacade(this.rt, cloneChart(this.#c));
  }
}

export class EmbeddedChartBuilderFacade extends Facade {
  readonly #c: ChartModel;

  constructor(rt: Runtime, chart: ChartModel) {
    super(rt);
    this.#c = chart;
  }

  #type(type: string): this {
    this.#c.type = type;
    return this;
  }

  #option(key: string, value: unknown): this {
    this.#c.options[key] = value;
    return this;
  }

  setChartType(type: string): EmbeddedChartBuilderFacade {
    return this.#type(String(type));
  }

  getChartType(): string {
    return this.#c.type;
  }

  addRange(range: RangeFacade): EmbeddedChartBuilderFacade {
    const t = RangeFacade.target(range);
    if (!t) throw signatureError("SpreadsheetApp.EmbeddedChartBuilder.addRange", [range]);
    this.#c.ranges.push({ sheetId: t.sheet.id, box: { ...t.box } });
    return this;
  }

  removeRange(range: RangeFacade): EmbeddedChartBuilderFacade {
    const t = RangeFacade.target(range);
    if (t) {
      this.#c.ranges = this.#c.ranges.filter(
        (r) => !(r.sheetId === t.sheet.id && r.box.row === t.box.row && r.box.col === t.box.col && r.box.numRows === t.box.numRows && r.box.numCols === t.box.numCols),
      );
    }
    return this;
  }

  clearRanges(): EmbeddedChartBuilderFacade {
    this.#c.ranges = [];
    return this;
  }

  getRanges(): RangeFacade[] {
    return rangesOf(this.rt, this.#c);
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilderFacade {
    this.#c.position = { anchorRow: anchorRowPos, anchorCol: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): EmbeddedChartBuilderFacade {
    return this.#option(option, value);
  }

  setNumHeaders(headers: number): EmbeddedChartBuilderFacade {
    this.#c.numHeaders = headers;
    return this;
  }

  setTransposeRowsAndColumns(transpose: boolean): EmbeddedChartBuilderFacade {
    this.#c.transpose = Boolean(transpose);
    return this;
  }

  // The as…Chart() builders of real Apps Script are separate classes; here they set the type and return this builder.
  asAreaChart(): EmbeddedChartBuilderFacade {
    return this.#type("AREA");
  }

  asBarChart(): EmbeddedChartBuilderFacade {
    return this.#type("BAR");
  }

  asColumnChart(): EmbeddedChartBuilderFacade {
    return this.#type("COLUMN");
  }

  asLineChart(): EmbeddedChartBuilderFacade {
    return this.#type("LINE");
  }

  asPieChart(): EmbeddedChartBuilderFacade {
    return this.#type("PIE");
  }

  asScatterChart(): EmbeddedChartBuilderFacade {
    return this.#type("SCATTER");
  }

  asTableChart(): EmbeddedChartBuilderFacade {
    return this.#type("TABLE");
  }

  // Typed-builder conveniences, recorded as the options they stand for.
  setStacked(): EmbeddedChartBuilderFacade {
    return this.#option("isStacked", true);
  }

  setTitle(title: string): EmbeddedChartBuilderFacade {
    return this.#option("title", title);
  }

  setLegendPosition(position: unknown): EmbeddedChartBuilderFacade {
    return this.#option("legend.position", position);
  }

  setColors(colors: string[]): EmbeddedChartBuilderFacade {
    return this.#option("colors", [...colors]);
  }

  setXAxisTitle(title: string): EmbeddedChartBuilderFacade {
    return this.#option("hAxis.title", title);
  }

  setYAxisTitle(title: string): EmbeddedChartBuilderFacade {
    return this.#option("vAxis.title", title);
  }

  setRange(start: number, end: number): EmbeddedChartBuilderFacade {
    this.#option("vAxis.viewWindow.min", start);
    return this.#option("vAxis.viewWindow.max", end);
  }

  build(): EmbeddedChartFacade {
    return new EmbeddedChartFacade(this.rt, this.#c);
  }
}

/** Sheet.insertChart / updateChart / removeChart on the model. */
export function insertChart(rt: Runtime, sheet: SheetModel, chart: unknown): void {
  const model = EmbeddedChartFacade.model(chart);
  if (!model) throw signatureError("SpreadsheetApp.Sheet.insertChart", [chart]);
  model.id = rt.book.newChartId();
  sheet.charts.push(model);
}

export function updateChart(sheet: SheetModel, chart: unknown): void {
  const model = EmbeddedChartFacade.model(chart);
  if (!model) throw signatureError("SpreadsheetApp.Sheet.updateChart", [chart]);
  const index = sheet.charts.findIndex((c) => c.id !== null && c.id === model.id);
  if (index < 0) throw new Error("The chart could not be found on this sheet.");
  sheet.charts[index] = model;
}

export function removeChart(sheet: SheetModel, chart: unknown): void {
  const model = EmbeddedChartFacade.model(chart);
  if (!model) throw signatureError("SpreadsheetApp.Sheet.removeChart", [chart]);
  sheet.charts = sheet.charts.filter((c) => c.id !== model.id);
}

countCalls(EmbeddedChartFacade, "EmbeddedChart", "SpreadsheetApp");
countCalls(EmbeddedChartBuilderFacade, "EmbeddedChartBuilder", "SpreadsheetApp");
