// Conformance: the subscription store — quotas that hold under racing inserts from several
// instances, updates that serialise, the fan-out read, paging.
import assert from "node:assert/strict";
import { QuotaExceededError, type SubscriptionRecord } from "../types.js";
import type { NotificationConformanceCase } from "./case.js";
import { at, chatSubscription, quota, subscription } from "./fixtures.js";

const ids = (records: readonly SubscriptionRecord[]) => records.map((r) => r.id);

export const subscriptionCases: NotificationConformanceCase[] = [
  {
    name: "stores a subscription and gives it back as stored; an unknown id is undefined",
    async run({ subscriptions, other }) {
      const record = chatSubscription("s1", "19:a@thread.v2", { quotaKeys: ["app:app-a|chat:19:a@thread.v2"], userId: "u1" });
      await subscriptions.insert(record, []);
      assert.deepEqual(await subscriptions.get("s1"), record);
      assert.deepEqual(await other.subscriptions.get("s1"), record);
      assert.equal(await subscriptions.get("s2"), undefined);
    },
  },
  {
    name: "refuses the insert past a quota with QuotaExceededError naming it, also when 50 inserts race on two instances",
    async run({ subscriptions, other }) {
      const limit = quota("tenant:t", 7);
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          (i % 2 === 0 ? subscriptions : other.subscriptions).insert(subscription(`s${100 + i}`, { quotaKeys: [limit.key] }), [limit]),
        ),
      );
      assert.equal(results.filter((r) => r.status === "fulfilled").length, 7);
      for (const r of results) {
        if (r.status === "fulfilled") continue;
        assert.ok(r.reason instanceof QuotaExceededError, String(r.reason));
        assert.deepEqual(r.reason.quota, limit);
        assert.equal(r.reason.message, limit.message);
      }
      assert.equal((await subscriptions.all()).length, 7);
    },
  },
  {
    name: "counts each quota key on its own, a subscription in every key it has, and frees its place when deleted",
    async run({ subscriptions }) {
      const [a, b, c] = [quota("a", 1), quota("b", 2), quota("c", 1)];
      await subscriptions.insert(subscription("s1", { quotaKeys: ["a", "b"] }), [a, b]);
      await assert.rejects(subscriptions.insert(subscription("s2", { quotaKeys: ["a"] }), [a]), QuotaExceededError);
      await subscriptions.insert(subscription("s3", { quotaKeys: ["b"] }), [b]);
      await assert.rejects(
        subscriptions.insert(subscription("s4", { quotaKeys: ["b", "c"] }), [b, c]),
        (error: unknown) => error instanceof QuotaExceededError && error.quota.key === "b",
      );
      await subscriptions.insert(subscription("s5", { quotaKeys: ["c"] }), [c]);
      assert.equal(await subscriptions.delete("s1"), true);
      await subscriptions.insert(subscription("s2", { quotaKeys: ["a"] }), [a]);
      assert.deepEqual(ids(await subscriptions.all()), ["s2", "s3", "s5"]);
    },
  },
  {
    name: "serialises updates: 50 racing updates on two instances, each appending, lose none",
    async run({ subscriptions, other }) {
      await subscriptions.insert(subscription("s1"), []);
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          (i % 2 === 0 ? subscriptions : other.subscriptions).update("s1", (current) => ({
            ...current,
            lifecycleSent: [...current.lifecycleSent, i % 3 === 0 ? "authorization" : "expiry"],
          })),
        ),
      );
      assert.deepEqual(
        results.map((r) => r?.lifecycleSent.length).sort((x = 0, y = 0) => x - y),
        Array.from({ length: 50 }, (_, i) => i + 1),
      );
      assert.equal((await subscriptions.get("s1"))?.lifecycleSent.length, 50);
    },
  },
  {
    name: "update resolves to the stored record; undefined from the function, or an unknown id, changes nothing",
    async run({ subscriptions }) {
      const record = subscription("s1");
      await subscriptions.insert(record, []);
      const renewed = await subscriptions.update("s1", (current) => ({ ...current, expirationDateTime: at(7_200), lifecycleSent: [] }));
      assert.deepEqual(renewed, { ...record, expirationDateTime: at(7_200) });
      assert.deepEqual(await subscriptions.get("s1"), renewed);
      assert.equal(await subscriptions.update("s1", () => undefined), undefined);
      assert.deepEqual(await subscriptions.get("s1"), renewed);
      let called = false;
      const missing = await subscriptions.update("nope", (current) => ((called = true), current));
      assert.equal(missing, undefined);
      assert.equal(called, false);
    },
  },
  {
    name: "update may move a subscription to another chat and other quota keys",
    async run({ subscriptions }) {
      await subscriptions.insert(chatSubscription("s1", "c1", { quotaKeys: ["a"] }), [quota("a", 1)]);
      await subscriptions.update("s1", (current) => ({ ...current, chatId: "c2", quotaKeys: ["b"] }));
      assert.deepEqual(ids(await subscriptions.forChat("c1", at(0))), []);
      assert.deepEqual(ids(await subscriptions.forChat("c2", at(0))), ["s1"]);
      await subscriptions.insert(subscription("s2", { quotaKeys: ["a"] }), [quota("a", 1)]);
      await assert.rejects(subscriptions.insert(subscription("s3", { quotaKeys: ["b"] }), [quota("b", 1)]), QuotaExceededError);
    },
  },
  {
    name: "forChat answers the chat's subscriptions and the tenant-wide ones, unexpired at the time given, in id order",
    async run({ subscriptions }) {
      await subscriptions.insert(chatSubscription("s4", "c1"), []);
      await subscriptions.insert(chatSubscription("s2", "c1", { expirationDateTime: at(60) }), []);
      await subscriptions.insert(chatSubscription("s3", "c2"), []);
      await subscriptions.insert(subscription("s1"), []);
      await subscriptions.insert(subscription("s5", { expirationDateTime: at(30) }), []);
      assert.deepEqual(ids(await subscriptions.forChat("c1", at(0))), ["s1", "s2", "s4", "s5"]);
      assert.deepEqual(ids(await subscriptions.forChat("c1", at(30))), ["s1", "s2", "s4"]);
      assert.deepEqual(ids(await subscriptions.forChat("c1", at(60))), ["s1", "s4"]);
      assert.deepEqual(ids(await subscriptions.forChat("c3", at(0))), ["s1", "s5"]);
    },
  },
  {
    name: "lists an app's subscriptions a page at a time in id order, with next while more follow, and a user's alone",
    async run({ subscriptions }) {
      for (const id of ["s05", "s01", "s03", "s02", "s04"]) {
        await subscriptions.insert(subscription(id, { userId: id === "s02" || id === "s04" ? "u1" : null }), []);
      }
      await subscriptions.insert(subscription("s00", { appId: "app-b" }), []);
      const first = await subscriptions.list({ appId: "app-a", limit: 2 });
      assert.deepEqual([ids(first.items), first.next], [["s01", "s02"], "s02"]);
      const second = await subscriptions.list({ appId: "app-a", after: first.next, limit: 2 });
      assert.deepEqual([ids(second.items), second.next], [["s03", "s04"], "s04"]);
      const last = await subscriptions.list({ appId: "app-a", after: second.next, limit: 2 });
      assert.deepEqual([ids(last.items), last.next], [["s05"], undefined]);
      const exact = await subscriptions.list({ appId: "app-a", after: "s03", limit: 2 });
      assert.deepEqual([ids(exact.items), exact.next], [["s04", "s05"], undefined]);
      assert.deepEqual(ids((await subscriptions.list({ appId: "app-a", userId: "u1", limit: 10 })).items), ["s02", "s04"]);
      assert.deepEqual(ids((await subscriptions.list({ appId: "app-b", limit: 10 })).items), ["s00"]);
      assert.deepEqual((await subscriptions.list({ appId: "app-c", limit: 10 })).items, []);
    },
  },
  {
    name: "deletes a subscription once: gone from get, list, forChat and all",
    async run({ subscriptions, other }) {
      await subscriptions.insert(chatSubscription("s1", "c1"), []);
      await subscriptions.insert(subscription("s2"), []);
      assert.equal(await other.subscriptions.delete("s1"), true);
      assert.equal(await subscriptions.delete("s1"), false);
      assert.equal(await subscriptions.get("s1"), undefined);
      assert.deepEqual(ids((await subscriptions.list({ appId: "app-a", limit: 10 })).items), ["s2"]);
      assert.deepEqual(ids(await subscriptions.forChat("c1", at(0))), ["s2"]);
      assert.deepEqual(ids(await subscriptions.all()), ["s2"]);
    },
  },
  {
    name: "clear removes every subscription and frees every quota",
    async run({ subscriptions }) {
      await subscriptions.insert(subscription("s1", { quotaKeys: ["a"] }), [quota("a", 1)]);
      await subscriptions.clear();
      assert.deepEqual(await subscriptions.all(), []);
      await subscriptions.insert(subscription("s2", { quotaKeys: ["a"] }), [quota("a", 1)]);
      assert.deepEqual(ids(await subscriptions.all()), ["s2"]);
    },
  },
];
