// The PostgreSQL engines of notification storage against a throwaway cluster: the conformance
// suite every engine passes (with a second "instance" on its own pool and LISTEN connection),
// plus what only a database promises: nothing lost on a restart, one signing key for all.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { at, attempt, delivery, numberOf, subscription } from "../../src/server/notifications/conformance/fixtures.js";
import { openPool } from "../../src/server/store/postgres/connect.js";
import { PostgresDeliveryQueue } from "../../src/server/store/postgres/deliveries.js";
import { openPostgres } from "../../src/server/store/postgres/index.js";
import { PostgresSharedState } from "../../src/server/store/postgres/shared.js";
import { PostgresSubscriptionStore } from "../../src/server/store/postgres/subscriptions.js";
import { describeWith } from "../prerequisites/jest.js";
import { TestCluster } from "../support/postgres.js";
import { describeNotificationConformance } from "./conformance.js";

describeWith("postgresql")("PostgreSQL notification storage", () => {
  let cluster: TestCluster;
  let url: string;

  beforeAll(async () => {
    cluster = await TestCluster.start();
    url = await cluster.createMigratedDatabase();
  }, 60_000);
  afterAll(() => cluster?.remove());

  describeNotificationConformance("PostgreSQL", async () => {
    const pools: pg.Pool[] = [await openPool(url, { max: 20 }), await openPool(url, { max: 20 })];
    const [first, second] = pools.map((pool) => ({
      subscriptions: new PostgresSubscriptionStore(pool),
      deliveries: new PostgresDeliveryQueue(pool, url),
    }));
    await Promise.all([first!.subscriptions.clear(), first!.deliveries.clear()]);
    return {
      storage: { ...first!, other: second! },
      close: async () => {
        await Promise.all([first!.deliveries.close(), second!.deliveries.close()]);
        await Promise.all(pools.map((pool) => pool.end()));
      },
    };
  });

  it("loses no subscription and no pending delivery when the server restarts", async () => {
    const before = await openPostgres(url);
    await before.subscriptions.clear();
    await before.deliveries.clear();
    await before.subscriptions.insert(subscription("s1"), []);
    await before.deliveries.enqueue([delivery(1, "s1"), delivery(2, "s1")]);
    await before.close();
    const after = await openPostgres(url);
    try {
      expect((await after.subscriptions.get("s1"))?.id).toBe("s1");
      expect((await after.deliveries.claim(at(10), 10, 60_000)).map(numberOf)).toEqual([1]);
    } finally {
      await after.close();
    }
  });

  it("gives every instance the first document stored under a name, also when the first callers race", async () => {
    const pool = await openPool(url, { max: 20 });
    const states = [new PostgresSharedState(pool, url), new PostgresSharedState(pool, url)];
    try {
      let created = 0;
      const name = `key-${randomUUID()}`;
      const values = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          states[i % 2]!.document(name, async () => {
            created++;
            await new Promise((resolve) => setTimeout(resolve, 10));
            return `value-${i}`;
          }),
        ),
      );
      expect(new Set(values).size).toBe(1);
      expect(created).toBeGreaterThanOrEqual(1);
      expect(await states[0]!.document(name, () => "later")).toBe(values[0]);
    } finally {
      await Promise.all(states.map((s) => s.close()));
      await pool.end();
    }
  });

  it("deletes settled deliveries beyond its journal size, never pending ones", async () => {
    const pool = await openPool(url);
    const queue = new PostgresDeliveryQueue(pool, url, { journalSize: 3 });
    try {
      await queue.clear();
      await queue.enqueue([1, 2, 3, 4, 5, 6].map((n) => delivery(n, `k${n}`)));
      const claimed = await queue.claim(at(10), 10, 60_000);
      for (const d of claimed.filter((d) => numberOf(d) !== 1))
        await queue.settle(d.id, { state: "delivered", attempt: attempt(10, 200) }, at(10));
      expect((await queue.journal(10)).map((d) => [numberOf(d), d.state])).toEqual([
        [1, "pending"],
        [4, "delivered"],
        [5, "delivered"],
        [6, "delivered"],
      ]);
    } finally {
      await queue.close();
      await pool.end();
    }
  });

  it("answers overflowDropped 0: a database queue drops nothing for room", async () => {
    const engine = await openPostgres(url);
    try {
      expect(engine.deliveries.overflowDropped).toBe(0);
    } finally {
      await engine.close();
    }
  });
});
