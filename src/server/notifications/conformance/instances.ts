// Conformance: the delivery queue across instances — each delivery goes to one claimer, a lease
// that runs out gives a crashed claimer's deliveries to another, and an enqueue is heard by all.
import assert from "node:assert/strict";
import type { DeliveryRecord } from "../types.js";
import type { NotificationConformanceCase } from "./case.js";
import { at, delivery, eventually, sleep } from "./fixtures.js";

export const instanceCases: NotificationConformanceCase[] = [
  {
    name: "two instances claiming at once never get the same delivery, nor two of one order key",
    async run({ deliveries, other }) {
      // Many small claims at once, so that claims do overlap in time rather than run one by one.
      await deliveries.enqueue(Array.from({ length: 300 }, (_, n) => delivery(n, `k${n % 200}`)));
      const seen = new Set<string>();
      for (const expected of [200, 100, 0]) {
        const claims = await Promise.all(
          Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? deliveries : other.deliveries).claim(at(400), 20, 60_000)),
        );
        const claimed = claims.flat();
        assert.equal(new Set(claimed.map((d) => d.id)).size, claimed.length, "a delivery was claimed twice");
        assert.equal(new Set(claimed.map((d) => d.orderKey)).size, claimed.length, "two deliveries of one order key were claimed");
        // What one round's claims left (at most 16 × 20 = 320 per round) the next claims take.
        const rest = expected - claimed.length > 0 ? await deliveries.claim(at(400), 400, 60_000) : [];
        const all = [...claimed, ...rest];
        assert.equal(all.length, expected);
        for (const d of all) {
          assert.ok(!seen.has(d.id), "a delivery was claimed again while leased");
          seen.add(d.id);
        }
        const delivered = { state: "delivered", attempt: { at: at(400), status: 200, durationMs: 1 } } as const;
        await Promise.all(all.map((d) => deliveries.settle(d.id, delivered, at(400))));
      }
    },
  },
  {
    name: "a lease keeps a claimed delivery from every claim until it runs out; then any instance may claim it again",
    async run({ deliveries, other }) {
      await deliveries.enqueue([delivery(1, "a")]);
      const [first] = await deliveries.claim(at(5), 10, 400);
      assert.ok(first);
      assert.deepEqual(await other.deliveries.claim(at(5), 10, 400), []);
      assert.deepEqual(await deliveries.claim(at(5), 10, 400), []);
      await sleep(450);
      let again: readonly DeliveryRecord[] = [];
      await eventually(async () => (again = await other.deliveries.claim(at(5), 10, 60_000)).length > 0, 3_000, "the lease running out");
      assert.deepEqual(
        again.map((d) => d.id),
        [first.id],
      );
      assert.deepEqual(await deliveries.claim(at(5), 10, 400), []);
    },
  },
  {
    name: "a settle ends the lease: a retry is claimable when due without waiting for the lease",
    async run({ deliveries, other }) {
      await deliveries.enqueue([delivery(1, "a")]);
      const [first] = await deliveries.claim(at(5), 10, 60_000);
      assert.ok(first);
      await deliveries.settle(
        first.id,
        { state: "pending", attempt: { at: at(5), status: 500, durationMs: 3 }, nextAttemptDateTime: at(6) },
        at(5),
      );
      assert.deepEqual(
        (await other.deliveries.claim(at(6), 10, 60_000)).map((d) => d.id),
        [first.id],
      );
    },
  },
  {
    name: "onEnqueued listeners hear every enqueue, the enqueuing instance's at once and another instance's too",
    async run({ deliveries, other }) {
      let mine = 0;
      let theirs = 0;
      deliveries.onEnqueued(() => mine++);
      other.deliveries.onEnqueued(() => theirs++);
      await deliveries.enqueue([delivery(1, "a")]);
      assert.ok(mine >= 1, "the enqueuing instance's listener was not called by the time enqueue resolved");
      await eventually(() => theirs >= 1, 5_000, "the other instance hearing the enqueue");
      // Now the other instance surely listens: what it hears from here on is this enqueue's NOTIFY.
      await sleep(200);
      theirs = 0;
      await deliveries.enqueue([delivery(2, "a")]);
      await eventually(() => theirs >= 1, 5_000, "the other instance hearing the second enqueue");
    },
  },
];
