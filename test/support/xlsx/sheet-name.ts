// Defines the worksheet names written to the .xlsx: Excel's rules (31 characters, no : \ / ? * [ ], no leading or trailing ', unique) and the reserved meta-sheet name.
import { truncateText } from "./ooxml-text";

/** The hidden sheet that holds what the format cannot (see meta-sheet.ts). */
export const META_SHEET_NAME = "__fake_meta";

const MAX_EXCEL_SHEET_NAME = 31;

/**
 * The name a sheet gets in the file: its own when Excel accepts it, else a close, unique variant
 * (the real name then travels in the meta sheet). `taken` holds lowercased names already used.
 */
export function excelSheetName(name: string, taken: Set<string>): string {
  let base = name.replace(/[:\\/?*[\]\x00-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "_");
  base = base.replace(/^'/, "_").replace(/'$/, "_");
  if (base.trim() === "") base = "Hoja";
  if (base.toLowerCase() === "history") base = `${base}_`;
  base = truncateText(base, MAX_EXCEL_SHEET_NAME).replace(/'$/, "_");
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = truncateText(base, MAX_EXCEL_SHEET_NAME - suffix.length).replace(/'$/, "_") + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
