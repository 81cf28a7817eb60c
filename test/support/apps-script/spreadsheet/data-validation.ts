// Defines the counted DataValidationBuilder and DataValidation (a built, immutable rule).
import { Facade, countCalls } from "../counting";
import type { ValidationRule } from "../model/validation";
import { isDate } from "../realm";
import type { Runtime } from "../runtime";
import { signatureError } from "../signature";

interface Draft {
  criteria: string | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

function copyValue(v: unknown): unknown {
  if (Array.isArray(v)) return [...v];
  if (isDate(v)) return new Date(v.getTime());
  return v;
}

export class DataValidationFacade extends Facade {
  readonly #rule: ValidationRule;

  constructor(rt: Runtime, rule: ValidationRule) {
    super(rt);
    this.#rule = rule;
  }

  /** The rule behind a DataValidation; undefined when the value is not one (e.g. a builder). */
  static rule(value: unknown): ValidationRule | undefined {
    return value instanceof DataValidationFacade ? value.#rule : undefined;
  }

  getCriteriaType(): string {
    return this.#rule.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this.rt.out(this.#rule.values.map(copyValue));
  }

  getAllowInvalid(): boolean {
    return this.#rule.allowInvalid;
  }

  getHelpText(): string {
    return this.#rule.helpText;
  }

  copy(): DataValidationBuilderFacade {
    const r = this.#rule;
    return new DataValidationBuilderFacade(this.rt, { criteria: r.criteria, values: r.values.map(copyValue), allowInvalid: r.allowInvalid, helpText: r.helpText });
  }
}

/** Built rules default to allowInvalid true (a warning only), as DataValidationBuilder documents. */
export class DataValidationBuilderFacade extends Facade {
  readonly #d: Draft;

  constructor(rt: Runtime, draft?: Draft) {
    super(rt);
    this.#d = draft ?? { criteria: null, values: [], allowInvalid: true, helpText: "" };
  }

  #criteria(criteria: string, values: unknown[]): this {
    this.#d.criteria = criteria;
    this.#d.values = values;
    return this;
  }

  requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilderFacade {
    if (!Array.isArray(values)) throw signatureError("SpreadsheetApp.DataValidationBuilder.requireValueInList", [values]);
    return this.#criteria("VALUE_IN_LIST", [[...values], showDropdown ?? true]);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DataValidationBuilderFacade {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this.#criteria("CHECKBOX", values);
  }

  requireNumberBetween(start: number, end: number): DataValidationBuilderFacade {
    return this.#criteria("NUMBER_BETWEEN", [start, end]);
  }

  requireNumberNotBetween(start: number, end: number): DataValidationBuilderFacade {
    return this.#criteria("NUMBER_NOT_BETWEEN", [start, end]);
  }

  requireNumberEqualTo(n: number): DataValidationBuilderFacade {
    return this.#criteria("NUMBER_EQUAL_TO", [n]);
  }

  requireNumberGreaterThan(n: number): DataValidationBuilderFacade {
    return this.#criteria("NUMBER_GREATER_THAN", [n]);
  }

  requireNumberGreaterThanOrEqualTo(n: number): DataValidationBuilderFacade {
    return this.#criteria("NUMBER_GREATER_THAN_OR_EQUAL_TO", [n]);
  }

  requireNumberLessThan(n: number): DataValidationBuilderFacade {
    return this.#criteria("NUMBER_LESS_THAN", [n]);
  }

  requireNumberLessThanOrEqualTo(n: number): DataValidationBuilderFacade {
    return this.#criteria("NUMBER_LESS_THAN_OR_EQUAL_TO", [n]);
  }

  requireTextContains(text: string): DataValidationBuilderFacade {
    return this.#criteria("TEXT_CONTAINS", [text]);
  }

  requireTextEqualTo(text: string): DataValidationBuilderFacade {
    return this.#criteria("TEXT_EQUAL_TO", [text]);
  }

  requireTextIsEmail(): DataValidationBuilderFacade {
    return this.#criteria("TEXT_IS_VALID_EMAIL", []);
  }

  requireTextIsUrl(): DataValidationBuilderFacade {
    return this.#criteria("TEXT_IS_VALID_URL", []);
  }

  requireDate(): DataValidationBuilderFacade {
    return this.#criteria("DATE_IS_VALID_DATE", []);
  }

  requireFormulaSatisfied(formula: string): DataValidationBuilderFacade {
    return this.#criteria("CUSTOM_FORMULA", [formula]);
  }

  withCriteria(criteria: string, args: unknown[]): DataValidationBuilderFacade {
    return this.#criteria(String(criteria), [...args]);
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderFacade {
    this.#d.allowInvalid = Boolean(allowInvalidData);
    return this;
  }

  setHelpText(helpText: string): DataValidationBuilderFacade {
    this.#d.helpText = String(helpText);
    return this;
  }

  getCriteriaType(): string | null {
    return this.#d.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this.rt.out(this.#d.values.map(copyValue));
  }

  getAllowInvalid(): boolean {
    return this.#d.allowInvalid;
  }

  getHelpText(): string | null {
    return this.#d.helpText === "" ? null : this.#d.helpText;
  }

  copy(): DataValidationBuilderFacade {
    return new DataValidationBuilderFacade(this.rt, { ...this.#d, values: this.#d.values.map(copyValue) });
  }

  /** Building without criteria throws, as a rule needs one. */
  build(): DataValidationFacade {
    if (this.#d.criteria === null) throw new Error("You must set a criteria for the data validation rule.");
    const rule: ValidationRule = Object.freeze({
      criteria: this.#d.criteria,
      values: Object.freeze(this.#d.values.map(copyValue)),
      allowInvalid: this.#d.allowInvalid,
      helpText: this.#d.helpText,
    });
    return new DataValidationFacade(this.rt, rule);
  }
}

countCalls(DataValidationFacade, "DataValidation", "SpreadsheetApp");
countCalls(DataValidationBuilderFacade, "DataValidationBuilder", "SpreadsheetApp");
