// Defines CallLog, the per-method count of service calls ("Class.method") made through the globals.

export interface CallCounter {
  /** Number of calls, optionally only those whose "Class.method" name passes the filter. */
  total(filter?: (method: string) => boolean): number;
  /** A plain object { "Range.setValues": 2, … }. */
  byMethod(): Record<string, number>;
  /** Calls in order (the first 100,000 since the last reset). */
  sequence(): string[];
  reset(): void;
}

const SEQUENCE_LIMIT = 100_000;

export class CallLog implements CallCounter {
  private counts = new Map<string, number>();
  private order: string[] = [];

  record(method: string): void {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    if (this.order.length < SEQUENCE_LIMIT) this.order.push(method);
  }

  total(filter?: (method: string) => boolean): number {
    let sum = 0;
    for (const [method, n] of this.counts) if (!filter || filter(method)) sum += n;
    return sum;
  }

  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const method of [...this.counts.keys()].sort()) out[method] = this.counts.get(method) ?? 0;
    return out;
  }

  sequence(): string[] {
    return [...this.order];
  }

  reset(): void {
    this.counts.clear();
    this.order = [];
  }
}

/** Classes of the Spreadsheet service, for "SpreadsheetApp calls per save". */
const SPREADSHEET_CLASSES = new Set([
  "SpreadsheetApp",
  "Sheets", // the advanced service: a round trip to the same spreadsheet
  "Spreadsheet",
  "Sheet",
  "Range",
  "RangeList",
  "Protection",
  "Filter",
  "DataValidation",
  "DataValidationBuilder",
  "ConditionalFormatRule",
  "ConditionalFormatRuleBuilder",
  "EmbeddedChart",
  "EmbeddedChartBuilder",
]);

export function isSpreadsheetCall(method: string): boolean {
  return SPREADSHEET_CLASSES.has(method.slice(0, method.indexOf(".")));
}
