// clientState is the shared secret that tells a receiver a notification came from a subscription
// it made; a notification whose clientState does not match must be ignored (and answered 202, so
// the sender learns nothing).
import { createHash, timingSafeEqual } from "node:crypto";

export interface ClientStateCheck<T> {
  accepted: T[];
  rejected: T[];
}

/**
 * Splits notifications (change or lifecycle) into those whose `clientState` equals `expected`
 * and the others. The comparison takes the same time whatever the received value is.
 */
export function checkClientState<T extends { clientState?: string | null }>(
  notifications: readonly T[],
  expected: string,
): ClientStateCheck<T> {
  if (expected === "") throw new TypeError("checkClientState needs the non-empty clientState the subscription was made with");
  const want = digest(expected);
  const result: ClientStateCheck<T> = { accepted: [], rejected: [] };
  for (const notification of notifications) {
    const got = notification.clientState;
    // Comparing digests gives timingSafeEqual the equal lengths it needs without revealing, by an
    // early length check, how long the secret is.
    const matches = typeof got === "string" && timingSafeEqual(digest(got), want);
    (matches ? result.accepted : result.rejected).push(notification);
  }
  return result;
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}
