// Where the server may send anything (graph-notifications-facts.md, "Where it may deliver"): a
// server that POSTs wherever a token holder asks is an SSRF hole, so notifications go to loopback
// only, plus the hosts NOTIFICATION_ALLOWED_HOSTS lists and then only over https. Everything else
// is a 400 at create (subscription-post-subscriptions.md: a failed create keeps nothing), and the
// server contacts nothing — checked on a real receiver and in the delivery journal.
import { jest } from "@jest/globals";
import { unwrap, type GraphChatClient } from "../../src/index.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { NotificationReceiver } from "../support/receiver.js";
import { asUser, groupChat, LYNNE, MEGAN, minutesFrom, send, subscribe, type SubscriptionRequest } from "./notifications-fixtures.js";

jest.setTimeout(60_000);

let receiver: NotificationReceiver;
let server: RunningServer;
let listing: RunningServer;

beforeAll(async () => {
  receiver = await NotificationReceiver.start();
  server = await startServer({ notifications: { deliveryTimeoutMs: 10_000 } });
  listing = await startServer({ notifications: { allowedHosts: ["example.com"], deliveryTimeoutMs: 10_000 } });
});
afterAll(async () => {
  await receiver.close();
  await Promise.all([server.close(), listing.close()]);
});
afterEach(async () => {
  receiver.forget();
  await Promise.all([server.reset(), listing.reset()]);
});

async function chatOfMegan(on: RunningServer): Promise<{ megan: GraphChatClient; chatId: string }> {
  const megan = await asUser(on, MEGAN);
  return { megan, chatId: await groupChat(megan, [MEGAN, LYNNE]) };
}

const request = (chatId: string, notificationUrl: string): SubscriptionRequest => ({
  changeType: "created",
  notificationUrl,
  resource: `/chats/${chatId}/messages`,
  expirationDateTime: minutesFrom(Date.now(), 30),
});

/** Creates and expects a 400 whose message matches `reason`. */
async function refused(client: GraphChatClient, body: SubscriptionRequest, reason: RegExp): Promise<void> {
  const { response, error } = await client.POST("/subscriptions", { body });
  expect(response.status).toBe(400);
  expect(error?.error.message).toMatch(reason);
}

describe("notification URLs outside loopback", () => {
  it.each([
    ["a private address", "http://10.0.0.1/notify"],
    ["the cloud metadata address", "http://169.254.169.254/latest/meta-data/"],
    ["a public host", "http://example.com/notify"],
    ["a public host over https", "https://example.com/notify"],
    ["IPv4's unspecified address (which reaches local listeners)", "http://0.0.0.0:{port}/notify"],
    ["an IPv4-mapped IPv6 address", "http://[::ffff:127.0.0.1]:{port}/notify"],
    ["a name that merely starts like localhost", "http://localhost.example.com:{port}/notify"],
  ])("refuses %s with 400, keeps nothing and contacts nothing", async (_what, template) => {
    const url = template.replace("{port}", String(receiver.port));
    const { megan, chatId } = await chatOfMegan(server);
    await refused(megan, request(chatId, url), /not an allowed notification host; see NOTIFICATION_ALLOWED_HOSTS/);
    await send(megan, chatId, "nobody is subscribed");
    expect((await unwrap(megan.GET("/subscriptions"))).value).toEqual([]);
    expect(await server.deliveries()).toEqual([]);
    expect(receiver.validations).toEqual([]);
    expect(receiver.posts).toEqual([]);
  });

  it("refuses a lifecycleNotificationUrl elsewhere before validating the notificationUrl", async () => {
    const { megan, chatId } = await chatOfMegan(server);
    await refused(
      megan,
      { ...request(chatId, receiver.url("/fine")), lifecycleNotificationUrl: "http://169.254.169.254/lifecycle" },
      /lifecycleNotificationUrl host '169\.254\.169\.254' is not an allowed notification host/,
    );
    expect(receiver.validations).toEqual([]);
  });

  it("refuses to move a subscription's notificationUrl elsewhere, keeping the old one", async () => {
    const { megan, chatId } = await chatOfMegan(server);
    const subscription = await subscribe(megan, request(chatId, receiver.url("/kept")));
    const moved = await megan.PATCH("/subscriptions/{subscriptionId}", {
      params: { path: { subscriptionId: subscription.id } },
      body: { notificationUrl: "http://10.0.0.1/notify" },
    });
    expect(moved.response.status).toBe(400);
    await send(megan, chatId, "still to the receiver");
    expect((await receiver.changesAt("/kept", 1)).map((c) => c.subscriptionId)).toEqual([subscription.id]);
    expect((await server.deliveries()).map((d) => d.url)).toEqual([receiver.url("/kept")]);
  });
});

describe("hosts listed in NOTIFICATION_ALLOWED_HOSTS", () => {
  it("are still refused over http, and on another host", async () => {
    const { megan, chatId } = await chatOfMegan(listing);
    await refused(
      megan,
      request(chatId, "http://example.com/notify"),
      /must use https: hosts other than loopback are reached over https only/,
    );
    await refused(megan, request(chatId, "http://example.com:8080/notify"), /must use https/);
    await refused(megan, request(chatId, "https://www.example.com/notify"), /not an allowed notification host/);
    expect(await listing.deliveries()).toEqual([]);
  });

  it("leave loopback allowed over http", async () => {
    const { megan, chatId } = await chatOfMegan(listing);
    await subscribe(megan, request(chatId, receiver.url("/loopback")));
    await send(megan, chatId, "hello");
    await receiver.changesAt("/loopback", 1);
  });
});
