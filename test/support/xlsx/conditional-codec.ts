// Defines the conditional-format codec: fake rules (condition → format, ranges) as Excel conditional formatting (exceljs model) and back.
import { columnLetters } from "../apps-script/model/a1";
import type { ConditionalFormat, ConditionalRuleModel } from "../apps-script/model/conditional-rule-model";
import { formatBoxes, inExcelGrid, parseBoxes } from "./box-list";
import { fromArgb, toArgb } from "./native-cell";
import { isSafeText } from "./ooxml-text";
import { NUMBER_CRITERIA, NUMBER_OPERATORS, TWO_ARGUMENTS } from "./number-operators";

/** One rule as exceljs writes and reads it. */
export interface NativeCfRule {
  type: string;
  operator?: string;
  formulae?: unknown[];
  priority?: number;
  style?: {
    font?: { bold?: boolean; italic?: boolean; underline?: unknown; strike?: boolean; color?: { argb?: string } } | null;
    fill?: { type?: string; pattern?: string; bgColor?: { argb?: string }; fgColor?: { argb?: string } } | null;
  };
}

/** A block of worksheet.conditionalFormattings: rules over the ranges of `ref` ("A2:A9 C2:C9"). */
export interface NativeCfBlock {
  ref: string;
  rules: NativeCfRule[];
}


/** Excel string literals hold at most 255 characters. */
const MAX_STRING = 255;
const HEX = /^#[0-9a-f]{6}$/;

function excelString(text: unknown): string | null {
  if (typeof text !== "string" || text.length > MAX_STRING || !isSafeText(text)) return null;
  return `"${text.replace(/"/g, '""')}"`;
}

const STRING = String.raw`"((?:[^"]|"")*)"`;
const REF = String.raw`\$?[A-Z]{1,3}\$?[0-9]+`;
const unquote = (s: string | undefined): string => (s ?? "").replace(/""/g, '"');

/** Text conditions written as expressions, with their Sheets criteria. */
const TEXT_EXPRESSIONS: ReadonlyArray<{ criteria: string; build: (s: string, tl: string) => string; match: RegExp }> = [
  { criteria: "TEXT_CONTAINS", build: (s, tl) => `NOT(ISERROR(SEARCH(${s},${tl})))`, match: new RegExp(`^NOT\\(ISERROR\\(SEARCH\\(${STRING},${REF}\\)\\)\\)$`) },
  { criteria: "TEXT_DOES_NOT_CONTAIN", build: (s, tl) => `ISERROR(SEARCH(${s},${tl}))`, match: new RegExp(`^ISERROR\\(SEARCH\\(${STRING},${REF}\\)\\)$`) },
  { criteria: "TEXT_STARTS_WITH", build: (s, tl) => `LEFT(${tl},LEN(${s}))=${s}`, match: new RegExp(`^LEFT\\(${REF},LEN\\(${STRING}\\)\\)=${STRING}$`) },
  { criteria: "TEXT_ENDS_WITH", build: (s, tl) => `RIGHT(${tl},LEN(${s}))=${s}`, match: new RegExp(`^RIGHT\\(${REF},LEN\\(${STRING}\\)\\)=${STRING}$`) },
];

function condition(rule: ConditionalRuleModel, tl: string): Pick<NativeCfRule, "type" | "operator" | "formulae"> | null {
  const v = rule.values;
  const criteria = rule.criteria ?? "";
  if (criteria === "TEXT_EQUAL_TO") {
    const s = excelString(v[0]);
    return s ? { type: "cellIs", operator: "equal", formulae: [s] } : null;
  }
  const text = TEXT_EXPRESSIONS.find((t) => t.criteria === criteria);
  if (text) {
    const s = excelString(v[0]);
    return s ? { type: "expression", formulae: [text.build(s, tl)] } : null;
  }
  if (criteria === "CELL_EMPTY") return { type: "expression", formulae: [`LEN(TRIM(${tl}))=0`] };
  if (criteria === "CELL_NOT_EMPTY") return { type: "expression", formulae: [`LEN(TRIM(${tl}))>0`] };
  if (criteria === "CUSTOM_FORMULA") {
    const f = v[0];
    return typeof f === "string" && f.startsWith("=") && f.length > 1 && isSafeText(f) ? { type: "expression", formulae: [f.slice(1)] } : null;
  }
  const operator = NUMBER_OPERATORS[criteria];
  if (!operator) return null;
  const args = v.slice(0, TWO_ARGUMENTS.has(operator) ? 2 : 1);
  if (args.length !== (TWO_ARGUMENTS.has(operator) ? 2 : 1) || args.some((a) => typeof a !== "number" || !Number.isFinite(a))) return null;
  return { type: "cellIs", operator, formulae: args.map((a) => String(a)) };
}

function style(format: ConditionalFormat): NonNullable<NativeCfRule["style"]> {
  const font: NonNullable<NonNullable<NativeCfRule["style"]>["font"]> = {};
  if (format.bold === true) font.bold = true;
  if (format.italic === true) font.italic = true;
  if (format.underline === true) font.underline = true;
  if (format.strikethrough === true) font.strike = true;
  if (typeof format.fontColor === "string" && HEX.test(format.fontColor)) font.color = { argb: toArgb(format.fontColor) };
  const out: NonNullable<NativeCfRule["style"]> = {};
  if (Object.keys(font).length > 0) out.font = font;
  // Conditional-format fills are differential: their colour is bgColor (plain cell fills use fgColor).
  if (typeof format.background === "string" && HEX.test(format.background)) {
    out.fill = { type: "pattern", pattern: "solid", bgColor: { argb: toArgb(format.background) } };
  }
  return out;
}

/**
 * The rules of one sheet as Excel conditional formatting, one block per rule, in order (priority 1
 * first, as Sheets applies the first matching rule). Only ranges on this sheet are written; rules
 * with a condition Excel cannot express are left out (the caller compares decodeRules' result).
 */
export function encodeRules(rules: readonly ConditionalRuleModel[], sheetId: number): NativeCfBlock[] {
  const blocks: NativeCfBlock[] = [];
  for (const rule of rules) {
    const boxes = rule.ranges.filter((r) => r.sheetId === sheetId && inExcelGrid(r.box)).map((r) => r.box);
    const first = boxes[0];
    if (!first) continue;
    const c = condition(rule, `${columnLetters(first.col)}${first.row}`);
    if (!c) continue;
    blocks.push({ ref: formatBoxes(boxes), rules: [{ ...c, priority: blocks.length + 1, style: style(rule.format) }] });
  }
  return blocks;
}

function decodeCondition(rule: NativeCfRule): { criteria: string; values: unknown[] } | null {
  const formulae = (rule.formulae ?? []).map((f) => String(f));
  if (rule.type === "cellIs") {
    const operator = rule.operator ?? "";
    const literal = new RegExp(`^${STRING}$`).exec(formulae[0] ?? "");
    if (operator === "equal" && literal && formulae.length === 1) return { criteria: "TEXT_EQUAL_TO", values: [unquote(literal[1])] };
    const criteria = NUMBER_CRITERIA[operator];
    const count = TWO_ARGUMENTS.has(operator) ? 2 : 1;
    const args = formulae.slice(0, count).map((f) => (/^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/.test(f) ? Number(f) : NaN));
    return criteria && args.length === count && args.every((n) => Number.isFinite(n)) ? { criteria, values: args } : null;
  }
  const f = formulae[0];
  if (f === undefined) return null;
  for (const t of TEXT_EXPRESSIONS) {
    const m = t.match.exec(f);
    if (m && (m[2] === undefined || m[2] === m[1])) return { criteria: t.criteria, values: [unquote(m[1])] };
  }
  if (new RegExp(`^LEN\\(TRIM\\(${REF}\\)\\)=0$`).test(f)) return { criteria: "CELL_EMPTY", values: [] };
  if (new RegExp(`^LEN\\(TRIM\\(${REF}\\)\\)>0$`).test(f)) return { criteria: "CELL_NOT_EMPTY", values: [] };
  return rule.type === "expression" ? { criteria: "CUSTOM_FORMULA", values: [`=${f}`] } : null;
}

function decodeFormat(rule: NativeCfRule): ConditionalFormat {
  const out: ConditionalFormat = {};
  const fill = rule.style?.fill;
  const background = fill && fill.type === "pattern" ? (fromArgb(fill.bgColor) ?? fromArgb(fill.fgColor)) : null;
  if (background) out.background = background;
  const font = rule.style?.font;
  const color = fromArgb(font?.color);
  if (color) out.fontColor = color;
  if (font?.bold === true) out.bold = true;
  if (font?.italic === true) out.italic = true;
  if (font?.underline !== undefined && font?.underline !== false && font?.underline !== "none") out.underline = true;
  if (font?.strike === true) out.strikethrough = true;
  return out;
}

/** Excel conditional formatting of a sheet as fake rules, by priority; kinds the fake does not model are skipped. */
export function decodeRules(blocks: readonly NativeCfBlock[], sheetId: number): ConditionalRuleModel[] {
  const found: Array<{ priority: number; order: number; rule: ConditionalRuleModel }> = [];
  for (const block of blocks) {
    const boxes = parseBoxes(String(block.ref ?? ""));
    if (boxes.length === 0) continue;
    for (const r of block.rules ?? []) {
      const c = decodeCondition(r);
      if (!c) continue;
      const rule: ConditionalRuleModel = { criteria: c.criteria, values: c.values, format: decodeFormat(r), ranges: boxes.map((box) => ({ sheetId, box: { ...box } })) };
      found.push({ priority: typeof r.priority === "number" ? r.priority : Number.MAX_SAFE_INTEGER, order: found.length, rule });
    }
  }
  return found.sort((a, b) => a.priority - b.priority || a.order - b.order).map((f) => f.rule);
}
