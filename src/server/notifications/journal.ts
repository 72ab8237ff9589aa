// The delivery journal as the harness and /_admin show it: a delivery with its body parsed, so a
// test reads `entry.body.value[0].changeType` instead of parsing JSON itself.
import type { components } from "../../../generated/schema.js";
import { parseDurationMs } from "./sources.js";
import type { DeliveryRecord } from "./types.js";

type Schemas = components["schemas"];

export interface DeliveryJournalEntry extends Omit<DeliveryRecord, "body"> {
  /** What was (or will be) POSTed; rich notifications' `validationTokens` are added at each send. */
  readonly body: Schemas["changeNotificationCollection"] | Schemas["lifecycleNotificationCollection"];
}

export function journalEntry(record: DeliveryRecord): DeliveryJournalEntry {
  return { ...record, body: JSON.parse(record.body) as DeliveryJournalEntry["body"] };
}

/** How far to move the clock: milliseconds, or a duration like `30s`, `5m`, `4h`, `3d`. */
export function parseAdvance(by: number | string): number {
  const ms = typeof by === "number" ? by : parseDurationMs(by, "advanceTime");
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advanceTime: time only moves forward, got ${String(by)}`);
  return ms;
}
