// Microsoft's @microsoft/microsoft-graph-client 3.0.7, unmodified, against the server over HTTPS,
// for the operations on a sent message: edits, soft deletion, reactions, pinned messages and inline
// images (hosted contents). The calls are the ones Graph's documentation shows in its JavaScript
// tabs (raw chat ids in the path, the documented bodies), checked against what the message shows
// afterwards. How the client trusts the development certificate: official-client.ts.
//
// What the client does with these answers: 204s resolve to undefined; the application's 200
// without a body (updateChatMessage) has no Content-Type to convert by, so update() resolves to the
// raw, empty body stream; `…/$value` resolves to a Blob typed by the response's Content-Type.
import { GraphError, ResponseType } from "@microsoft/microsoft-graph-client";
import type { components, Readable } from "../../generated/schema.js";
import {
  HEART_WITH_ARROW,
  INLINE_PNG_BASE64,
  messageBind,
  POLICY_VIOLATION_AS_DOCUMENTED,
  policyAppToken,
} from "./message-operations-fixtures.js";
import { officialClient, type OfficialClient } from "./official-client.js";
import {
  ALEX,
  bind,
  hostedContentIds,
  INLINE_IMAGE_HTML,
  ISAIAH,
  JACOB,
  LYNNE,
  MEGAN,
  startHttpsServer,
  userToken,
  type HttpsServer,
} from "./sdk-fixtures.js";

type Schemas = components["schemas"];
type Chat = Readable<Schemas["chatEntityResponse"]>;
type Message = Readable<Schemas["messageEntityResponse"]>;
type Pinned = Readable<Schemas["pinnedChatMessageInfoEntityResponse"]>;
type PinnedPage = Readable<Schemas["pinnedChatMessageInfoCollectionResponse"]>;
type HostedContent = Readable<Schemas["chatMessageHostedContentEntityResponse"]>;
type HostedContentPage = Readable<Schemas["chatMessageHostedContentCollectionResponse"]>;

const AAD_MEMBER = "#microsoft.graph.aadUserConversationMember";

let https: HttpsServer;
let jacob: OfficialClient;
let alex: OfficialClient;

const clientFor = async (user: string, scopes?: string): Promise<OfficialClient> =>
  officialClient(https.server.baseUrl, https.cert, await userToken(user, scopes));

beforeAll(async () => {
  https = await startHttpsServer();
  jacob = await clientFor(JACOB);
  alex = await clientFor(ALEX);
}, 30_000);

afterAll(async () => {
  await https?.server.stop();
});

const aadMember = (user: string) => ({ "@odata.type": AAD_MEMBER, roles: ["owner"], "user@odata.bind": bind(user) });

async function createGroup(topic: string, users: string[] = [JACOB, ALEX]): Promise<string> {
  const chat = (await jacob.client.api("/chats").post({ chatType: "group", topic, members: users.map(aadMember) })) as Chat;
  return chat.id;
}

/** Sends a text message as `client` and returns its id. */
async function send(client: OfficialClient, chatId: string, content: string): Promise<string> {
  return ((await client.client.api(`/chats/${chatId}/messages`).post({ body: { content } })) as Message).id;
}

/** The message as `client` reads it now. */
async function read(client: OfficialClient, chatId: string, messageId: string): Promise<Message> {
  return (await client.client.api(`/chats/${chatId}/messages/${messageId}`).get()) as Message;
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

/** The last URL the client requested. */
const lastRequested = (client: OfficialClient): string | undefined => client.requested.at(-1);
const url = (path: string): string => `${https.server.baseUrl}${path}`;

describe("updateChatMessage", () => {
  it("lets the sender edit with chatmessage-update.md example 2's body, read-only properties and all (204)", async () => {
    const chatId = await createGroup("Edit me");
    const messageId = await send(jacob, chatId, "Before");
    const created = await read(jacob, chatId, messageId);
    expect(created.lastEditedDateTime).toBeNull();

    const response = (await jacob.client
      .api(`/chats/${chatId}/messages/${messageId}`)
      .responseType(ResponseType.RAW)
      .update({
        messageType: "message",
        subject: null,
        summary: null,
        importance: "normal",
        locale: "en-us",
        from: {
          application: null,
          device: null,
          user: { id: "3b102402-813e-4e17-a6b2-f841aef1fdfc", displayName: "Lam Cong", userIdentityType: "aadUser" },
          conversation: null,
        },
        body: { contentType: "text", content: "Edit text only" },
        attachments: [],
        mentions: [],
        reactions: [],
      })) as Response;
    expect(response.status).toBe(204);

    const edited = await read(alex, chatId, messageId);
    expect(edited.body).toEqual({ contentType: "text", content: "Edit text only" });
    expect(edited.from.user?.id).toBe(JACOB);
    expect(Date.parse(edited.lastEditedDateTime ?? "")).toBeGreaterThan(Date.parse(created.createdDateTime));
    expect(edited.lastModifiedDateTime).toBe(edited.lastEditedDateTime);
  });

  it("resolves update() to nothing for the 204 and changes the mentions (chatmessage-update.md example 3, a user of the demo tenant)", async () => {
    const chatId = await createGroup("Edit mentions", [JACOB, ALEX, LYNNE]);
    const messageId = await send(jacob, chatId, "Mentions soon");
    const content = '<div><div>\n<div>\n<div>\n<div>\n<div><at id="0">Raghav</at><at id="1">TestGlobalBot</at> YEAH';
    const update = jacob.client.api(`/chats/${chatId}/messages/${messageId}`).update({
      body: { contentType: "html", content },
      mentions: [
        { id: 0, mentionText: "Raghav", mentioned: { user: { id: LYNNE, displayName: "Lam Cong", userIdentityType: "aadUser" } } },
        {
          id: 1,
          mentionText: "TestGlobalBot",
          mentioned: {
            application: { id: "03a02232-d8f5-4970-a77e-6e8c76ce7a4e", displayName: "TestGlobalBot", applicationIdentityType: "bot" },
            user: null,
          },
        },
      ],
    });
    await expect(update).resolves.toBeUndefined();
    const edited = await read(alex, chatId, messageId);
    expect(edited.body).toEqual({ contentType: "html", content });
    expect(edited.mentions.map((m) => [m.id, m.mentionText, m.mentioned.user?.id ?? m.mentioned.application?.id])).toEqual([
      [0, "Raghav", LYNNE],
      [1, "TestGlobalBot", "03a02232-d8f5-4970-a77e-6e8c76ce7a4e"],
    ]);
  });

  it("edits through /users/{userId}/chats/{chatId}/messages/{messageId}", async () => {
    const chatId = await createGroup("Edit via user");
    const messageId = await send(jacob, chatId, "Agenda");
    await jacob.client.api(`/users/${JACOB}/chats/${chatId}/messages/${messageId}`).update({ subject: "Agenda (updated)" });
    expect(lastRequested(jacob)).toBe(url(`/users/${JACOB}/chats/${chatId}/messages/${messageId}`));
    expect(await read(alex, chatId, messageId)).toMatchObject({ subject: "Agenda (updated)", body: { content: "Agenda" } });
  });

  it("throws a GraphError with code Forbidden and status 403 when someone else edits, and the message stays as it was", async () => {
    const chatId = await createGroup("Not yours");
    const messageId = await send(jacob, chatId, "Mine");
    const error = await graphError(alex.client.api(`/chats/${chatId}/messages/${messageId}`).update({ body: { content: "Hijacked" } }));
    expect(error).toMatchObject({ statusCode: 403, code: "Forbidden" });
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await read(jacob, chatId, messageId)).toMatchObject({ body: { content: "Mine" }, lastEditedDateTime: null });
  });

  it("lets an application set chatmessage-update.md example 1's policyViolation as written (200 without a body), shown in camelCase", async () => {
    const chatId = await createGroup("Policy");
    const messageId = await send(jacob, chatId, "My card is 4111 1111 1111 1111");
    const app = officialClient(https.server.baseUrl, https.cert, await policyAppToken());
    const response = (await app.client
      .api(`/chats/${chatId}/messages/${messageId}`)
      .responseType(ResponseType.RAW)
      .update({ policyViolation: POLICY_VIOLATION_AS_DOCUMENTED })) as Response;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");

    const message = await read(jacob, chatId, messageId);
    expect(message.policyViolation).toEqual({
      dlpAction: "blockAccess",
      justificationText: null,
      policyTip: {
        generalText: "This item has been blocked by the administrator.",
        complianceUrl: "https://contoso.com/dlp-policy-page",
        matchedConditionDescriptions: ["Credit Card Number"],
      },
      userAction: null,
      verdictDetails: "allowOverrideWithoutJustification,allowFalsePositiveOverride",
    });
    expect(message.body.content).toBe("My card is 4111 1111 1111 1111");
    expect(message.lastEditedDateTime).toBeNull();
  });

  it("resolves plain update() to the raw, empty body stream for the application's 200 (no Content-Type to convert by)", async () => {
    const chatId = await createGroup("Policy, plain update");
    const messageId = await send(jacob, chatId, "Another card: 5500 0000 0000 0004");
    const app = officialClient(https.server.baseUrl, https.cert, await policyAppToken());
    const result: unknown = await app.client
      .api(`/chats/${chatId}/messages/${messageId}`)
      .update({ policyViolation: POLICY_VIOLATION_AS_DOCUMENTED });
    expect(Object.prototype.toString.call(result)).toBe("[object ReadableStream]");
    expect(await new Response(result as ReadableStream).text()).toBe("");
    expect((await read(jacob, chatId, messageId)).policyViolation?.dlpAction).toBe("blockAccess");
  });

  it("throws a GraphError with code Forbidden and status 403 when an application changes the body", async () => {
    const chatId = await createGroup("Policy only");
    const messageId = await send(jacob, chatId, "Untouchable");
    const app = officialClient(https.server.baseUrl, https.cert, await policyAppToken());
    const error = await graphError(app.client.api(`/chats/${chatId}/messages/${messageId}`).update({ body: { content: "Rewritten" } }));
    expect(error).toMatchObject({ statusCode: 403, code: "Forbidden" });
    expect((await read(jacob, chatId, messageId)).body.content).toBe("Untouchable");
  });
});

describe("softDeleteChatMessage", () => {
  it("soft-deletes with chatmessage-softdelete.md's JavaScript call, post() without a body (204): deletedDateTime set, body empty", async () => {
    const chatId = await createGroup("Delete me");
    const messageId = await send(jacob, chatId, "Oops");
    const before = Date.now();
    await expect(
      jacob.client.api(`/users/${JACOB}/chats/${chatId}/messages/${messageId}/softDelete`).post(undefined),
    ).resolves.toBeUndefined();
    expect(lastRequested(jacob)).toBe(url(`/users/${JACOB}/chats/${chatId}/messages/${messageId}/softDelete`));

    const deleted = await read(alex, chatId, messageId);
    expect(deleted.id).toBe(messageId);
    expect(Date.parse(deleted.deletedDateTime ?? "")).toBeGreaterThanOrEqual(before - 1_000);
    expect(deleted.body.content).toBe("");
  });

  it("answers 204 (RAW) through /me/chats/{chatId}/messages/{messageId}/softDelete", async () => {
    const chatId = await createGroup("Delete via me");
    const messageId = await send(jacob, chatId, "Gone soon");
    const response = (await jacob.client
      .api(`/me/chats/${chatId}/messages/${messageId}/softDelete`)
      .responseType(ResponseType.RAW)
      .post(undefined)) as Response;
    expect(response.status).toBe(204);
    expect((await read(jacob, chatId, messageId)).deletedDateTime).not.toBeNull();
  });

  it("throws a GraphError with code Forbidden and status 403 when someone else deletes", async () => {
    const chatId = await createGroup("Not yours to delete");
    const messageId = await send(jacob, chatId, "Keep me");
    const error = await graphError(alex.client.api(`/users/${ALEX}/chats/${chatId}/messages/${messageId}/softDelete`).post(undefined));
    expect(error).toMatchObject({ statusCode: 403, code: "Forbidden" });
    expect(await read(jacob, chatId, messageId)).toMatchObject({ deletedDateTime: null, body: { content: "Keep me" } });
  });
});

describe("undoSoftDeleteChatMessage", () => {
  it("restores with chatmessage-undosoftdelete.md's JavaScript call (204): deletedDateTime null, the body back", async () => {
    const chatId = await createGroup("Undo");
    const messageId = await send(jacob, chatId, "Back again");
    const path = `/users/${JACOB}/chats/${chatId}/messages/${messageId}`;
    await jacob.client.api(`${path}/softDelete`).post(undefined);
    expect((await read(alex, chatId, messageId)).body.content).toBe("");

    await expect(jacob.client.api(`${path}/undoSoftDelete`).post(undefined)).resolves.toBeUndefined();
    expect(lastRequested(jacob)).toBe(url(`${path}/undoSoftDelete`));
    const restored = await read(alex, chatId, messageId);
    expect(restored.deletedDateTime).toBeNull();
    expect(restored.body).toEqual({ contentType: "text", content: "Back again" });
  });

  it("restores through /me/chats/{chatId}/messages/{messageId}/undoSoftDelete", async () => {
    const chatId = await createGroup("Undo via me");
    const messageId = await send(jacob, chatId, "Restored");
    await jacob.client.api(`/me/chats/${chatId}/messages/${messageId}/softDelete`).post(undefined);
    await expect(jacob.client.api(`/me/chats/${chatId}/messages/${messageId}/undoSoftDelete`).post(undefined)).resolves.toBeUndefined();
    expect(await read(jacob, chatId, messageId)).toMatchObject({ deletedDateTime: null, body: { content: "Restored" } });
  });
});

describe("setChatMessageReaction", () => {
  it('adds the caller\'s {"reactionType":"💘"} (chatmessage-setreaction.md, 204); the reactions list it with the user', async () => {
    const chatId = await createGroup("React");
    const messageId = await send(jacob, chatId, "Love it?");
    const before = Date.now();
    const response = (await alex.client
      .api(`/chats/${chatId}/messages/${messageId}/setReaction`)
      .responseType(ResponseType.RAW)
      .post({ reactionType: HEART_WITH_ARROW })) as Response;
    expect(response.status).toBe(204);

    const { reactions } = await read(jacob, chatId, messageId);
    expect(reactions).toEqual([
      {
        reactionType: "💘",
        displayName: "Heart with arrow",
        reactionContentUrl: null,
        createdDateTime: expect.any(String),
        user: { application: null, device: null, user: { id: ALEX, displayName: "Alex Wilber", userIdentityType: "aadUser" } },
      },
    ]);
    expect(Date.parse(reactions[0]?.createdDateTime ?? "")).toBeGreaterThanOrEqual(before - 1_000);
  });

  it("keeps one reaction per user and type when set twice, and lists each user's", async () => {
    const chatId = await createGroup("React twice", [JACOB, ALEX, MEGAN]);
    const messageId = await send(jacob, chatId, "Twice");
    const megan = await clientFor(MEGAN);
    await expect(
      alex.client.api(`/chats/${chatId}/messages/${messageId}/setReaction`).post({ reactionType: HEART_WITH_ARROW }),
    ).resolves.toBeUndefined();
    await alex.client.api(`/chats/${chatId}/messages/${messageId}/setReaction`).post({ reactionType: HEART_WITH_ARROW });
    await megan.client.api(`/me/chats/${chatId}/messages/${messageId}/setReaction`).post({ reactionType: HEART_WITH_ARROW });
    expect((await read(jacob, chatId, messageId)).reactions.map((r) => [r.reactionType, r.user.user.id])).toEqual([
      ["💘", ALEX],
      ["💘", MEGAN],
    ]);
  });

  it("throws a GraphError with code BadRequest and status 400 for a reaction that is not one emoji", async () => {
    const chatId = await createGroup("React wrongly");
    const messageId = await send(jacob, chatId, "Hmm");
    const error = await graphError(alex.client.api(`/chats/${chatId}/messages/${messageId}/setReaction`).post({ reactionType: "💘💘" }));
    expect(error).toMatchObject({ statusCode: 400, code: "BadRequest" });
    expect((await read(jacob, chatId, messageId)).reactions).toEqual([]);
  });
});

describe("unsetChatMessageReaction", () => {
  it('removes the caller\'s {"reactionType":"💘"} (chatmessage-unsetreaction.md, 204), leaving others\' reactions', async () => {
    const chatId = await createGroup("Unreact", [JACOB, ALEX, MEGAN]);
    const messageId = await send(jacob, chatId, "Changed my mind");
    const megan = await clientFor(MEGAN);
    await alex.client.api(`/chats/${chatId}/messages/${messageId}/setReaction`).post({ reactionType: HEART_WITH_ARROW });
    await megan.client.api(`/chats/${chatId}/messages/${messageId}/setReaction`).post({ reactionType: HEART_WITH_ARROW });

    const response = (await alex.client
      .api(`/chats/${chatId}/messages/${messageId}/unsetReaction`)
      .responseType(ResponseType.RAW)
      .post({ reactionType: HEART_WITH_ARROW })) as Response;
    expect(response.status).toBe(204);
    expect((await read(jacob, chatId, messageId)).reactions.map((r) => [r.reactionType, r.user.user.id])).toEqual([["💘", MEGAN]]);
  });

  it("resolves to nothing for a reaction the caller never set (204), through /users/{userId}/chats/…", async () => {
    const chatId = await createGroup("Unreact nothing");
    const messageId = await send(jacob, chatId, "Nothing to unset");
    const unset = alex.client
      .api(`/users/${ALEX}/chats/${chatId}/messages/${messageId}/unsetReaction`)
      .post({ reactionType: HEART_WITH_ARROW });
    await expect(unset).resolves.toBeUndefined();
    expect((await read(jacob, chatId, messageId)).reactions).toEqual([]);
  });
});

/** chat-post-pinnedmessages.md's JavaScript call. */
function pin(client: OfficialClient, chatId: string, messageId: string): Promise<Pinned> {
  return client.client
    .api(`/chats/${chatId}/pinnedMessages`)
    .post({ "message@odata.bind": messageBind(chatId, messageId) }) as Promise<Pinned>;
}

describe("pinChatMessage", () => {
  it("pins a message named by message@odata.bind (201), answering the pinned message's info with its id", async () => {
    const chatId = await createGroup("Pin");
    const messageId = await send(jacob, chatId, "Pin me");
    const response = (await jacob.client
      .api(`/chats/${chatId}/pinnedMessages`)
      .responseType(ResponseType.RAW)
      .post({ "message@odata.bind": messageBind(chatId, messageId) })) as Response;
    expect(response.status).toBe(201);
    const pinned = (await response.json()) as Pinned;
    expect(pinned).toMatchObject({ "@odata.type": "#microsoft.graph.pinnedChatMessageInfo", id: messageId });
    expect(((await alex.client.api(`/chats/${chatId}/pinnedMessages`).get()) as PinnedPage).value.map((p) => p.id)).toEqual([messageId]);
  });

  it("throws a GraphError with code Conflict and status 409 for a message pinned already", async () => {
    const chatId = await createGroup("Pin twice");
    const messageId = await send(jacob, chatId, "Pinned once");
    expect((await pin(jacob, chatId, messageId)).id).toBe(messageId);
    expect(await graphError(pin(alex, chatId, messageId))).toMatchObject({ statusCode: 409, code: "Conflict" });
  });

  it("throws a GraphError with code BadRequest and status 400 for a message of another chat", async () => {
    const chatId = await createGroup("Pin here");
    const otherChat = await createGroup("Pin elsewhere");
    const elsewhere = await send(jacob, otherChat, "Not in this chat");
    const error = await graphError(
      jacob.client.api(`/chats/${chatId}/pinnedMessages`).post({ "message@odata.bind": messageBind(otherChat, elsewhere) }),
    );
    expect(error).toMatchObject({ statusCode: 400, code: "BadRequest" });
  });
});

describe("listChatPinnedMessages", () => {
  let chatId: string;
  const messageIds: string[] = [];
  beforeAll(async () => {
    chatId = await createGroup("Pinned list");
    for (const text of ["first", "second", "not pinned"]) messageIds.push(await send(jacob, chatId, text));
    await pin(jacob, chatId, messageIds[0] ?? "");
    await pin(alex, chatId, messageIds[1] ?? "");
  });

  it("lists the pinned messages, most recently pinned first (chat-list-pinnedmessages.md example 1)", async () => {
    const page = (await alex.client.api(`/chats/${chatId}/pinnedMessages`).get()) as PinnedPage;
    expect(page.value.map((p) => p.id)).toEqual([messageIds[1], messageIds[0]]);
    expect(page["@odata.count"]).toBe(2);
    // Without $expand, no message (absent, as the docs' example 1 shows, or null).
    expect(page.value.map((p) => p.message ?? null)).toEqual([null, null]);
  });

  it("includes each message with expand('message') (chat-list-pinnedmessages.md example 2)", async () => {
    const page = (await alex.client.api(`/chats/${chatId}/pinnedMessages`).expand("message").get()) as PinnedPage;
    expect(lastRequested(alex)).toBe(url(`/chats/${chatId}/pinnedMessages?$expand=message`));
    expect(page.value.map((p) => [p.id, p.message?.id, p.message?.chatId, p.message?.body.content, p.message?.from.user?.id])).toEqual([
      [messageIds[1], messageIds[1], chatId, "second", JACOB],
      [messageIds[0], messageIds[0], chatId, "first", JACOB],
    ]);
  });

  it("lists through /users/{userId}/chats/{chatId}/pinnedMessages", async () => {
    const page = (await alex.client.api(`/users/${ALEX}/chats/${chatId}/pinnedMessages`).get()) as PinnedPage;
    expect(page.value.map((p) => p.id)).toEqual([messageIds[1], messageIds[0]]);
  });

  it("throws a GraphError with code Forbidden and status 403 for a chat the caller is not in", async () => {
    const outsider = await clientFor(ISAIAH);
    expect(await graphError(outsider.client.api(`/chats/${chatId}/pinnedMessages`).get())).toMatchObject({
      statusCode: 403,
      code: "Forbidden",
    });
  });
});

describe("unpinChatMessage", () => {
  it("unpins with chat-delete-pinnedmessages.md's JavaScript call (204) so it is no longer listed", async () => {
    const chatId = await createGroup("Unpin");
    const keep = await send(jacob, chatId, "Stay pinned");
    const drop = await send(jacob, chatId, "Unpin me");
    await pin(jacob, chatId, keep);
    await pin(jacob, chatId, drop);
    await expect(alex.client.api(`/chats/${chatId}/pinnedMessages/${drop}`).delete()).resolves.toBeUndefined();
    expect(lastRequested(alex)).toBe(url(`/chats/${chatId}/pinnedMessages/${drop}`));
    expect(((await alex.client.api(`/chats/${chatId}/pinnedMessages`).get()) as PinnedPage).value.map((p) => p.id)).toEqual([keep]);
    expect((await read(alex, chatId, drop)).body.content).toBe("Unpin me");
  });

  it("throws a GraphError with code NotFound and status 404 for a message that is not pinned", async () => {
    const chatId = await createGroup("Unpin nothing");
    const messageId = await send(jacob, chatId, "Never pinned");
    expect(await graphError(jacob.client.api(`/chats/${chatId}/pinnedMessages/${messageId}`).delete())).toMatchObject({
      statusCode: 404,
      code: "NotFound",
    });
  });
});

describe("a message with an inline image", () => {
  let chatId: string;
  let messageId: string;
  let hostedContentId: string;
  /** The image's URL as the message's body gives it. */
  let imageUrl: string;
  beforeAll(async () => {
    chatId = await createGroup("Inline image");
    // openapi.yaml's SendChatMessageRequest `inlineImage` example (chatmessage-post.md example 5).
    const message = (await jacob.client.api(`/chats/${chatId}/messages`).post({
      body: { contentType: "html", content: INLINE_IMAGE_HTML },
      hostedContents: [{ "@microsoft.graph.temporaryId": "1", contentBytes: INLINE_PNG_BASE64, contentType: "image/png" }],
    })) as Message;
    messageId = message.id;
    hostedContentId = hostedContentIds(message.body.content)[0] ?? "";
    imageUrl = /src="([^"]+)"/.exec(message.body.content)?.[1] ?? "";
  });

  const contentPath = (): string => `/chats/${chatId}/messages/${messageId}/hostedContents`;
  const sentBytes = Buffer.from(INLINE_PNG_BASE64, "base64");

  describe("listChatMessageHostedContents", () => {
    it("lists the message's one image under the id its body refers to, without bytes (chatmessage-list-hostedcontents.md example 3)", async () => {
      const page = (await alex.client.api(contentPath()).get()) as HostedContentPage;
      expect(hostedContentId).not.toBe("");
      expect(page.value).toEqual([{ id: hostedContentId, contentBytes: null, contentType: null }]);
      expect(page["@odata.count"]).toBe(1);
    });

    it("lists nothing for a message without images", async () => {
      const plain = await send(jacob, chatId, "No pictures");
      const page = (await alex.client.api(`/chats/${chatId}/messages/${plain}/hostedContents`).get()) as HostedContentPage;
      expect(page.value).toEqual([]);
      expect(page["@odata.count"]).toBe(0);
    });
  });

  describe("getChatMessageHostedContent", () => {
    it("gets the image's entry by id, without bytes (chatmessagehostedcontent-get.md example 1)", async () => {
      const entry = (await alex.client.api(`${contentPath()}/${hostedContentId}`).get()) as HostedContent;
      expect(entry).toMatchObject({ id: hostedContentId, contentBytes: null, contentType: null });
      expect(entry["@odata.context"]).toContain("/hostedContents/$entity");
    });

    it("gets it through /me/chats/{chatId}/messages/{messageId}/hostedContents/{id}", async () => {
      const entry = (await alex.client.api(`/me${contentPath()}/${hostedContentId}`).get()) as HostedContent;
      expect(entry.id).toBe(hostedContentId);
    });

    it("throws a GraphError with code NotFound and status 404 for an unknown id", async () => {
      expect(await graphError(alex.client.api(`${contentPath()}/bm9wZQ`).get())).toMatchObject({ statusCode: 404, code: "NotFound" });
    });
  });

  describe("getChatMessageHostedContentValue", () => {
    it("returns the bytes that were sent as an image/png Blob (chatmessagehostedcontent-get.md example 2's get())", async () => {
      const image: unknown = await alex.client.api(`${contentPath()}/${hostedContentId}/$value`).get();
      expect(lastRequested(alex)).toBe(url(`${contentPath()}/${hostedContentId}/$value`));
      expect(image).toBeInstanceOf(Blob);
      const blob = image as Blob;
      expect(blob.type).toBe("image/png");
      expect(Buffer.from(await blob.arrayBuffer()).equals(sentBytes)).toBe(true);
    });

    it("answers with Content-Type image/png and Cache-Control no-store (RAW)", async () => {
      const response = (await alex.client
        .api(`${contentPath()}/${hostedContentId}/$value`)
        .responseType(ResponseType.RAW)
        .get()) as Response;
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^image\/png/);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(Buffer.from(await response.arrayBuffer()).equals(sentBytes)).toBe(true);
    });

    it("serves the image at the absolute URL the message's body gives", async () => {
      expect(imageUrl).toBe(url(`${contentPath()}/${hostedContentId}/$value`));
      const bytes = (await alex.client.api(imageUrl).responseType(ResponseType.ARRAYBUFFER).get()) as ArrayBuffer;
      expect(Buffer.from(bytes).equals(sentBytes)).toBe(true);
    });

    it("throws a GraphError with code Forbidden and status 403 for a reader who is not in the chat", async () => {
      const outsider = await clientFor(ISAIAH);
      expect(await graphError(outsider.client.api(`${contentPath()}/${hostedContentId}/$value`).get())).toMatchObject({
        statusCode: 403,
        code: "Forbidden",
      });
    });
  });
});
