// Fault injection: scheduled faults ("answer the next N requests with this error"), random faults
// by rate from a seeded generator, added latency, and faults a request asks for with the x-fault
// header. Deterministic: the same settings and the same requests in the same order give the same
// answers, so tests of retrying clients know exactly what happens.
import { parseFaultHeader } from "./inline.js";
import { checkOperationId } from "./operations.js";
import { mulberry32 } from "./prng.js";
import { resolveFaultSettings } from "./resolve.js";
import { checkFailNextOptions } from "./schemas.js";
import {
  DEFAULT_RETRY_AFTER_SECONDS,
  FaultConfigError,
  FaultHeaderError,
  RETRY_AFTER_STATUSES,
  type FailNextOptions,
  type FaultSettings,
  type FaultStatus,
  type ResolvedFaultSettings,
} from "./settings.js";

export { FAULT_STATUSES, FaultConfigError, FaultHeaderError } from "./settings.js";
export type { FailNextOptions, FaultSettings, FaultStatus, LatencySetting } from "./settings.js";

export interface Fault {
  readonly status: FaultStatus;
  /** Seconds for `Retry-After`; absent: the answer has no `Retry-After`. */
  readonly retryAfterSeconds?: number;
}

/** What to do with one request: wait `latencyMs`, then answer with `fault`, or serve it if none. */
export interface FaultDecision {
  readonly latencyMs: number;
  readonly fault?: Fault;
}

interface Pending {
  remaining: number;
  readonly fault: Fault;
  readonly operationId: string | undefined;
}

const NO_LATENCY = { min: 0, max: 0 } as const;
// The latency stream must not repeat the status stream, or latency would track the faults.
const LATENCY_SEED_MIX = 0x5bd1e995;

export class FaultPlan {
  private readonly pending: Pending[] = [];
  private readonly initial: ResolvedFaultSettings | undefined;
  private settings: ResolvedFaultSettings | undefined;
  private statusDraws: () => number = () => 0;
  private latencyDraws: () => number = () => 0;

  /**
   * Without settings the plan only answers with scheduled faults ({@link failNext}). With settings
   * (even `{}`) fault injection is on: random faults by rate, latency, and the x-fault header.
   * Throws a {@link FaultConfigError} naming `source` and the field when the settings are wrong.
   */
  constructor(settings?: FaultSettings, source = "faults") {
    this.initial = settings === undefined ? undefined : resolveFaultSettings(settings, source);
    this.use(this.initial);
  }

  /** True when fault injection is configured (random faults, latency, x-fault header). */
  get enabled(): boolean {
    return this.settings !== undefined;
  }

  /** Replaces the settings (`undefined`: scheduled faults only) and restarts the random draws from the seed. */
  configure(settings: FaultSettings | undefined, source = "faults"): void {
    this.use(settings === undefined ? undefined : resolveFaultSettings(settings, source));
  }

  /** Schedules faults; later schedules queue behind earlier ones. Throws a {@link FaultConfigError} naming `source` on bad options. */
  failNext(options: FailNextOptions, source = "failNext"): void {
    const { count, status = 429, retryAfterSeconds, operationId } = checkFailNextOptions(options, source);
    const seconds = retryAfterSeconds ?? (RETRY_AFTER_STATUSES.includes(status) ? DEFAULT_RETRY_AFTER_SECONDS : undefined);
    const fail = (message: string): never => {
      throw new FaultConfigError(`${source}: ${message}`);
    };
    this.pending.push({
      remaining: count,
      fault: faultOf(status, seconds),
      operationId: operationId === undefined ? undefined : checkOperationId(operationId, "operationId", fail),
    });
  }

  /** Forgets every scheduled fault (settings and the random sequence are kept). */
  clear(): void {
    this.pending.length = 0;
  }

  /** Back to the start: no scheduled faults, the settings the plan was built with, draws from the seed again. */
  reset(): void {
    this.clear();
    this.use(this.initial);
  }

  /** The scheduled fault for this request, if one is due; consumes it. */
  take(operationId: string | undefined): Fault | undefined {
    const index = this.pending.findIndex((p) => p.operationId === undefined || p.operationId === operationId);
    const due = this.pending[index];
    if (!due) return undefined;
    if (--due.remaining === 0) this.pending.splice(index, 1);
    return due.fault;
  }

  /**
   * Decides one request, in arrival order. Precedence: the x-fault header (when injection is on),
   * then a scheduled fault, then a random one. With injection on, every request takes exactly one
   * draw from each random stream whatever the outcome, so the nth request always gets the nth
   * draws: restricting `operationIds` or sending a header never shifts other requests' faults.
   * Throws a {@link FaultHeaderError} for a malformed header.
   */
  decide(operationId: string | undefined, header?: string): FaultDecision {
    const settings = this.settings;
    if (!settings) {
      const scheduled = this.take(operationId);
      return scheduled ? { latencyMs: 0, fault: scheduled } : { latencyMs: 0 };
    }
    const asked = header !== undefined && settings.header ? parseFaultHeader(header, failHeader) : undefined;
    const statusDraw = this.statusDraws();
    const latencyDraw = this.latencyDraws();
    const inScope = settings.operationIds === undefined || (operationId !== undefined && settings.operationIds.has(operationId));
    const latency = asked?.latencyMs ?? (inScope ? settings.latencyMs : NO_LATENCY);
    const latencyMs = latency.min + Math.floor(latencyDraw * (latency.max - latency.min + 1));
    const fault =
      asked?.status !== undefined
        ? faultOf(asked.status, asked.retryAfterSeconds ?? settings.retryAfterSeconds[asked.status])
        : (this.take(operationId) ?? (inScope ? randomFault(statusDraw, settings) : undefined));
    return fault ? { latencyMs, fault } : { latencyMs };
  }

  private use(settings: ResolvedFaultSettings | undefined): void {
    this.settings = settings;
    const seed = settings?.seed ?? 0;
    this.statusDraws = mulberry32(seed);
    this.latencyDraws = mulberry32(seed ^ LATENCY_SEED_MIX);
  }
}

/** A plan from the `faults` option: a plan as given, settings (checked; injection on), or none. */
export function toFaultPlan(given: FaultPlan | FaultSettings | undefined): FaultPlan | undefined {
  if (given === undefined || given instanceof FaultPlan) return given;
  return new FaultPlan(given);
}

/** The status whose slice of [0, 1) the draw falls in, the slices laid out in FAULT_STATUSES order. */
function randomFault(draw: number, settings: ResolvedFaultSettings): Fault | undefined {
  let threshold = 0;
  for (const { status, rate } of settings.rates) {
    threshold += rate;
    if (draw < threshold) return faultOf(status, settings.retryAfterSeconds[status]);
  }
  return undefined;
}

function faultOf(status: FaultStatus, retryAfterSeconds: number | undefined): Fault {
  return retryAfterSeconds === undefined ? { status } : { status, retryAfterSeconds };
}

function failHeader(message: string): never {
  throw new FaultHeaderError(`x-fault header: ${message}`);
}
