// Scheduled faults: "answer the next N requests (to one operation, or any) with this error".
// Deterministic by construction, so tests of retrying clients know exactly what happens.
export type FaultStatus = 429 | 503;

export interface FailNextOptions {
  /** How many requests to fail. */
  readonly count: number;
  /** The error to answer with; default 429. */
  readonly status?: FaultStatus;
  /** Sent as `Retry-After` (seconds); default 1. */
  readonly retryAfterSeconds?: number;
  /** Only requests to this operation (e.g. "createChat"); default any operation. */
  readonly operationId?: string;
}

export interface Fault {
  readonly status: FaultStatus;
  readonly retryAfterSeconds: number;
}

interface Pending extends Fault {
  remaining: number;
  readonly operationId: string | undefined;
}

export class FaultPlan {
  private readonly pending: Pending[] = [];

  /** Schedules faults; later schedules queue behind earlier ones. */
  failNext(options: FailNextOptions): void {
    if (!Number.isInteger(options.count) || options.count < 1) throw new Error("failNext: count must be a positive integer");
    const retryAfterSeconds = options.retryAfterSeconds ?? 1;
    if (!Number.isInteger(retryAfterSeconds) || retryAfterSeconds < 0) throw new Error("failNext: retryAfterSeconds must be a whole number ≥ 0");
    this.pending.push({ remaining: options.count, status: options.status ?? 429, retryAfterSeconds, operationId: options.operationId });
  }

  /** Forgets every scheduled fault. */
  clear(): void {
    this.pending.length = 0;
  }

  /** The fault for this request, if one is due; consumes it. */
  take(operationId: string | undefined): Fault | undefined {
    const index = this.pending.findIndex((p) => p.operationId === undefined || p.operationId === operationId);
    const due = this.pending[index];
    if (!due) return undefined;
    if (--due.remaining === 0) this.pending.splice(index, 1);
    return { status: due.status, retryAfterSeconds: due.retryAfterSeconds };
  }
}
