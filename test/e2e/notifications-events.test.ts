// Which changes are notified, to whom, and in what shape — a real server on a port, real webhooks
// on 127.0.0.1, the typed client making the changes. Doc pages (Microsoft Graph):
// concepts/teams-changenotifications-chatmessage.md, teams-changenotifications-chat.md,
// teams-changenotifications-chatmembership.md (what each resource notifies),
// resources/changenotification.md and concepts/change-notifications-delivery-webhooks.md (the POST).
// Absence is checked in the server's delivery journal, which holds every delivery queued for the
// writes made so far (deliveries() waits for them): no sleeping to see that nothing came.
import { jest } from "@jest/globals";
import { unwrap } from "../../src/index.js";
import type { ChangeNotification } from "../../src/client/notifications/types.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { NotificationReceiver, waitUntil } from "../support/receiver.js";
import {
  ADELE,
  addMember,
  ALEX,
  asApp,
  asUser,
  DEMO_TENANT_ID,
  groupChat,
  JACOB,
  LYNNE,
  MEGAN,
  memberBody,
  minutesFrom,
  removeMember,
  send,
  subscribe,
  type SubscriptionRequest,
} from "./notifications-fixtures.js";

// Real deliveries; on a loaded machine an operation's first request is slow.
jest.setTimeout(60_000);

let server: RunningServer;
let receiver: NotificationReceiver;

beforeAll(async () => {
  receiver = await NotificationReceiver.start();
  // A long time-out: no test here is about time-outs, and a pause of the process (an operation's
  // first request compiles its schemas) must not turn an answer into a time-out and a redelivery.
  server = await startServer({ notifications: { retryDelaysMs: [200], deliveryTimeoutMs: 10_000 } });
});
afterAll(async () => {
  await receiver.close();
  await server.close();
});
afterEach(async () => {
  await server.reset();
  receiver.forget();
});

const request = (resource: string, path: string, changeType = "created,updated,deleted"): SubscriptionRequest => ({
  changeType,
  notificationUrl: receiver.url(path),
  resource,
  expirationDateTime: minutesFrom(Date.now(), 30),
  clientState: `state of ${path}`,
});

/** Every delivery the journal holds for this subscription (all writes so far are fanned out). */
async function journalOf(subscriptionId: string) {
  return (await server.deliveries()).filter((d) => d.subscriptionId === subscriptionId);
}

const summary = (changes: readonly ChangeNotification[]) => changes.map((c) => `${c.changeType} ${c.resource}`);

describe("chat messages: /chats/{id}/messages", () => {
  it("notifies a send as created, an edit and a reaction as updated, softDelete as deleted and undoSoftDelete as updated", async () => {
    const megan = await asUser(server, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE]);
    // The query string of the notificationUrl is kept on every delivery (delivery-webhooks page).
    const subscription = await subscribe(megan, {
      ...request(`/chats/${chatId}/messages`, "/messages"),
      notificationUrl: `${receiver.url("/messages")}?tenant=contoso&route=a%20b`,
    });
    const sent = await send(megan, chatId, "first");
    const path = { chatId, messageId: sent.id };
    await unwrap(
      megan.PATCH("/chats/{chatId}/messages/{messageId}", { params: { path }, body: { body: { contentType: "text", content: "edited" } } }),
    );
    await unwrap(megan.POST("/chats/{chatId}/messages/{messageId}/setReaction", { params: { path }, body: { reactionType: "👍" } }));
    await unwrap(megan.POST("/chats/{chatId}/messages/{messageId}/softDelete", { params: { path } }));
    await unwrap(megan.POST("/chats/{chatId}/messages/{messageId}/undoSoftDelete", { params: { path } }));

    const changes = await receiver.changesAt("/messages", 5);
    const resource = `chats('${chatId}')/messages('${sent.id}')`;
    const expected = (changeType: string) => ({
      subscriptionId: subscription.id,
      changeType,
      clientState: "state of /messages",
      tenantId: DEMO_TENANT_ID,
      subscriptionExpirationDateTime: subscription.expirationDateTime,
      resource,
      resourceData: { id: sent.id, "@odata.type": "#Microsoft.Graph.chatMessage", "@odata.id": resource },
    });
    // Exactly these members, in the order the changes were made.
    expect(changes).toEqual(["created", "updated", "updated", "deleted", "updated"].map(expected));
    for (const post of receiver.postsTo("/messages")) {
      expect(post.contentType).toBe("application/json");
      expect(post.query).toBe("tenant=contoso&route=a%20b");
      // One POST per notification here, `{"value":[…]}` and nothing else (no validationTokens without resource data).
      expect(Object.keys(post.body as object)).toEqual(["value"]);
    }
    // The receiver records a POST before it answers: the journal settles a moment later.
    await waitUntil(async () => (await journalOf(subscription.id)).every((d) => d.state === "delivered"), "the journal to settle");
    expect((await journalOf(subscription.id)).map((d) => [d.state, d.attempts.map((a) => a.status)])).toEqual(
      Array.from({ length: 5 }, () => ["delivered", [202]]),
    );
  });

  it("sends only the change types subscribed to: a `created` subscription hears no edits or deletions", async () => {
    const megan = await asUser(server, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE]);
    const subscription = await subscribe(megan, request(`/chats/${chatId}/messages`, "/created", "created"));
    const first = await send(megan, chatId, "one");
    const path = { chatId, messageId: first.id };
    await unwrap(
      megan.PATCH("/chats/{chatId}/messages/{messageId}", { params: { path }, body: { body: { contentType: "text", content: "edited" } } }),
    );
    await unwrap(megan.POST("/chats/{chatId}/messages/{messageId}/softDelete", { params: { path } }));
    const second = await send(megan, chatId, "two");

    const changes = await receiver.changesAt("/created", 2);
    expect(summary(changes)).toEqual([
      `created chats('${chatId}')/messages('${first.id}')`,
      `created chats('${chatId}')/messages('${second.id}')`,
    ]);
    expect(await journalOf(subscription.id)).toHaveLength(2);
  });

  it("with the mentions $filter, delivers only messages that mention that user", async () => {
    const megan = await asUser(server, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE, ADELE]);
    const app = await asApp(server, ["Chat.Read.All"]);
    const subscription = await subscribe(
      app,
      request(`/chats/${chatId}/messages?$filter=mentions/any(u: u/mentioned/user/id eq '${LYNNE}')`, "/mentions", "created"),
    );
    await send(megan, chatId, "nobody");
    const forLynne = await send(megan, chatId, "hello", LYNNE);
    await send(megan, chatId, "hello", ADELE);
    const again = await send(megan, chatId, "again", LYNNE);

    const changes = await receiver.changesAt("/mentions", 2);
    expect(changes.map((c) => c.resourceData.id)).toEqual([forLynne.id, again.id]);
    expect(await journalOf(subscription.id)).toHaveLength(2);
  });
});

describe("chat members: /chats/{id}/members", () => {
  it("notifies an added member as created and a removed one as deleted, naming the membership", async () => {
    const megan = await asUser(server, MEGAN, "Chat.ReadWrite ChatMember.ReadWrite");
    const chatId = await groupChat(megan, [MEGAN, LYNNE]);
    const subscription = await subscribe(megan, request(`/chats/${chatId}/members`, "/members", "created,deleted"));
    const membershipId = await addMember(megan, chatId, ADELE);
    await removeMember(megan, chatId, ADELE);

    const changes = await receiver.changesAt("/members", 2);
    const resource = `chats('${chatId}')/members('${membershipId}')`;
    expect(changes).toEqual(
      ["created", "deleted"].map((changeType) => ({
        subscriptionId: subscription.id,
        changeType,
        clientState: "state of /members",
        tenantId: DEMO_TENANT_ID,
        subscriptionExpirationDateTime: subscription.expirationDateTime,
        resource,
        resourceData: { id: membershipId, "@odata.type": "#microsoft.graph.aadUserConversationMember", "@odata.id": resource },
      })),
    );
  });
});

describe("chats: /chats and /chats/{id}", () => {
  it("tells an application subscribed to /chats of chats created, renamed and their rosters changed", async () => {
    const app = await asApp(server, ["Chat.ReadBasic.All"]);
    const subscription = await subscribe(app, request("/chats", "/chats", "created,updated"));
    const megan = await asUser(server, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE], "Before");
    await unwrap(megan.PATCH("/chats/{chatId}", { params: { path: { chatId } }, body: { topic: "After" } }));
    await addMember(megan, chatId, JACOB);
    // Sending a message is no change of the chat (teams-changenotifications-chat.md: topic, members).
    await send(megan, chatId, "not a chat change");

    const changes = await receiver.changesAt("/chats", 3);
    const resource = `chats('${chatId}')`;
    expect(changes).toEqual(
      ["created", "updated", "updated"].map((changeType) => ({
        subscriptionId: subscription.id,
        changeType,
        clientState: "state of /chats",
        tenantId: DEMO_TENANT_ID,
        subscriptionExpirationDateTime: subscription.expirationDateTime,
        resource,
        resourceData: { id: chatId, "@odata.type": "#microsoft.graph.chat", "@odata.id": resource },
      })),
    );
    expect(await journalOf(subscription.id)).toHaveLength(3);
  });

  it("tells /chats of a one-on-one chat once: creating the same pair again makes no new chat", async () => {
    const app = await asApp(server, ["Chat.ReadBasic.All"]);
    const subscription = await subscribe(app, request("/chats", "/pairs", "created"));
    const megan = await asUser(server, MEGAN);
    const pair = { chatType: "oneOnOne" as const, members: [MEGAN, LYNNE].map(memberBody) };
    const first = await unwrap(megan.POST("/chats", { body: pair }));
    const again = await unwrap(megan.POST("/chats", { body: pair }));
    expect(again.id).toBe(first.id);

    expect(summary(await receiver.changesAt("/pairs", 1))).toEqual([`created chats('${first.id}')`]);
    expect(await journalOf(subscription.id)).toHaveLength(1);
  });

  it("tells a member subscribed to /chats/{id} of that chat's topic and roster changes, not of another chat's", async () => {
    const megan = await asUser(server, MEGAN);
    const watched = await groupChat(megan, [MEGAN, LYNNE], "Watched");
    const other = await groupChat(megan, [MEGAN, LYNNE], "Other");
    const subscription = await subscribe(megan, request(`/chats/${watched}`, "/chat", "updated"));
    await unwrap(megan.PATCH("/chats/{chatId}", { params: { path: { chatId: other } }, body: { topic: "Other renamed" } }));
    await unwrap(megan.PATCH("/chats/{chatId}", { params: { path: { chatId: watched } }, body: { topic: "Watched renamed" } }));
    await addMember(megan, other, ADELE);
    await addMember(megan, watched, ADELE);
    await removeMember(megan, watched, LYNNE);

    const changes = await receiver.changesAt("/chat", 3);
    expect(summary(changes)).toEqual(Array.from({ length: 3 }, () => `updated chats('${watched}')`));
    expect(await journalOf(subscription.id)).toHaveLength(3);
  });
});

describe("every chat's messages: getAllMessages", () => {
  it("tells an application subscribed to /chats/getAllMessages of messages in every chat of the tenant", async () => {
    const app = await asApp(server, ["Chat.Read.All"]);
    await subscribe(app, request("/chats/getAllMessages", "/all", "created"));
    const megan = await asUser(server, MEGAN);
    const adele = await asUser(server, ADELE);
    const first = await groupChat(megan, [MEGAN, LYNNE]);
    const second = await groupChat(adele, [ADELE, JACOB]);
    const a = await send(megan, first, "in the first");
    const b = await send(adele, second, "in the second");

    const changes = await receiver.changesAt("/all", 2);
    expect(summary(changes).sort()).toEqual(
      [`created chats('${first}')/messages('${a.id}')`, `created chats('${second}')/messages('${b.id}')`].sort(),
    );
  });

  it("tells a user subscribed to /me/chats/getAllMessages only of the chats they are in", async () => {
    const adele = await asUser(server, ADELE);
    const subscription = await subscribe(adele, request("/me/chats/getAllMessages", "/me", "created"));
    const megan = await asUser(server, MEGAN);
    const notHers = await groupChat(megan, [MEGAN, LYNNE]);
    const hers = await groupChat(megan, [MEGAN, ADELE]);
    await send(megan, notHers, "Adele is not here");
    const heard = await send(megan, hers, "Adele is here");

    const changes = await receiver.changesAt("/me", 1);
    expect(summary(changes)).toEqual([`created chats('${hers}')/messages('${heard.id}')`]);
    const queued = (await journalOf(subscription.id)).flatMap((d) => d.body.value.flatMap((n) => ("resource" in n ? [n.resource] : [])));
    expect(queued).toEqual([`chats('${hers}')/messages('${heard.id}')`]);
  });

  it("tells a user subscribed to /users/{own id}/chats/getAllMessages only of their chats, from when they join until they leave", async () => {
    const alex = await asUser(server, ALEX);
    const subscription = await subscribe(alex, request(`/users/${ALEX}/chats/getAllMessages`, "/user", "created"));
    const megan = await asUser(server, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE]);
    await send(megan, chatId, "before Alex joins");
    await addMember(megan, chatId, ALEX);
    const whileIn = await send(megan, chatId, "while Alex is in");
    await removeMember(megan, chatId, ALEX);
    await send(megan, chatId, "after Alex left");

    const changes = await receiver.changesAt("/user", 1);
    expect(changes.map((c) => c.resourceData.id)).toEqual([whileIn.id]);
    expect(await journalOf(subscription.id)).toHaveLength(1);
  });
});

describe("who hears what: only what the subscriber may read", () => {
  it("tells a delegated subscriber nothing of a chat they are not a member of, whatever the resource", async () => {
    const megan = await asUser(server, MEGAN);
    const theirs = await groupChat(megan, [MEGAN, LYNNE]);
    const jacob = await asUser(server, JACOB);
    const all = await subscribe(jacob, request("/me/chats/getAllMessages", "/jacob"));
    // Jacob cannot subscribe to the chat itself: he is not a member (subscription-post-subscriptions.md).
    const refused = await jacob.POST("/subscriptions", { body: request(`/chats/${theirs}/messages`, "/jacob-chat") });
    expect(refused.response.status).toBe(403);
    const sent = await send(megan, theirs, "private");
    const path = { chatId: theirs, messageId: sent.id };
    await unwrap(
      megan.PATCH("/chats/{chatId}/messages/{messageId}", { params: { path }, body: { body: { contentType: "text", content: "edited" } } }),
    );
    await unwrap(megan.POST("/chats/{chatId}/messages/{messageId}/softDelete", { params: { path } }));

    expect(await journalOf(all.id)).toEqual([]);
    expect(receiver.postsTo("/jacob")).toEqual([]);
    expect(receiver.validations).toEqual(["/jacob"]);
  });

  it("tells a member added without history of new messages, not of changes to messages from before they joined", async () => {
    const megan = await asUser(server, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE]);
    const old = await send(megan, chatId, "before Isaiah");
    await addMember(megan, chatId, JACOB);
    const jacob = await asUser(server, JACOB);
    const subscription = await subscribe(jacob, request(`/chats/${chatId}/messages`, "/history"));
    // The old message is outside Jacob's visible history: an edit of it is not his to hear.
    await unwrap(
      megan.PATCH("/chats/{chatId}/messages/{messageId}", {
        params: { path: { chatId, messageId: old.id } },
        body: { body: { contentType: "text", content: "old, edited" } },
      }),
    );
    const fresh = await send(megan, chatId, "after Jacob joined");

    const changes = await receiver.changesAt("/history", 1);
    expect(summary(changes)).toEqual([`created chats('${chatId}')/messages('${fresh.id}')`]);
    expect(await journalOf(subscription.id)).toHaveLength(1);
  });

  it("keeps one application's subscriptions to itself: another app's subscriber hears only its own", async () => {
    const mine = await asApp(server, ["Chat.Read.All"]);
    const other = await asApp(server, ["Chat.Read.All"], "66666666-6666-4666-8666-666666666666");
    const a = await subscribe(mine, request("/chats/getAllMessages", "/app-a", "created"));
    const b = await subscribe(other, request("/chats/getAllMessages", "/app-b", "created"));
    const megan = await asUser(server, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE]);
    await send(megan, chatId, "both hear this");

    const [toA] = await receiver.changesAt("/app-a", 1);
    const [toB] = await receiver.changesAt("/app-b", 1);
    expect([toA?.subscriptionId, toB?.subscriptionId]).toEqual([a.id, b.id]);
    expect([toA?.clientState, toB?.clientState]).toEqual(["state of /app-a", "state of /app-b"]);
    // The subscriptions list of each app shows its own only.
    const listed = await unwrap(mine.GET("/subscriptions"));
    expect(listed.value.map((s) => s.id)).toEqual([a.id]);
  });
});
