// Defines the counted LockService global and Lock, backed by the fake's single LockState.
import { Facade, countCalls } from "../counting";
import type { Runtime } from "../runtime";
import type { LockKind } from "./lock-state";

/** LockService's message when waitLock times out. */
export const LOCK_TIMEOUT = "Lock timeout: another process was holding the lock for too long.";

export class LockFacade extends Facade {
  readonly #kind: LockKind;

  constructor(rt: Runtime, kind: LockKind) {
    super(rt);
    this.#kind = kind;
  }

  /** Throws LOCK_TIMEOUT while another execution holds the lock (the wait is not simulated). */
  waitLock(_timeoutInMillis: number): void {
    if (!this.rt.locks.tryAcquire(this.#kind)) throw new Error(LOCK_TIMEOUT);
  }

  tryLock(_timeoutInMillis: number): boolean {
    return this.rt.locks.tryAcquire(this.#kind);
  }

  releaseLock(): void {
    this.rt.locks.release(this.#kind);
  }

  hasLock(): boolean {
    return this.rt.locks.holds(this.#kind);
  }
}

export class LockServiceFacade extends Facade {
  constructor(rt: Runtime) {
    super(rt);
  }

  getDocumentLock(): LockFacade {
    return new LockFacade(this.rt, "document");
  }

  getScriptLock(): LockFacade {
    return new LockFacade(this.rt, "script");
  }

  getUserLock(): LockFacade {
    return new LockFacade(this.rt, "user");
  }
}

countCalls(LockFacade, "Lock", "LockService");
countCalls(LockServiceFacade, "LockService", "LockService");
