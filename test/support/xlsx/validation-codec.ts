// Defines the data-validation codec: a fake ValidationRule as an Excel data validation (exceljs model) and back.
import type { ValidationRule } from "../apps-script/model/validation";
import { isDate } from "../apps-script/realm";
import { isSafeAttribute, isSafeText, truncateText } from "./ooxml-text";
import { NUMBER_CRITERIA, NUMBER_OPERATORS, TWO_ARGUMENTS } from "./number-operators";

/** A data validation as exceljs writes and reads it (worksheet.dataValidations.model values). */
export interface NativeValidation {
  type: string;
  operator?: string;
  formulae?: unknown[];
  allowBlank?: boolean;
  showInputMessage?: boolean;
  showErrorMessage?: boolean;
  prompt?: string;
  errorStyle?: string;
}



/** Excel's limits: an inline list formula holds 255 characters; a prompt 255. */
const MAX_LIST = 255;
const MAX_PROMPT = 255;
/** "Any date" in Excel terms: a date on or after serial 0 (1899-12-30), which is also Sheets' epoch. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** An inline list formula ("\"a,b,c\""); null when an item holds a comma or the list is too long. */
function inlineList(items: readonly unknown[]): string | null {
  const texts = items.map((item) => String(item));
  if (texts.length === 0 || texts.some((t) => t.includes(",") || !isSafeText(t))) return null;
  const inner = texts.join(",").replace(/"/g, '""');
  return inner.length <= MAX_LIST ? `"${inner}"` : null;
}

function parseInlineList(formula: unknown): string[] | null {
  if (typeof formula !== "string") return null;
  const m = /^"((?:[^"]|"")*)"$/s.exec(formula);
  return m ? (m[1] ?? "").replace(/""/g, '"').split(",") : null;
}

function criterion(rule: ValidationRule): Pick<NativeValidation, "type" | "operator" | "formulae"> | null {
  const v = rule.values;
  switch (rule.criteria) {
    case "VALUE_IN_LIST": {
      const list = Array.isArray(v[0]) ? inlineList(v[0] as unknown[]) : null;
      return list ? { type: "list", formulae: [list] } : null;
    }
    case "CHECKBOX": {
      // Excel has no checkbox validation: a TRUE/FALSE list (or the custom checked/unchecked values).
      const list = inlineList(v.length === 0 ? ["TRUE", "FALSE"] : v);
      return list ? { type: "list", formulae: [list] } : null;
    }
    case "CUSTOM_FORMULA": {
      const f = v[0];
      return typeof f === "string" && f.startsWith("=") && f.length > 1 && isSafeText(f) ? { type: "custom", formulae: [f.slice(1)] } : null;
    }
    case "DATE_IS_VALID_DATE":
      return { type: "date", operator: "greaterThanOrEqual", formulae: [new Date(EPOCH_MS)] };
    default: {
      const operator = NUMBER_OPERATORS[rule.criteria];
      if (!operator) return null;
      const count = TWO_ARGUMENTS.has(operator) ? 2 : 1;
      const args = v.slice(0, count);
      if (args.length !== count || args.some((a) => typeof a !== "number" || !Number.isFinite(a))) return null;
      return { type: "decimal", operator, formulae: args.map((a) => (a === 0 ? 0 : a)) }; // -0 is written as 0
    }
  }
}

/**
 * The Excel data validation for a rule, or null when Excel has no equivalent. allowInvalid (a warning
 * only) is errorStyle "warning"; rejecting is "stop". The help text is the input prompt. Blank cells
 * are allowed, as in Sheets.
 */
export function encodeValidation(rule: ValidationRule): NativeValidation | null {
  const c = criterion(rule);
  if (!c) return null;
  const out: NativeValidation = { ...c, allowBlank: true, showErrorMessage: true, errorStyle: rule.allowInvalid ? "warning" : "stop" };
  const prompt = truncateText(rule.helpText.replace(/[\x00-\x1F\x7F\uFFFE\uFFFF]/g, " "), MAX_PROMPT);
  if (prompt !== "" && isSafeAttribute(prompt)) {
    out.showInputMessage = true;
    out.prompt = prompt;
  }
  return out;
}

function numbers(formulae: readonly unknown[], count: number): number[] | null {
  const out = formulae.slice(0, count).map((f) => (typeof f === "number" ? f : typeof f === "string" && f.trim() !== "" ? Number(f) : NaN));
  return out.length === count && out.every((n) => Number.isFinite(n)) ? out : null;
}

function decodeCriterion(dv: NativeValidation): { criteria: string; values: unknown[] } | null {
  const formulae = dv.formulae ?? [];
  switch (dv.type) {
    case "list": {
      const items = parseInlineList(formulae[0]);
      return items ? { criteria: "VALUE_IN_LIST", values: [items, true] } : null;
    }
    case "custom":
      return typeof formulae[0] === "string" ? { criteria: "CUSTOM_FORMULA", values: [`=${formulae[0]}`] } : null;
    case "date": {
      const f = formulae[0];
      return dv.operator === "greaterThanOrEqual" && isDate(f) && f.getTime() === EPOCH_MS ? { criteria: "DATE_IS_VALID_DATE", values: [] } : null;
    }
    case "decimal":
    case "whole": {
      const operator = dv.operator ?? "between";
      const criteria = NUMBER_CRITERIA[operator];
      const args = criteria ? numbers(formulae, TWO_ARGUMENTS.has(operator) ? 2 : 1) : null;
      return criteria && args ? { criteria, values: args } : null;
    }
    default:
      return null;
  }
}

/** The fake rule for an Excel data validation, or null for kinds the fake does not model. */
export function decodeValidation(dv: NativeValidation): ValidationRule | null {
  const c = decodeCriterion(dv);
  if (!c) return null;
  const rejects = dv.showErrorMessage === true && (dv.errorStyle ?? "stop") === "stop";
  return Object.freeze({
    criteria: c.criteria,
    values: Object.freeze(c.values),
    allowInvalid: !rejects,
    helpText: typeof dv.prompt === "string" ? dv.prompt : "",
  });
}
