// Defines the counted ConditionalFormatRuleBuilder and ConditionalFormatRule.
import { Facade, countCalls } from "../counting";
import { cloneRule, describeConditionalRule } from "../model/conditional-rule-model";
import type { ConditionalRuleModel } from "../model/conditional-rule-model";
import { normalizeColor } from "../model/formats";
import type { Runtime } from "../runtime";
import { signatureError } from "../signature";
import { RangeFacade } from "./range";

function rangesOf(rt: Runtime, rule: ConditionalRuleModel): RangeFacade[] {
  return rule.ranges.flatMap((r) => {
    const sheet = rt.book.findSheetById(r.sheetId);
    return sheet ? [new RangeFacade(rt, { sheet, box: { ...r.box }, rowsOpen: false, colsOpen: false })] : [];
  });
}

/** The condition of a rule, as getBooleanCondition() returns it (a plain, uncounted object). */
function booleanCondition(rule: ConditionalRuleModel): Record<string, () => unknown> | null {
  if (rule.criteria === null) return null;
  const f = rule.format;
  return {
    getCriteriaType: () => rule.criteria,
    getCriteriaValues: () => [...rule.values],
    getBackground: () => f.background ?? null,
    getFontColor: () => f.fontColor ?? null,
    getBold: () => f.bold ?? null,
    getItalic: () => f.italic ?? null,
    getUnderline: () => f.underline ?? null,
    getStrikethrough: () => f.strikethrough ?? null,
  };
}

export class ConditionalFormatRuleFacade extends Facade {
  readonly #rule: ConditionalRuleModel;

  constructor(rt: Runtime, rule: ConditionalRuleModel) {
    super(rt);
    this.#rule = rule;
  }

  /** A copy of the rule behind a facade; undefined when the value is not a built rule. */
  static model(value: unknown): ConditionalRuleModel | undefined {
    return value instanceof ConditionalFormatRuleFacade ? cloneRule(value.#rule) : undefined;
  }

  getRanges(): RangeFacade[] {
    return rangesOf(this.rt, this.#rule);
  }

  getBooleanCondition(): Record<string, () => unknown> | null {
    return booleanCondition(this.#rule);
  }

  getGradientCondition(): null {
    return null;
  }

  copy(): ConditionalFormatRuleBuilderFacade {
    return new ConditionalFormatRuleBuilderFacade(this.rt, cloneRule(this.#rule));
  }

  /** A readable description for assertions, e.g. `TEXT_EQUAL_TO("No") → background #f4cccc`. */
  override toString(): string {
    const d = describeConditionalRule(this.#rule);
    return `${d.condition} → ${d.format}`;
  }
}

export class ConditionalFormatRuleBuilderFacade extends Facade {
  readonly #r: ConditionalRuleModel;

  constructor(rt: Runtime, rule?: ConditionalRuleModel) {
    super(rt);
    this.#r = rule ?? { criteria: null, values: [], format: {}, ranges: [] };
  }

  #when(criteria: string, values: unknown[]): this {
    this.#r.criteria = criteria;
    this.#r.values = values;
    return this;
  }

  whenTextEqualTo(text: string): ConditionalFormatRuleBuilderFacade {
    return this.#when("TEXT_EQUAL_TO", [text]);
  }

  whenTextContains(text: string): ConditionalFormatRuleBuilderFacade {
    return this.#when("TEXT_CONTAINS", [text]);
  }

  whenTextDoesNotContain(text: string): ConditionalFormatRuleBuilderFacade {
    return this.#when("TEXT_DOES_NOT_CONTAIN", [text]);
  }

  whenTextStartsWith(text: string): ConditionalFormatRuleBuilderFacade {
    return this.#when("TEXT_STARTS_WITH", [text]);
  }

  whenNumberBetween(start: number, end: number): ConditionalFormatRuleBuilderFacade {
    return this.#when("NUMBER_BETWEEN", [start, end]);
  }

  whenNumberEqualTo(n: number): ConditionalFormatRuleBuilderFacade {
    return this.#when("NUMBER_EQUAL_TO", [n]);
  }

  whenNumberGreaterThan(n: number): ConditionalFormatRuleBuilderFacade {
    return this.#when("NUMBER_GREATER_THAN", [n]);
  }

  whenNumberGreaterThanOrEqualTo(n: number): ConditionalFormatRuleBuilderFacade {
    return this.#when("NUMBER_GREATER_THAN_OR_EQUAL_TO", [n]);
  }

  whenNumberLessThan(n: number): ConditionalFormatRuleBuilderFacade {
    return this.#when("NUMBER_LESS_THAN", [n]);
  }

  whenNumberLessThanOrEqualTo(n: number): ConditionalFormatRuleBuilderFacade {
    return this.#when("NUMBER_LESS_THAN_OR_EQUAL_TO", [n]);
  }

  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderFacade {
    return this.#when("CUSTOM_FORMULA", [formula]);
  }

  whenCellEmpty(): ConditionalFormatRuleBuilderFacade {
    return this.#when("CELL_EMPTY", []);
  }

  whenCellNotEmpty(): ConditionalFormatRuleBuilderFacade {
    return this.#when("CELL_NOT_EMPTY", []);
  }

  withCriteria(criteria: string, args: unknown[]): ConditionalFormatRuleBuilderFacade {
    return this.#when(String(criteria), [...args]);
  }

  setBackground(color: string | null): ConditionalFormatRuleBuilderFacade {
    this.#r.format.background = color === null ? null : normalizeColor(color);
    return this;
  }

  setFontColor(color: string | null): ConditionalFormatRuleBuilderFacade {
    this.#r.format.fontColor = color === null ? null : normalizeColor(color);
    return this;
  }

  setBold(bold: boolean | null): ConditionalFormatRuleBuilderFacade {
    this.#r.format.bold = bold;
    return this;
  }

  setItalic(italic: boolean | null): ConditionalFormatRuleBuilderFacade {
    this.#r.format.italic = italic;
    return this;
  }

  setUnderline(underline: boolean | null): ConditionalFormatRuleBuilderFacade {
    this.#r.format.underline = underline;
    return this;
  }

  setStrikethrough(strikethrough: boolean | null): ConditionalFormatRuleBuilderFacade {
    this.#r.format.strikethrough = strikethrough;
    return this;
  }

  setRanges(ranges: RangeFacade[]): ConditionalFormatRuleBuilderFacade {
    if (!Array.isArray(ranges)) throw signatureError("SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges", [ranges]);
    this.#r.ranges = ranges.map((r) => {
      const t = RangeFacade.target(r);
      if (!t) throw signatureError("SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges", [ranges]);
      return { sheetId: t.sheet.id, box: { ...t.box } };
    });
    return this;
  }

  getRanges(): RangeFacade[] {
    return rangesOf(this.rt, this.#r);
  }

  getBooleanCondition(): Record<string, () => unknown> | null {
    return booleanCondition(this.#r);
  }

  copy(): ConditionalFormatRuleBuilderFacade {
    return new ConditionalFormatRuleBuilderFacade(this.rt, cloneRule(this.#r));
  }

  build(): ConditionalFormatRuleFacade {
    return new ConditionalFormatRuleFacade(this.rt, cloneRule(this.#r));
  }
}

countCalls(ConditionalFormatRuleFacade, "ConditionalFormatRule", "SpreadsheetApp");
countCalls(ConditionalFormatRuleBuilderFacade, "ConditionalFormatRuleBuilder", "SpreadsheetApp");
