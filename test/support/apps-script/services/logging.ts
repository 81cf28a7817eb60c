// Defines the Logger and console globals: both record into the fake's logs; console also echoes when asked.
import { Facade, countCalls } from "../counting";
import type { LogEntry, Runtime } from "../runtime";

function render(args: unknown[]): string {
  return args.map((a) => (typeof a === "string" ? a : a instanceof Error ? a.message : JSON.stringify(a) ?? String(a))).join(" ");
}

export class LoggerFacade extends Facade {
  constructor(rt: Runtime) {
    super(rt);
  }

  /** log(data) or log(format, ...values) with %s placeholders, as Apps Script's Logger. */
  log(data: unknown, ...values: unknown[]): LoggerFacade {
    let message = typeof data === "string" ? data : render([data]);
    for (const v of values) message = message.replace(/%s/, typeof v === "string" ? v : render([v]));
    this.rt.logs.push({ level: "Logger", message });
    return this;
  }

  getLog(): string {
    return this.rt.logs.filter((l) => l.level === "Logger").map((l) => l.message).join("\n");
  }

  clear(): void {
    this.rt.logs.splice(0, this.rt.logs.length, ...this.rt.logs.filter((l) => l.level !== "Logger"));
  }
}

countCalls(LoggerFacade, "Logger", "Logger");

export type ConsoleLike = Record<"log" | "info" | "warn" | "error" | "debug", (...args: unknown[]) => void>;

/** A console that records every call in logs (uncounted) and forwards to Node's console when echo is on. */
export function createConsole(rt: Runtime): ConsoleLike {
  const make =
    (level: LogEntry["level"] & keyof ConsoleLike) =>
    (...args: unknown[]): void => {
      rt.logs.push({ level, message: render(args) });
      if (rt.settings.echoConsole) console[level](...args);
    };
  return { log: make("log"), info: make("info"), warn: make("warn"), error: make("error"), debug: make("debug") };
}
