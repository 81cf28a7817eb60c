// Defines what one cell stores: its content (a typed value or a formula), format overrides, note and validation rule.
import type { ValidationRule } from "./validation";

/** A value as Sheets stores it; the empty cell is "". */
export type CellValue = number | string | boolean | Date;

/** A cell holds either a typed value or a formula (the fake never evaluates formulas). */
export type Content = { kind: "value"; value: CellValue } | { kind: "formula"; formula: string };

export type WrapStrategyName = "WRAP" | "OVERFLOW" | "CLIP";

export interface BorderSpec {
  color: string;
  style: string;
}

export interface Borders {
  top?: BorderSpec;
  left?: BorderSpec;
  bottom?: BorderSpec;
  right?: BorderSpec;
}

/** Every format property the fake records, with Sheets' defaults in DEFAULT_FORMAT. */
export interface CellFormat {
  numberFormat: string;
  fontWeight: string;
  fontStyle: string;
  fontSize: number;
  fontColor: string;
  fontFamily: string;
  fontLine: string;
  background: string;
  wrapStrategy: WrapStrategyName;
  horizontalAlignment: string;
  verticalAlignment: string;
  borders: Borders;
}

/**
 * Defaults as Apps Script reports them for an untouched cell. getNumberFormat() of a cell that was
 * never formatted returns "0.###############" (Sheets' "Automatic" format).
 */
export const DEFAULT_FORMAT: Readonly<CellFormat> = Object.freeze({
  numberFormat: "0.###############",
  fontWeight: "normal",
  fontStyle: "normal",
  fontSize: 10,
  fontColor: "#000000",
  fontFamily: "Arial",
  fontLine: "none",
  background: "#ffffff",
  wrapStrategy: "OVERFLOW",
  horizontalAlignment: "general",
  verticalAlignment: "bottom",
  borders: Object.freeze({}),
});

export interface CellData {
  content: Content;
  format: Partial<CellFormat> | null;
  note: string;
  validation: ValidationRule | null;
}

export const EMPTY: Content = Object.freeze({ kind: "value", value: "" }) as Content;

export function isEmptyContent(c: Content): boolean {
  return c.kind === "value" && c.value === "";
}

export function newCell(): CellData {
  return { content: EMPTY, format: null, note: "", validation: null };
}

export function cloneContent(c: Content): Content {
  if (c.kind === "value" && c.value instanceof Date) return { kind: "value", value: new Date(c.value.getTime()) };
  return c;
}

export function cloneCell(cell: CellData): CellData {
  return {
    content: cloneContent(cell.content),
    format: cell.format ? { ...cell.format, borders: { ...(cell.format.borders ?? {}) } } : null,
    note: cell.note,
    validation: cell.validation, // rules are immutable once built
  };
}

/** The effective value of one format property of a cell. */
export function formatOf<K extends keyof CellFormat>(cell: CellData | undefined, key: K): CellFormat[K] {
  const own = cell?.format?.[key];
  return (own === undefined ? DEFAULT_FORMAT[key] : own) as CellFormat[K];
}
