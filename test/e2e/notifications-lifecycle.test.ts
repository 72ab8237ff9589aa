// Subscriptions over time, with the server's clock moved forward instead of waiting days
// (concepts/change-notifications-lifecycle-events.md; resources/subscription.md: chat resources
// live at most 4,320 minutes): `reauthorizationRequired` before expiry and when the token that
// made the subscription expires — once, until a renewal or reauthorization — expiry removing the
// subscription and its pending deliveries, `subscriptionRemoved` when a delegated subscriber
// leaves the chat; and the same clock and journal over the admin API.
import { jest } from "@jest/globals";
import type { LifecycleNotification } from "../../src/client/notifications/types.js";
import { unwrap, type GraphChatClient } from "../../src/index.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { NotificationReceiver, waitUntil } from "../support/receiver.js";
import {
  APP,
  asApp,
  asUser,
  DEMO_TENANT_ID,
  groupChat,
  LYNNE,
  MEGAN,
  minutesFrom,
  removeMember,
  send,
  subscribe,
  type Subscription,
} from "./notifications-fixtures.js";

jest.setTimeout(60_000);

let receiver: NotificationReceiver;
const servers: RunningServer[] = [];

beforeAll(async () => {
  receiver = await NotificationReceiver.start();
});
afterAll(async () => {
  await receiver.close();
  await Promise.all(servers.map((server) => server.close()));
});
afterEach(() => receiver.forget());

/** A server of its own per test: its clock only moves forward. */
async function freshServer(retryDelaysMs = [200]): Promise<RunningServer> {
  const server = await startServer({ admin: true, notifications: { retryDelaysMs, deliveryTimeoutMs: 10_000 } });
  servers.push(server);
  return server;
}

const DAY_MINUTES = 24 * 60;
const MAX_MINUTES = 3 * DAY_MINUTES;

/** The server's now: the real one plus what the test advanced. */
const serverNow = (advancedMs: number) => Date.now() + advancedMs;

/** The lifecycle deliveries of a subscription in the journal (complete once advanceTime resolved). */
async function lifecycleOf(server: RunningServer, subscriptionId: string): Promise<LifecycleNotification[]> {
  return (await server.deliveries())
    .filter((d) => d.subscriptionId === subscriptionId && d.kind === "lifecycle")
    .flatMap((d) => d.body.value as LifecycleNotification[]);
}

/** An application's 3-day subscription to the tenant's messages, with both URLs on the receiver. */
async function threeDaySubscription(client: GraphChatClient, lifecyclePath: string): Promise<Subscription> {
  return subscribe(client, {
    changeType: "created",
    notificationUrl: receiver.url("/changes"),
    lifecycleNotificationUrl: receiver.url(lifecyclePath),
    resource: "/chats/getAllMessages",
    expirationDateTime: minutesFrom(Date.now(), MAX_MINUTES - 1),
    clientState: "lifecycle state",
  });
}

describe("reauthorizationRequired before expiry", () => {
  it("is sent once when the subscription has less than the notice left, and again only after a renewal", async () => {
    const server = await freshServer();
    const subscription = await threeDaySubscription(await asApp(server, ["Chat.Read.All"]), "/expiry-notice");
    let advanced = 0;
    const advance = async (minutes: number) => {
      advanced += minutes * 60_000;
      await server.advanceTime(minutes * 60_000);
    };

    await advance(MAX_MINUTES - 11);
    const notices = await receiver.lifecycleAt("/expiry-notice", 1);
    expect(notices).toEqual([
      {
        subscriptionId: subscription.id,
        subscriptionExpirationDateTime: subscription.expirationDateTime,
        tenantId: DEMO_TENANT_ID,
        clientState: "lifecycle state",
        lifecycleEvent: "reauthorizationRequired",
      },
    ]);
    expect(receiver.postsTo("/expiry-notice")[0]?.contentType).toBe("application/json");
    // Another sweep (the clock moved again) sends nothing new.
    await advance(1);
    expect(await lifecycleOf(server, subscription.id)).toHaveLength(1);

    // Renewed with a new token: nothing is due until the new expiry nears.
    const renewing = await asApp(server, ["Chat.Read.All"]);
    const renewed = await unwrap(
      renewing.PATCH("/subscriptions/{subscriptionId}", {
        params: { path: { subscriptionId: subscription.id } },
        body: { expirationDateTime: minutesFrom(serverNow(advanced), MAX_MINUTES - 1) },
      }),
    );
    await advance(1);
    expect(await lifecycleOf(server, subscription.id)).toHaveLength(1);
    await advance(MAX_MINUTES - 12);
    expect(await lifecycleOf(server, subscription.id)).toEqual([
      expect.objectContaining({ lifecycleEvent: "reauthorizationRequired" }),
      expect.objectContaining({ lifecycleEvent: "reauthorizationRequired", subscriptionExpirationDateTime: renewed.expirationDateTime }),
    ]);
    await receiver.lifecycleAt("/expiry-notice", 2);
  });
});

describe("reauthorizationRequired when the subscribing token expires", () => {
  it("is sent once the token that made the subscription has expired, and reauthorize makes the new token's expiry count", async () => {
    const server = await freshServer();
    // Development tokens live an hour.
    const subscription = await threeDaySubscription(await asApp(server, ["Chat.Read.All"]), "/token-notice");
    await server.advanceTime("59m");
    expect(await lifecycleOf(server, subscription.id)).toEqual([]);
    await server.advanceTime("2m");
    const [notice] = await receiver.lifecycleAt("/token-notice", 1);
    expect(notice).toMatchObject({ subscriptionId: subscription.id, lifecycleEvent: "reauthorizationRequired" });
    await server.advanceTime("1m");
    expect(await lifecycleOf(server, subscription.id)).toHaveLength(1);

    // Reauthorized with a fresh token (an hour from now): quiet until that one expires.
    const fresh = await asApp(server, ["Chat.Read.All"]);
    const reauthorized = await fresh.POST("/subscriptions/{subscriptionId}/reauthorize", {
      params: { path: { subscriptionId: subscription.id } },
    });
    expect(reauthorized.response.status).toBe(204);
    await server.advanceTime("30m");
    expect(await lifecycleOf(server, subscription.id)).toHaveLength(1);
    await server.advanceTime("31m");
    expect(await lifecycleOf(server, subscription.id)).toHaveLength(2);
    await receiver.lifecycleAt("/token-notice", 2);
  });
});

describe("expiry", () => {
  it("removes the subscription: GET answers 404, it is not listed, and no more changes are delivered", async () => {
    const server = await freshServer();
    const megan = await asUser(server, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE]);
    const subscription = await subscribe(megan, {
      changeType: "created",
      notificationUrl: receiver.url("/expiring"),
      resource: `/chats/${chatId}/messages`,
      expirationDateTime: minutesFrom(Date.now(), 30),
    });
    await send(megan, chatId, "before expiry");
    await receiver.changesAt("/expiring", 1);

    await server.advanceTime("31m");
    const got = await megan.GET("/subscriptions/{subscriptionId}", { params: { path: { subscriptionId: subscription.id } } });
    expect(got.response.status).toBe(404);
    expect((await unwrap(megan.GET("/subscriptions"))).value).toEqual([]);
    await send(megan, chatId, "after expiry");
    expect((await server.deliveries()).filter((d) => d.subscriptionId === subscription.id)).toHaveLength(1);
    expect(receiver.postsTo("/expiring")).toHaveLength(1);
  });

  it("cancels the deliveries still being retried when the subscription expires", async () => {
    // Retries ten minutes apart: none is under way when the clock jumps past the expiry.
    const server = await freshServer([600_000]);
    receiver.always("/failing", 500);
    const megan = await asUser(server, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE]);
    const subscription = await subscribe(megan, {
      changeType: "created",
      notificationUrl: receiver.url("/failing"),
      resource: `/chats/${chatId}/messages`,
      expirationDateTime: minutesFrom(Date.now(), 30),
    });
    await send(megan, chatId, "never accepted");
    await waitUntil(async () => (await server.deliveries()).some((d) => d.attempts.length > 0), "a first attempt");

    // Past the expiry and every retry that was due before it.
    await server.advanceTime("31m");
    const [entry] = (await server.deliveries()).filter((d) => d.subscriptionId === subscription.id);
    expect(entry).toMatchObject({ state: "cancelled", reason: "subscription expired", attempts: [{ status: 500 }] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.postsTo("/failing")).toHaveLength(1);
  });
});

describe("subscriptionRemoved", () => {
  it("is sent when a delegated subscriber leaves the chat they watch, and the subscription is gone", async () => {
    const server = await freshServer();
    const megan = await asUser(server, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE]);
    const lynne = await asUser(server, LYNNE);
    const subscription = await subscribe(lynne, {
      changeType: "created",
      notificationUrl: receiver.url("/lynne"),
      lifecycleNotificationUrl: receiver.url("/lynne-lifecycle"),
      resource: `/chats/${chatId}/messages`,
      expirationDateTime: minutesFrom(Date.now(), 120),
      clientState: "Lynne's",
    });
    await removeMember(megan, chatId, LYNNE);

    const notices = await receiver.lifecycleAt("/lynne-lifecycle", 1);
    expect(notices).toEqual([
      {
        subscriptionId: subscription.id,
        subscriptionExpirationDateTime: subscription.expirationDateTime,
        tenantId: DEMO_TENANT_ID,
        clientState: "Lynne's",
        lifecycleEvent: "subscriptionRemoved",
      },
    ]);
    const got = await lynne.GET("/subscriptions/{subscriptionId}", { params: { path: { subscriptionId: subscription.id } } });
    expect(got.response.status).toBe(404);
    await send(megan, chatId, "Lynne is gone");
    expect((await server.deliveries()).filter((d) => d.subscriptionId === subscription.id && d.kind === "change")).toEqual([]);
  });
  it("ends a removed member's subscription to the chat's roster with subscriptionRemoved alone, never with the removal", async () => {
    const server = await freshServer();
    const megan = await asUser(server, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE]);
    const lynne = await asUser(server, LYNNE);
    const subscription = await subscribe(lynne, {
      changeType: "created,deleted",
      notificationUrl: receiver.url("/roster"),
      lifecycleNotificationUrl: receiver.url("/roster-lifecycle"),
      resource: `/chats/${chatId}/members`,
      expirationDateTime: minutesFrom(Date.now(), 30),
    });
    await removeMember(megan, chatId, LYNNE);

    const [notice] = await receiver.lifecycleAt("/roster-lifecycle", 1);
    expect(notice).toMatchObject({ subscriptionId: subscription.id, lifecycleEvent: "subscriptionRemoved" });
    // Deterministically: no change notification was queued for it, so none can be on its way.
    expect((await server.deliveries()).filter((d) => d.subscriptionId === subscription.id).map((d) => d.kind)).toEqual(["lifecycle"]);
    expect(receiver.postsTo("/roster")).toEqual([]);
  });
});

describe("the admin API: POST /_admin/time and GET /_admin/deliveries", () => {
  it("moves the clock so a subscription expires, and lists the journal with parsed bodies", async () => {
    const server = await freshServer();
    const app = await asApp(server, ["Chat.Read.All"]);
    const subscription = await subscribe(app, {
      changeType: "created",
      notificationUrl: receiver.url("/admin"),
      resource: "/chats/getAllMessages",
      expirationDateTime: minutesFrom(Date.now(), 30),
    });
    const megan = await asUser(server, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE]);
    const sent = await send(megan, chatId, "journaled");
    await receiver.changesAt("/admin", 1);
    // The receiver records a POST before it answers: the journal settles a moment later.
    await waitUntil(async () => (await server.deliveries()).every((d) => d.state === "delivered"), "the journal to settle");

    const journal = await fetch(`${server.url}/_admin/deliveries`);
    expect(journal.status).toBe(200);
    const { value } = (await journal.json()) as {
      value: { subscriptionId: string; state: string; body: { value: { resourceData: { id: string } }[] } }[];
    };
    const entry = value.find((d) => d.subscriptionId === subscription.id);
    expect(entry).toMatchObject({ state: "delivered", url: receiver.url("/admin"), kind: "change", attempts: [{ status: 202 }] });
    expect(entry?.body.value[0]?.resourceData.id).toBe(sent.id);

    const refused = await fetch(`${server.url}/_admin/time`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"advance":"-5m"}',
    });
    expect(refused.status).toBe(400);
    const moved = await fetch(`${server.url}/_admin/time`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"advance":"31m"}',
    });
    expect(moved.status).toBe(204);
    const got = await app.GET("/subscriptions/{subscriptionId}", { params: { path: { subscriptionId: subscription.id } } });
    expect(got.response.status).toBe(404);
    expect(subscription.applicationId).toBe(APP);
  });
});
