// Defines LockState, the one place that knows which execution holds the document, script and user locks.

export type LockKind = "document" | "script" | "user";

/** The execution that runs when no simulation names one. */
export const MAIN_EXECUTION = "main";

export class LockState {
  private readonly elsewhere = new Set<LockKind>();
  private readonly holders = new Map<LockKind, string>();
  /** The execution now making calls; a concurrency simulation switches it (see index.ts `executions`). */
  current = MAIN_EXECUTION;
  /** For tests that prove a checker can fail: every lock is granted, as if the code took none. */
  disabled = false;

  /** Simulates another execution holding (or releasing) a lock. */
  setHeldElsewhere(kind: LockKind, held: boolean): void {
    if (held) this.elsewhere.add(kind);
    else this.elsewhere.delete(kind);
  }

  /** Takes the lock for the current execution; false while another execution holds it. Re-entrant. */
  tryAcquire(kind: LockKind): boolean {
    if (this.disabled) return true;
    if (this.elsewhere.has(kind)) return false;
    const holder = this.holders.get(kind);
    if (holder !== undefined && holder !== this.current) return false;
    this.holders.set(kind, this.current);
    return true;
  }

  release(kind: LockKind): void {
    if (this.holders.get(kind) === this.current) this.holders.delete(kind);
  }

  holds(kind: LockKind): boolean {
    return this.disabled || this.holders.get(kind) === this.current;
  }

  /** Who holds a lock now, if anyone (for assertions). */
  holder(kind: LockKind): string | undefined {
    return this.holders.get(kind);
  }
}
