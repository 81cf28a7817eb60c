// Defines the counted Utilities global: deterministic UUIDs, formatDate in a time zone, and a no-op sleep.
import { Facade, countCalls } from "../counting";
import { isDate } from "../realm";
import type { Runtime } from "../runtime";
import { signatureError } from "../signature";
import { formatDate } from "./format-date";

export class UtilitiesFacade extends Facade {
  constructor(rt: Runtime) {
    super(rt);
  }

  /** Deterministic, UUID-shaped: 00000000-0000-4000-8000-000000000001, …002, … */
  getUuid(): string {
    return this.rt.nextUuid();
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== "string" || typeof format !== "string") {
      throw signatureError("Utilities.formatDate", [date, timeZone, format]);
    }
    return formatDate(new Date(date.getTime()), timeZone, format);
  }

  /** No-op: the fake does not wait. */
  sleep(_milliseconds: number): void {}
}

countCalls(UtilitiesFacade, "Utilities", "Utilities");
