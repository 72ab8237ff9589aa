// Rows of notification_deliveries as DeliveryRecords, and the condition both claim and nextDue
// use for "the oldest pending delivery of its order key" (the others wait for it to settle).
import type { DeliveryAttempt, DeliveryRecord, DeliveryState } from "../../notifications/types.js";

export const DELIVERY_COLUMNS = `d.seq, d.id, d.subscription_id, d.kind, d.url, d.body, d.order_key, d.created_date_time, d.state,
  d.next_attempt_date_time, d.attempts, d.settled_date_time, d.reason`;

/** True for a row `d` no older pending row of its order key waits ahead of. */
export const NOT_WAITING_BEHIND_OLDER = `NOT EXISTS (SELECT 1 FROM notification_deliveries e
  WHERE e.state = 'pending' AND e.order_key = d.order_key AND e.seq < d.seq)`;

export interface DeliveryRow {
  /** bigint: pg hands it over as text. */
  seq: string;
  id: string;
  subscription_id: string;
  kind: "change" | "lifecycle";
  url: string;
  body: string;
  order_key: string;
  created_date_time: string;
  state: DeliveryState;
  next_attempt_date_time: string;
  attempts: DeliveryAttempt[];
  settled_date_time: string | null;
  reason: string | null;
}

export function toDelivery(row: DeliveryRow): DeliveryRecord {
  return {
    id: row.id,
    seq: Number(row.seq),
    subscriptionId: row.subscription_id,
    kind: row.kind,
    url: row.url,
    body: row.body,
    orderKey: row.order_key,
    createdDateTime: row.created_date_time,
    state: row.state,
    nextAttemptDateTime: row.next_attempt_date_time,
    attempts: row.attempts,
    settledDateTime: row.settled_date_time,
    reason: row.reason,
  };
}
