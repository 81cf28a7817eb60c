// Loads the built dist/Code.js into node:vm with only Apps Script-like globals, backed by the fake.
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { createAppsScript, type AppsScriptFake, type AppsScriptOptions } from "./apps-script";

const DIST = new URL("../../dist/", import.meta.url);

export function builtCode(path?: string): string {
  try {
    return readFileSync(path ?? new URL("Code.js", DIST), "utf8");
  } catch {
    throw new Error("dist/Code.js no existe: ejecute `npm run build` (npm test lo hace) antes de las pruebas.");
  }
}

export interface LoadedBundle {
  fake: AppsScriptFake;
  context: vm.Context;
  /** Calls a top-level function as google.script.run would: arguments and result travel as JSON. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
}

/**
 * Makes ids repeatable: Math.random from a fixed seed and Date.now counting from a fixed instant, inside
 * the bundle's context only (today's date, from new Date(), stays real).
 */
export function makeDeterministic(bundle: LoadedBundle, seed = 1): void {
  vm.runInContext(
    `(() => { let s = ${seed} >>> 0; Math.random = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
      let t = 1700000000000; Date.now = () => ++t; })()`,
    bundle.context,
  );
}

/** `codePath` loads another build than dist/Code.js (a test's own entry). */
export function loadBundle(options: AppsScriptOptions = {}, fakeToUse?: AppsScriptFake, codePath?: string): LoadedBundle {
  const context = vm.createContext({});
  const realm = vm.runInContext("({ Date, Error })", context) as { Date: DateConstructor; Error: ErrorConstructor };
  const sidebar = readFileSync(new URL("Sidebar.html", DIST), "utf8");
  const fake = fakeToUse ?? createAppsScript({ files: { Sidebar: sidebar }, realm, ...options });
  Object.assign(context, fake.globals);
  vm.runInContext(builtCode(codePath), context, { filename: codePath ?? "dist/Code.js" });
  return {
    fake,
    context,
    call<T>(name: string, ...args: unknown[]): T {
      if (typeof context[name] !== "function") throw new Error(`dist/Code.js does not expose ${name}()`);
      context.__args = JSON.stringify(args);
      const out = vm.runInContext(`JSON.stringify(${name}.apply(null, JSON.parse(__args)))`, context) as string | undefined;
      return (out === undefined ? undefined : JSON.parse(out)) as T;
    },
  };
}

/** The record as the server normalises it (what getVisit must give back), computed in the test's realm. */
export { validateVisit } from "../../src/record";
