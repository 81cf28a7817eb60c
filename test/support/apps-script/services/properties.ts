// Defines the counted PropertiesService global and Properties stores, with Apps Script's size limits.
import { Facade, countCalls } from "../counting";
import type { Runtime } from "../runtime";

/** Apps Script quotas: 9 KB per property value, 500 KB per store. */
export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

const encoder = new TextEncoder();

function bytes(text: string): number {
  return encoder.encode(text).length;
}

export class PropertiesFacade extends Facade {
  readonly #store: Map<string, string>;

  constructor(rt: Runtime, store: Map<string, string>) {
    super(rt);
    this.#store = store;
  }

  #put(entries: Array<[string, string]>, replaceAll: boolean): void {
    const next = new Map(replaceAll ? [] : this.#store);
    for (const [key, value] of entries) {
      if (bytes(value) > MAX_VALUE_BYTES) throw new Error("Argument too large: value");
      next.set(key, value);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > MAX_STORE_BYTES) throw new Error("You have exceeded the property storage quota. Please remove some properties and try again.");
    this.#store.clear();
    for (const [k, v] of next) this.#store.set(k, v);
  }

  /** null when the key is missing. */
  getProperty(key: string): string | null {
    return this.#store.get(key) ?? null;
  }

  setProperty(key: string, value: string): PropertiesFacade {
    this.#put([[String(key), String(value)]], false);
    return this;
  }

  deleteProperty(key: string): PropertiesFacade {
    this.#store.delete(key);
    return this;
  }

  getProperties(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.#store) out[k] = v;
    return out;
  }

  getKeys(): string[] {
    return [...this.#store.keys()];
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): PropertiesFacade {
    this.#put(Object.entries(properties).map(([k, v]) => [k, String(v)]), Boolean(deleteAllOthers));
    return this;
  }

  deleteAllProperties(): PropertiesFacade {
    this.#store.clear();
    return this;
  }
}

export class PropertiesServiceFacade extends Facade {
  constructor(rt: Runtime) {
    super(rt);
  }

  getUserProperties(): PropertiesFacade {
    return new PropertiesFacade(this.rt, this.rt.properties.user);
  }

  getDocumentProperties(): PropertiesFacade {
    return new PropertiesFacade(this.rt, this.rt.properties.document);
  }

  getScriptProperties(): PropertiesFacade {
    return new PropertiesFacade(this.rt, this.rt.properties.script);
  }
}

countCalls(PropertiesFacade, "Properties", "PropertiesService");
countCalls(PropertiesServiceFacade, "PropertiesService", "PropertiesService");
