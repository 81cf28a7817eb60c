// Defines Runtime, the shared state behind one fake: the spreadsheet, call counts, faults, locks, UI record, logs.
import { CallLog } from "./calls";
import { FaultPlan } from "./faults";
import type { FakeSpreadsheet } from "./model/fake-spreadsheet";
import { toRealmError } from "./realm";
import type { Realm } from "./realm";
import { LockState } from "./services/lock-state";

export interface UiRecord {
  sidebars: Array<{ title: string; html: string }>;
  dialogs: Array<{ title: string; html: string; modal: boolean }>;
  alerts: unknown[][];
  menus: Array<{ name: string; items: Array<[string, string]> }>;
  toasts: unknown[][];
  /** Buttons that Ui.alert returns next, in order ("OK", "YES", …); "OK" once this is empty. */
  alertResponses: string[];
}

export interface LogEntry {
  level: "log" | "info" | "warn" | "error" | "debug" | "Logger";
  message: string;
}

export interface RuntimeSettings {
  files: Record<string, string>;
  userEmail: string;
  scriptTimeZone: string;
  userLocale: string;
  now: () => Date;
  echoConsole: boolean;
}

export class Runtime {
  readonly calls = new CallLog();
  readonly faults = new FaultPlan();
  readonly locks = new LockState();
  readonly ui: UiRecord = { sidebars: [], dialogs: [], alerts: [], menus: [], toasts: [], alertResponses: [] };
  readonly logs: LogEntry[] = [];
  readonly properties = { user: new Map<string, string>(), document: new Map<string, string>(), script: new Map<string, string>() };
  private uuidCounter = 0;

  constructor(
    readonly book: FakeSpreadsheet,
    readonly realm: Realm,
    readonly settings: RuntimeSettings,
  ) {}

  /** Called after every counted call is recorded: a concurrency simulation starts other executions here. */
  onCall: ((method: string) => void) | null = null;

  /** Start of every counted call: count it, let a simulation interleave, then fail it if a fault is planned. */
  enter(method: string): void {
    this.calls.record(method);
    if (this.onCall) this.onCall(method);
    const failure = this.faults.check(method);
    if (failure === null) return;
    throw failure ?? new this.realm.Error(`Service error: ${method} failed (fault injected by the test).`);
  }

  /** A Date of the target realm. */
  date(d: Date): Date {
    return new this.realm.Date(d.getTime());
  }

  /** Converts host Dates in a value (or 2-D grid) to the target realm. */
  out<T>(value: T): T {
    if (value instanceof Date) return this.date(value) as unknown as T;
    if (Array.isArray(value)) return value.map((v) => this.out(v)) as unknown as T;
    return value;
  }

  translateError(error: unknown): unknown {
    return toRealmError(this.realm, error);
  }

  nextUuid(): string {
    this.uuidCounter++;
    const hex = this.uuidCounter.toString(16).padStart(12, "0");
    return `00000000-0000-4000-8000-${hex}`;
  }
}
