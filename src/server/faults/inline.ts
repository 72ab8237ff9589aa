// The compact `key=value; key=value` form, shared by the FAULTS variable and the x-fault request
// header so both read the same way: `FAULTS="503=0.1; seed=42; latency=50-200"`,
// `x-fault: status=503; retry-after=5; latency=200`.
// Parsing only: values become numbers, ranges and booleans here; whether they are allowed is the
// schemas' call (schemas.ts), so inline FAULTS is refused with the same messages as its JSON form.
import { latencyRange } from "./resolve.js";
import { checkHeaderFields } from "./schemas.js";
import { RETRY_AFTER_STATUSES, type FaultStatus } from "./settings.js";

type Fail = (message: string) => never;

/** The pairs of `key=value; …` (keys lower-cased); empty entries are skipped, repeated keys refused. */
export function parsePairs(text: string, fail: Fail): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const entry of text.split(";")) {
    if (entry.trim() === "") continue;
    const at = entry.indexOf("=");
    if (at < 0) fail(`'${entry.trim()}' is not of the form key=value`);
    const key = entry.slice(0, at).trim().toLowerCase();
    const value = entry.slice(at + 1).trim();
    if (key === "" || value === "") fail(`'${entry.trim()}' needs both a key and a value`);
    if (pairs.has(key)) fail(`'${key}' is given twice`);
    pairs.set(key, value);
  }
  return pairs;
}

/**
 * FAULTS in its inline form, as data for the settings' schema (schemas.ts), which checks it as it
 * checks the JSON form. Keys: a status (`429`, `500`, `502`, `503`, `504`, `507`) with a rate
 * (`0.1` or `10%`), `seed`, `retry-after` (seconds on 429 and 503), `retry-after.<status>`,
 * `latency` (`200` or `50-200` ms), `operations` (comma-separated operationIds), `header` (on/off).
 */
export function parseInlineFaults(text: string, fail: Fail): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  // Maps, turned into objects by fromEntries, so a key such as `retry-after.__proto__` stays a
  // key (which the schema refuses) instead of being swallowed by an object's prototype setter.
  const rates = new Map<string, number>();
  const retryAfter = new Map<string, number>();
  for (const [key, value] of parsePairs(text, fail)) {
    if (/^\d+$/.test(key)) {
      rates.set(key, rate(key, value, fail));
    } else if (key === "seed") {
      settings.seed = number(key, value, fail);
    } else if (key === "retry-after") {
      const seconds = number(key, value, fail);
      for (const status of RETRY_AFTER_STATUSES.map(String)) if (!retryAfter.has(status)) retryAfter.set(status, seconds);
    } else if (key.startsWith("retry-after.")) {
      retryAfter.set(key.slice("retry-after.".length), number(key, value, fail));
    } else if (key === "latency") {
      settings.latencyMs = latency(key, value, fail);
    } else if (key === "operations") {
      settings.operationIds = value
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean);
    } else if (key === "header") {
      settings.header = onOff(key, value, fail);
    } else {
      fail(
        `unknown key '${key}' (known: 429, 500, 502, 503, 504, 507, seed, retry-after, retry-after.<status>, latency, operations, header)`,
      );
    }
  }
  if (rates.size > 0) settings.rates = Object.fromEntries(rates);
  if (retryAfter.size > 0) settings.retryAfterSeconds = Object.fromEntries(retryAfter);
  return settings;
}

/** What one request asks for through the x-fault header. */
export interface HeaderFault {
  readonly status?: FaultStatus;
  readonly retryAfterSeconds?: number;
  readonly latencyMs?: { readonly min: number; readonly max: number };
}

/** The x-fault header: `status=<one of the six>`, `retry-after=<seconds>`, `latency=<ms or min-max>`. */
export function parseFaultHeader(text: string, fail: Fail): HeaderFault {
  const pairs = [...parsePairs(text, fail)].map(([key, value]) => [
    key,
    key === "latency" ? latency(key, value, fail) : key === "status" || key === "retry-after" ? number(key, value, fail) : value,
  ]);
  const { status, "retry-after": retryAfterSeconds, latency: latencyMs } = checkHeaderFields(Object.fromEntries(pairs), "x-fault header");
  if (retryAfterSeconds !== undefined && status === undefined) fail("retry-after needs a status (e.g. status=503; retry-after=5)");
  if (status === undefined && latencyMs === undefined)
    fail("give a status, a latency or both (e.g. status=503; retry-after=5; latency=200)");
  return {
    ...(status !== undefined && { status }),
    ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
    ...(latencyMs !== undefined && { latencyMs: latencyRange(latencyMs, "latency", fail) }),
  };
}

function number(key: string, value: string, fail: Fail): number {
  return /^\d+(\.\d+)?$/.test(value) ? Number(value) : fail(`${key}=${value}: '${value}' is not a number`);
}

function rate(key: string, value: string, fail: Fail): number {
  return value.endsWith("%") ? number(key, value.slice(0, -1), fail) / 100 : number(key, value, fail);
}

function latency(key: string, value: string, fail: Fail): number | { min: number; max: number } {
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(value);
  if (range) return { min: Number(range[1]), max: Number(range[2]) };
  return number(key, value, fail);
}

function onOff(key: string, value: string, fail: Fail): boolean {
  const lower = value.toLowerCase();
  if (["on", "1", "true"].includes(lower)) return true;
  if (["off", "0", "false"].includes(lower)) return false;
  return fail(`${key}=${value}: use on or off`);
}
