// Timestamps as the API shows them. Stored values are canonical ISO strings (UTC, milliseconds)
// so that comparing two of them as strings compares the instants.
import type { ChatRecord } from "../store/types.js";
import { badRequest } from "./errors.js";
import { ALL_HISTORY } from "./ids.js";

/** A caller-given date-time in canonical form; year 1 (all history) keeps Graph's spelling. */
export function canonicalTime(value: string, field: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw badRequest(`'${field}' is not a valid date-time: '${value}'.`);
  const iso = new Date(ms).toISOString();
  return iso.startsWith("0001-01-01T00:00:00.000") ? ALL_HISTORY : iso;
}

/** The instant of a stored time, in a form that compares with canonical ISO strings. */
export function comparableTime(value: string): string {
  return new Date(Date.parse(value)).toISOString();
}

/**
 * When a write to `chat` happens: the clock, but never before the chat's last change, so a
 * chat's lastUpdatedDateTime only moves forward (message times may run a little ahead of the
 * clock to stay unique, see messages.ts).
 */
export function writeTime(chat: ChatRecord, clock: () => Date): string {
  return new Date(Math.max(clock().getTime(), Date.parse(chat.lastUpdatedDateTime))).toISOString();
}
