// Defines formatSheetsDate, a small renderer for Sheets date number formats ("dd/mm/yyyy", "yyyy-mm-dd hh:mm").

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/**
 * Renders a date with a Sheets number format using UTC parts. In Sheets formats "m"/"mm" mean month,
 * except right after an hour token or right before a seconds token, where they mean minutes.
 */
export function formatSheetsDate(date: Date, format: string): string {
  const tokens = format.match(/y+|m+|d+|h+|s+|"[^"]*"|\\.|./gi) ?? [];
  return tokens
    .map((token, i) => {
      const t = token.toLowerCase();
      const prev = tokens.slice(0, i).reverse().find((x) => /^[a-z]/i.test(x))?.toLowerCase() ?? "";
      const next = tokens.slice(i + 1).find((x) => /^[a-z]/i.test(x))?.toLowerCase() ?? "";
      if (t.startsWith('"')) return token.slice(1, -1);
      if (t.startsWith("\\")) return token.slice(1);
      if (t[0] === "y") return t.length <= 2 ? pad(date.getUTCFullYear() % 100, 2) : String(date.getUTCFullYear());
      if (t[0] === "d") return t.length === 1 ? String(date.getUTCDate()) : pad(date.getUTCDate(), 2);
      if (t[0] === "h") return t.length === 1 ? String(date.getUTCHours()) : pad(date.getUTCHours(), 2);
      if (t[0] === "s") return t.length === 1 ? String(date.getUTCSeconds()) : pad(date.getUTCSeconds(), 2);
      if (t[0] === "m") {
        const minutes = prev.startsWith("h") || next.startsWith("s");
        const n = minutes ? date.getUTCMinutes() : date.getUTCMonth() + 1;
        return t.length === 1 ? String(n) : pad(n, 2);
      }
      return token;
    })
    .join("");
}
