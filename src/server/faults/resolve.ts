// Fault settings once checked: the schema first (schemas.ts), then the rules a schema cannot
// state, then the defaults filled in. A typo stops the server at start instead of silently
// injecting nothing.
import { checkOperationId } from "./operations.js";
import { checkFaultSettings } from "./schemas.js";
import {
  DEFAULT_RETRY_AFTER_SECONDS,
  DEFAULT_SEED,
  FAULT_STATUSES,
  FaultConfigError,
  RETRY_AFTER_STATUSES,
  type FaultStatus,
  type LatencySetting,
  type ResolvedFaultSettings,
} from "./settings.js";

type Fail = (message: string) => never;

/** Checks settings given as data (parsed JSON or a literal) and fills in the defaults. */
export function resolveFaultSettings(input: unknown, source: string): ResolvedFaultSettings {
  const fail = (message: string): never => {
    throw new FaultConfigError(`${source}: ${message}`);
  };
  const {
    seed = DEFAULT_SEED,
    rates = {},
    retryAfterSeconds,
    latencyMs = 0,
    operationIds,
    header = true,
  } = checkFaultSettings(input, source);
  const total = FAULT_STATUSES.reduce((sum, status) => sum + (rates[status] ?? 0), 0);
  // A little slack for decimal fractions such as 0.7 + 0.2 + 0.1, which add up to 0.9999999999999999 or 1.0000000000000002.
  if (total > 1 + 1e-9) fail(`the rates add up to ${Number(total.toFixed(6))}; together they must be at most 1`);
  return {
    seed,
    rates: FAULT_STATUSES.flatMap((status) => ((rates[status] ?? 0) > 0 ? [{ status, rate: rates[status] ?? 0 }] : [])),
    retryAfterSeconds: {
      ...onRetryAfterStatuses(DEFAULT_RETRY_AFTER_SECONDS),
      ...(typeof retryAfterSeconds === "number" ? onRetryAfterStatuses(retryAfterSeconds) : retryAfterSeconds),
    },
    latencyMs: latencyRange(latencyMs, "latencyMs", fail),
    operationIds: operationIds && new Set(operationIds.map((id) => checkOperationId(id, "operationIds", fail))),
    header,
  };
}

/** A checked latency setting as a range; refuses min > max, which a schema cannot compare. */
export function latencyRange(setting: LatencySetting, label: string, fail: Fail): { min: number; max: number } {
  const { min, max } = typeof setting === "number" ? { min: setting, max: setting } : setting;
  if (min > max) fail(`${label}.min (${min}) is greater than ${label}.max (${max})`);
  return { min, max };
}

function onRetryAfterStatuses(seconds: number): Partial<Record<FaultStatus, number>> {
  return Object.fromEntries(RETRY_AFTER_STATUSES.map((status) => [status, seconds]));
}
