// Defines sheet-name rules: locale default names ("Hoja 1", "Copia de X"), uniqueness and length checks.

/** Sheets rejects sheet names longer than 100 characters. */
export const MAX_SHEET_NAME = 100;

function isSpanish(locale: string): boolean {
  return locale.toLowerCase().startsWith("es");
}

function taken(existing: readonly string[], name: string): boolean {
  const lower = name.toLowerCase();
  return existing.some((n) => n.toLowerCase() === lower);
}

/** Throws Sheets' messages for an empty, too long or duplicate (case-insensitive) name. */
export function assertSheetName(name: string, existing: readonly string[]): void {
  if (name.trim() === "") throw new Error("Sheet names can't be blank.");
  if (name.length > MAX_SHEET_NAME) {
    throw new Error(`The sheet name "${name}" is too long. Sheet names can be at most ${MAX_SHEET_NAME} characters.`);
  }
  if (taken(existing, name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

/**
 * The name Sheets gives a new sheet: "Hoja N" in a Spanish-locale spreadsheet ("SheetN" in English),
 * starting at the number of sheets + 1 and counting up past taken names.
 */
export function defaultSheetName(existing: readonly string[], locale: string): string {
  for (let n = existing.length + 1; ; n++) {
    const name = isSpanish(locale) ? `Hoja ${n}` : `Sheet${n}`;
    if (!taken(existing, name)) return name;
  }
}

/** The name of a copied sheet: "Copia de X" ("Copy of X"), then "Copia de X 2", "Copia de X 3", … */
export function copySheetName(original: string, existing: readonly string[], locale: string): string {
  const base = isSpanish(locale) ? `Copia de ${original}` : `Copy of ${original}`;
  if (!taken(existing, base)) return base;
  for (let n = 2; ; n++) {
    if (!taken(existing, `${base} ${n}`)) return `${base} ${n}`;
  }
}
