// Fault injection's shapes: the settings that FAULTS, FAULTS_FILE, the `faults` option and
// PUT /_admin/faults accept, and the options of a scheduled fault. Their JSON Schemas are in
// schemas.ts; what settings become once checked is in resolve.ts.
import { ConfigError } from "../config-schema/check.js";

export const FAULT_STATUSES = [429, 500, 502, 503, 504, 507] as const;
export type FaultStatus = (typeof FAULT_STATUSES)[number];

/** Statuses that carry `Retry-After` unless configured otherwise (Graph sends it on these). */
export const RETRY_AFTER_STATUSES: readonly FaultStatus[] = [429, 503];
export const DEFAULT_RETRY_AFTER_SECONDS = 1;
export const DEFAULT_SEED = 1;
/** Long enough for any client-timeout test; short enough that a typo cannot park requests for hours. */
export const MAX_LATENCY_MS = 120_000;

/** Added latency in milliseconds: fixed, or drawn per request from `min`–`max` (inclusive). */
export type LatencySetting = number | { readonly min: number; readonly max: number };

export interface FaultSettings {
  /** Seeds the random draws (an integer 0–4294967295); same seed + same requests → same faults. Default 1. */
  readonly seed?: number;
  /** Probability (0–1) that a request is answered with each status; together at most 1. */
  readonly rates?: Partial<Record<FaultStatus, number>>;
  /**
   * `Retry-After` seconds: a number applies to 429 and 503; an object sets it per status (any of
   * the six), over the default. Default: 1 second on 429 and 503, none on the others.
   */
  readonly retryAfterSeconds?: number | Partial<Record<FaultStatus, number>>;
  /** Latency added to every request in scope, faulted or not; default none. */
  readonly latencyMs?: LatencySetting;
  /** Random faults and latency only for these operations; default every operation. */
  readonly operationIds?: readonly string[];
  /** Honour the `x-fault` request header; default true. */
  readonly header?: boolean;
}

export interface ResolvedFaultSettings {
  readonly seed: number;
  /** Non-zero rates in the fixed order of FAULT_STATUSES, so a seed means the same everywhere. */
  readonly rates: readonly { readonly status: FaultStatus; readonly rate: number }[];
  readonly retryAfterSeconds: Readonly<Partial<Record<FaultStatus, number>>>;
  readonly latencyMs: { readonly min: number; readonly max: number };
  readonly operationIds: ReadonlySet<string> | undefined;
  readonly header: boolean;
}

export interface FailNextOptions {
  /** How many requests to fail. */
  readonly count: number;
  /** The error to answer with: 429, 500, 502, 503, 504 or 507; default 429. */
  readonly status?: FaultStatus;
  /** Sent as `Retry-After` (seconds); default 1 on 429 and 503, none on the other statuses. */
  readonly retryAfterSeconds?: number;
  /** Only requests to this operation of the contract (e.g. "createChat"); default any operation. */
  readonly operationId?: string;
}

export class FaultConfigError extends ConfigError {
  override name = "FaultConfigError";
}

/** The x-fault header of a request is malformed; the request deserves a 400. */
export class FaultHeaderError extends Error {
  override name = "FaultHeaderError";
}
