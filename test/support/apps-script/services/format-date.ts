// Defines formatDate, Utilities.formatDate's Java SimpleDateFormat patterns (yyyy, MM, dd, HH, mm, ss, …) in a time zone.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const FIXED_ZONE = /^(?:GMT|UTC|Etc\/GMT|Etc\/UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;

/**
 * Minutes to add to UTC to get the wall-clock time in the zone: "UTC"/"GMT" → 0, "GMT-5" → -300,
 * IANA names through Intl ("America/Lima" → -300, no DST). An unknown zone falls back to GMT.
 */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const fixed = FIXED_ZONE.exec(timeZone.trim());
  if (fixed) {
    if (!fixed[1]) return 0;
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3] ?? 0);
    return fixed[1] === "-" ? -minutes : minutes;
  }
  try {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    }).formatToParts(date);
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
    return Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  } catch {
    return 0;
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function zone(offset: number, colon: boolean): string {
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ":" : ""}${pad(abs % 60, 2)}`;
}

function field(letter: string, n: number, w: Date, offset: number): string {
  switch (letter) {
    case "y":
      return n === 2 ? pad(w.getUTCFullYear() % 100, 2) : pad(w.getUTCFullYear(), n);
    case "M":
      if (n >= 4) return MONTHS[w.getUTCMonth()] ?? "";
      if (n === 3) return (MONTHS[w.getUTCMonth()] ?? "").slice(0, 3);
      return pad(w.getUTCMonth() + 1, n);
    case "d":
      return pad(w.getUTCDate(), n);
    case "H":
      return pad(w.getUTCHours(), n);
    case "k":
      return pad(w.getUTCHours() || 24, n);
    case "h":
      return pad(w.getUTCHours() % 12 || 12, n);
    case "m":
      return pad(w.getUTCMinutes(), n);
    case "s":
      return pad(w.getUTCSeconds(), n);
    case "S":
      return pad(w.getUTCMilliseconds(), n);
    case "E":
      return n >= 4 ? (DAYS[w.getUTCDay()] ?? "") : (DAYS[w.getUTCDay()] ?? "").slice(0, 3);
    case "u":
      return String(w.getUTCDay() || 7);
    case "a":
      return w.getUTCHours() < 12 ? "AM" : "PM";
    case "Z":
      return zone(offset, false);
    case "X":
      if (offset === 0) return "Z";
      return n === 1 ? zone(offset, false).slice(0, 3) : zone(offset, n >= 3);
    case "z":
      return `GMT${zone(offset, true)}`;
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/** Formats like Utilities.formatDate(date, timeZone, pattern); quoted text ('T', '') is literal. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const offset = zoneOffsetMinutes(date, timeZone);
  const w = new Date(date.getTime() + offset * 60000);
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      out += end < 0 ? pattern.slice(i + 1) : pattern.slice(i + 1, end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out += field(ch, j - i, w, offset);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
