// Defines how text is made safe for an .xlsx: Excel's cell-text limit, "_xHHHH_" escapes for cell and note text, and checks for attributes and formulas.

/** Excel keeps at most 32,767 characters in a cell (Sheets allows 50,000). */
export const MAX_EXCEL_CELL_CHARS = 32767;

/** Text that an XML 1.0 parser drops or rejects (and a CR, which it turns into LF), plus lone surrogates. */
const NOT_XML_SAFE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\r\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Attribute values lose tabs and line breaks too (XML attribute normalisation). */
const NOT_ATTRIBUTE_SAFE = /[\x00-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LOOKS_ESCAPED = /_x[0-9a-fA-F]{4}_/g;

function hex4(ch: string): string {
  return ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
}

/**
 * Escapes cell or note text the way OOXML does (ECMA-376 ST_Xstring): characters XML cannot carry
 * become "_xHHHH_", and text that already looks like such an escape gets its "_" escaped as "_x005F_".
 * exceljs decodes these escapes when it reads shared strings and notes (Excel does too).
 */
export function escapeCellText(text: string): string {
  return text.replace(LOOKS_ESCAPED, (m) => `_x005F${m}`).replace(NOT_XML_SAFE, (ch) => `_x${hex4(ch)}_`);
}

/** Whether text survives as an XML text node that nobody unescapes (formulas, list validations). */
export function isSafeText(text: string): boolean {
  NOT_XML_SAFE.lastIndex = 0;
  const unsafe = NOT_XML_SAFE.test(text);
  NOT_XML_SAFE.lastIndex = 0;
  return !unsafe;
}

/** Whether text survives as an XML attribute value (number formats, prompts, font names, sheet names). */
export function isSafeAttribute(text: string): boolean {
  return !NOT_ATTRIBUTE_SAFE.test(text);
}

/** The first `max` UTF-16 units of text, without cutting a surrogate pair in two. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
