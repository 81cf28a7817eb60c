// Defines ChartModel, an embedded chart as built by EmbeddedChartBuilder and stored on a sheet.
import type { SheetBox } from "./conditional-rule-model";

export interface ChartPosition {
  anchorRow: number;
  anchorCol: number;
  offsetX: number;
  offsetY: number;
}

export interface ChartModel {
  /** Assigned by Sheet.insertChart; null for a chart that was built but not inserted. */
  id: number | null;
  type: string;
  ranges: SheetBox[];
  options: Record<string, unknown>;
  position: ChartPosition;
  numHeaders: number;
  transpose: boolean;
}

export function cloneChart(chart: ChartModel): ChartModel {
  return {
    ...chart,
    ranges: chart.ranges.map((r) => ({ sheetId: r.sheetId, box: { ...r.box } })),
    options: { ...chart.options },
    position: { ...chart.position },
  };
}
