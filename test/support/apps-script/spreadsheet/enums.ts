// Defines the Apps Script enums the add-in may read, as frozen objects whose values are their names.
// Real enum values are objects whose toString() is the name; comparing with === against the same
// enum member works with both, and String(value) gives the name in both.

function enumOf<K extends string>(...names: K[]): Readonly<Record<K, K>> {
  const out = {} as Record<K, K>;
  for (const name of names) out[name] = name;
  return Object.freeze(out);
}

export const ProtectionType = enumOf("RANGE", "SHEET");
export const WrapStrategy = enumOf("WRAP", "OVERFLOW", "CLIP");
export const BorderStyle = enumOf("DOTTED", "DASHED", "SOLID", "SOLID_MEDIUM", "SOLID_THICK", "DOUBLE");
export const Dimension = enumOf("COLUMNS", "ROWS");
export const DataValidationCriteria = enumOf(
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
);
export const BooleanCriteria = enumOf(
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_EQUAL_TO",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_STARTS_WITH",
  "TEXT_ENDS_WITH",
  "CUSTOM_FORMULA",
);
export const ChartType = enumOf("AREA", "BAR", "BUBBLE", "CANDLESTICK", "COLUMN", "COMBO", "GAUGE", "GEO", "HISTOGRAM", "LINE", "ORG", "PIE", "SCATTER", "SPARKLINE", "STEPPED_AREA", "TABLE", "TIMELINE", "TREEMAP", "WATERFALL");
export const ButtonSet = enumOf("OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL");
export const Button = enumOf("CLOSE", "OK", "CANCEL", "YES", "NO");
export const SandboxMode = enumOf("EMULATED", "IFRAME", "NATIVE");
export const XFrameOptionsMode = enumOf("ALLOWALL", "DEFAULT");
