// Defines Apps Script's "The parameters (…) don't match the method signature for …" errors and argument checks.
import { facadeTypeName } from "./counting";
import { isDate } from "./realm";

function elementType(values: unknown[]): string {
  const kinds = new Set(values.map((v) => typeName(v)));
  return kinds.size === 1 ? [...kinds][0] ?? "Object" : "Object";
}

/** How Apps Script names an argument's type in signature errors: String, number, Boolean, null, Object[], … */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return "String";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "Boolean";
  if (isDate(value)) return "Date";
  if (Array.isArray(value)) return `${elementType(value)}[]`;
  if (typeof value === "object") return facadeTypeName(value) ?? "Object";
  return "Object";
}

export function signatureError(method: string, args: readonly unknown[]): Error {
  return new Error(`The parameters (${args.map(typeName).join(",")}) don't match the method signature for ${method}.`);
}

/** Apps Script converts numbers to Integer parameters and rejects fractions. */
export function assertInteger(value: unknown, method: string, args: readonly unknown[]): number {
  if (typeof value !== "number" || Number.isNaN(value)) throw signatureError(method, args);
  if (!Number.isInteger(value)) throw new Error(`Cannot convert ${value} to int.`);
  return value;
}

/** A 2-D array (array of arrays), as setValues and the other set…s methods require. */
export function assertGrid(value: unknown, method: string): unknown[][] {
  if (!Array.isArray(value) || !value.every((row) => Array.isArray(row))) throw signatureError(method, [value]);
  return value as unknown[][];
}
