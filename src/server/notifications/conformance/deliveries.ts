// Conformance: the delivery queue within one instance — claim, settle, order keys, retries,
// cancellation, the journal, nextDue, clear.
import assert from "node:assert/strict";
import type { DeliveryRecord } from "../types.js";
import type { NotificationConformanceCase } from "./case.js";
import { at, attempt, delivery, numberOf } from "./fixtures.js";

const numbers = (records: readonly DeliveryRecord[]) => records.map(numberOf);
const LEASE = 60_000;

export const deliveryCases: NotificationConformanceCase[] = [
  {
    name: "enqueues deliveries due at once, in order; a claim hands them out and a delivered settle ends them",
    async run({ deliveries }) {
      const [first, second] = [delivery(1, "k1"), delivery(2, "k2", { kind: "lifecycle" })];
      await deliveries.enqueue([first, second]);
      const claimed = await deliveries.claim(at(2), 10, LEASE);
      assert.deepEqual(numbers(claimed), [1, 2]);
      const [one, two] = claimed;
      assert.ok(one && two && one.seq < two.seq && one.id !== two.id);
      assert.deepEqual(
        { ...one, id: undefined, seq: undefined },
        {
          ...first,
          id: undefined,
          seq: undefined,
          state: "pending",
          nextAttemptDateTime: at(1),
          attempts: [],
          settledDateTime: null,
          reason: null,
        },
      );
      assert.equal(two.kind, "lifecycle");
      await deliveries.settle(one.id, { state: "delivered", attempt: attempt(3, 202) }, at(3));
      const journal = await deliveries.journal(10);
      assert.deepEqual(journal[0], { ...one, state: "delivered", attempts: [attempt(3, 202)], settledDateTime: at(3) });
      assert.equal(journal[1]?.state, "pending");
      assert.deepEqual(await deliveries.claim(at(4), 10, LEASE), []);
    },
  },
  {
    name: "claims only deliveries due at the time given, and at most `limit`, oldest first",
    async run({ deliveries }) {
      await deliveries.enqueue([delivery(1, "k1"), delivery(5, "k2"), delivery(3, "k3"), delivery(9, "k4")]);
      assert.deepEqual(numbers(await deliveries.claim(at(0), 10, LEASE)), []);
      assert.deepEqual(numbers(await deliveries.claim(at(5), 2, LEASE)), [1, 5]);
      assert.deepEqual(numbers(await deliveries.claim(at(5), 2, LEASE)), [3]);
      assert.deepEqual(numbers(await deliveries.claim(at(9), 2, LEASE)), [9]);
    },
  },
  {
    name: "claims per order key only the oldest unsettled delivery: the next waits until it settles, other keys go on",
    async run({ deliveries }) {
      await deliveries.enqueue([delivery(1, "a"), delivery(2, "a"), delivery(3, "b")]);
      await deliveries.enqueue([delivery(4, "a"), delivery(5, "c")]);
      const claimed = await deliveries.claim(at(10), 10, LEASE);
      assert.deepEqual(numbers(claimed), [1, 3, 5]);
      assert.deepEqual(await deliveries.claim(at(10), 10, LEASE), []);
      const one = claimed[0];
      assert.ok(one);
      await deliveries.settle(one.id, { state: "dropped", reason: "receiver gone", attempt: attempt(11) }, at(11));
      const next = await deliveries.claim(at(11), 10, LEASE);
      assert.deepEqual(numbers(next), [2]);
      const dropped = (await deliveries.journal(10)).find((d) => d.id === one.id);
      assert.deepEqual([dropped?.state, dropped?.reason, dropped?.settledDateTime], ["dropped", "receiver gone", at(11)]);
    },
  },
  {
    name: "a retry waits for its time, and holds back the deliveries behind it in its key",
    async run({ deliveries }) {
      await deliveries.enqueue([delivery(1, "a"), delivery(2, "a"), delivery(3, "b")]);
      const [one] = await deliveries.claim(at(5), 1, LEASE);
      assert.ok(one);
      await deliveries.settle(one.id, { state: "pending", attempt: attempt(5, 503), nextAttemptDateTime: at(30) }, at(5));
      assert.deepEqual(numbers(await deliveries.claim(at(29), 10, LEASE)), [3]);
      const [again] = await deliveries.claim(at(30), 10, LEASE);
      assert.deepEqual(
        [again?.id, again?.state, again?.nextAttemptDateTime, again?.attempts],
        [one.id, "pending", at(30), [attempt(5, 503)]],
      );
      await deliveries.settle(one.id, { state: "delivered", attempt: attempt(31, 200) }, at(31));
      assert.deepEqual(numbers(await deliveries.claim(at(31), 10, LEASE)), [2]);
      const settled = (await deliveries.journal(10)).find((d) => d.id === one.id);
      assert.deepEqual(settled?.attempts, [attempt(5, 503), attempt(31, 200)]);
    },
  },
  {
    name: "cancel ends a subscription's unsettled deliveries, and a settle that comes later does not bring one back",
    async run({ deliveries }) {
      await deliveries.enqueue([delivery(1, "s1"), delivery(2, "s1"), delivery(3, "s2")]);
      const [inFlight] = await deliveries.claim(at(5), 1, LEASE);
      assert.ok(inFlight);
      await deliveries.cancel("s1", "subscription deleted", at(6));
      await deliveries.settle(inFlight.id, { state: "pending", attempt: attempt(7, 500), nextAttemptDateTime: at(8) }, at(7));
      assert.deepEqual(numbers(await deliveries.claim(at(100), 10, LEASE)), [3]);
      const journal = await deliveries.journal(10);
      assert.deepEqual(
        journal.map((d) => [numberOf(d), d.state, d.reason, d.settledDateTime]),
        [
          [1, "cancelled", "subscription deleted", at(6)],
          [2, "cancelled", "subscription deleted", at(6)],
          [3, "pending", null, null],
        ],
      );
      // The attempt that was made stays on record.
      assert.deepEqual(journal[0]?.attempts, [attempt(7, 500)]);
    },
  },
  {
    name: "the journal lists the most recent deliveries oldest first, settled or not",
    async run({ deliveries }) {
      await deliveries.enqueue([1, 2, 3].map((n) => delivery(n, `k${n}`)));
      await deliveries.enqueue([4, 5].map((n) => delivery(n, `k${n}`)));
      const [one] = await deliveries.claim(at(10), 1, LEASE);
      assert.ok(one);
      await deliveries.settle(one.id, { state: "delivered", attempt: attempt(10, 200) }, at(10));
      assert.deepEqual(numbers(await deliveries.journal(3)), [3, 4, 5]);
      assert.deepEqual(numbers(await deliveries.journal(10)), [1, 2, 3, 4, 5]);
      assert.equal((await deliveries.journal(10))[0]?.state, "delivered");
    },
  },
  {
    name: "nextDue answers when the earliest claimable delivery is due: not one waiting behind another, nor one claimed",
    async run({ deliveries }) {
      assert.equal(await deliveries.nextDue(), undefined);
      await deliveries.enqueue([delivery(7, "a"), delivery(2, "a"), delivery(4, "b")]);
      assert.equal(await deliveries.nextDue(), at(4));
      const claimed = await deliveries.claim(at(10), 10, LEASE);
      assert.deepEqual(numbers(claimed), [7, 4]);
      assert.equal(await deliveries.nextDue(), undefined);
      const [seven] = claimed;
      assert.ok(seven);
      await deliveries.settle(seven.id, { state: "pending", attempt: attempt(10), nextAttemptDateTime: at(40) }, at(10));
      assert.equal(await deliveries.nextDue(), at(40));
      await deliveries.settle(seven.id, { state: "delivered", attempt: attempt(40, 200) }, at(40));
      assert.equal(await deliveries.nextDue(), at(2));
    },
  },
  {
    name: "settling an unknown delivery changes nothing",
    async run({ deliveries }) {
      await deliveries.enqueue([delivery(1, "a")]);
      await deliveries.settle("00000000-0000-0000-0000-000000000000", { state: "delivered", attempt: attempt(1, 200) }, at(1));
      assert.deepEqual(
        (await deliveries.journal(10)).map((d) => d.state),
        ["pending"],
      );
    },
  },
  {
    name: "clear forgets every delivery, pending and settled",
    async run({ deliveries }) {
      await deliveries.enqueue([delivery(1, "a"), delivery(2, "b")]);
      const [one] = await deliveries.claim(at(5), 1, LEASE);
      assert.ok(one);
      await deliveries.settle(one.id, { state: "delivered", attempt: attempt(5, 200) }, at(5));
      await deliveries.clear();
      assert.deepEqual(await deliveries.journal(10), []);
      assert.deepEqual(await deliveries.claim(at(100), 10, LEASE), []);
      assert.equal(await deliveries.nextDue(), undefined);
      await deliveries.enqueue([delivery(3, "a")]);
      assert.deepEqual(numbers(await deliveries.claim(at(100), 10, LEASE)), [3]);
    },
  },
];
