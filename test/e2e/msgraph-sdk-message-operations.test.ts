// Microsoft's Kiota-generated Graph SDK — @microsoft/msgraph-sdk with @microsoft/msgraph-sdk-chats
// and -users, unmodified — against the server over HTTPS, for the operations on a sent message:
// edits, soft deletion, reactions, pinned messages and inline images (hosted contents). Each
// operation is called through the request builder the SDK exposes for it, and its effect is read
// back. How the client is built: kiota-client.ts.
//
// What the SDK does that a user should know (each pinned by a test below):
// - patch() cannot take updateChatMessage's documented answer to an application, a 200 without a
//   body: it throws "no response content type found for deserialization" after the change is made.
//   The SDK's NativeResponseHandler (kiota-abstractions) takes the response instead.
// - it reads flag enums (policyViolation.dlpAction, verdictDetails) only from JSON arrays, so the
//   comma-separated strings Graph sends come back as []; it writes them as such strings.
// - it reads a JSON null (lastEditedDateTime, deletedDateTime, reactionContentUrl, …) as undefined.
// - it also exposes softDelete/undoSoftDelete under chats.byChatId(…), i.e. POST
//   /chats/{chatId}/messages/{messageId}/softDelete, which chatmessage-softdelete.md does not list
//   but Graph's metadata binds; the server takes it there too, beside the page's /users and /me.
import type { AadUserConversationMember, ChatMessage, ChatMessagePolicyViolation } from "@microsoft/msgraph-sdk/models/index.js";
import type { ODataError } from "@microsoft/msgraph-sdk/models/oDataErrors/index.js";
import { NativeResponseHandler, ResponseHandlerOption } from "@microsoft/kiota-abstractions";
import type { components, Readable } from "../../generated/schema.js";
import { kiotaClient, type KiotaClient } from "./kiota-client.js";
import { bytesOf, HEART_WITH_ARROW, INLINE_PNG_BASE64, messageBind, policyAppToken } from "./message-operations-fixtures.js";
import {
  ALEX,
  bind,
  hostedContentIds,
  INLINE_IMAGE_HTML,
  ISAIAH,
  JACOB,
  MEGAN,
  startHttpsServer,
  userToken,
  type HttpsServer,
} from "./sdk-fixtures.js";

const AAD_MEMBER = "#microsoft.graph.aadUserConversationMember";

/** A message as the server sends it (for the checks made on the raw JSON). */
type Message = Readable<components["schemas"]["messageEntityResponse"]>;

let https: HttpsServer;
let jacob: KiotaClient;
let alex: KiotaClient;

const clientFor = async (user: string, scopes?: string): Promise<KiotaClient> =>
  kiotaClient(https.server.baseUrl, https.cert, await userToken(user, scopes));

beforeAll(async () => {
  https = await startHttpsServer();
  jacob = await clientFor(JACOB);
  alex = await clientFor(ALEX);
}, 30_000);

afterAll(async () => {
  await https?.server.stop();
});

function aadMember(user: string): AadUserConversationMember {
  return { odataType: AAD_MEMBER, roles: ["owner"], additionalData: { "user@odata.bind": bind(user) } };
}

async function createGroup(topic: string, users: string[] = [JACOB, ALEX]): Promise<string> {
  const chat = await jacob.client.chats.post({ chatType: "group", topic, members: users.map(aadMember) });
  return required(chat?.id, "chat id");
}

/** Sends a text message as `client` and returns its id. */
async function send(client: KiotaClient, chatId: string, content: string): Promise<string> {
  const message = await client.client.chats.byChatId(chatId).messages.post({ body: { content } });
  return required(message?.id, "message id");
}

/** The message as `client` reads it now. */
async function read(client: KiotaClient, chatId: string, messageId: string): Promise<ChatMessage> {
  return required(await client.client.chats.byChatId(chatId).messages.byChatMessageId(messageId).get(), "message");
}

/** The last request the client sent: method, URL, status and the body it serialized. */
const lastSent = (client: KiotaClient) => required(client.sent.at(-1), "a sent request");

function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}

/** What the SDK threw: Kiota deserializes the error envelope into an ODataError (`error` is `errorEscaped` there). */
async function odataError(promise: Promise<unknown>): Promise<ODataError> {
  try {
    await promise;
  } catch (error) {
    return error as ODataError;
  }
  throw new Error("the request succeeded, but it should have failed");
}

/**
 * The SDK's own NativeResponseHandler as a request configuration: the request goes through the
 * whole SDK (middleware, token), and the raw response is handed over instead of deserialized.
 */
function nativeResponse(): { options: ResponseHandlerOption[]; response: () => Response } {
  const handler = new NativeResponseHandler();
  const option = new ResponseHandlerOption();
  option.responseHandler = handler;
  return {
    options: [option],
    response: () => {
      if (!(handler.value instanceof Response)) throw new Error("the SDK handed over no response");
      return handler.value;
    },
  };
}

const url = (path: string): string => `${https.server.baseUrl}${path}`;
const chatPath = (chatId: string): string => `/chats/${encodeURIComponent(chatId)}`;

describe("updateChatMessage", () => {
  it("lets the sender change the body (204, no result); the message then has the new body and lastEditedDateTime", async () => {
    const chatId = await createGroup("Edit me");
    const messageId = await send(jacob, chatId, "Before");
    const sent = await read(jacob, chatId, messageId);
    // Kiota reads a JSON null as undefined: never edited.
    expect(sent.lastEditedDateTime).toBeUndefined();

    const edit = jacob.client.chats
      .byChatId(chatId)
      .messages.byChatMessageId(messageId)
      .patch({ body: { content: "After" } });
    await expect(edit).resolves.toBeUndefined();
    expect(lastSent(jacob)).toMatchObject({ method: "PATCH", url: url(`${chatPath(chatId)}/messages/${messageId}`), status: 204 });
    expect(JSON.parse(lastSent(jacob).body ?? "")).toEqual({ body: { content: "After" } });

    const edited = await read(alex, chatId, messageId);
    expect(edited.body).toMatchObject({ contentType: "text", content: "After" });
    expect(edited.lastEditedDateTime).toBeInstanceOf(Date);
    expect(edited.lastEditedDateTime?.getTime()).toBeGreaterThan(required(sent.createdDateTime, "createdDateTime").getTime());
    expect(edited.lastModifiedDateTime).toEqual(edited.lastEditedDateTime);
  });

  it("edits the subject and importance through /me/chats/{chatId}/messages/{messageId}", async () => {
    const chatId = await createGroup("Edit via me");
    const messageId = await send(jacob, chatId, "Agenda");
    await jacob.client.me.chats
      .byChatId(chatId)
      .messages.byChatMessageId(messageId)
      .patch({ subject: "Agenda (updated)", importance: "high" });
    expect(lastSent(jacob)).toMatchObject({ url: url(`/me${chatPath(chatId)}/messages/${messageId}`), status: 204 });
    expect(await read(alex, chatId, messageId)).toMatchObject({
      subject: "Agenda (updated)",
      importance: "high",
      body: { content: "Agenda" },
    });
  });

  it("throws an ODataError with code Forbidden and status 403 when someone else edits, and the message stays as it was", async () => {
    const chatId = await createGroup("Not yours");
    const messageId = await send(jacob, chatId, "Mine");
    const error = await odataError(
      alex.client.chats
        .byChatId(chatId)
        .messages.byChatMessageId(messageId)
        .patch({ body: { content: "Hijacked" } }),
    );
    expect(error.responseStatusCode).toBe(403);
    expect(error.errorEscaped?.code).toBe("Forbidden");
    expect(error.errorEscaped?.message).toEqual(expect.any(String));
    expect(error.errorEscaped?.innerError?.requestId).toBe(error.responseHeaders?.["request-id"]?.[0]);
    const message = await read(jacob, chatId, messageId);
    expect(message.body?.content).toBe("Mine");
    expect(message.lastEditedDateTime).toBeUndefined();
  });

  // chatmessage-update.md example 1, typed: the SDK's enums are collections (flags), sent comma-joined.
  const policyViolation: ChatMessagePolicyViolation = {
    policyTip: {
      generalText: "This item has been blocked by the administrator.",
      complianceUrl: "https://contoso.com/dlp-policy-page",
      matchedConditionDescriptions: ["Credit Card Number"],
    },
    verdictDetails: ["allowOverrideWithoutJustification", "allowFalsePositiveOverride"],
    dlpAction: ["blockAccess"],
  };

  it("lets an application set a typed policyViolation (200 without a body), which the message then shows", async () => {
    const chatId = await createGroup("Policy");
    const messageId = await send(jacob, chatId, "My card is 4111 1111 1111 1111");
    const app = kiotaClient(https.server.baseUrl, https.cert, await policyAppToken());
    // The documented answer is a 200 without a body, which plain patch() cannot take (next test).
    const patched = nativeResponse();
    const verdict = app.client.chats.byChatId(chatId).messages.byChatMessageId(messageId).patch({ policyViolation }, patched);
    await expect(verdict).resolves.toBeUndefined();
    expect(patched.response().status).toBe(200);
    expect(await patched.response().text()).toBe("");
    expect(lastSent(app)).toMatchObject({ method: "PATCH", url: url(`${chatPath(chatId)}/messages/${messageId}`), authorized: true });
    expect(JSON.parse(lastSent(app).body ?? "")).toEqual({
      policyViolation: {
        dlpAction: "blockAccess",
        policyTip: {
          complianceUrl: "https://contoso.com/dlp-policy-page",
          generalText: "This item has been blocked by the administrator.",
          matchedConditionDescriptions: ["Credit Card Number"],
        },
        verdictDetails: "allowOverrideWithoutJustification,allowFalsePositiveOverride",
      },
    });

    // On the wire, the verdict as Graph shows it: flag enums as comma-separated camelCase strings.
    const got = nativeResponse();
    await jacob.client.chats.byChatId(chatId).messages.byChatMessageId(messageId).get(got);
    const raw = (await got.response().json()) as Message;
    expect(raw.policyViolation).toEqual({
      dlpAction: "blockAccess",
      justificationText: null,
      policyTip: {
        complianceUrl: "https://contoso.com/dlp-policy-page",
        generalText: "This item has been blocked by the administrator.",
        matchedConditionDescriptions: ["Credit Card Number"],
      },
      userAction: null,
      verdictDetails: "allowOverrideWithoutJustification,allowFalsePositiveOverride",
    });
    expect(raw.body.content).toBe("My card is 4111 1111 1111 1111");
    expect(raw.lastEditedDateTime).toBeNull();

    // Typed, through the SDK: the policy tip comes through, but Kiota reads its flag enums
    // (dlpAction, verdictDetails) only from JSON arrays, so Graph's strings come back empty.
    const message = await read(jacob, chatId, messageId);
    expect(message.policyViolation?.policyTip).toMatchObject({
      generalText: "This item has been blocked by the administrator.",
      complianceUrl: "https://contoso.com/dlp-policy-page",
      matchedConditionDescriptions: ["Credit Card Number"],
    });
    expect(message.policyViolation?.dlpAction).toEqual([]);
    expect(message.policyViolation?.verdictDetails).toEqual([]);
  });

  it("applies the verdict, but plain patch() rejects the documented 200 without a body (Kiota expects a message or a 204)", async () => {
    const chatId = await createGroup("Policy, plain patch");
    const messageId = await send(jacob, chatId, "Another card: 5500 0000 0000 0004");
    const app = kiotaClient(https.server.baseUrl, https.cert, await policyAppToken());
    const verdict = app.client.chats.byChatId(chatId).messages.byChatMessageId(messageId).patch({ policyViolation });
    await expect(verdict).rejects.toThrow("no response content type found for deserialization");
    expect(lastSent(app)).toMatchObject({ method: "PATCH", status: 200 });
    expect((await read(jacob, chatId, messageId)).policyViolation?.policyTip?.generalText).toBe(
      "This item has been blocked by the administrator.",
    );
  });
});

describe("softDeleteChatMessage", () => {
  it("soft-deletes the sender's message through /users/{userId}/chats/… (204): it keeps its id, gets deletedDateTime and an empty body", async () => {
    const chatId = await createGroup("Delete me");
    const messageId = await send(jacob, chatId, "Oops");
    const before = Date.now();
    const deletion = jacob.client.users.byUserId(JACOB).chats.byChatId(chatId).messages.byChatMessageId(messageId).softDelete.post();
    await expect(deletion).resolves.toBeUndefined();
    expect(lastSent(jacob)).toMatchObject({
      method: "POST",
      url: url(`/users/${JACOB}${chatPath(chatId)}/messages/${messageId}/softDelete`),
      body: undefined,
      status: 204,
    });

    const deleted = await read(alex, chatId, messageId);
    expect(deleted.id).toBe(messageId);
    expect(deleted.deletedDateTime).toBeInstanceOf(Date);
    expect(deleted.deletedDateTime?.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(deleted.body?.content).toBe("");
    const listed = await alex.client.chats.byChatId(chatId).messages.get();
    expect(listed?.value?.map((m) => [m.id, m.body?.content])).toEqual([[messageId, ""]]);
  });

  it("soft-deletes through /me/chats/{chatId}/messages/{messageId}/softDelete (client.me…)", async () => {
    const chatId = await createGroup("Delete via me");
    const messageId = await send(jacob, chatId, "Gone soon");
    await expect(jacob.client.me.chats.byChatId(chatId).messages.byChatMessageId(messageId).softDelete.post()).resolves.toBeUndefined();
    expect(lastSent(jacob)).toMatchObject({ url: url(`/me${chatPath(chatId)}/messages/${messageId}/softDelete`), status: 204 });
    expect((await read(jacob, chatId, messageId)).deletedDateTime).toBeInstanceOf(Date);
  });

  it("deletes through the SDK's chats.byChatId(…).messages.byChatMessageId(…).softDelete, where Graph's metadata binds it (204)", async () => {
    const chatId = await createGroup("Delete via chats");
    const messageId = await send(jacob, chatId, "Gone soon");
    await expect(jacob.client.chats.byChatId(chatId).messages.byChatMessageId(messageId).softDelete.post()).resolves.toBeUndefined();
    expect(lastSent(jacob)).toMatchObject({
      method: "POST",
      url: url(`${chatPath(chatId)}/messages/${messageId}/softDelete`),
      status: 204,
    });
    expect((await read(jacob, chatId, messageId)).deletedDateTime).toBeInstanceOf(Date);
  });

  it("throws an ODataError with code Forbidden and status 403 when someone else deletes", async () => {
    const chatId = await createGroup("Not yours to delete");
    const messageId = await send(jacob, chatId, "Keep me");
    const error = await odataError(
      alex.client.users.byUserId(ALEX).chats.byChatId(chatId).messages.byChatMessageId(messageId).softDelete.post(),
    );
    expect(error.responseStatusCode).toBe(403);
    expect(error.errorEscaped?.code).toBe("Forbidden");
    expect(await read(jacob, chatId, messageId)).toMatchObject({ deletedDateTime: undefined, body: { content: "Keep me" } });
  });
});

describe("undoSoftDeleteChatMessage", () => {
  it("restores a soft-deleted message through /users/{userId}/chats/… (204): deletedDateTime is null and the body is back", async () => {
    const chatId = await createGroup("Undo");
    const messageId = await send(jacob, chatId, "Back again");
    const message = jacob.client.users.byUserId(JACOB).chats.byChatId(chatId).messages.byChatMessageId(messageId);
    await message.softDelete.post();
    expect((await read(alex, chatId, messageId)).body?.content).toBe("");

    await expect(message.undoSoftDelete.post()).resolves.toBeUndefined();
    expect(lastSent(jacob)).toMatchObject({
      method: "POST",
      url: url(`/users/${JACOB}${chatPath(chatId)}/messages/${messageId}/undoSoftDelete`),
      status: 204,
    });
    const restored = await read(alex, chatId, messageId);
    expect(restored.deletedDateTime).toBeUndefined();
    expect(restored.body).toMatchObject({ contentType: "text", content: "Back again" });
  });

  it("restores through /me/chats/{chatId}/messages/{messageId}/undoSoftDelete (client.me…)", async () => {
    const chatId = await createGroup("Undo via me");
    const messageId = await send(jacob, chatId, "Restored");
    const message = jacob.client.me.chats.byChatId(chatId).messages.byChatMessageId(messageId);
    await message.softDelete.post();
    await expect(message.undoSoftDelete.post()).resolves.toBeUndefined();
    expect(lastSent(jacob)).toMatchObject({ url: url(`/me${chatPath(chatId)}/messages/${messageId}/undoSoftDelete`), status: 204 });
    expect(await read(jacob, chatId, messageId)).toMatchObject({ deletedDateTime: undefined, body: { content: "Restored" } });
  });
  it("restores through the SDK's chats.byChatId(…).messages.byChatMessageId(…).undoSoftDelete (204)", async () => {
    const chatId = await createGroup("Undo via chats");
    const messageId = await send(jacob, chatId, "Deleted for now");
    await jacob.client.me.chats.byChatId(chatId).messages.byChatMessageId(messageId).softDelete.post();
    await expect(jacob.client.chats.byChatId(chatId).messages.byChatMessageId(messageId).undoSoftDelete.post()).resolves.toBeUndefined();
    expect(await read(jacob, chatId, messageId)).toMatchObject({ deletedDateTime: undefined, body: { content: "Deleted for now" } });
  });
});

describe("setChatMessageReaction", () => {
  it("adds the caller's 💘 (204, no result); the message's reactions list it with the user", async () => {
    const chatId = await createGroup("React");
    const messageId = await send(jacob, chatId, "Love it?");
    const before = Date.now();
    const reacting = alex.client.chats
      .byChatId(chatId)
      .messages.byChatMessageId(messageId)
      .setReaction.post({ reactionType: HEART_WITH_ARROW });
    await expect(reacting).resolves.toBeUndefined();
    expect(lastSent(alex)).toMatchObject({
      method: "POST",
      url: url(`${chatPath(chatId)}/messages/${messageId}/setReaction`),
      status: 204,
    });
    expect(JSON.parse(lastSent(alex).body ?? "")).toEqual({ reactionType: "💘" });

    const reactions = (await read(jacob, chatId, messageId)).reactions ?? [];
    expect(reactions).toHaveLength(1);
    expect(reactions[0]).toMatchObject({ reactionType: "💘", displayName: "Heart with arrow", reactionContentUrl: undefined });
    expect(reactions[0]?.user?.user).toMatchObject({ id: ALEX, displayName: "Alex Wilber" });
    expect(reactions[0]?.createdDateTime?.getTime()).toBeGreaterThanOrEqual(before - 1_000);
  });

  it("reacts through /users/{userId}/chats/{chatId}/messages/{messageId}/setReaction", async () => {
    const chatId = await createGroup("React via user");
    const messageId = await send(jacob, chatId, "Via user");
    const reacting = alex.client.users.byUserId(ALEX).chats.byChatId(chatId).messages.byChatMessageId(messageId).setReaction;
    await expect(reacting.post({ reactionType: "like" })).resolves.toBeUndefined();
    expect(lastSent(alex)).toMatchObject({ url: url(`/users/${ALEX}${chatPath(chatId)}/messages/${messageId}/setReaction`), status: 204 });
    expect((await read(jacob, chatId, messageId)).reactions?.map((r) => [r.reactionType, r.displayName, r.user?.user?.id])).toEqual([
      ["like", "Like", ALEX],
    ]);
  });

  it("keeps one reaction when the same user sets it twice", async () => {
    const chatId = await createGroup("React twice");
    const messageId = await send(jacob, chatId, "Twice");
    const reaction = alex.client.chats.byChatId(chatId).messages.byChatMessageId(messageId).setReaction;
    await reaction.post({ reactionType: HEART_WITH_ARROW });
    await reaction.post({ reactionType: HEART_WITH_ARROW });
    expect(lastSent(alex).status).toBe(204);
    expect((await read(jacob, chatId, messageId)).reactions?.map((r) => [r.reactionType, r.user?.user?.id])).toEqual([["💘", ALEX]]);
  });

  it("throws an ODataError with code BadRequest and status 400 for a reaction that is not one emoji", async () => {
    const chatId = await createGroup("React wrongly");
    const messageId = await send(jacob, chatId, "Hmm");
    const error = await odataError(
      alex.client.chats.byChatId(chatId).messages.byChatMessageId(messageId).setReaction.post({ reactionType: "thumbs up" }),
    );
    expect(error.responseStatusCode).toBe(400);
    expect(error.errorEscaped?.code).toBe("BadRequest");
    expect((await read(jacob, chatId, messageId)).reactions).toEqual([]);
  });
});

describe("unsetChatMessageReaction", () => {
  it("removes the caller's 💘 (204, no result), leaving others' reactions", async () => {
    const chatId = await createGroup("Unreact", [JACOB, ALEX, MEGAN]);
    const messageId = await send(jacob, chatId, "Changed my mind");
    const megan = await clientFor(MEGAN);
    await alex.client.chats.byChatId(chatId).messages.byChatMessageId(messageId).setReaction.post({ reactionType: HEART_WITH_ARROW });
    await megan.client.chats.byChatId(chatId).messages.byChatMessageId(messageId).setReaction.post({ reactionType: HEART_WITH_ARROW });
    expect((await read(jacob, chatId, messageId)).reactions?.map((r) => r.user?.user?.id)).toEqual([ALEX, MEGAN]);

    const unsetting = alex.client.chats
      .byChatId(chatId)
      .messages.byChatMessageId(messageId)
      .unsetReaction.post({ reactionType: HEART_WITH_ARROW });
    await expect(unsetting).resolves.toBeUndefined();
    expect(lastSent(alex)).toMatchObject({
      method: "POST",
      url: url(`${chatPath(chatId)}/messages/${messageId}/unsetReaction`),
      status: 204,
    });
    expect(JSON.parse(lastSent(alex).body ?? "")).toEqual({ reactionType: "💘" });
    expect((await read(jacob, chatId, messageId)).reactions?.map((r) => [r.reactionType, r.user?.user?.id])).toEqual([["💘", MEGAN]]);
  });

  it("answers 204 for a reaction the caller never set, and the reactions stay empty", async () => {
    const chatId = await createGroup("Unreact nothing");
    const messageId = await send(jacob, chatId, "Nothing to unset");
    await expect(
      alex.client.chats.byChatId(chatId).messages.byChatMessageId(messageId).unsetReaction.post({ reactionType: HEART_WITH_ARROW }),
    ).resolves.toBeUndefined();
    expect(lastSent(alex).status).toBe(204);
    expect((await read(jacob, chatId, messageId)).reactions).toEqual([]);
  });
});

/** Pins `messageId` with chat-post-pinnedmessages.md's body: `message@odata.bind`, which the SDK has no property for. */
function pin(client: KiotaClient, chatId: string, messageId: string) {
  return client.client.chats
    .byChatId(chatId)
    .pinnedMessages.post({ additionalData: { "message@odata.bind": messageBind(chatId, messageId) } });
}

describe("pinChatMessage", () => {
  it("pins a message named by message@odata.bind (201); the pinned message's id is the message's id", async () => {
    const chatId = await createGroup("Pin");
    const messageId = await send(jacob, chatId, "Pin me");
    const pinned = await pin(jacob, chatId, messageId);
    expect(lastSent(jacob)).toMatchObject({ method: "POST", url: url(`${chatPath(chatId)}/pinnedMessages`), status: 201 });
    expect(JSON.parse(lastSent(jacob).body ?? "")).toEqual({ "message@odata.bind": messageBind(chatId, messageId) });
    expect(pinned?.id).toBe(messageId);
    const listed = await alex.client.chats.byChatId(chatId).pinnedMessages.get();
    expect(listed?.value?.map((p) => p.id)).toEqual([messageId]);
  });

  it("throws an ODataError with code Conflict and status 409 for a message pinned already", async () => {
    const chatId = await createGroup("Pin twice");
    const messageId = await send(jacob, chatId, "Pinned once");
    await pin(jacob, chatId, messageId);
    const error = await odataError(pin(alex, chatId, messageId));
    expect(error.responseStatusCode).toBe(409);
    expect(error.errorEscaped?.code).toBe("Conflict");
  });
});

describe("listChatPinnedMessages", () => {
  let chatId: string;
  const messageIds: string[] = [];
  beforeAll(async () => {
    chatId = await createGroup("Pinned list");
    for (const text of ["first", "second", "not pinned"]) messageIds.push(await send(jacob, chatId, text));
    await pin(jacob, chatId, required(messageIds[0], "first"));
    await pin(alex, chatId, required(messageIds[1], "second"));
  });

  it("lists the pinned messages, most recently pinned first, with @odata.count", async () => {
    const page = await alex.client.chats.byChatId(chatId).pinnedMessages.get();
    expect(lastSent(alex)).toMatchObject({ method: "GET", url: url(`${chatPath(chatId)}/pinnedMessages`), status: 200 });
    expect(page?.value?.map((p) => p.id)).toEqual([messageIds[1], messageIds[0]]);
    expect(page?.odataCount).toBe(2);
    expect(page?.value?.map((p) => p.message ?? null)).toEqual([null, null]);
  });

  it("includes each message with $expand=message (chat-list-pinnedmessages.md example 2)", async () => {
    const page = await alex.client.chats.byChatId(chatId).pinnedMessages.get({ queryParameters: { expand: ["message"] } });
    expect(lastSent(alex).url).toBe(url(`${chatPath(chatId)}/pinnedMessages?$expand=message`));
    expect(page?.value?.map((p) => [p.id, p.message?.id, p.message?.body?.content, p.message?.from?.user?.id])).toEqual([
      [messageIds[1], messageIds[1], "second", JACOB],
      [messageIds[0], messageIds[0], "first", JACOB],
    ]);
    expect(page?.value?.[0]?.message?.createdDateTime).toBeInstanceOf(Date);
  });

  it("lists through /me/chats/{chatId}/pinnedMessages (client.me…)", async () => {
    const page = await alex.client.me.chats.byChatId(chatId).pinnedMessages.get();
    expect(lastSent(alex)).toMatchObject({ url: url(`/me${chatPath(chatId)}/pinnedMessages`), status: 200 });
    expect(page?.value?.map((p) => p.id)).toEqual([messageIds[1], messageIds[0]]);
  });

  it("throws an ODataError with code Forbidden and status 403 for a chat the caller is not in", async () => {
    const outsider = await clientFor(ISAIAH);
    const error = await odataError(outsider.client.chats.byChatId(chatId).pinnedMessages.get());
    expect(error.responseStatusCode).toBe(403);
    expect(error.errorEscaped?.code).toBe("Forbidden");
  });
});

describe("unpinChatMessage", () => {
  it("unpins a message (204, no result) so it is no longer listed", async () => {
    const chatId = await createGroup("Unpin");
    const keep = await send(jacob, chatId, "Stay pinned");
    const drop = await send(jacob, chatId, "Unpin me");
    await pin(jacob, chatId, keep);
    await pin(jacob, chatId, drop);
    await expect(alex.client.chats.byChatId(chatId).pinnedMessages.byPinnedChatMessageInfoId(drop).delete()).resolves.toBeUndefined();
    expect(lastSent(alex)).toMatchObject({ method: "DELETE", url: url(`${chatPath(chatId)}/pinnedMessages/${drop}`), status: 204 });
    expect((await alex.client.chats.byChatId(chatId).pinnedMessages.get())?.value?.map((p) => p.id)).toEqual([keep]);
  });

  it("throws an ODataError with code NotFound and status 404 for a message that is not pinned", async () => {
    const chatId = await createGroup("Unpin nothing");
    const messageId = await send(jacob, chatId, "Never pinned");
    const error = await odataError(jacob.client.chats.byChatId(chatId).pinnedMessages.byPinnedChatMessageInfoId(messageId).delete());
    expect(error.responseStatusCode).toBe(404);
    expect(error.errorEscaped?.code).toBe("NotFound");
  });
});

describe("a message with an inline image", () => {
  let chatId: string;
  let messageId: string;
  let hostedContentId: string;
  beforeAll(async () => {
    chatId = await createGroup("Inline image");
    // openapi.yaml's SendChatMessageRequest `inlineImage` example (chatmessage-post.md example 5).
    const message = await jacob.client.chats.byChatId(chatId).messages.post({
      body: { contentType: "html", content: INLINE_IMAGE_HTML },
      hostedContents: [
        { contentBytes: bytesOf(INLINE_PNG_BASE64), contentType: "image/png", additionalData: { "@microsoft.graph.temporaryId": "1" } },
      ],
    });
    messageId = required(message?.id, "message id");
    hostedContentId = required(hostedContentIds(message?.body?.content)[0], "hosted content id in the body");
  });

  const hostedContents = (client: KiotaClient) => client.client.chats.byChatId(chatId).messages.byChatMessageId(messageId).hostedContents;

  describe("listChatMessageHostedContents", () => {
    it("lists the message's one image under the id its body refers to, without bytes", async () => {
      const page = await hostedContents(alex).get();
      expect(lastSent(alex)).toMatchObject({
        method: "GET",
        url: url(`${chatPath(chatId)}/messages/${messageId}/hostedContents`),
        status: 200,
      });
      expect(page?.value?.map((h) => [h.id, h.contentBytes, h.contentType])).toEqual([[hostedContentId, undefined, undefined]]);
      expect(page?.odataCount).toBe(1);
    });

    it("lists an empty collection for a message without images", async () => {
      const plain = await send(jacob, chatId, "No pictures");
      const page = await alex.client.chats.byChatId(chatId).messages.byChatMessageId(plain).hostedContents.get();
      expect(page?.value).toEqual([]);
    });
  });

  describe("getChatMessageHostedContent", () => {
    it("gets the image's entry by id, without bytes", async () => {
      const entry = await hostedContents(alex).byChatMessageHostedContentId(hostedContentId).get();
      expect(lastSent(alex)).toMatchObject({
        url: url(`${chatPath(chatId)}/messages/${messageId}/hostedContents/${hostedContentId}`),
        status: 200,
      });
      expect(entry).toMatchObject({ id: hostedContentId, contentBytes: undefined, contentType: undefined });
    });

    it("throws an ODataError with code NotFound and status 404 for an unknown id", async () => {
      const error = await odataError(hostedContents(alex).byChatMessageHostedContentId("bm9wZQ").get());
      expect(error.responseStatusCode).toBe(404);
      expect(error.errorEscaped?.code).toBe("NotFound");
    });
  });

  describe("getChatMessageHostedContentValue", () => {
    it("returns the bytes that were sent, as an ArrayBuffer (…/hostedContents/{id}/$value)", async () => {
      const bytes = await hostedContents(alex).byChatMessageHostedContentId(hostedContentId).content.get();
      expect(lastSent(alex)).toMatchObject({
        method: "GET",
        url: url(`${chatPath(chatId)}/messages/${messageId}/hostedContents/${hostedContentId}/$value`),
        status: 200,
      });
      expect(bytes).toBeInstanceOf(ArrayBuffer);
      expect(Buffer.from(required(bytes, "bytes")).equals(Buffer.from(INLINE_PNG_BASE64, "base64"))).toBe(true);
    });

    it("returns the same bytes through /users/{userId}/chats/{chatId}/messages/{messageId}/hostedContents/{id}/$value", async () => {
      const bytes = await alex.client.users
        .byUserId(ALEX)
        .chats.byChatId(chatId)
        .messages.byChatMessageId(messageId)
        .hostedContents.byChatMessageHostedContentId(hostedContentId)
        .content.get();
      expect(lastSent(alex)).toMatchObject({
        url: url(`/users/${ALEX}${chatPath(chatId)}/messages/${messageId}/hostedContents/${hostedContentId}/$value`),
        status: 200,
      });
      expect(Buffer.from(required(bytes, "bytes")).equals(Buffer.from(INLINE_PNG_BASE64, "base64"))).toBe(true);
    });

    it("throws an ODataError with code Forbidden and status 403 for a reader who is not in the chat", async () => {
      const outsider = await clientFor(ISAIAH);
      const error = await odataError(
        outsider.client.chats
          .byChatId(chatId)
          .messages.byChatMessageId(messageId)
          .hostedContents.byChatMessageHostedContentId(hostedContentId)
          .content.get(),
      );
      expect(error.responseStatusCode).toBe(403);
      expect(error.errorEscaped?.code).toBe("Forbidden");
    });
  });
});
