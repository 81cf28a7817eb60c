// Defines LockState, the one place that knows who holds the document, script and user locks.

export type LockKind = "document" | "script" | "user";

export class LockState {
  private readonly elsewhere = new Set<LockKind>();
  private readonly here = new Set<LockKind>();

  /** Simulates another execution holding (or releasing) a lock. */
  setHeldElsewhere(kind: LockKind, held: boolean): void {
    if (held) this.elsewhere.add(kind);
    else this.elsewhere.delete(kind);
  }

  /** Takes the lock for this execution; false while another execution holds it. Re-entrant. */
  tryAcquire(kind: LockKind): boolean {
    if (this.elsewhere.has(kind)) return false;
    this.here.add(kind);
    return true;
  }

  release(kind: LockKind): void {
    this.here.delete(kind);
  }

  holds(kind: LockKind): boolean {
    return this.here.has(kind);
  }
}
