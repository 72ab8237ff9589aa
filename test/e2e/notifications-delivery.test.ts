// How notifications are delivered to a real webhook on 127.0.0.1: a receiver must answer 2xx in
// time or the POST is tried again with back-off until the retry window has passed
// (concepts/change-notifications-delivery-webhooks.md: "respond … within 3 seconds", retries for
// up to 4 hours); redirects are failures; a deleted subscription's retries stop; a chat's changes
// arrive in order; a slow or dead receiver never slows the API; the memory queue is bounded
// (graph-notifications-facts.md, "Decisions for the reference server"). Short settings through
// startServer's `notifications` option keep every wait in the hundreds of milliseconds.
import { Writable } from "node:stream";
import { jest } from "@jest/globals";
import { pino } from "pino";
import { unwrap, type GraphChatClient } from "../../src/index.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import type { NotificationSettings } from "../../src/server/notifications/settings.js";
import { NotificationReceiver, waitUntil } from "../support/receiver.js";
import {
  asApp,
  asUser,
  groupChat,
  LYNNE,
  MEGAN,
  minutesFrom,
  send,
  subscribe,
  warmUp,
  type SubscriptionRequest,
} from "./notifications-fixtures.js";

// Each test waits on real deliveries; on a loaded machine the first requests are slow.
jest.setTimeout(60_000);

let receiver: NotificationReceiver;
const servers: RunningServer[] = [];

beforeAll(async () => {
  receiver = await NotificationReceiver.start();
  // The contract validator is compiled once per process: after this no first request stalls a delivery.
  await warmUp(await serverWith({}), receiver.url("/warm-up"));
  receiver.forget();
});
afterAll(async () => {
  // The receiver first: its hanging answers end, so no delivery in flight holds a server's close.
  await receiver.close();
  await Promise.all(servers.map((server) => server.close()));
});
afterEach(() => receiver.forget());

async function serverWith(notifications: Partial<NotificationSettings>, logger?: pino.Logger): Promise<RunningServer> {
  const server = await startServer({ notifications, ...(logger && { logger }) });
  servers.push(server);
  return server;
}

/** Megan's new chat with Lynne, a subscription of its messages to `path`, and Megan's client. */
async function watchedChat(
  server: RunningServer,
  path: string,
): Promise<{ megan: GraphChatClient; chatId: string; subscriptionId: string }> {
  const megan = await asUser(server, MEGAN);
  const chatId = await groupChat(megan, [MEGAN, LYNNE]);
  const body: SubscriptionRequest = {
    changeType: "created",
    notificationUrl: receiver.url(path),
    resource: `/chats/${chatId}/messages`,
    expirationDateTime: minutesFrom(Date.now(), 30),
  };
  const { id } = await subscribe(megan, body);
  return { megan, chatId, subscriptionId: id };
}

/** The journal's entries of one subscription. */
async function journalOf(server: RunningServer, subscriptionId: string) {
  return (await server.deliveries()).filter((d) => d.subscriptionId === subscriptionId);
}

/** Waits until the subscription's only delivery is in state `state`, and returns it. */
async function settledAs(server: RunningServer, subscriptionId: string, state: string, ms = 10_000) {
  await waitUntil(async () => (await journalOf(server, subscriptionId))[0]?.state === state, `a delivery ${state}`, ms);
  const [entry] = await journalOf(server, subscriptionId);
  if (!entry) throw new Error("no delivery");
  return entry;
}

describe("retries: a receiver must answer 2xx within the delivery time-out", () => {
  // Time-outs are tested with a receiver that does not answer at all; everywhere else the time-out
  // is long, so a loaded machine's pauses never turn an answer into a time-out.
  let server: RunningServer;
  beforeAll(async () => {
    server = await serverWith({ retryDelaysMs: [200, 400], deliveryTimeoutMs: 10_000 });
  });

  it("delivers on the third attempt after two 500s, the journal showing [500, 500, 202] spaced by the retry delays", async () => {
    receiver.plan("/flaky", 500, 500);
    const { megan, chatId, subscriptionId } = await watchedChat(server, "/flaky");
    const sent = await send(megan, chatId, "third time lucky");

    const entry = await settledAs(server, subscriptionId, "delivered");
    expect(entry.attempts.map((a) => a.status)).toEqual([500, 500, 202]);
    const at = entry.attempts.map((a) => Date.parse(a.at));
    expect((at[1] ?? 0) - (at[0] ?? 0)).toBeGreaterThanOrEqual(200);
    expect((at[2] ?? 0) - (at[1] ?? 0)).toBeGreaterThanOrEqual(400);
    // The receiver saw the same notification three times.
    const posts = receiver.postsTo("/flaky");
    expect(posts.map((p) => p.answer)).toEqual([500, 500, 202]);
    expect(new Set(posts.map((p) => p.text)).size).toBe(1);
    expect(receiver.changes("/flaky")[0]?.resourceData.id).toBe(sent.id);
  });

  it("tries again when the receiver does not answer within deliveryTimeoutMs, or answers too late", async () => {
    const quick = await serverWith({ retryDelaysMs: [200, 400], deliveryTimeoutMs: 1_000 });
    receiver.plan("/slow", "hang", { status: 202, delayMs: 3_000 });
    const { megan, chatId, subscriptionId } = await watchedChat(quick, "/slow");
    await send(megan, chatId, "are you there?");

    const entry = await settledAs(quick, subscriptionId, "delivered");
    expect(entry.attempts.map((a) => a.status ?? a.error)).toEqual(["no answer within 1000 ms", "no answer within 1000 ms", 202]);
    expect(receiver.postsTo("/slow").map((p) => p.answer)).toEqual(["hang", { status: 202, delayMs: 3_000 }, 202]);
  });

  it("treats a redirect as a failure and never follows it: the target hears nothing", async () => {
    receiver.always("/moved", { redirect: receiver.url("/target") });
    const { megan, chatId, subscriptionId } = await watchedChat(server, "/moved");
    await send(megan, chatId, "follow me");

    await waitUntil(async () => ((await journalOf(server, subscriptionId))[0]?.attempts.length ?? 0) >= 2, "two attempts");
    const [entry] = await journalOf(server, subscriptionId);
    expect(entry?.state).toBe("pending");
    expect(entry?.attempts.slice(0, 2).map((a) => a.status)).toEqual([302, 302]);
    expect(receiver.postsTo("/target")).toEqual([]);
  });

  it("sends a pending retry to the notificationUrl a PATCH moved the subscription to", async () => {
    const patient = await serverWith({ retryDelaysMs: [60_000], deliveryTimeoutMs: 10_000 });
    receiver.always("/old-home", 500);
    const { megan, chatId, subscriptionId } = await watchedChat(patient, "/old-home");
    const sent = await send(megan, chatId, "follow the subscription");
    await waitUntil(async () => ((await journalOf(patient, subscriptionId))[0]?.attempts.length ?? 0) >= 1, "a first attempt");

    await unwrap(
      megan.PATCH("/subscriptions/{subscriptionId}", {
        params: { path: { subscriptionId } },
        body: { notificationUrl: receiver.url("/new-home") },
      }),
    );
    await patient.advanceTime("1m");
    const [notification] = await receiver.changesAt("/new-home", 1);
    expect(notification?.resourceData.id).toBe(sent.id);
    expect(receiver.postsTo("/old-home")).toHaveLength(1);
  });

  it("stops retrying once the subscription is deleted: the delivery is cancelled and not sent again", async () => {
    // The next try is a minute away: none can be under way while the subscription is deleted.
    const patient = await serverWith({ retryDelaysMs: [60_000], deliveryTimeoutMs: 10_000 });
    receiver.always("/deleted", 500);
    const { megan, chatId, subscriptionId } = await watchedChat(patient, "/deleted");
    await send(megan, chatId, "nobody will take this");
    await waitUntil(async () => ((await journalOf(patient, subscriptionId))[0]?.attempts.length ?? 0) === 1, "a first attempt");

    const deleted = await megan.DELETE("/subscriptions/{subscriptionId}", { params: { path: { subscriptionId } } });
    expect(deleted.response.status).toBe(204);
    expect((await journalOf(patient, subscriptionId))[0]).toMatchObject({ state: "cancelled", reason: "subscription deleted" });
    // The retry's time comes (the clock moved past it) and goes: nothing more is sent.
    await patient.advanceTime("2m");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.postsTo("/deleted")).toHaveLength(1);
    expect((await journalOf(patient, subscriptionId))[0]).toMatchObject({ state: "cancelled", attempts: [{ status: 500 }] });
  });

  it("cancels a delivery whose attempt is in flight when the subscription is deleted", async () => {
    const patient = await serverWith({ retryDelaysMs: [60_000], deliveryTimeoutMs: 2_000 });
    receiver.always("/in-flight", "hang");
    const { megan, chatId, subscriptionId } = await watchedChat(patient, "/in-flight");
    await send(megan, chatId, "hanging");
    await waitUntil(() => receiver.postsTo("/in-flight").length === 1, "the POST to arrive");

    await unwrap(megan.DELETE("/subscriptions/{subscriptionId}", { params: { path: { subscriptionId } } }));
    expect((await journalOf(patient, subscriptionId))[0]?.state).toBe("cancelled");
    await waitUntil(
      async () => ((await journalOf(patient, subscriptionId))[0]?.attempts.length ?? 0) === 1,
      "the attempt in flight to end",
    );
    // It stays cancelled, with the attempt that was made on record, and is not tried again.
    expect((await journalOf(patient, subscriptionId))[0]).toMatchObject({
      state: "cancelled",
      attempts: [{ error: "no answer within 2000 ms" }],
    });
    await patient.advanceTime("2m");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.postsTo("/in-flight")).toHaveLength(1);
  });
});

describe("the retry window: Graph retries for up to 4 hours, then drops", () => {
  it("drops a delivery once the retry window has passed, saying why, and sends it no more", async () => {
    const server = await serverWith({ retryDelaysMs: [100, 200], deliveryTimeoutMs: 10_000, retryWindowMs: 700 });
    receiver.always("/down", 503);
    const { megan, chatId, subscriptionId } = await watchedChat(server, "/down");
    await send(megan, chatId, "into the void");

    const entry = await settledAs(server, subscriptionId, "dropped");
    expect(entry.reason).toMatch(/^no 2xx answer within the retry window after \d+ attempts$/);
    expect(entry.attempts.length).toBeGreaterThanOrEqual(3);
    expect(entry.attempts.every((a) => a.status === 503)).toBe(true);
    expect(receiver.postsTo("/down")).toHaveLength(entry.attempts.length);
  });
});

describe("retries and the harness clock", () => {
  it("brings a retry due at once when advanceTime moves past its delay", async () => {
    // A retry ten minutes away (the subscription lives 30): only the moved clock brings it round in the test.
    const server = await serverWith({ retryDelaysMs: [600_000], deliveryTimeoutMs: 10_000 });
    receiver.plan("/later", 503);
    const { megan, chatId, subscriptionId } = await watchedChat(server, "/later");
    await send(megan, chatId, "see you in ten minutes");
    await waitUntil(async () => ((await journalOf(server, subscriptionId))[0]?.attempts.length ?? 0) === 1, "the first attempt");
    expect((await journalOf(server, subscriptionId))[0]?.state).toBe("pending");

    await server.advanceTime("10m");
    const entry = await settledAs(server, subscriptionId, "delivered");
    expect(entry.attempts.map((a) => a.status)).toEqual([503, 202]);
  });
});

describe("order: a chat's changes reach each subscriber in the order they were made", () => {
  it("delivers 50 messages sent at once to one chat in send order, though the receiver is slow", async () => {
    const server = await serverWith({ retryDelaysMs: [100], deliveryTimeoutMs: 10_000 });
    receiver.always("/ordered", { status: 202, delayMs: 10 });
    const { megan, chatId } = await watchedChat(server, "/ordered");
    const sent = await Promise.all(Array.from({ length: 50 }, (_, i) => send(megan, chatId, `message ${i}`)));

    const changes = await receiver.changesAt("/ordered", 50, 20_000);
    const received = changes.map((c) => c.resourceData.id);
    // The order the chat has them in, oldest first (message ids count up with creation).
    const listed = (await unwrap(megan.GET("/chats/{chatId}/messages", { params: { path: { chatId }, query: { $top: 50 } } }))).value
      .map((m) => m.id)
      .reverse();
    expect(received).toEqual(listed);
    expect([...received].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))).toEqual(received);
    expect(new Set(received)).toEqual(new Set(sent.map((m) => m.id)));
    // One at a time: each POST arrived after the previous one was answered.
    expect(receiver.postsTo("/ordered").map((p) => p.openAtArrival)).toEqual(received.map(() => 0));
  });
});

describe("a slow or dead receiver never slows the API", () => {
  it("answers 20 sends while the receiver holds a delivery unanswered, every delivery still pending", async () => {
    // A long time-out: the hanging POST stays in flight for the whole test.
    const server = await serverWith({ retryDelaysMs: [100], deliveryTimeoutMs: 20_000 });
    receiver.always("/hanging", "hang");
    const app = await asApp(server, ["Chat.Read.All"]);
    const megan = await asUser(server, MEGAN);
    const chats = await Promise.all([0, 1, 2, 3].map((i) => groupChat(megan, [MEGAN, LYNNE], `Chat ${i}`)));
    const { id } = await subscribe(app, {
      changeType: "created",
      notificationUrl: receiver.url("/hanging"),
      resource: "/chats/getAllMessages",
      expirationDateTime: minutesFrom(Date.now(), 30),
    });
    await send(megan, chats[0] ?? "", "first");
    await waitUntil(() => receiver.postsTo("/hanging").length === 1, "the first POST to be held");

    const sends = await Promise.all(Array.from({ length: 20 }, (_, i) => send(megan, chats[i % 4] ?? "", `message ${i}`)));
    expect(sends).toHaveLength(20);
    // Every send was answered while the first POST was still unanswered: none of its 21
    // deliveries has finished an attempt.
    const journal = await journalOf(server, id);
    expect(journal).toHaveLength(21);
    expect(journal.map((d) => [d.state, d.attempts.length])).toEqual(journal.map(() => ["pending", 0]));
    expect(receiver.postsTo("/hanging").every((p) => p.answer === "hang")).toBe(true);
  });
});

describe("the memory queue is bounded", () => {
  it("drops the oldest pending deliveries past maxQueuedDeliveries, logs each, and delivers the ones kept", async () => {
    const lines: { level: number; msg: string; deliveryId?: string; subscriptionId?: string }[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line) as (typeof lines)[number]);
        done();
      },
    });
    const server = await serverWith(
      { retryDelaysMs: [100], deliveryTimeoutMs: 1_000, maxQueuedDeliveries: 5 },
      pino({ level: "warn" }, stream),
    );
    receiver.always("/bounded", "hang");
    const { megan, chatId, subscriptionId } = await watchedChat(server, "/bounded");
    const sent: string[] = [];
    for (let i = 0; i < 20; i++) sent.push((await send(megan, chatId, `message ${i}`)).id);

    const journal = await journalOf(server, subscriptionId);
    const messageOf = (entry: (typeof journal)[number]) =>
      entry.body.value[0] && "resourceData" in entry.body.value[0] ? entry.body.value[0].resourceData.id : "";
    expect(journal.map(messageOf)).toEqual(sent);
    expect(journal.slice(0, 15).map((d) => [d.state, d.reason])).toEqual(sent.slice(0, 15).map(() => ["dropped", "queue full"]));
    expect(journal.slice(15).map((d) => d.state)).toEqual(["pending", "pending", "pending", "pending", "pending"]);
    const warnings = lines.filter((l) => /NOTIFICATION_MAX_QUEUE/.test(l.msg));
    expect(warnings).toHaveLength(15);
    expect(warnings.map((w) => w.deliveryId)).toEqual(journal.slice(0, 15).map((d) => d.id));
    expect(warnings[0]).toMatchObject({ level: 40, subscriptionId });

    // The receiver comes back: the five kept are delivered, in order; none of the dropped is.
    receiver.always("/bounded", 202);
    await waitUntil(
      async () => (await journalOf(server, subscriptionId)).every((d) => d.state !== "pending"),
      "the kept ones delivered",
      10_000,
    );
    const delivered = receiver.postsTo("/bounded").filter((p) => p.answer === 202);
    expect(delivered.map((p) => (p.body as { value: { resourceData: { id: string } }[] }).value[0]?.resourceData.id)).toEqual(
      sent.slice(15),
    );
  });
});
