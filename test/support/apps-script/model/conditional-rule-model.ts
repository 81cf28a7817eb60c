// Defines ConditionalRuleModel, a built conditional-format rule (condition, format and target ranges).
import type { Box } from "./box";

/** A range on some sheet, identified by the sheet's id (ids survive renames and moves). */
export interface SheetBox {
  sheetId: number;
  box: Box;
}

export interface ConditionalFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  underline?: boolean | null;
  strikethrough?: boolean | null;
}

export interface ConditionalRuleModel {
  /** BooleanCriteria name: "TEXT_EQUAL_TO", "NUMBER_BETWEEN", "CUSTOM_FORMULA", "CELL_EMPTY", … */
  criteria: string | null;
  values: unknown[];
  format: ConditionalFormat;
  ranges: SheetBox[];
}

export function cloneRule(rule: ConditionalRuleModel): ConditionalRuleModel {
  return {
    criteria: rule.criteria,
    values: [...rule.values],
    format: { ...rule.format },
    ranges: rule.ranges.map((r) => ({ sheetId: r.sheetId, box: { ...r.box } })),
  };
}

/** A readable one-line description, e.g. `TEXT_EQUAL_TO("No") → background #f4cccc, bold`. */
export function describeConditionalRule(rule: ConditionalRuleModel): { condition: string; format: string } {
  const condition = `${rule.criteria ?? "NONE"}(${rule.values.map((v) => JSON.stringify(v)).join(", ")})`;
  const format = Object.entries(rule.format)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => (v === true ? k : `${k} ${String(v)}`))
    .join(", ");
  return { condition, format };
}
