// Defines createAppsScript, the entry point: an in-memory, call-counting fake of the Apps Script services the add-in uses.
import type { CallCounter } from "./calls";
import type { Faults } from "./faults";
import { FakeSpreadsheet } from "./model/fake-spreadsheet";
import { hostRealm } from "./realm";
import type { Realm } from "./realm";
import { Runtime } from "./runtime";
import type { LogEntry, UiRecord } from "./runtime";
import { LockServiceFacade } from "./services/lock-service";
import { LoggerFacade, createConsole } from "./services/logging";
import type { ConsoleLike } from "./services/logging";
import { PropertiesServiceFacade } from "./services/properties";
import { SessionFacade } from "./services/session";
import { SheetsApiFacade } from "./services/sheets-api";
import { UtilitiesFacade } from "./services/utilities";
import { Charts } from "./spreadsheet/chart";
import { SpreadsheetAppFacade } from "./spreadsheet/spreadsheet-app";
import { HtmlServiceFacade } from "./ui/html-service";

export { isSpreadsheetCall } from "./calls";
export type { CallCounter } from "./calls";
export type { Faults } from "./faults";
export { FakeSpreadsheet } from "./model/fake-spreadsheet";
export type { StoredCell, ProtectionSnapshot, ChartSnapshot } from "./model/fake-spreadsheet";
export type { SheetModel } from "./model/sheet-model";
export type { CellValue, Content } from "./model/cell";
export type { ValidationRule } from "./model/validation";
export type { Realm } from "./realm";
export type { LogEntry, UiRecord } from "./runtime";

export interface AppsScriptOptions {
  /** Project files for HtmlService.createHtmlOutputFromFile / createTemplateFromFile ("Sidebar" or "Sidebar.html"). */
  files?: Record<string, string>;
  /** Session user (active and effective). Default "especialista@ugel02.gob.pe". */
  userEmail?: string;
  /** Spreadsheet and script time zone. Default "America/Lima". */
  timeZone?: string;
  /** Spreadsheet locale. Default "es_PE"; Session.getActiveUserLocale() reports its language ("es"). */
  locale?: string;
  /** Clock for the fake's own timestamps. Default () => new Date(). */
  now?: () => Date;
  /** Spreadsheet name. Default "Hoja de cálculo sin título". */
  name?: string;
  /** Spreadsheet id. Default a fixed fake id. */
  id?: string;
  /** Date/Error constructors for returned values and thrown errors (pass a vm context's). Default this realm's. */
  realm?: Partial<Realm>;
  /** Also print console.* calls of the code under test to Node's console. Default false (they are only recorded). */
  echoConsole?: boolean;
  /** Offer the advanced Sheets service (the `Sheets` global), as when a project enables it. Default false. */
  advancedSheets?: boolean;
}

export interface AppsScriptGlobals {
  SpreadsheetApp: SpreadsheetAppFacade;
  HtmlService: HtmlServiceFacade;
  LockService: LockServiceFacade;
  Session: SessionFacade;
  PropertiesService: PropertiesServiceFacade;
  Utilities: UtilitiesFacade;
  Charts: typeof Charts;
  /** Present only with the advancedSheets option. */
  Sheets?: SheetsApiFacade;
  Logger: LoggerFacade;
  console: ConsoleLike;
}

export interface AppsScriptFake {
  /** What the vm context (or globalThis) gets; every method call through these is counted. */
  globals: AppsScriptGlobals;
  /** The active spreadsheet's model: direct, uncounted access for seeding and assertions. */
  spreadsheet: FakeSpreadsheet;
  calls: CallCounter;
  /** What the add-in showed: sidebars, dialogs, alerts, menus, toasts (and alertResponses to script answers). */
  ui: UiRecord;
  faults: Faults;
  locks: {
    holdDocumentLockElsewhere(held: boolean): void;
    /** Grants every lock (to show that a test notices when the code's locking is gone). */
    disable(disabled: boolean): void;
    documentLockHolder(): string | undefined;
  };
  /**
   * Several executions over one spreadsheet, as concurrent users: `run` makes `id` the execution whose
   * calls (and locks) these are; `onCall` is called at every counted call, where a simulation may run
   * another execution before this call proceeds.
   */
  executions: { run<T>(id: string, work: () => T): T; current(): string; onCall(hook: ((method: string) => void) | null): void };
  /** Logger.log and console.* output of the code under test. */
  logs: LogEntry[];
  /** PropertiesService stores, uncounted. */
  properties: { user: Map<string, string>; document: Map<string, string>; script: Map<string, string> };
  now: () => Date;
  /** Who Session reports from now on ("" as when Apps Script may not give the e-mail). */
  signIn(email: string): void;
}

export function createAppsScript(options: AppsScriptOptions = {}): AppsScriptFake {
  const timeZone = options.timeZone ?? "America/Lima";
  const locale = options.locale ?? "es_PE";
  const now = options.now ?? (() => new Date());
  const spreadsheet = new FakeSpreadsheet({
    id: options.id ?? "1FakeFichaCapSpreadsheetId0000000000000000",
    name: options.name ?? "Hoja de cálculo sin título",
    timeZone,
    locale,
  });
  const realm: Realm = { ...hostRealm, ...(options.realm ?? {}) };
  const rt = new Runtime(spreadsheet, realm, {
    files: { ...(options.files ?? {}) },
    userEmail: options.userEmail ?? "especialista@ugel02.gob.pe",
    scriptTimeZone: timeZone,
    userLocale: locale.split(/[_-]/)[0] ?? locale,
    now,
    echoConsole: options.echoConsole ?? false,
  });
  return {
    globals: {
      SpreadsheetApp: new SpreadsheetAppFacade(rt),
      HtmlService: new HtmlServiceFacade(rt),
      LockService: new LockServiceFacade(rt),
      Session: new SessionFacade(rt),
      PropertiesService: new PropertiesServiceFacade(rt),
      Utilities: new UtilitiesFacade(rt),
      Charts,
      ...(options.advancedSheets ? { Sheets: new SheetsApiFacade(rt) } : {}),
      Logger: new LoggerFacade(rt),
      console: createConsole(rt),
    },
    spreadsheet,
    calls: rt.calls,
    ui: rt.ui,
    faults: rt.faults,
    locks: {
      holdDocumentLockElsewhere: (held: boolean) => rt.locks.setHeldElsewhere("document", held),
      disable: (disabled: boolean) => {
        rt.locks.disabled = disabled;
      },
      documentLockHolder: () => rt.locks.holder("document"),
    },
    executions: {
      run<T>(id: string, work: () => T): T {
        const previous = rt.locks.current;
        rt.locks.current = id;
        try {
          return work();
        } finally {
          rt.locks.current = previous;
        }
      },
      current: () => rt.locks.current,
      onCall(hook) {
        rt.onCall = hook;
      },
    },
    logs: rt.logs,
    properties: rt.properties,
    now,
    signIn(email: string) {
      rt.settings.userEmail = email;
    },
  };
}
