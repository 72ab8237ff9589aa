// Fault injection settings: what FAULTS, FAULTS_FILE, the `faults` option and PUT /_admin/faults
// accept. Checked strictly, naming the source and the field, so a typo stops the server at start
// instead of silently injecting nothing.
import { checkOperationId } from "./operations.js";

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

export class FaultConfigError extends Error {
  override name = "FaultConfigError";
}

const KNOWN_KEYS = ["seed", "rates", "retryAfterSeconds", "latencyMs", "operationIds", "header"] as const;

/** Checks settings given as data (parsed JSON or a literal) and fills in the defaults. */
export function resolveFaultSettings(input: unknown, source: string): ResolvedFaultSettings {
  const fail = (message: string): never => {
    throw new FaultConfigError(`${source}: ${message}`);
  };
  if (!isPlainObject(input)) return fail('expected an object like { "seed": 42, "rates": { "503": 0.1 } }');
  for (const key of Object.keys(input)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) fail(`unknown setting '${key}' (known: ${KNOWN_KEYS.join(", ")})`);
  }
  const { seed = DEFAULT_SEED, rates = {}, retryAfterSeconds, latencyMs = 0, operationIds, header = true } = input;
  if (typeof header !== "boolean") fail(`header must be true or false, got ${show(header)}`);
  return {
    seed: checkSeed(seed, "seed", fail),
    rates: checkRates(rates, fail),
    retryAfterSeconds: checkRetryAfter(retryAfterSeconds, fail),
    latencyMs: checkLatency(latencyMs, "latencyMs", fail),
    operationIds: operationIds === undefined ? undefined : checkOperationIds(operationIds, fail),
    header: header as boolean,
  };
}

export function isFaultStatus(value: unknown): value is FaultStatus {
  return (FAULT_STATUSES as readonly unknown[]).includes(value);
}

export function checkStatus(value: unknown, label: string, fail: (message: string) => never): FaultStatus {
  return isFaultStatus(value) ? value : fail(`${label} must be one of ${FAULT_STATUSES.join(", ")}, got ${show(value)}`);
}

export function checkSeconds(value: unknown, label: string, fail: (message: string) => never): number {
  return Number.isInteger(value) && (value as number) >= 0
    ? (value as number)
    : fail(`${label} must be a whole number of seconds ≥ 0, got ${show(value)}`);
}

export function checkLatency(value: unknown, label: string, fail: (message: string) => never): { min: number; max: number } {
  const ms = (v: unknown, what: string): number =>
    Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_LATENCY_MS
      ? (v as number)
      : fail(`${what} must be a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}, got ${show(v)}`);
  if (typeof value === "number") {
    const fixed = ms(value, label);
    return { min: fixed, max: fixed };
  }
  if (!isPlainObject(value)) return fail(`${label} must be milliseconds or { "min": ms, "max": ms }, got ${show(value)}`);
  for (const key of Object.keys(value)) if (key !== "min" && key !== "max") fail(`${label}: unknown field '${key}' (known: min, max)`);
  const range = { min: ms(value.min, `${label}.min`), max: ms(value.max, `${label}.max`) };
  if (range.min > range.max) fail(`${label}.min (${range.min}) is greater than ${label}.max (${range.max})`);
  return range;
}

function checkSeed(value: unknown, label: string, fail: (message: string) => never): number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 0xffffffff
    ? (value as number)
    : fail(`${label} must be an integer from 0 to 4294967295, got ${show(value)}`);
}

function checkRates(value: unknown, fail: (message: string) => never): ResolvedFaultSettings["rates"] {
  if (!isPlainObject(value)) return fail(`rates must be an object of status → probability, like { "503": 0.1 }, got ${show(value)}`);
  const byStatus = new Map<FaultStatus, number>();
  for (const [key, rate] of Object.entries(value)) {
    const status = checkStatus(Number(key), `rates: status '${key}'`, fail);
    if (typeof rate !== "number" || !(rate >= 0 && rate <= 1)) fail(`rates.${key} must be a probability from 0 to 1, got ${show(rate)}`);
    byStatus.set(status, rate);
  }
  const total = [...byStatus.values()].reduce((sum, rate) => sum + rate, 0);
  // A little slack for decimal fractions such as 0.7 + 0.2 + 0.1, which add up to 0.9999999999999999 or 1.0000000000000002.
  if (total > 1 + 1e-9) fail(`the rates add up to ${Number(total.toFixed(6))}; together they must be at most 1`);
  return FAULT_STATUSES.filter((status) => (byStatus.get(status) ?? 0) > 0).map((status) => ({ status, rate: byStatus.get(status) ?? 0 }));
}

function checkRetryAfter(value: unknown, fail: (message: string) => never): Partial<Record<FaultStatus, number>> {
  const all = (seconds: number) =>
    Object.fromEntries(RETRY_AFTER_STATUSES.map((s) => [s, seconds])) as Partial<Record<FaultStatus, number>>;
  if (value === undefined) return all(DEFAULT_RETRY_AFTER_SECONDS);
  if (typeof value === "number") return all(checkSeconds(value, "retryAfterSeconds", fail));
  if (!isPlainObject(value)) return fail(`retryAfterSeconds must be seconds or an object of status → seconds, got ${show(value)}`);
  const result = all(DEFAULT_RETRY_AFTER_SECONDS);
  for (const [key, seconds] of Object.entries(value)) {
    result[checkStatus(Number(key), `retryAfterSeconds: status '${key}'`, fail)] = checkSeconds(seconds, `retryAfterSeconds.${key}`, fail);
  }
  return result;
}

function checkOperationIds(value: unknown, fail: (message: string) => never): ReadonlySet<string> {
  if (!Array.isArray(value) || value.length === 0) return fail(`operationIds must be a non-empty list of operationIds, got ${show(value)}`);
  for (const id of value) {
    if (typeof id !== "string") fail(`operationIds must hold strings, got ${show(id)}`);
    checkOperationId(id, "operationIds", fail);
  }
  return new Set(value as string[]);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value for an error message: short, and never more than a line. */
export function show(value: unknown): string {
  const text = typeof value === "string" ? `'${value}'` : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
