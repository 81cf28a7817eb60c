// The one wrapper over google.script.run: each server function as a typed promise.
import type * as Server from "../main";

type Api = typeof Server;
type Runner = {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner } };

export class ServerUnavailable extends Error {}

/** Calls a function of dist/Code.js; rejects when the call fails (exception, lost connection). */
export function callServer<K extends keyof Api>(name: K, ...args: Parameters<Api[K]>): Promise<ReturnType<Api[K]>> {
  return new Promise((resolve, reject) => {
    if (typeof google === "undefined" || !google.script?.run) {
      reject(new ServerUnavailable("google.script.run no está disponible"));
      return;
    }
    google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<Api[K]>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))))
      [name](...args);
  });
}
