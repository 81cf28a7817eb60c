// Defines ValidationRule, a built data-validation rule, and whether a cell's content satisfies it.
import type { Content } from "./cell";
import { readValue } from "./read-value";

/**
 * A rule as SpreadsheetApp.newDataValidation()…build() describes it. criteria is the
 * DataValidationCriteria name ("VALUE_IN_LIST", "CHECKBOX", …); values are getCriteriaValues().
 * allowInvalid defaults to true for new rules (DataValidationBuilder.setAllowInvalid docs): such a
 * rule only warns, it does not reject.
 */
export interface ValidationRule {
  readonly criteria: string;
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

const URL = /^(?:(?:https?|ftp):\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function same(a: unknown, b: unknown): boolean {
  return String(a).toLowerCase() === String(b).toLowerCase();
}

function asNumber(v: unknown): number | null {
  return typeof v === "number" ? v : v instanceof Date ? v.getTime() : null;
}

/**
 * Whether content passes the rule. An empty cell always passes (clearing a validated cell is allowed).
 * A formula cannot be evaluated by the fake, so it fails every rule except CUSTOM_FORMULA, which the
 * fake cannot evaluate either and therefore always accepts.
 */
export function satisfies(rule: ValidationRule, content: Content, numberFormat: string): boolean {
  if (content.kind === "value" && content.value === "") return true;
  if (rule.criteria === "CUSTOM_FORMULA") return true;
  if (content.kind === "formula") return false;
  const v = readValue(content, numberFormat);
  const args = rule.values;
  const n = asNumber(v);
  const a = asNumber(args[0]);
  const b = asNumber(args[1]);
  const text = typeof v === "string" ? v : String(v);
  switch (rule.criteria) {
    case "VALUE_IN_LIST":
      return Array.isArray(args[0]) && (args[0] as unknown[]).some((item) => same(item, typeof v === "boolean" ? String(v).toUpperCase() : v));
    case "CHECKBOX":
      if (args.length === 0) return typeof v === "boolean";
      return args.some((item) => same(item, v));
    case "NUMBER_BETWEEN":
      return n !== null && a !== null && b !== null && n >= Math.min(a, b) && n <= Math.max(a, b);
    case "NUMBER_NOT_BETWEEN":
      return n !== null && a !== null && b !== null && (n < Math.min(a, b) || n > Math.max(a, b));
    case "NUMBER_EQUAL_TO":
      return n !== null && n === a;
    case "NUMBER_NOT_EQUAL_TO":
      return n !== null && n !== a;
    case "NUMBER_GREATER_THAN":
      return n !== null && a !== null && n > a;
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return n !== null && a !== null && n >= a;
    case "NUMBER_LESS_THAN":
      return n !== null && a !== null && n < a;
    case "NUMBER_LESS_THAN_OR_EQUAL_TO":
      return n !== null && a !== null && n <= a;
    case "TEXT_CONTAINS":
      return text.toLowerCase().includes(String(args[0]).toLowerCase());
    case "TEXT_DOES_NOT_CONTAIN":
      return !text.toLowerCase().includes(String(args[0]).toLowerCase());
    case "TEXT_EQUAL_TO":
      return same(text, args[0]);
    case "TEXT_IS_VALID_URL":
      return typeof v === "string" && URL.test(v.trim());
    case "TEXT_IS_VALID_EMAIL":
      return typeof v === "string" && EMAIL.test(v.trim());
    case "DATE_IS_VALID_DATE":
      return v instanceof Date;
    default:
      return true; // criteria the fake does not model are treated as satisfied
  }
}

export function describeRule(rule: ValidationRule): string {
  return `${rule.criteria}(${JSON.stringify(rule.values)})${rule.allowInvalid ? " warn" : " reject"}`;
}
