// Defines Facade, the base of every object handed to the code under test, and countCalls, which counts its methods.
import type { Runtime } from "./runtime";

const runtimes = new WeakMap<object, Runtime>();
const typeNames = new WeakMap<object, string>();

/** The Apps Script type name of a facade ("SpreadsheetApp.Range"), used in signature errors. */
export function facadeTypeName(value: object): string | undefined {
  return typeNames.get(Object.getPrototypeOf(value) as object);
}

/**
 * Base of the counted facades. Facades keep their state in #private fields (invisible to the code
 * under test and to JSON.stringify, like real Apps Script objects) and never call their own public
 * methods, so that one call by the code under test counts exactly once.
 */
export abstract class Facade {
  constructor(rt: Runtime) {
    runtimes.set(this, rt);
  }

  protected get rt(): Runtime {
    const rt = runtimes.get(this);
    if (!rt) throw new Error("Facade without runtime");
    return rt;
  }
}

/**
 * Wraps every method on the class's prototype so that a call is counted as "ClassName.method",
 * checked against planned faults first, and any error it throws is re-created in the target realm.
 */
export function countCalls(cls: abstract new (...args: never[]) => Facade, className: string, service: string): void {
  const proto = cls.prototype as unknown as Record<string, unknown>;
  typeNames.set(proto, `${service}.${className}`);
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === "constructor") continue;
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    const original = descriptor?.value as unknown;
    if (!descriptor || typeof original !== "function") continue;
    const method = `${className}.${name}`;
    const counted = function (this: object, ...args: unknown[]): unknown {
      const rt = runtimes.get(this);
      if (!rt) throw new TypeError(`${method} called on an object that is not a ${className}`);
      rt.enter(method);
      try {
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } catch (error) {
        throw rt.translateError(error);
      }
    };
    Object.defineProperty(counted, "name", { value: name });
    Object.defineProperty(proto, name, { ...descriptor, value: counted });
  }
}
