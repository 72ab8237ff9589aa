// The JSON Schemas of fault injection's input: the settings (every source checks its input
// against the one schema), failNext's options and the pairs of the x-fault header. What a
// schema cannot say — rates adding up to at most 1, min ≤ max, operationIds of the contract —
// resolve.ts and the FaultPlan check afterwards.
import { configCheck, type ConfigSchema } from "../config-schema/check.js";
import {
  FAULT_STATUSES,
  FaultConfigError,
  FaultHeaderError,
  MAX_LATENCY_MS,
  type FailNextOptions,
  type FaultSettings,
  type FaultStatus,
  type LatencySetting,
} from "./settings.js";

/** The x-fault header's pairs, named as the header names them so messages quote what was sent. */
export interface HeaderFields {
  readonly status?: FaultStatus;
  readonly "retry-after"?: number;
  readonly latency?: LatencySetting;
}

const status: ConfigSchema<FaultStatus> = { type: "integer", enum: FAULT_STATUSES, description: `one of ${FAULT_STATUSES.join(", ")}` };
const seconds: ConfigSchema<number> = { type: "integer", minimum: 0, description: "a whole number of seconds ≥ 0" };
const milliseconds: ConfigSchema<number> = {
  type: "integer",
  minimum: 0,
  maximum: MAX_LATENCY_MS,
  description: `a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}`,
};
const latency: ConfigSchema<LatencySetting> = {
  description: 'milliseconds or { "min": ms, "max": ms }',
  oneOf: [
    milliseconds,
    { type: "object", properties: { min: milliseconds, max: milliseconds }, required: ["min", "max"], additionalProperties: false },
  ],
};

/** An object keyed by the fault statuses, each value checked by `value`. */
function byStatus(value: ConfigSchema<number>, description: string): ConfigSchema<Partial<Record<FaultStatus, number>>> {
  const properties = Object.fromEntries(FAULT_STATUSES.map((s) => [s, value])) as Record<FaultStatus, ConfigSchema<number>>;
  return { type: "object", description, "x-key": "status", properties, required: [], additionalProperties: false };
}

const faultSettings: ConfigSchema<FaultSettings> = {
  type: "object",
  description: 'an object like { "seed": 42, "rates": { "503": 0.1 } }',
  "x-key": "setting",
  properties: {
    seed: { type: "integer", minimum: 0, maximum: 0xffffffff, description: "an integer from 0 to 4294967295" },
    rates: byStatus(
      { type: "number", minimum: 0, maximum: 1, description: "a probability from 0 to 1" },
      'an object of status → probability, like { "503": 0.1 }',
    ),
    retryAfterSeconds: {
      description: "seconds or an object of status → seconds",
      oneOf: [seconds, byStatus(seconds, "an object of status → seconds")],
    },
    latencyMs: latency,
    operationIds: {
      type: "array",
      items: { type: "string", description: "an operationId" },
      minItems: 1,
      description: "a non-empty list of operationIds",
    },
    header: { type: "boolean", description: "true or false" },
  },
  required: [],
  additionalProperties: false,
};

const failNextOptions: ConfigSchema<FailNextOptions> = {
  type: "object",
  description: "an object { count, status?, retryAfterSeconds?, operationId? }",
  properties: {
    count: { type: "integer", minimum: 1, description: "a positive integer" },
    status,
    retryAfterSeconds: seconds,
    operationId: { type: "string", minLength: 1, description: "an operationId of the contract" },
  },
  required: ["count"],
  additionalProperties: false,
};

const headerFields: ConfigSchema<HeaderFields> = {
  type: "object",
  "x-key": "key",
  properties: { status, "retry-after": seconds, latency },
  required: [],
  additionalProperties: false,
};

export const checkFaultSettings = configCheck<FaultSettings>(faultSettings, (message) => new FaultConfigError(message));
export const checkFailNextOptions = configCheck<FailNextOptions>(failNextOptions, (message) => new FaultConfigError(message));
export const checkHeaderFields = configCheck<HeaderFields>(headerFields, (message) => new FaultHeaderError(message));
