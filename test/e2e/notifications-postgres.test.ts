// Change notifications with instances sharing one PostgreSQL database (graph-notifications-facts.md,
// "Decisions": pending deliveries are rows — nothing is lost on a slow receiver or a restart, and
// one instance delivers each; the signing key lives in the database, so every instance signs with
// the same key). Two startServer({ databaseUrl }) instances in this process, a real webhook on
// 127.0.0.1, a throwaway cluster per file.
import { jest } from "@jest/globals";
import { verifyValidationTokens } from "../../src/client/notifications/index.js";
import type { ChangeNotificationCollection } from "../../src/client/notifications/types.js";
import { unwrap } from "../../src/index.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { describeWith } from "../prerequisites/jest.js";
import { makeCertificate } from "../notifications/certificates.js";
import { TestCluster } from "../support/postgres.js";
import { NotificationReceiver, waitUntil } from "../support/receiver.js";
import { APP, asApp, asUser, DEMO_TENANT_ID, groupChat, LYNNE, MEGAN, minutesFrom, send, subscribe } from "./notifications-fixtures.js";

jest.setTimeout(60_000);

describeWith("postgresql")("change notifications with two instances on one database", () => {
  let cluster: TestCluster | undefined;
  let receiver: NotificationReceiver;
  let started: RunningServer[] = [];

  const start = async (databaseUrl: string): Promise<RunningServer> => {
    const server = await startServer({ databaseUrl, notifications: { retryDelaysMs: [200], deliveryTimeoutMs: 10_000 } });
    started.push(server);
    return server;
  };

  beforeAll(async () => {
    [cluster, receiver] = await Promise.all([TestCluster.start(), NotificationReceiver.start()]);
  }, 60_000);
  afterEach(async () => {
    receiver.forget();
    await Promise.all(started.map((server) => server.close({ graceMs: 0 })));
    started = [];
  });
  afterAll(async () => {
    await receiver?.close();
    await cluster?.remove();
  });

  /** Two instances on a new database. */
  const pair = async (): Promise<[RunningServer, RunningServer]> => {
    const url = await (cluster as TestCluster).createDatabase();
    const a = await start(url);
    return [a, await start(url)];
  };

  it("lists a subscription made on A on B, and B answers for it", async () => {
    const [a, b] = await pair();
    const onA = await asApp(a, ["Chat.Read.All"]);
    const subscription = await subscribe(onA, {
      changeType: "created",
      notificationUrl: receiver.url("/listed"),
      resource: "/chats/getAllMessages",
      expirationDateTime: minutesFrom(Date.now(), 30),
    });
    const onB = await asApp(b, ["Chat.Read.All"]);
    expect((await unwrap(onB.GET("/subscriptions"))).value.map((s) => s.id)).toEqual([subscription.id]);
    const got = await unwrap(onB.GET("/subscriptions/{subscriptionId}", { params: { path: { subscriptionId: subscription.id } } }));
    expect(got).toMatchObject({ id: subscription.id, notificationUrl: receiver.url("/listed"), applicationId: APP });
  });

  it("delivers each of 30 messages sent over both instances exactly once", async () => {
    const [a, b] = await pair();
    const subscription = await subscribe(await asApp(a, ["Chat.Read.All"]), {
      changeType: "created",
      notificationUrl: receiver.url("/once"),
      resource: "/chats/getAllMessages",
      expirationDateTime: minutesFrom(Date.now(), 30),
    });
    const [meganA, meganB] = await Promise.all([asUser(a, MEGAN), asUser(b, MEGAN)]);
    const chats = [await groupChat(meganA, [MEGAN, LYNNE], "One"), await groupChat(meganB, [MEGAN, LYNNE], "Two")];
    const sent = await Promise.all(
      Array.from({ length: 30 }, (_, i) => send(i % 2 === 0 ? meganA : meganB, chats[i % 3 === 0 ? 0 : 1] ?? "", `message ${i}`)),
    );

    await receiver.changesAt("/once", 30);
    // Every delivery settled (none is pending, so none can still come) before counting.
    await waitUntil(async () => (await a.deliveries()).every((d) => d.state === "delivered"), "every delivery settled");
    // Message ids are unique within a chat only (two chats may have one of the same millisecond).
    const counts = new Map<string, number>();
    for (const change of receiver.changes("/once")) counts.set(change.resource, (counts.get(change.resource) ?? 0) + 1);
    const resources = sent.map((m) => `chats('${m.chatId ?? ""}')/messages('${m.id}')`);
    expect([...counts.keys()].sort()).toEqual([...resources].sort());
    expect([...counts.values()]).toEqual(sent.map(() => 1));
    const journal = await b.deliveries();
    expect(journal.filter((d) => d.subscriptionId === subscription.id).map((d) => d.attempts.length)).toEqual(sent.map(() => 1));
  });

  it("delivers after a restart what an instance left pending when it closed", async () => {
    const url = await (cluster as TestCluster).createDatabase();
    const a = await start(url);
    receiver.always("/restart", 500);
    const megan = await asUser(a, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE]);
    const subscription = await subscribe(megan, {
      changeType: "created",
      notificationUrl: receiver.url("/restart"),
      resource: `/chats/${chatId}/messages`,
      expirationDateTime: minutesFrom(Date.now(), 30),
    });
    const sent = await send(megan, chatId, "survive the restart");
    await waitUntil(async () => ((await a.deliveries())[0]?.attempts.length ?? 0) >= 1, "a failed first attempt");
    await a.close();
    const triedBeforeClose = receiver.postsTo("/restart").length;

    receiver.always("/restart", 202);
    const restarted = await start(url);
    await waitUntil(async () => (await restarted.deliveries())[0]?.state === "delivered", "the delivery after the restart");
    const [entry] = await restarted.deliveries();
    expect(entry?.subscriptionId).toBe(subscription.id);
    expect(entry?.attempts.map((t) => t.status)).toEqual([...Array.from({ length: triedBeforeClose }, () => 500), 202]);
    expect(receiver.changes("/restart").at(-1)?.resourceData.id).toBe(sent.id);
  });

  it("signs validationTokens with the database's key: a token from A verifies against B's published keys", async () => {
    const [a, b] = await pair();
    const certificate = await makeCertificate();
    const megan = await asUser(a, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE]);
    await subscribe(megan, {
      changeType: "created",
      notificationUrl: receiver.url("/signed"),
      resource: `/chats/${chatId}/messages`,
      expirationDateTime: minutesFrom(Date.now(), 30),
      includeResourceData: true,
      encryptionCertificate: certificate.base64Der,
      encryptionCertificateId: "shared",
    });
    // Sent on A and fanned out by A: A signs whichever instance's worker sends it.
    await send(megan, chatId, "signed");
    await receiver.changesAt("/signed", 1);
    const tokens = (receiver.postsTo("/signed")[0]?.body as ChangeNotificationCollection).validationTokens ?? [];
    const options = { tenantIds: [DEMO_TENANT_ID], appId: APP };
    expect(await verifyValidationTokens(tokens, { ...options, jwksUrl: `${b.url}/.well-known/notification-keys` })).toBe(true);
    const keysOf = async (server: RunningServer) => (await fetch(`${server.url}/.well-known/notification-keys`)).json();
    expect(await keysOf(a)).toEqual(await keysOf(b));
  });
});
