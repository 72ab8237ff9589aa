// The memory engines of notification storage: the conformance suite every engine passes, plus
// what only memory promises (a bounded queue that drops the oldest, frozen records).
import { at, attempt, delivery, numberOf, subscription } from "../../src/server/notifications/conformance/fixtures.js";
import { MemoryDeliveryQueue } from "../../src/server/notifications/memory-deliveries.js";
import { MemorySubscriptionStore } from "../../src/server/notifications/memory-subscriptions.js";
import type { DeliveryRecord } from "../../src/server/notifications/types.js";
import { describeNotificationConformance } from "./conformance.js";

describeNotificationConformance("memory", () => {
  const subscriptions = new MemorySubscriptionStore();
  const deliveries = new MemoryDeliveryQueue({ maxPending: 10_000 });
  // One process is the only instance: "another instance" is the same objects.
  return Promise.resolve({ storage: { subscriptions, deliveries, other: { subscriptions, deliveries } }, close: () => Promise.resolve() });
});

describe("MemoryDeliveryQueue", () => {
  it("past maxPending unsettled deliveries drops the oldest, counts them and reports each", async () => {
    const reported: DeliveryRecord[] = [];
    const queue = new MemoryDeliveryQueue({ maxPending: 3, onOverflow: (dropped) => reported.push(dropped) });
    await queue.enqueue([delivery(1, "a"), delivery(2, "b")]);
    const [one] = await queue.claim(at(10), 1, 60_000);
    await queue.settle(one!.id, { state: "pending", attempt: attempt(10, 500), nextAttemptDateTime: at(20) }, at(10));
    await queue.enqueue([delivery(3, "c"), delivery(4, "d"), delivery(5, "e")]);
    expect(queue.overflowDropped).toBe(2);
    expect(reported.map((d) => [numberOf(d), d.state, d.reason])).toEqual([
      [1, "dropped", "queue full"],
      [2, "dropped", "queue full"],
    ]);
    expect(reported[0]?.attempts).toEqual([attempt(10, 500)]);
    expect((await queue.claim(at(100), 10, 60_000)).map(numberOf)).toEqual([3, 4, 5]);
    // A delivered one no longer counts against the bound.
    const journal = await queue.journal(10);
    await queue.settle(journal[2]!.id, { state: "delivered", attempt: attempt(101, 200) }, at(101));
    await queue.enqueue([delivery(6, "f")]);
    expect(queue.overflowDropped).toBe(2);
    await queue.clear();
    expect(queue.overflowDropped).toBe(0);
  });

  it("keeps the last journalSize settled deliveries and every pending one", async () => {
    const queue = new MemoryDeliveryQueue({ maxPending: 100, journalSize: 2 });
    await queue.enqueue([1, 2, 3, 4, 5].map((n) => delivery(n, `k${n}`)));
    const claimed = await queue.claim(at(10), 10, 60_000);
    for (const d of claimed.filter((d) => numberOf(d) !== 2))
      await queue.settle(d.id, { state: "delivered", attempt: attempt(10, 200) }, at(10));
    expect((await queue.journal(10)).map((d) => [numberOf(d), d.state])).toEqual([
      [2, "pending"],
      [4, "delivered"],
      [5, "delivered"],
    ]);
  });

  it("calls onEnqueued listeners before enqueue resolves", async () => {
    const queue = new MemoryDeliveryQueue({ maxPending: 10 });
    const heard: number[] = [];
    queue.onEnqueued(() => heard.push(1));
    const done = queue.enqueue([delivery(1, "a")]);
    expect(heard).toEqual([1]);
    await done;
  });

  it("hands out frozen records", async () => {
    const queue = new MemoryDeliveryQueue({ maxPending: 10 });
    await queue.enqueue([delivery(1, "a")]);
    const [claimed] = await queue.claim(at(10), 1, 60_000);
    expect(Object.isFrozen(claimed)).toBe(true);
    expect(Object.isFrozen(claimed?.attempts)).toBe(true);
  });
});

describe("MemorySubscriptionStore", () => {
  it("hands out frozen records, so only update changes what is stored", async () => {
    const store = new MemorySubscriptionStore();
    await store.insert(subscription("s1", { quotaKeys: ["a"] }), []);
    const stored = await store.get("s1");
    expect(Object.isFrozen(stored)).toBe(true);
    expect(Object.isFrozen(stored?.lifecycleSent)).toBe(true);
    expect(Object.isFrozen(stored?.watched)).toBe(true);
  });
});
