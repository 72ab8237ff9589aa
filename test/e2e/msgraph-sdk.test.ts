// Microsoft's Kiota-generated Graph SDK — @microsoft/msgraph-sdk with @microsoft/msgraph-sdk-chats
// and -users, unmodified — against the server over HTTPS, for every chat operation the SDK exposes
// that the server implements. How the client is built: kiota-client.ts.
import type {
  AadUserConversationMember,
  AadUserConversationMemberResult,
  ActionResultPart,
  Chat,
  ChatMessage,
  ConversationMember,
  TeamworkUserIdentity,
} from "@microsoft/msgraph-sdk/models/index.js";
import {
  createChatCollectionResponseFromDiscriminatorValue,
  createChatMessageCollectionResponseFromDiscriminatorValue,
} from "@microsoft/msgraph-sdk/models/index.js";
import { createODataErrorFromDiscriminatorValue, type ODataError } from "@microsoft/msgraph-sdk/models/oDataErrors/index.js";
import { PageIterator, type PageCollection } from "@microsoft/msgraph-sdk-core";
import type { Parsable, RequestAdapter } from "@microsoft/kiota-abstractions";
import { kiotaClient, type KiotaClient } from "./kiota-client.js";
import {
  ADAPTIVE_CARD_CONTENT,
  ADELE,
  ALEX,
  bind,
  CARD_ATTACHMENT_ID,
  CARD_BODY_HTML,
  hostedContentIds,
  INLINE_IMAGE_HTML,
  ISAIAH,
  JACOB,
  LYNNE,
  MEGAN,
  MENTION,
  PNG_BASE64,
  startHttpsServer,
  TENANT,
  tick,
  userToken,
  type HttpsServer,
} from "./sdk-fixtures.js";

const AAD_MEMBER = "#microsoft.graph.aadUserConversationMember";

let https: HttpsServer;
let jacob: KiotaClient;
let alex: KiotaClient;

const clientFor = async (user: string, scopes?: string, options?: { trustHost?: boolean }): Promise<KiotaClient> =>
  kiotaClient(https.server.baseUrl, https.cert, await userToken(user, scopes), options);

beforeAll(async () => {
  https = await startHttpsServer();
  jacob = await clientFor(JACOB);
  alex = await clientFor(ALEX);
}, 30_000);

afterAll(async () => {
  await https?.server.stop();
});

/** A member to add, as the SDK models it: `user@odata.bind` has no property, so it goes in additionalData. */
function aadMember(user: string, roles: string[] = ["owner"]): AadUserConversationMember {
  return { odataType: AAD_MEMBER, roles, additionalData: { "user@odata.bind": bind(user) } };
}

async function createGroup(client: KiotaClient, topic: string, users: string[]): Promise<string> {
  const chat = await client.client.chats.post({ chatType: "group", topic, members: users.map((user) => aadMember(user)) });
  return required(chat?.id, "chat id");
}

async function send(client: KiotaClient, chatId: string, content: string): Promise<ChatMessage> {
  const message = await client.client.chats.byChatId(chatId).messages.post({ body: { content } });
  if (!message) throw new Error("no message returned");
  return message;
}

/** The status of the last response the client got. */
const lastStatus = (client: KiotaClient): number | undefined => client.sent.at(-1)?.status;

function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}

/** The body's user as the docs send it; the SDK's teamworkUserIdentity has no tenantId property. */
const caller = (id: string): TeamworkUserIdentity => ({ id, additionalData: { tenantId: TENANT } });

const isAadMember = (member: ConversationMember | undefined): member is AadUserConversationMember => member?.odataType === AAD_MEMBER;
const isMemberResult = (part: ActionResultPart): part is AadUserConversationMemberResult =>
  part.odataType === "#microsoft.graph.aadUserConversationMemberResult";

/** What the SDK threw: Kiota deserializes the error envelope into an ODataError (`error` is `errorEscaped` there). */
async function odataError(promise: Promise<unknown>): Promise<ODataError> {
  try {
    await promise;
  } catch (error) {
    return error as ODataError;
  }
  throw new Error("the request succeeded, but it should have failed");
}

/** Every item of every page, following `@odata.nextLink` with msgraph-sdk-core's PageIterator. */
async function iterate<T extends Parsable>(
  adapter: RequestAdapter,
  first: { value?: T[] | null; odataNextLink?: string | null } | undefined,
  factory: typeof createChatCollectionResponseFromDiscriminatorValue,
): Promise<T[]> {
  const page: PageCollection<T> = { value: first?.value ?? [], odataNextLink: first?.odataNextLink ?? undefined };
  const seen: T[] = [];
  const iterator = new PageIterator<T>(adapter, page, (item) => seen.push(item) > 0, factory, {
    XXX: createODataErrorFromDiscriminatorValue,
  });
  await iterator.iterate();
  expect(iterator.getPagingState()).toBe("Complete");
  return seen;
}

describe("createChat", () => {
  it("creates a group chat from members bound by user@odata.bind, over https with the token", async () => {
    jacob.sent.length = 0;
    const chat = await jacob.client.chats.post({ chatType: "group", topic: "Kiota group", members: [aadMember(JACOB), aadMember(ALEX)] });
    expect(chat?.id).toMatch(/^19:[0-9a-f]{32}@thread\.v2$/);
    expect(chat?.chatType).toBe("group");
    expect(chat?.topic).toBe("Kiota group");
    expect(chat?.tenantId).toBe(TENANT);
    expect(chat?.createdDateTime).toBeInstanceOf(Date);
    expect(chat?.additionalData?.["@odata.context"]).toBe(`${https.server.baseUrl}/$metadata#chats/$entity`);
    expect(jacob.sent).toEqual([
      { method: "POST", url: `${https.server.baseUrl}/chats`, body: expect.any(String), authorized: true, status: 201 },
    ]);
    expect(JSON.parse(jacob.sent[0]?.body ?? "")).toEqual({
      chatType: "group",
      topic: "Kiota group",
      members: [
        { "@odata.type": AAD_MEMBER, "user@odata.bind": bind(JACOB), roles: ["owner"] },
        { "@odata.type": AAD_MEMBER, "user@odata.bind": bind(ALEX), roles: ["owner"] },
      ],
    });
  });

  it("returns the existing oneOnOne chat when it is created again", async () => {
    const body: Chat = { chatType: "oneOnOne", members: [aadMember(JACOB), aadMember(ADELE)] };
    const first = await jacob.client.chats.post(body);
    const again = await jacob.client.chats.post(body);
    expect(first?.id).toBe(`19:${JACOB}_${ADELE}@unq.gbl.spaces`);
    expect(again?.id).toBe(first?.id);
    expect(again?.chatType).toBe("oneOnOne");
  });

  it("throws an ODataError with code BadRequest and status 400 for a topic on a oneOnOne chat", async () => {
    const error = await odataError(
      jacob.client.chats.post({ chatType: "oneOnOne", topic: "No", members: [aadMember(JACOB), aadMember(MEGAN)] }),
    );
    expect(error.responseStatusCode).toBe(400);
    expect(error.errorEscaped?.code).toBe("BadRequest");
    expect(error.message).toBe("Setting topic is not allowed for 1-on-1 chats.");
  });
});

describe("getChat", () => {
  let chatId: string;
  beforeAll(async () => {
    chatId = await createGroup(jacob, "Read me", [JACOB, ALEX, MEGAN]);
  });

  it("reads a chat with its members ($expand=members) as typed aadUserConversationMembers", async () => {
    jacob.sent.length = 0;
    const chat = await jacob.client.chats.byChatId(chatId).get({ queryParameters: { expand: ["members"] } });
    expect(chat?.id).toBe(chatId);
    expect(chat?.viewpoint?.isHidden).toBe(false);
    const members = chat?.members ?? [];
    expect(members.every(isAadMember)).toBe(true);
    expect(members.filter(isAadMember).map((m) => [m.userId, m.displayName])).toEqual([
      [JACOB, "Jacob Hancock"],
      [ALEX, "Alex Wilber"],
      [MEGAN, "Megan Bowen"],
    ]);
    expect(jacob.sent.map((r) => r.url)).toEqual([`${https.server.baseUrl}/chats/${encodeURIComponent(chatId)}?$expand=members`]);
  });

  it("throws an ODataError with code NotFound, status 404 and the innerError for an unknown chat", async () => {
    const error = await odataError(jacob.client.chats.byChatId("19:00000000000000000000000000000000@thread.v2").get());
    expect(error.responseStatusCode).toBe(404);
    expect(error.errorEscaped?.code).toBe("NotFound");
    expect(error.errorEscaped?.innerError?.requestId).toBe(error.responseHeaders?.["request-id"]?.[0]);
    expect(error.errorEscaped?.innerError?.date).toBeInstanceOf(Date);
  });

  it("throws an ODataError with code Forbidden and status 403 for a chat the caller is not in", async () => {
    const outsider = await clientFor(ISAIAH);
    const error = await odataError(outsider.client.chats.byChatId(chatId).get());
    expect(error.responseStatusCode).toBe(403);
    expect(error.errorEscaped?.code).toBe("Forbidden");
  });

  it("sends no token to a host missing from the allowed hosts, so the server answers 401", async () => {
    const untrusting = await clientFor(JACOB, undefined, { trustHost: false });
    const error = await odataError(untrusting.client.chats.byChatId(chatId).get());
    expect(untrusting.sent.map((r) => r.authorized)).toEqual([false]);
    expect(error.responseStatusCode).toBe(401);
    expect(error.errorEscaped?.code).toBe("InvalidAuthenticationToken");
  });
});

describe("chat lists", () => {
  let lynne: KiotaClient;
  const created: string[] = [];
  beforeAll(async () => {
    // Lynne is in no other test's chats, so her list is exactly these five.
    lynne = await clientFor(LYNNE);
    for (let i = 1; i <= 5; i++) created.push(await createGroup(lynne, `Lynne ${i}`, [LYNNE, ISAIAH, MEGAN]));
  });

  describe("listChats", () => {
    it("lists the signed-in user's chats at /chats, newest first, with @odata.count", async () => {
      const page = await lynne.client.chats.get();
      expect(page?.odataCount).toBe(5);
      expect(page?.value?.map((chat) => chat.id)).toEqual([...created].reverse());
      expect(page?.odataNextLink).toBeUndefined();
    });
  });

  describe("listMyChats", () => {
    it("pages /me/chats with $top and PageIterator through every @odata.nextLink", async () => {
      lynne.sent.length = 0;
      const first = await lynne.client.me.chats.get({ queryParameters: { top: 2 } });
      expect(first?.value).toHaveLength(2);
      expect(first?.odataCount).toBe(5);
      expect(first?.odataNextLink).toMatch(new RegExp(`^${escape(https.server.baseUrl)}/me/chats\\?`));
      const chats = await iterate<Chat>(lynne.adapter, first, createChatCollectionResponseFromDiscriminatorValue);
      expect(chats.map((chat) => chat.id)).toEqual([...created].reverse());
      // The SDK addresses /me as /users/TokenToReplace; the Graph middleware rewrites it.
      expect(lynne.sent[0]?.url).toBe(`${https.server.baseUrl}/me/chats?$top=2`);
      expect(lynne.sent.map((r) => r.url.startsWith(`${https.server.baseUrl}/me/chats?`))).toEqual([true, true, true]);
    });

    it("filters and expands as Graph documents ($filter on topic, $expand=members)", async () => {
      const page = await lynne.client.me.chats.get({ queryParameters: { filter: "topic eq 'Lynne 3'", expand: ["members"] } });
      expect(page?.value?.map((chat) => chat.topic)).toEqual(["Lynne 3"]);
      expect(page?.value?.[0]?.members?.filter(isAadMember).map((m) => m.userId)).toEqual([LYNNE, ISAIAH, MEGAN]);
    });
  });

  describe("listUserChats", () => {
    it("pages /users/{userId}/chats with $top and PageIterator", async () => {
      const first = await lynne.client.users.byUserId(LYNNE).chats.get({ queryParameters: { top: 3 } });
      expect(first?.value).toHaveLength(3);
      const chats = await iterate<Chat>(lynne.adapter, first, createChatCollectionResponseFromDiscriminatorValue);
      expect(new Set(chats.map((chat) => chat.id))).toEqual(new Set(created));
    });

    it("throws an ODataError with code Forbidden for another user's chats with a delegated token", async () => {
      const error = await odataError(lynne.client.users.byUserId(JACOB).chats.get());
      expect(error.responseStatusCode).toBe(403);
      expect(error.errorEscaped?.code).toBe("Forbidden");
    });
  });
});

describe("updateChat", () => {
  it("renames a group chat", async () => {
    const chatId = await createGroup(jacob, "Before", [JACOB, ALEX]);
    const updated = await jacob.client.chats.byChatId(chatId).patch({ topic: "After" });
    expect(updated?.id).toBe(chatId);
    expect(updated?.topic).toBe("After");
    expect((await alex.client.chats.byChatId(chatId).get())?.topic).toBe("After");
  });

  it("throws an ODataError with code Forbidden and status 403 without Chat.ReadWrite", async () => {
    const chatId = await createGroup(jacob, "Read only", [JACOB, ALEX]);
    const reader = await clientFor(JACOB, "Chat.Read");
    const error = await odataError(reader.client.chats.byChatId(chatId).patch({ topic: "Nope" }));
    expect(error.responseStatusCode).toBe(403);
    expect(error.errorEscaped?.code).toBe("Forbidden");
  });
});

describe("hideChatForUser", () => {
  it("hides the chat for the caller only (204, viewpoint.isHidden)", async () => {
    const chatId = await createGroup(jacob, "Hide me", [JACOB, ALEX]);
    const chat = jacob.client.chats.byChatId(chatId);
    await expect(chat.hideForUser.post({ user: caller(JACOB) })).resolves.toBeUndefined();
    expect(lastStatus(jacob)).toBe(204);
    expect((await chat.get())?.viewpoint?.isHidden).toBe(true);
    expect((await alex.client.chats.byChatId(chatId).get())?.viewpoint?.isHidden).toBe(false);
  });
});

describe("unhideChatForUser", () => {
  it("unhides a hidden chat (204, viewpoint.isHidden false again)", async () => {
    const chatId = await createGroup(jacob, "Unhide me", [JACOB, ALEX]);
    const chat = jacob.client.chats.byChatId(chatId);
    await chat.hideForUser.post({ user: caller(JACOB) });
    expect((await chat.get())?.viewpoint?.isHidden).toBe(true);
    await expect(chat.unhideForUser.post({ user: caller(JACOB) })).resolves.toBeUndefined();
    expect(lastStatus(jacob)).toBe(204);
    expect((await chat.get())?.viewpoint?.isHidden).toBe(false);
  });
});

describe("markChatReadForUser", () => {
  it("marks the chat read now (204, viewpoint.lastMessageReadDateTime)", async () => {
    const chatId = await createGroup(jacob, "Read mark", [JACOB, ALEX]);
    await send(alex, chatId, "Unread so far");
    const chat = jacob.client.chats.byChatId(chatId);
    const before = Date.now();
    await expect(chat.markChatReadForUser.post({ user: caller(JACOB) })).resolves.toBeUndefined();
    expect(lastStatus(jacob)).toBe(204);
    const read = (await chat.get())?.viewpoint?.lastMessageReadDateTime;
    expect(read).toBeInstanceOf(Date);
    expect(read?.getTime()).toBeGreaterThanOrEqual(before - 1_000);
  });
});

describe("markChatUnreadForUser", () => {
  it("marks the chat unread from the given lastMessageReadDateTime (chat-markchatunreadforuser.md)", async () => {
    const chatId = await createGroup(jacob, "Unread mark", [JACOB, ALEX]);
    await send(alex, chatId, "Read, then unread");
    const chat = jacob.client.chats.byChatId(chatId);
    await chat.markChatReadForUser.post({ user: caller(JACOB) });
    const lastMessageReadDateTime = new Date("2021-05-27T22:13:01.577Z");
    await expect(chat.markChatUnreadForUser.post({ user: caller(JACOB), lastMessageReadDateTime })).resolves.toBeUndefined();
    expect(lastStatus(jacob)).toBe(204);
    expect((await chat.get())?.viewpoint?.lastMessageReadDateTime).toEqual(lastMessageReadDateTime);
  });
});

/** The chat's members' user ids, in the order the server lists them. */
async function memberIds(chatId: string): Promise<(string | null | undefined)[]> {
  const page = await jacob.client.chats.byChatId(chatId).members.get();
  return (page?.value ?? []).filter(isAadMember).map((m) => m.userId);
}

describe("addChatMember", () => {
  it("adds a member with all history visible (201) and returns it typed", async () => {
    const chatId = await createGroup(jacob, "Add one", [JACOB, ALEX]);
    const added = await jacob.client.chats
      .byChatId(chatId)
      .members.post({ ...aadMember(ADELE), visibleHistoryStartDateTime: new Date("0001-01-01T00:00:00Z") });
    expect(lastStatus(jacob)).toBe(201);
    expect(isAadMember(added ?? undefined)).toBe(true);
    expect(added).toMatchObject({ userId: ADELE, displayName: "Adele Vance", roles: ["owner"] });
    expect(added?.id).toEqual(expect.any(String));
    expect(await memberIds(chatId)).toEqual([JACOB, ALEX, ADELE]);
  });

  it("throws an ODataError with code Conflict and status 409 for a member already there", async () => {
    const chatId = await createGroup(jacob, "Add twice", [JACOB, ALEX]);
    const error = await odataError(jacob.client.chats.byChatId(chatId).members.post(aadMember(ALEX)));
    expect(error.responseStatusCode).toBe(409);
    expect(error.errorEscaped?.code).toBe("Conflict");
  });
});

describe("listChatMembers", () => {
  it("lists the members in the order they joined, with @odata.count", async () => {
    const chatId = await createGroup(jacob, "List members", [JACOB, ALEX, MEGAN]);
    const page = await jacob.client.chats.byChatId(chatId).members.get();
    const members = (page?.value ?? []).filter(isAadMember);
    expect(members.map((m) => [m.userId, m.displayName, m.roles])).toEqual([
      [JACOB, "Jacob Hancock", ["owner"]],
      [ALEX, "Alex Wilber", ["owner"]],
      [MEGAN, "Megan Bowen", ["owner"]],
    ]);
    expect(page?.odataCount).toBe(3);
  });

  it("lists through /users/{userId}/chats/{chatId}/members", async () => {
    const chatId = await createGroup(jacob, "List members by user", [JACOB, ALEX]);
    jacob.sent.length = 0;
    const page = await jacob.client.users.byUserId(JACOB).chats.byChatId(chatId).members.get();
    expect((page?.value ?? []).filter(isAadMember).map((m) => m.userId)).toEqual([JACOB, ALEX]);
    expect(jacob.sent.map((r) => r.url)).toEqual([`${https.server.baseUrl}/users/${JACOB}/chats/${encodeURIComponent(chatId)}/members`]);
  });
});

describe("getChatMember", () => {
  let chatId: string;
  let memberships: string[];
  beforeAll(async () => {
    chatId = await createGroup(jacob, "Get member", [JACOB, ALEX]);
    const page = await jacob.client.chats.byChatId(chatId).members.get();
    memberships = (page?.value ?? []).map((m) => required(m.id, "membership id"));
  });

  it("gets one member by its membership id", async () => {
    const member = await jacob.client.chats.byChatId(chatId).members.byConversationMemberId(required(memberships[1], "id")).get();
    expect(isAadMember(member ?? undefined)).toBe(true);
    expect(member).toMatchObject({ id: memberships[1], userId: ALEX, email: "alex@contoso.com", tenantId: TENANT });
  });

  it("gets one through /users/{userId}/chats/{chatId}/members/{membershipId}", async () => {
    const alias = jacob.client.users.byUserId(JACOB).chats.byChatId(chatId).members;
    expect(await alias.byConversationMemberId(required(memberships[0], "id")).get()).toMatchObject({ userId: JACOB });
  });

  it("throws an ODataError with code NotFound for an unknown membership id", async () => {
    const error = await odataError(jacob.client.chats.byChatId(chatId).members.byConversationMemberId("bm9wZQ==").get());
    expect(error.responseStatusCode).toBe(404);
    expect(error.errorEscaped?.code).toBe("NotFound");
  });
});

describe("removeChatMember", () => {
  it("removes a member (204, no result) so it is no longer listed", async () => {
    const chatId = await createGroup(jacob, "Remove one", [JACOB, ALEX, ADELE]);
    const members = (await jacob.client.chats.byChatId(chatId).members.get())?.value ?? [];
    const adele = members.filter(isAadMember).find((m) => m.userId === ADELE);
    const removal = jacob.client.chats.byChatId(chatId).members.byConversationMemberId(required(adele?.id, "id")).delete();
    await expect(removal).resolves.toBeUndefined();
    expect(lastStatus(jacob)).toBe(204);
    expect(await memberIds(chatId)).toEqual([JACOB, ALEX]);
  });
});

/** A user to remove in bulk: only `@odata.type` and `user@odata.bind` (conversationmember-remove.md). */
const memberToRemove = (user: string): ConversationMember => ({ odataType: AAD_MEMBER, additionalData: { "user@odata.bind": bind(user) } });

describe("addChatMembers", () => {
  it("adds several members at once (200, a result per user with no error)", async () => {
    const chatId = await createGroup(jacob, "Bulk add", [JACOB, ALEX]);
    const result = await jacob.client.chats.byChatId(chatId).members.add.post({ values: [aadMember(MEGAN, []), aadMember(ADELE)] });
    expect(lastStatus(jacob)).toBe(200);
    const parts = (result?.value ?? []).filter(isMemberResult);
    // Kiota reads `"error": null` as an empty error object, so "no error" is "no code".
    expect(parts.map((p) => [p.userId, p.errorEscaped?.code ?? null])).toEqual([
      [MEGAN, null],
      [ADELE, null],
    ]);
    expect(await memberIds(chatId)).toEqual([JACOB, ALEX, MEGAN, ADELE]);
  });

  it("reports a member already there as a Conflict result in a 207", async () => {
    const chatId = await createGroup(jacob, "Bulk add again", [JACOB, ALEX]);
    const result = await jacob.client.chats.byChatId(chatId).members.add.post({ values: [aadMember(ALEX), aadMember(ISAIAH)] });
    expect(lastStatus(jacob)).toBe(207);
    const parts = (result?.value ?? []).filter(isMemberResult);
    expect(parts.map((p) => [p.userId, p.errorEscaped?.code ?? null])).toEqual([
      [ALEX, "Conflict"],
      [ISAIAH, null],
    ]);
  });
});

describe("removeChatMembers", () => {
  it("removes several members at once (204, no result)", async () => {
    const chatId = await createGroup(jacob, "Bulk remove", [JACOB, ALEX, MEGAN, ADELE]);
    const removal = jacob.client.chats.byChatId(chatId).members.remove.post({ values: [memberToRemove(MEGAN), memberToRemove(ADELE)] });
    await expect(removal).resolves.toBeUndefined();
    expect(lastStatus(jacob)).toBe(204);
    expect(await memberIds(chatId)).toEqual([JACOB, ALEX]);
  });

  it("reports a user who is not a member as a NotFound result in a 207", async () => {
    const chatId = await createGroup(jacob, "Bulk remove again", [JACOB, ALEX, ISAIAH]);
    const result = await jacob.client.chats
      .byChatId(chatId)
      .members.remove.post({ values: [memberToRemove(ISAIAH), memberToRemove(MEGAN)] });
    expect(lastStatus(jacob)).toBe(207);
    const parts = (result?.value ?? []).filter(isMemberResult);
    expect(parts.map((p) => [p.userId, p.errorEscaped?.code ?? null])).toEqual([
      [ISAIAH, null],
      [MEGAN, "NotFound"],
    ]);
  });
});

describe("sendChatMessage", () => {
  let chatId: string;
  beforeAll(async () => {
    chatId = await createGroup(jacob, "Messages", [JACOB, ALEX]);
  });

  it("sends a text message (chat-post-messages.md) and gets it back typed", async () => {
    const message = await send(jacob, chatId, "Hello world");
    expect(lastStatus(jacob)).toBe(201);
    expect(message.id).toMatch(/^\d+$/);
    expect(message.chatId).toBe(chatId);
    expect(message.messageType).toBe("message");
    expect(message.body).toMatchObject({ contentType: "text", content: "Hello world" });
    expect(message.from?.user?.id).toBe(JACOB);
    expect(message.createdDateTime).toBeInstanceOf(Date);
  });

  it("sends an html message", async () => {
    const message = await jacob.client.chats
      .byChatId(chatId)
      .messages.post({ body: { contentType: "html", content: "<p><b>Hello</b> world</p>" } });
    expect(message?.body).toMatchObject({ contentType: "html", content: "<p><b>Hello</b> world</p>" });
  });

  it("sends an @mention (chatmessage-post.md example 2) and returns mentions[0].mentioned.user", async () => {
    const message = await jacob.client.chats.byChatId(chatId).messages.post({
      body: { contentType: "html", content: MENTION.content },
      mentions: [
        { id: 0, mentionText: MENTION.mentionText, mentioned: { user: { displayName: MENTION.displayName, id: MENTION.userId } } },
      ],
    });
    expect(message?.body?.content).toBe(MENTION.content);
    expect(message?.mentions).toHaveLength(1);
    expect(message?.mentions?.[0]).toMatchObject({ id: 0, mentionText: MENTION.mentionText });
    expect(message?.mentions?.[0]?.mentioned?.user?.id).toBe(ALEX);
  });

  it("sends an adaptive card with its images (chatmessage-post.md example 6) and returns the attachment", async () => {
    const message = await jacob.client.chats.byChatId(chatId).messages.post({
      body: { contentType: "html", content: CARD_BODY_HTML },
      attachments: [{ id: CARD_ATTACHMENT_ID, contentType: "application/vnd.microsoft.card.adaptive", content: ADAPTIVE_CARD_CONTENT }],
      hostedContents: ["1", "2"].map((temporaryId) => ({
        contentBytes: pngBytes(),
        contentType: "image/png",
        additionalData: { "@microsoft.graph.temporaryId": temporaryId },
      })),
    });
    expect(message?.body?.content).toBe(CARD_BODY_HTML);
    expect(message?.attachments?.[0]).toMatchObject({ id: CARD_ATTACHMENT_ID, contentType: "application/vnd.microsoft.card.adaptive" });
    const card = JSON.parse(message?.attachments?.[0]?.content ?? "{}") as { type?: string };
    expect(card.type).toBe("AdaptiveCard");
  });

  it("sends an inline image as hostedContents (chatmessage-post.md example 5) and references its stored id", async () => {
    const message = await jacob.client.chats.byChatId(chatId).messages.post({
      body: { contentType: "html", content: INLINE_IMAGE_HTML },
      hostedContents: [{ contentBytes: pngBytes(), contentType: "image/png", additionalData: { "@microsoft.graph.temporaryId": "1" } }],
    });
    const ids = hostedContentIds(message?.body?.content);
    expect(ids).toHaveLength(1);
    expect(ids[0]).not.toBe("1");
  });

  it("sends through /me/chats/{chatId}/messages", async () => {
    const message = await alex.client.me.chats.byChatId(chatId).messages.post({ body: { content: "Via me" } });
    expect(message?.from?.user?.id).toBe(ALEX);
    expect(alex.sent.at(-1)?.url).toBe(`${https.server.baseUrl}/me/chats/${encodeURIComponent(chatId)}/messages`);
  });

  it("throws an ODataError with code Forbidden when a non-member sends", async () => {
    const outsider = await clientFor(ISAIAH);
    const error = await odataError(send(outsider, chatId, "Let me in"));
    expect(error.responseStatusCode).toBe(403);
    expect(error.errorEscaped?.code).toBe("Forbidden");
  });
});

describe("a chat with three messages", () => {
  let chatId: string;
  const sent: ChatMessage[] = [];
  beforeAll(async () => {
    chatId = await createGroup(jacob, "History", [JACOB, ALEX]);
    for (const text of ["one", "two", "three"]) {
      sent.push(await send(jacob, chatId, text));
      await tick();
    }
  });

  const sentAt = (index: number): string => required(sent[index]?.lastModifiedDateTime, "lastModifiedDateTime").toISOString();

  describe("listChatMessages", () => {
    it("pages the messages newest first with $top and PageIterator (chat-list-messages.md example 1)", async () => {
      const first = await alex.client.chats.byChatId(chatId).messages.get({ queryParameters: { top: 2 } });
      expect(first?.value?.map((m) => m.body?.content)).toEqual(["three", "two"]);
      const all = await iterate<ChatMessage>(alex.adapter, first, createChatMessageCollectionResponseFromDiscriminatorValue);
      expect(all.map((m) => m.body?.content)).toEqual(["three", "two", "one"]);
    });

    it("orders by createdDateTime desc with $orderby (chat-list-messages.md example 3)", async () => {
      const page = await alex.client.chats
        .byChatId(chatId)
        .messages.get({ queryParameters: { top: 2, orderby: ["createdDateTime desc"] } });
      expect(page?.value?.map((m) => m.body?.content)).toEqual(["three", "two"]);
    });

    it("carries @odata.count, the number of messages in all", async () => {
      const page = await alex.client.chats.byChatId(chatId).messages.get({ queryParameters: { top: 1 } });
      expect(page?.value).toHaveLength(1);
      expect(page?.odataCount).toBe(3);
    });

    it("filters on a lastModifiedDateTime range with $orderby=lastModifiedDateTime desc (chat-list-messages.md example 4)", async () => {
      const page = await alex.client.chats.byChatId(chatId).messages.get({
        queryParameters: {
          top: 2,
          orderby: ["lastModifiedDateTime desc"],
          filter: `lastModifiedDateTime gt ${sentAt(0)} and lastModifiedDateTime lt ${sentAt(2)}`,
        },
      });
      expect(page?.value?.map((m) => m.body?.content)).toEqual(["two"]);
    });

    it("lists through /me/chats/{chatId}/messages", async () => {
      const page = await alex.client.me.chats.byChatId(chatId).messages.get();
      expect(page?.value?.map((m) => m.body?.content)).toEqual(["three", "two", "one"]);
    });
  });

  describe("getChatMessage", () => {
    it("gets one message by id", async () => {
      const id = required(sent[1]?.id, "message id");
      const message = await alex.client.chats.byChatId(chatId).messages.byChatMessageId(id).get();
      expect(message).toMatchObject({ id, chatId, body: { contentType: "text", content: "two" } });
      expect(message?.from?.user?.id).toBe(JACOB);
    });

    it("gets one through /me/chats/{chatId}/messages/{messageId}", async () => {
      const id = required(sent[2]?.id, "message id");
      expect(await alex.client.me.chats.byChatId(chatId).messages.byChatMessageId(id).get()).toMatchObject({
        id,
        body: { content: "three" },
      });
    });

    it("throws an ODataError with code NotFound for an unknown message", async () => {
      const error = await odataError(alex.client.chats.byChatId(chatId).messages.byChatMessageId("1").get());
      expect(error.responseStatusCode).toBe(404);
      expect(error.errorEscaped?.code).toBe("NotFound");
    });
  });
});

function pngBytes(): ArrayBuffer {
  const bytes = Buffer.from(PNG_BASE64, "base64");
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
