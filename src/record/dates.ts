// Calendar dates as the record speaks them (YYYY-MM-DD) and as the printed ficha shows them (dd/mm/aaaa).

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERUVIAN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** True for a YYYY-MM-DD string naming a day that exists (no 2024-02-30). */
export function isRealIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * Today's date in Lima. Peru keeps UTC−5 all year (no daylight saving since 1994), so a fixed
 * offset is exact and avoids depending on Intl time-zone data in the Apps Script runtime.
 */
export function todayInLima(now: Date = new Date()): string {
  return new Date(now.getTime() - 5 * 3600_000).toISOString().slice(0, 10);
}

/** "2024-10-05" → "05/10/2024". */
export function isoToPeruvian(iso: string): string {
  const m = ISO.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "05/10/2024" (or "5/10/2024") → "2024-10-05"; anything else is returned unchanged. */
export function peruvianToIso(text: string): string {
  const m = PERUVIAN.exec(text.trim());
  return m ? `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` : text;
}
