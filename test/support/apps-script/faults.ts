// Defines FaultPlan: test-scheduled failures of the nth future call of a "Class.method".

export interface Faults {
  /** Makes the nth (default 1st) future call of "Class.method" throw (once); the call is still counted. */
  failOn(method: string, nth?: number, error?: Error): void;
  clear(): void;
}

interface PlannedFault {
  method: string;
  remaining: number;
  error: Error | undefined;
}

export class FaultPlan implements Faults {
  private planned: PlannedFault[] = [];

  failOn(method: string, nth = 1, error?: Error): void {
    if (!/^[A-Za-z]+(\.[A-Za-z]+)+$/.test(method)) throw new Error(`faults.failOn: expected "Class.method", got "${method}"`);
    if (!Number.isInteger(nth) || nth < 1) throw new Error(`faults.failOn: nth must be a positive integer, got ${nth}`);
    this.planned.push({ method, remaining: nth, error });
  }

  clear(): void {
    this.planned = [];
  }

  /**
   * Called at the start of each counted call. Returns null when the call goes ahead, otherwise the
   * test's error, or undefined when the test gave none (the caller then makes a default error).
   */
  check(method: string): Error | undefined | null {
    let failure: Error | undefined | null = null;
    for (const fault of this.planned) {
      if (fault.method !== method) continue;
      fault.remaining--;
      if (fault.remaining === 0 && failure === null) failure = fault.error;
    }
    this.planned = this.planned.filter((f) => f.remaining > 0);
    return failure;
  }
}
