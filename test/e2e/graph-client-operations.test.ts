// Microsoft's @microsoft/microsoft-graph-client 3.0.7, unmodified, against the server over HTTPS,
// for every chat operation: the calls Graph's documentation shows in its JavaScript tabs (raw chat
// ids in the path, OData options through the fluent methods), checked against what comes back.
// How the client trusts the development certificate: official-client.ts.
import { GraphError, PageIterator, ResponseType, type Client } from "@microsoft/microsoft-graph-client";
import type { components, Readable } from "../../generated/schema.js";
import { officialClient, type OfficialClient } from "./official-client.js";
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

type Schemas = components["schemas"];
type Chat = Readable<Schemas["chatEntityResponse"]>;
type ChatPage = Readable<Schemas["chatCollectionResponse"]>;
type Member = Readable<Schemas["memberEntityResponse"]>;
type MemberPage = Readable<Schemas["conversationMemberCollectionResponse"]>;
type MemberResults = Readable<Schemas["actionResultPartCollectionResponse"]>;
type Message = Readable<Schemas["messageEntityResponse"]>;
type MessagePage = Readable<Schemas["chatMessageCollectionResponse"]> & { "@odata.count"?: number };

const AAD_MEMBER = "#microsoft.graph.aadUserConversationMember";

let https: HttpsServer;
let jacob: OfficialClient;
let alex: OfficialClient;

const clientFor = async (user: string, scopes?: string, options?: { trustHost?: boolean }): Promise<OfficialClient> =>
  officialClient(https.server.baseUrl, https.cert, await userToken(user, scopes), options);

beforeAll(async () => {
  https = await startHttpsServer();
  jacob = await clientFor(JACOB);
  alex = await clientFor(ALEX);
}, 30_000);

afterAll(async () => {
  await https?.server.stop();
});

const aadMember = (user: string, roles: string[] = ["owner"]) => ({ "@odata.type": AAD_MEMBER, roles, "user@odata.bind": bind(user) });

async function createGroup(client: OfficialClient, topic: string, users: string[]): Promise<string> {
  const chat = (await client.client
    .api("/chats")
    .post({ chatType: "group", topic, members: users.map((user) => aadMember(user)) })) as Chat;
  return chat.id;
}

function send(client: OfficialClient, chatId: string, content: string): Promise<Message> {
  return client.client.api(`/chats/${chatId}/messages`).post({ body: { content } }) as Promise<Message>;
}

/** What the client threw: a GraphError carrying the status and the envelope's code. */
async function graphError(promise: Promise<unknown>): Promise<GraphError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(GraphError);
    return error as GraphError;
  }
  throw new Error("the request succeeded, but it should have failed");
}

/** Every item of every page, following `@odata.nextLink` with the client's PageIterator. */
async function iterate<T>(client: Client, first: { value: T[]; "@odata.nextLink"?: string }): Promise<T[]> {
  const seen: T[] = [];
  const iterator = new PageIterator(client, first, (item: T) => seen.push(item) > 0);
  await iterator.iterate();
  expect(iterator.isComplete()).toBe(true);
  return seen;
}

describe("createChat", () => {
  it("creates a group chat from members bound by user@odata.bind", async () => {
    const chat = (await jacob.client
      .api("/chats")
      .post({ chatType: "group", topic: "Client group", members: [aadMember(JACOB), aadMember(ALEX)] })) as Chat;
    expect(chat.id).toMatch(/^19:[0-9a-f]{32}@thread\.v2$/);
    expect(chat).toMatchObject({ chatType: "group", topic: "Client group", tenantId: TENANT });
    expect(chat["@odata.context"]).toBe(`${https.server.baseUrl}/$metadata#chats/$entity`);
  });

  it("returns the existing oneOnOne chat when it is created again", async () => {
    const body = { chatType: "oneOnOne", members: [aadMember(JACOB), aadMember(ADELE)] };
    const first = (await jacob.client.api("/chats").post(body)) as Chat;
    const again = (await jacob.client.api("/chats").post(body)) as Chat;
    expect(first.id).toBe(`19:${JACOB}_${ADELE}@unq.gbl.spaces`);
    expect(again.id).toBe(first.id);
  });

  it("throws a GraphError with code BadRequest and status 400 for a topic on a oneOnOne chat", async () => {
    const error = await graphError(
      jacob.client.api("/chats").post({ chatType: "oneOnOne", topic: "No", members: [aadMember(JACOB), aadMember(MEGAN)] }),
    );
    expect(error).toMatchObject({ statusCode: 400, code: "BadRequest", message: "Setting topic is not allowed for 1-on-1 chats." });
  });
});

describe("getChat", () => {
  let chatId: string;
  beforeAll(async () => {
    chatId = await createGroup(jacob, "Read me", [JACOB, ALEX, MEGAN]);
  });

  it("reads a chat by its raw id with its members ($expand=members)", async () => {
    jacob.requested.length = 0;
    const chat = (await jacob.client.api(`/chats/${chatId}`).expand("members").get()) as Chat;
    expect(chat.id).toBe(chatId);
    expect(chat.viewpoint?.isHidden).toBe(false);
    expect(chat.members?.map((m) => [m["@odata.type"], m.userId, m.displayName])).toEqual([
      [AAD_MEMBER, JACOB, "Jacob Hancock"],
      [AAD_MEMBER, ALEX, "Alex Wilber"],
      [AAD_MEMBER, MEGAN, "Megan Bowen"],
    ]);
    expect(jacob.requested).toEqual([`${https.server.baseUrl}/chats/${chatId}?$expand=members`]);
  });

  it("throws a GraphError with code NotFound, status 404 and the request id for an unknown chat", async () => {
    const error = await graphError(jacob.client.api("/chats/19:00000000000000000000000000000000@thread.v2").get());
    expect(error).toMatchObject({ statusCode: 404, code: "NotFound" });
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("throws a GraphError with code Forbidden and status 403 for a chat the caller is not in", async () => {
    const outsider = await clientFor(ISAIAH);
    expect(await graphError(outsider.client.api(`/chats/${chatId}`).get())).toMatchObject({ statusCode: 403, code: "Forbidden" });
  });
});

describe("chat lists", () => {
  let lynne: OfficialClient;
  const created: string[] = [];
  beforeAll(async () => {
    // Lynne is in no other test's chats, so her list is exactly these five.
    lynne = await clientFor(LYNNE);
    for (let i = 1; i <= 5; i++) created.push(await createGroup(lynne, `Lynne ${i}`, [LYNNE, ISAIAH, MEGAN]));
  });

  describe("listChats", () => {
    it("lists the signed-in user's chats at /chats, newest first, with @odata.count", async () => {
      const page = (await lynne.client.api("/chats").get()) as ChatPage;
      expect(page["@odata.count"]).toBe(5);
      expect(page.value.map((chat) => chat.id)).toEqual([...created].reverse());
      expect(page["@odata.nextLink"]).toBeUndefined();
    });
  });

  describe("listMyChats", () => {
    it("pages /me/chats with top() and PageIterator through every @odata.nextLink", async () => {
      lynne.requested.length = 0;
      const first = (await lynne.client.api("/me/chats").top(2).get()) as ChatPage;
      expect(first.value).toHaveLength(2);
      expect(first["@odata.count"]).toBe(5);
      const chats = await iterate(lynne.client, first);
      expect(chats.map((chat) => chat.id)).toEqual([...created].reverse());
      expect(lynne.requested.map((url) => url.startsWith(`${https.server.baseUrl}/me/chats?`))).toEqual([true, true, true]);
    });

    it("filters and expands as Graph documents (filter() on topic, expand('members'))", async () => {
      const page = (await lynne.client.api("/me/chats").filter("topic eq 'Lynne 3'").expand("members").get()) as ChatPage;
      expect(page.value.map((chat) => chat.topic)).toEqual(["Lynne 3"]);
      expect(page.value[0]?.members?.map((m) => m.userId)).toEqual([LYNNE, ISAIAH, MEGAN]);
    });
  });

  describe("listUserChats", () => {
    it("pages /users/{userId}/chats with top() and PageIterator", async () => {
      const first = (await lynne.client.api(`/users/${LYNNE}/chats`).top(3).get()) as ChatPage;
      expect(first.value).toHaveLength(3);
      const chats = await iterate(lynne.client, first);
      expect(new Set(chats.map((chat) => chat.id))).toEqual(new Set(created));
    });

    it("throws a GraphError with code Forbidden for another user's chats with a delegated token", async () => {
      expect(await graphError(lynne.client.api(`/users/${JACOB}/chats`).get())).toMatchObject({ statusCode: 403, code: "Forbidden" });
    });
  });
});

describe("updateChat", () => {
  it("renames a group chat (chat-patch.md)", async () => {
    const chatId = await createGroup(jacob, "Before", [JACOB, ALEX]);
    const updated = (await jacob.client.api(`/chats/${chatId}`).update({ topic: "Group chat title update" })) as Chat;
    expect(updated).toMatchObject({ id: chatId, topic: "Group chat title update" });
    expect(((await alex.client.api(`/chats/${chatId}`).get()) as Chat).topic).toBe("Group chat title update");
  });

  it("throws a GraphError with code Forbidden and status 403 without Chat.ReadWrite", async () => {
    const chatId = await createGroup(jacob, "Read only", [JACOB, ALEX]);
    const reader = await clientFor(JACOB, "Chat.Read");
    expect(await graphError(reader.client.api(`/chats/${chatId}`).update({ topic: "Nope" }))).toMatchObject({
      statusCode: 403,
      code: "Forbidden",
    });
  });
});

/** The chat as its viewer sees it, for `viewpoint`. */
const viewpoint = async (client: OfficialClient, chatId: string) => ((await client.client.api(`/chats/${chatId}`).get()) as Chat).viewpoint;
/** The body of hideForUser, unhideForUser and the read marks, as the docs send it. */
const jacobUser = { id: JACOB, tenantId: TENANT };

describe("hideChatForUser", () => {
  it("hides the chat for the caller only (204, viewpoint.isHidden)", async () => {
    const chatId = await createGroup(jacob, "Hide me", [JACOB, ALEX]);
    await expect(jacob.client.api(`/chats/${chatId}/hideForUser`).post({ user: jacobUser })).resolves.toBeUndefined();
    expect((await viewpoint(jacob, chatId))?.isHidden).toBe(true);
    expect((await viewpoint(alex, chatId))?.isHidden).toBe(false);
  });
});

describe("unhideChatForUser", () => {
  it("unhides a hidden chat (204, viewpoint.isHidden false again)", async () => {
    const chatId = await createGroup(jacob, "Unhide me", [JACOB, ALEX]);
    await jacob.client.api(`/chats/${chatId}/hideForUser`).post({ user: jacobUser });
    expect((await viewpoint(jacob, chatId))?.isHidden).toBe(true);
    await expect(jacob.client.api(`/chats/${chatId}/unhideForUser`).post({ user: jacobUser })).resolves.toBeUndefined();
    expect((await viewpoint(jacob, chatId))?.isHidden).toBe(false);
  });
});

describe("markChatReadForUser", () => {
  it("marks the chat read now (204, viewpoint.lastMessageReadDateTime)", async () => {
    const chatId = await createGroup(jacob, "Read mark", [JACOB, ALEX]);
    await send(alex, chatId, "Unread so far");
    const before = Date.now();
    await expect(jacob.client.api(`/chats/${chatId}/markChatReadForUser`).post({ user: jacobUser })).resolves.toBeUndefined();
    expect(Date.parse((await viewpoint(jacob, chatId))?.lastMessageReadDateTime ?? "")).toBeGreaterThanOrEqual(before - 1_000);
  });
});

describe("markChatUnreadForUser", () => {
  it("marks the chat unread from the given lastMessageReadDateTime (chat-markchatunreadforuser.md)", async () => {
    const chatId = await createGroup(jacob, "Unread mark", [JACOB, ALEX]);
    await send(alex, chatId, "Read, then unread");
    await jacob.client.api(`/chats/${chatId}/markChatReadForUser`).post({ user: jacobUser });
    const unmark = jacob.client
      .api(`/chats/${chatId}/markChatUnreadForUser`)
      .post({ user: jacobUser, lastMessageReadDateTime: "2021-05-27T22:13:01.577Z" });
    await expect(unmark).resolves.toBeUndefined();
    expect(Date.parse((await viewpoint(jacob, chatId))?.lastMessageReadDateTime ?? "")).toBe(Date.parse("2021-05-27T22:13:01.577Z"));
  });
});

/** The chat's members' user ids, in the order the server lists them. */
async function memberIds(chatId: string): Promise<(string | null)[]> {
  return ((await jacob.client.api(`/chats/${chatId}/members`).get()) as MemberPage).value.map((m) => m.userId);
}

describe("addChatMember", () => {
  it("adds a member with all history visible (chat-post-members.md example 3): 201 with Location", async () => {
    const chatId = await createGroup(jacob, "Add one", [JACOB, ALEX]);
    const response = (await jacob.client
      .api(`/chats/${chatId}/members`)
      .responseType(ResponseType.RAW)
      .post({
        "@odata.type": AAD_MEMBER,
        "user@odata.bind": `https://graph.microsoft.com/v1.0/users/${ADELE}`,
        visibleHistoryStartDateTime: "0001-01-01T00:00:00Z",
        roles: ["owner"],
      })) as Response;
    expect(response.status).toBe(201);
    const added = (await response.json()) as Member;
    expect(response.headers.get("location")).toContain(`/members/${added.id}`);
    expect(added).toMatchObject({ "@odata.type": AAD_MEMBER, userId: ADELE, displayName: "Adele Vance", roles: ["owner"] });
    expect(await memberIds(chatId)).toEqual([JACOB, ALEX, ADELE]);
  });

  it("throws a GraphError with code Conflict and status 409 for a member already there", async () => {
    const chatId = await createGroup(jacob, "Add twice", [JACOB, ALEX]);
    expect(await graphError(jacob.client.api(`/chats/${chatId}/members`).post(aadMember(ALEX)))).toMatchObject({
      statusCode: 409,
      code: "Conflict",
    });
  });
});

describe("listChatMembers", () => {
  it("lists the members in the order they joined, with @odata.count", async () => {
    const chatId = await createGroup(jacob, "List members", [JACOB, ALEX, MEGAN]);
    const page = (await jacob.client.api(`/chats/${chatId}/members`).get()) as MemberPage;
    expect(page.value.map((m) => [m["@odata.type"], m.userId, m.displayName, m.roles])).toEqual([
      [AAD_MEMBER, JACOB, "Jacob Hancock", ["owner"]],
      [AAD_MEMBER, ALEX, "Alex Wilber", ["owner"]],
      [AAD_MEMBER, MEGAN, "Megan Bowen", ["owner"]],
    ]);
    expect(page["@odata.count"]).toBe(3);
  });

  it("lists through /users/{userId}/chats/{chatId}/members", async () => {
    const chatId = await createGroup(jacob, "List members by user", [JACOB, ALEX]);
    const page = (await jacob.client.api(`/users/${JACOB}/chats/${chatId}/members`).get()) as MemberPage;
    expect(page.value.map((m) => m.userId)).toEqual([JACOB, ALEX]);
  });
});

describe("getChatMember", () => {
  let chatId: string;
  let memberships: string[];
  beforeAll(async () => {
    chatId = await createGroup(jacob, "Get member", [JACOB, ALEX]);
    memberships = ((await jacob.client.api(`/chats/${chatId}/members`).get()) as MemberPage).value.map((m) => m.id);
  });

  it("gets one member by its membership id", async () => {
    const member = (await jacob.client.api(`/chats/${chatId}/members/${memberships[1] ?? ""}`).get()) as Member;
    expect(member).toMatchObject({ id: memberships[1], userId: ALEX, email: "alex@contoso.com", tenantId: TENANT });
  });

  it("gets one through /users/{userId}/chats/{chatId}/members/{membershipId}", async () => {
    const member = (await jacob.client.api(`/users/${JACOB}/chats/${chatId}/members/${memberships[0] ?? ""}`).get()) as Member;
    expect(member.userId).toBe(JACOB);
  });

  it("throws a GraphError with code NotFound for an unknown membership id", async () => {
    expect(await graphError(jacob.client.api(`/chats/${chatId}/members/bm9wZQ==`).get())).toMatchObject({
      statusCode: 404,
      code: "NotFound",
    });
  });
});

describe("removeChatMember", () => {
  it("removes a member (204) so it is no longer listed", async () => {
    const chatId = await createGroup(jacob, "Remove one", [JACOB, ALEX, ADELE]);
    const page = (await jacob.client.api(`/chats/${chatId}/members`).get()) as MemberPage;
    const adele = page.value.find((m) => m.userId === ADELE);
    await expect(jacob.client.api(`/chats/${chatId}/members/${adele?.id ?? ""}`).delete()).resolves.toBeUndefined();
    expect(await memberIds(chatId)).toEqual([JACOB, ALEX]);
  });
});

// conversationmembers-add.md and conversationmember-remove.md: `@odata.type` without the '#'.
const bulkMember = (user: string, roles?: string[]) => ({
  "@odata.type": "microsoft.graph.aadUserConversationMember",
  ...(roles && { roles }),
  "user@odata.bind": bind(user),
});

describe("addChatMembers", () => {
  it("adds several members at once (200, a result per user with error null)", async () => {
    const chatId = await createGroup(jacob, "Bulk add", [JACOB, ALEX]);
    const response = (await jacob.client
      .api(`/chats/${chatId}/members/add`)
      .responseType(ResponseType.RAW)
      .post({ values: [bulkMember(MEGAN, []), bulkMember(ADELE, ["owner"])] })) as Response;
    expect(response.status).toBe(200);
    const result = (await response.json()) as MemberResults;
    expect(result.value.map((r) => [r.userId, r.error])).toEqual([
      [MEGAN, null],
      [ADELE, null],
    ]);
    expect(await memberIds(chatId)).toEqual([JACOB, ALEX, MEGAN, ADELE]);
  });

  it("reports a member already there as a Conflict result in a 207", async () => {
    const chatId = await createGroup(jacob, "Bulk add again", [JACOB, ALEX]);
    const response = (await jacob.client
      .api(`/chats/${chatId}/members/add`)
      .responseType(ResponseType.RAW)
      .post({ values: [bulkMember(ALEX, []), bulkMember(ISAIAH, [])] })) as Response;
    expect(response.status).toBe(207);
    const result = (await response.json()) as MemberResults;
    expect(result.value.map((r) => [r.userId, r.error?.code ?? null])).toEqual([
      [ALEX, "Conflict"],
      [ISAIAH, null],
    ]);
  });
});

describe("removeChatMembers", () => {
  it("removes several members at once (204)", async () => {
    const chatId = await createGroup(jacob, "Bulk remove", [JACOB, ALEX, MEGAN, ADELE]);
    await expect(
      jacob.client.api(`/chats/${chatId}/members/remove`).post({ values: [bulkMember(MEGAN), bulkMember(ADELE)] }),
    ).resolves.toBeUndefined();
    expect(await memberIds(chatId)).toEqual([JACOB, ALEX]);
  });

  it("reports a user who is not a member as a NotFound result in a 207", async () => {
    const chatId = await createGroup(jacob, "Bulk remove again", [JACOB, ALEX, ISAIAH]);
    const response = (await jacob.client
      .api(`/chats/${chatId}/members/remove`)
      .responseType(ResponseType.RAW)
      .post({ values: [bulkMember(ISAIAH), bulkMember(MEGAN)] })) as Response;
    expect(response.status).toBe(207);
    const result = (await response.json()) as MemberResults;
    expect(result.value.map((r) => [r.userId, r.error?.code ?? null])).toEqual([
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

  it("sends a text message (chat-post-messages.md, its JavaScript tab): 201", async () => {
    const response = (await jacob.client
      .api(`/chats/${chatId}/messages`)
      .responseType(ResponseType.RAW)
      .post({ body: { content: "Hello world" } })) as Response;
    expect(response.status).toBe(201);
    const message = (await response.json()) as Message;
    expect(message.id).toMatch(/^\d+$/);
    expect(message).toMatchObject({ chatId, messageType: "message", body: { contentType: "text", content: "Hello world" } });
    expect(message.from.user?.id).toBe(JACOB);
    expect(message["@odata.context"]).toBe(`${https.server.baseUrl}/$metadata#chats('${encodeURIComponent(chatId)}')/messages/$entity`);
  });

  it("sends an html message", async () => {
    const message = (await jacob.client
      .api(`/chats/${chatId}/messages`)
      .post({ body: { contentType: "html", content: "<p><b>Hello</b> world</p>" } })) as Message;
    expect(message.body).toEqual({ contentType: "html", content: "<p><b>Hello</b> world</p>" });
  });

  it("sends an @mention (chatmessage-post.md example 2) and returns mentions[0].mentioned.user", async () => {
    const message = (await jacob.client.api(`/chats/${chatId}/messages`).post({
      body: { contentType: "html", content: MENTION.content },
      mentions: [
        {
          id: 0,
          mentionText: MENTION.mentionText,
          mentioned: { user: { displayName: MENTION.displayName, id: MENTION.userId, userIdentityType: "aadUser" } },
        },
      ],
    })) as Message;
    expect(message.body.content).toBe(MENTION.content);
    expect(message.mentions).toEqual([
      expect.objectContaining({
        id: 0,
        mentionText: MENTION.mentionText,
        mentioned: expect.objectContaining({ user: expect.objectContaining({ id: ALEX }) }),
      }),
    ]);
  });

  it("sends an adaptive card with its images (chatmessage-post.md example 6) and returns the attachment", async () => {
    const message = (await jacob.client.api(`/chats/${chatId}/messages`).post({
      subject: null,
      body: { contentType: "html", content: CARD_BODY_HTML },
      attachments: [
        {
          id: CARD_ATTACHMENT_ID,
          contentType: "application/vnd.microsoft.card.adaptive",
          contentUrl: null,
          content: ADAPTIVE_CARD_CONTENT,
        },
      ],
      hostedContents: ["1", "2"].map((temporaryId) => ({
        "@microsoft.graph.temporaryId": temporaryId,
        contentBytes: PNG_BASE64,
        contentType: "image/png",
      })),
    })) as Message;
    expect(message.body.content).toBe(CARD_BODY_HTML);
    expect(message.attachments).toEqual([
      expect.objectContaining({
        id: CARD_ATTACHMENT_ID,
        contentType: "application/vnd.microsoft.card.adaptive",
        content: expect.stringContaining('"AdaptiveCard"'),
      }),
    ]);
  });

  it("sends an inline image as hostedContents (chatmessage-post.md example 5) and references its stored id", async () => {
    const message = (await jacob.client.api(`/chats/${chatId}/messages`).post({
      body: { contentType: "html", content: INLINE_IMAGE_HTML },
      hostedContents: [{ "@microsoft.graph.temporaryId": "1", contentBytes: PNG_BASE64, contentType: "image/png" }],
    })) as Message;
    const ids = hostedContentIds(message.body.content);
    expect(ids).toHaveLength(1);
    expect(ids[0]).not.toBe("1");
  });

  it("sends through /me/chats/{chatId}/messages", async () => {
    const message = (await alex.client.api(`/me/chats/${chatId}/messages`).post({ body: { content: "Via me" } })) as Message;
    expect(message.from.user?.id).toBe(ALEX);
    expect(alex.requested.at(-1)).toBe(`${https.server.baseUrl}/me/chats/${chatId}/messages`);
  });

  it("throws a GraphError with code Forbidden when a non-member sends", async () => {
    const outsider = await clientFor(ISAIAH);
    expect(await graphError(send(outsider, chatId, "Let me in"))).toMatchObject({ statusCode: 403, code: "Forbidden" });
  });
});

describe("a chat with three messages", () => {
  let chatId: string;
  const sent: Message[] = [];
  beforeAll(async () => {
    chatId = await createGroup(jacob, "History", [JACOB, ALEX]);
    for (const text of ["one", "two", "three"]) {
      sent.push(await send(jacob, chatId, text));
      await tick();
    }
  });

  describe("listChatMessages", () => {
    it("pages the messages newest first with top() and PageIterator (chat-list-messages.md example 1)", async () => {
      const first = (await alex.client.api(`/chats/${chatId}/messages`).top(2).get()) as MessagePage;
      expect(first.value.map((m) => m.body.content)).toEqual(["three", "two"]);
      const all = await iterate(alex.client, first);
      expect(all.map((m) => m.body.content)).toEqual(["three", "two", "one"]);
    });

    it("orders by createdDateTime desc (chat-list-messages.md example 3)", async () => {
      const page = (await alex.client.api(`/chats/${chatId}/messages`).orderby("createdDateTime desc").top(2).get()) as MessagePage;
      expect(page.value.map((m) => m.body.content)).toEqual(["three", "two"]);
    });

    it("carries @odata.count, the number of messages in all", async () => {
      const page = (await alex.client.api(`/chats/${chatId}/messages`).top(1).get()) as MessagePage;
      expect(page.value).toHaveLength(1);
      expect(page["@odata.count"]).toBe(3);
    });

    it("filters on a lastModifiedDateTime range with orderby lastModifiedDateTime desc (chat-list-messages.md example 4)", async () => {
      const [first, , last] = sent.map((m) => m.lastModifiedDateTime);
      const page = (await alex.client
        .api(`/chats/${chatId}/messages`)
        .filter(`lastModifiedDateTime gt ${first ?? ""} and lastModifiedDateTime lt ${last ?? ""}`)
        .orderby("lastModifiedDateTime desc")
        .top(2)
        .get()) as MessagePage;
      expect(page.value.map((m) => m.body.content)).toEqual(["two"]);
    });

    it("lists through /me/chats/{chatId}/messages", async () => {
      const page = (await alex.client.api(`/me/chats/${chatId}/messages`).get()) as MessagePage;
      expect(page.value.map((m) => m.body.content)).toEqual(["three", "two", "one"]);
    });
  });

  describe("getChatMessage", () => {
    it("gets one message by id", async () => {
      const id = sent[1]?.id ?? "";
      const message = (await alex.client.api(`/chats/${chatId}/messages/${id}`).get()) as Message;
      expect(message).toMatchObject({ id, chatId, body: { contentType: "text", content: "two" } });
      expect(message.from.user?.id).toBe(JACOB);
    });

    it("gets one through /me/chats/{chatId}/messages/{messageId}", async () => {
      const id = sent[2]?.id ?? "";
      expect(await alex.client.api(`/me/chats/${chatId}/messages/${id}`).get()).toMatchObject({ id, body: { content: "three" } });
    });

    it("throws a GraphError with code NotFound for an unknown message", async () => {
      expect(await graphError(alex.client.api(`/chats/${chatId}/messages/1`).get())).toMatchObject({ statusCode: 404, code: "NotFound" });
    });
  });
});

describe("a message with an inline image", () => {
  let base = "";
  let hostedContentId = "";
  beforeAll(async () => {
    const chatId = await createGroup(jacob, "Images", [JACOB, ALEX]);
    const message = (await jacob.client.api(`/chats/${chatId}/messages`).post({
      body: { contentType: "html", content: INLINE_IMAGE_HTML },
      hostedContents: [{ "@microsoft.graph.temporaryId": "1", contentBytes: PNG_BASE64, contentType: "image/png" }],
    })) as Message;
    base = `/chats/${chatId}/messages/${message.id}/hostedContents`;
    hostedContentId = hostedContentIds(message.body.content)[0] ?? "";
  });

  describe("listChatMessageHostedContents", () => {
    it("lists the image by id, as chatmessage-list-hostedcontents.md example 3's snippet does", async () => {
      const hostedContents = (await alex.client.api(base).get()) as { "@odata.count": number; value: unknown[] };
      expect(hostedContents["@odata.count"]).toBe(1);
      expect(hostedContents.value).toEqual([{ id: hostedContentId, contentBytes: null, contentType: null }]);
    });
  });

  describe("getChatMessageHostedContent", () => {
    it("gets the image's entry, as chatmessagehostedcontent-get.md example 1's snippet does", async () => {
      const entry = await alex.client.api(`${base}/${hostedContentId}`).get();
      expect(entry).toMatchObject({ id: hostedContentId, contentBytes: null, contentType: null });
    });
  });

  describe("getChatMessageHostedContentValue", () => {
    it("gets the image's bytes, which the client reads as an image Blob (chatmessagehostedcontent-get.md example 2)", async () => {
      const stream = (await alex.client.api(`${base}/${hostedContentId}/$value`).get()) as Blob;
      expect(stream.type).toBe("image/png");
      expect(Buffer.from(await stream.arrayBuffer())).toEqual(Buffer.from(PNG_BASE64, "base64"));
    });
  });
});
