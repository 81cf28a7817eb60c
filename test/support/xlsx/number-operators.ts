// Defines how Sheets' number criteria map to Excel's operators, for validations and conditional formats.

/** Sheets' criteria name → Excel's operator. */
export const NUMBER_OPERATORS: Readonly<Record<string, string>> = {
  NUMBER_BETWEEN: "between",
  NUMBER_NOT_BETWEEN: "notBetween",
  NUMBER_EQUAL_TO: "equal",
  NUMBER_NOT_EQUAL_TO: "notEqual",
  NUMBER_GREATER_THAN: "greaterThan",
  NUMBER_GREATER_THAN_OR_EQUAL_TO: "greaterThanOrEqual",
  NUMBER_LESS_THAN: "lessThan",
  NUMBER_LESS_THAN_OR_EQUAL_TO: "lessThanOrEqual",
};

/** Excel's operator → Sheets' criteria name. */
export const NUMBER_CRITERIA: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(NUMBER_OPERATORS).map(([k, v]) => [v, k]));

/** Operators that take two values. */
export const TWO_ARGUMENTS: ReadonlySet<string> = new Set(["between", "notBetween"]);
