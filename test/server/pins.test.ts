// Pinned messages of a chat (chat-list-pinnedmessages.md, chat-post-pinnedmessages.md,
// chat-delete-pinnedmessages.md): a pin's id is its message's id; pinning twice is a 409 and
// unpinning what is not pinned a 404 (docs/graph-decisions.md).
import request from "supertest";
import type { components, Readable } from "../../generated/schema.js";
import { appToken, bearer, expectGraphError, FIXED_NOW, member, requestExample, testApp, userToken, USERS } from "./helpers.js";

type App = ReturnType<typeof testApp>;
type Schemas = components["schemas"];
type PinnedList = Readable<Schemas["pinnedChatMessageInfoCollectionResponse"]>;
type MessageBody = Readable<Schemas["messageEntityResponse"]>;
type ChatBody = Readable<Schemas["chat"]>;

const enc = encodeURIComponent;
const chatPath = (chatId: string, prefix = "") => `/v1.0${prefix}/chats/${enc(chatId)}`;
const pinsPath = (chatId: string, prefix = "") => `${chatPath(chatId, prefix)}/pinnedMessages`;
const PINNED_TYPE = "#microsoft.graph.pinnedChatMessageInfo";
// The ids of the documentation's examples, replaced by ids that exist here ("sent as written").
const DOC_CHAT = "19:2da4c29f6d7041eca70b638b43d45437@thread.v2";
const DOC_MESSAGE = "1616964509832";

const bindOf = (chatId: string, messageId: string, root = "https://graph.microsoft.com/v1.0") =>
  `${root}/chats/${chatId}/messages/${messageId}`;

/** A moving clock: every reading is one second after the previous one. */
function movingApp(): App {
  let now = FIXED_NOW.getTime();
  return testApp({ clock: () => new Date((now += 1000)) });
}

/** A group chat of Megan and Lynne (plus `others`), created by Megan. */
async function createGroup(app: App, others: string[] = []): Promise<string> {
  const res = await request(app)
    .post("/v1.0/chats")
    .set(bearer(await userToken(USERS.megan)))
    .send({ chatType: "group", topic: "Pins", members: [member(USERS.megan), member(USERS.lynne), ...others.map((u) => member(u))] });
  expect(res.status).toBe(201);
  return (res.body as ChatBody).id;
}

async function send(app: App, chatId: string, content = "hello"): Promise<string> {
  const res = await request(app)
    .post(`${chatPath(chatId)}/messages`)
    .set(bearer(await userToken(USERS.megan)))
    .send({ body: { content } });
  expect(res.status).toBe(201);
  return (res.body as MessageBody).id;
}

function pin(app: App, chatId: string, messageId: string, token: string, prefix = ""): request.Test {
  return request(app)
    .post(pinsPath(chatId, prefix))
    .set(bearer(token))
    .send({ "message@odata.bind": bindOf(chatId, messageId) });
}

async function pinnedIds(app: App, chatId: string, token?: string): Promise<string[]> {
  const res = await request(app)
    .get(pinsPath(chatId))
    .set(bearer(token ?? (await userToken(USERS.megan))));
  expect(res.status).toBe(200);
  return (res.body as PinnedList).value.map((p) => p.id);
}

/** A chat of Megan and Lynne with two messages, on a fresh app. */
async function fixture(app: App = testApp()) {
  const chatId = await createGroup(app);
  const [first, second] = [await send(app, chatId, "first"), await send(app, chatId, "second")];
  return { app, chatId, first, second, megan: await userToken(USERS.megan) };
}

describe("pinChatMessage", () => {
  it("pins the documentation's example as written (chat-post-pinnedmessages.md): 201, the pin's id is the message's", async () => {
    const { app, chatId, first, megan } = await fixture();
    const example = requestExample("PinChatMessageRequest", "pin").value;
    const body = JSON.parse(JSON.stringify(example).replace(DOC_CHAT, chatId).replace(DOC_MESSAGE, first)) as Record<string, unknown>;
    expect(body["message@odata.bind"]).toBe(bindOf(chatId, first));
    const res = await request(app).post(pinsPath(chatId)).set(bearer(megan)).send(body);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      "@odata.context": expect.stringMatching(
        new RegExp(`/v1\\.0/\\$metadata#chats\\('${enc(chatId).replace(/[.%]/g, "\\$&")}'\\)/pinnedMessages/\\$entity$`),
      ),
      "@odata.type": PINNED_TYPE,
      id: first,
    });
    // The page's 201 has no Location header.
    expect(res.headers.location).toBeUndefined();
    expect(await pinnedIds(app, chatId)).toEqual([first]);
  });

  // docs/graph-decisions.md: the example's `Content-length: 63` is shorter than its body, so a
  // client that sent the header as written would send only the body's first 63 bytes.
  it("refuses the example's body cut at its Content-length of 63 bytes with 400", async () => {
    const { app, chatId, first, megan } = await fixture();
    const whole = `{\n   "message@odata.bind":"${bindOf(DOC_CHAT, DOC_MESSAGE)}"\n}`.replace(DOC_CHAT, chatId).replace(DOC_MESSAGE, first);
    const res = await request(app)
      .post(pinsPath(chatId))
      .set(bearer(megan))
      .set("Content-Type", "application/json")
      .send(Buffer.from(whole).subarray(0, 63).toString());
    expectGraphError(res, 400, "BadRequest");
    expect(await pinnedIds(app, chatId)).toEqual([]);
  });

  it.each([
    ["another host", (c: string, m: string) => bindOf(c, m, "https://127.0.0.1:3000/v1.0")],
    ["the beta root", (c: string, m: string) => bindOf(c, m, "https://graph.microsoft.com/beta")],
    ["plain http", (c: string, m: string) => bindOf(c, m, "http://localhost/v1.0")],
    ["a percent-encoded chat id", (c: string, m: string) => bindOf(enc(c), m)],
    ["a trailing slash", (c: string, m: string) => `${bindOf(c, m)}/`],
  ])("accepts a bind with %s", async (_what, bind) => {
    const { app, chatId, first, megan } = await fixture();
    const res = await request(app)
      .post(pinsPath(chatId))
      .set(bearer(megan))
      .send({ "message@odata.bind": bind(chatId, first) });
    expect(res.status).toBe(201);
    expect(res.body.id).toBe(first);
  });

  it("changes neither the chat's lastUpdatedDateTime nor the message", async () => {
    const { app, chatId, first, megan } = await fixture(movingApp());
    const chatBefore = await request(app).get(chatPath(chatId)).set(bearer(megan));
    const messageBefore = await request(app)
      .get(`${chatPath(chatId)}/messages/${first}`)
      .set(bearer(megan));
    expect((await pin(app, chatId, first, megan)).status).toBe(201);
    const chatAfter = await request(app).get(chatPath(chatId)).set(bearer(megan));
    const messageAfter = await request(app)
      .get(`${chatPath(chatId)}/messages/${first}`)
      .set(bearer(megan));
    expect((chatAfter.body as ChatBody).lastUpdatedDateTime).toBe((chatBefore.body as ChatBody).lastUpdatedDateTime);
    // The same message, field for field (the context's origin is the test client's own).
    const fields = ({ "@odata.context": _context, ...rest }: MessageBody) => rest;
    expect(fields(messageAfter.body as MessageBody)).toEqual(fields(messageBefore.body as MessageBody));
  });

  it("rejects a bind naming another chat with 400, even where this chat has a message of the same id", async () => {
    const { app, chatId, first, megan } = await fixture();
    const other = await createGroup(app, [USERS.isaiah]);
    // The clock stands still, so the other chat's first message has the id of this chat's first.
    const twin = await send(app, other, "elsewhere");
    expect(twin).toBe(first);
    const res = await request(app)
      .post(pinsPath(chatId))
      .set(bearer(megan))
      .send({ "message@odata.bind": bindOf(other, twin) });
    expectGraphError(res, 400, "BadRequest");
    expect((res.body as { error: { message: string } }).error.message).toContain(other);
    expect(await pinnedIds(app, chatId)).toEqual([]);
    expect(await pinnedIds(app, other)).toEqual([]);
  });

  it("rejects a message of another chat named under this chat with 400", async () => {
    // A moving clock, so the other chat's message id is no id of this chat's messages.
    const { app, chatId, megan } = await fixture(movingApp());
    const other = await createGroup(app, [USERS.isaiah]);
    const elsewhere = await send(app, other, "elsewhere");
    const res = await request(app)
      .post(pinsPath(chatId))
      .set(bearer(megan))
      .send({ "message@odata.bind": bindOf(chatId, elsewhere) });
    expectGraphError(res, 400, "BadRequest");
    expect(await pinnedIds(app, chatId)).toEqual([]);
  });

  it.each([
    ["not a URL", "1616964509832"],
    ["a user bind", `https://graph.microsoft.com/v1.0/users('${USERS.megan}')`],
    ["no message id", "https://graph.microsoft.com/v1.0/chats/{chat}/messages/"],
    ["an unknown service root", "https://graph.microsoft.com/v2.0/chats/{chat}/messages/{message}"],
    ["a query string", "https://graph.microsoft.com/v1.0/chats/{chat}/messages/{message}?$select=id"],
    ["a path below the message", "https://graph.microsoft.com/v1.0/chats/{chat}/messages/{message}/replies"],
    ["broken percent-encoding", "https://graph.microsoft.com/v1.0/chats/{chat}/messages/%E0%A4%A"],
    ["an empty string", ""],
  ])("rejects a malformed bind (%s) with 400", async (_what, template) => {
    const { app, chatId, first, megan } = await fixture();
    const bind = template.replace("{chat}", chatId).replace("{message}", first);
    const res = await request(app).post(pinsPath(chatId)).set(bearer(megan)).send({ "message@odata.bind": bind });
    expectGraphError(res, 400, "BadRequest");
    expect(await pinnedIds(app, chatId)).toEqual([]);
  });

  it("rejects a message that does not exist with 400 naming it", async () => {
    const { app, chatId, megan } = await fixture();
    const res = await pin(app, chatId, "1234567890123", megan);
    expectGraphError(res, 400, "BadRequest");
    expect((res.body as { error: { message: string } }).error.message).toContain("1234567890123");
  });

  it("rejects, with 400, a message from before the caller's visible history", async () => {
    const { app, chatId, first, megan } = await fixture();
    expect(
      (
        await request(app)
          .post(`${chatPath(chatId)}/members`)
          .set(bearer(megan))
          .send(member(USERS.isaiah))
      ).status,
    ).toBe(201);
    expectGraphError(await pin(app, chatId, first, await userToken(USERS.isaiah)), 400, "BadRequest");
  });

  // docs/graph-decisions.md: pinning a pinned message again is a conflict, not a second pin.
  it("answers 409 when the message is pinned already, also when two pins of it race", async () => {
    const { app, chatId, first, second, megan } = await fixture();
    expect((await pin(app, chatId, first, megan)).status).toBe(201);
    expectGraphError(await pin(app, chatId, first, await userToken(USERS.lynne)), 409, "Conflict");
    const racing = await Promise.all([pin(app, chatId, second, megan), pin(app, chatId, second, megan)]);
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await pinnedIds(app, chatId)).toEqual([second, first]);
  });

  it.each(["ChatMessage.Send", "Chat.ReadWrite"])("lets a member pin with %s", async (scope) => {
    const { app, chatId, first } = await fixture();
    expect((await pin(app, chatId, first, await userToken(USERS.lynne, scope))).status).toBe(201);
  });

  it.each(["Chat.Read", "Chat.ReadBasic", "ChatMember.ReadWrite"])("refuses a delegated token with only %s (403)", async (scope) => {
    const { app, chatId, first } = await fixture();
    expectGraphError(await pin(app, chatId, first, await userToken(USERS.megan, scope)), 403, "Forbidden");
  });

  it("lets an application with Chat.ReadWrite.All pin, and refuses one with Chat.Read.All (403)", async () => {
    const { app, chatId, first, second } = await fixture();
    expect((await pin(app, chatId, first, await appToken(["Chat.ReadWrite.All"]))).status).toBe(201);
    expectGraphError(await pin(app, chatId, second, await appToken(["Chat.Read.All"])), 403, "Forbidden");
    expect(await pinnedIds(app, chatId)).toEqual([first]);
  });

  it("refuses a non-member (403) and answers 404 for an unknown chat", async () => {
    const { app, chatId, first } = await fixture();
    expectGraphError(await pin(app, chatId, first, await userToken(USERS.isaiah)), 403, "Forbidden");
    const unknown = "19:00000000000000000000000000000099@thread.v2";
    expectGraphError(await pin(app, unknown, first, await userToken(USERS.megan)), 404, "NotFound");
  });
});

describe("listChatPinnedMessages", () => {
  it("lists the pins most recently pinned first (chat-list-pinnedmessages.md, example 1)", async () => {
    const { app, chatId, first, second, megan } = await fixture();
    await pin(app, chatId, second, megan);
    await pin(app, chatId, first, megan);
    const res = await request(app).get(pinsPath(chatId)).set(bearer(megan));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      "@odata.context": expect.stringMatching(/\/v1\.0\/\$metadata#chats\('[^']+'\)\/pinnedMessages$/),
      "@odata.count": 2,
      value: [
        { "@odata.type": PINNED_TYPE, id: first },
        { "@odata.type": PINNED_TYPE, id: second },
      ],
    });
    expect((res.body as PinnedList)["@odata.context"]).toContain(`chats('${enc(chatId)}')`);
  });

  it("includes each message as getChatMessage shows it with $expand=message (example 2)", async () => {
    const { app, chatId, first, second, megan } = await fixture();
    await pin(app, chatId, first, megan);
    await pin(app, chatId, second, megan);
    const res = await request(app)
      .get(`${pinsPath(chatId)}?$expand=message`)
      .set(bearer(megan));
    expect(res.status).toBe(200);
    const body = res.body as PinnedList;
    expect(body["@odata.context"]).toMatch(/\/pinnedMessages\(message\(\)\)$/);
    expect(body.value.map((p) => p.id)).toEqual([second, first]);
    for (const item of body.value) {
      const { "@odata.context": _context, ...message } = (
        await request(app)
          .get(`${chatPath(chatId)}/messages/${item.id}`)
          .set(bearer(megan))
      ).body as MessageBody;
      expect(item.message).toEqual(message);
    }
  });

  it("answers an empty list for a chat without pins", async () => {
    const { app, chatId, megan } = await fixture();
    const res = await request(app).get(pinsPath(chatId)).set(bearer(megan));
    expect(res.body).toMatchObject({ "@odata.count": 0, value: [] });
  });

  it("leaves out pins of messages from before the caller's visible history", async () => {
    const { app, chatId, first, megan } = await fixture();
    await pin(app, chatId, first, megan);
    expect(
      (
        await request(app)
          .post(`${chatPath(chatId)}/members`)
          .set(bearer(megan))
          .send(member(USERS.isaiah))
      ).status,
    ).toBe(201);
    const later = await send(app, chatId, "later");
    await pin(app, chatId, later, megan);
    expect(await pinnedIds(app, chatId, await userToken(USERS.isaiah))).toEqual([later]);
    expect(await pinnedIds(app, chatId)).toEqual([later, first]);
  });

  it.each(["Chat.Read", "Chat.ReadWrite"])("lets a member list with %s", async (scope) => {
    const { app, chatId } = await fixture();
    expect(
      (
        await request(app)
          .get(pinsPath(chatId))
          .set(bearer(await userToken(USERS.lynne, scope)))
      ).status,
    ).toBe(200);
  });

  it.each(["Chat.ReadBasic", "ChatMessage.Send"])("refuses a delegated token with only %s (403)", async (scope) => {
    const { app, chatId } = await fixture();
    expectGraphError(
      await request(app)
        .get(pinsPath(chatId))
        .set(bearer(await userToken(USERS.megan, scope))),
      403,
      "Forbidden",
    );
  });

  it.each(["ChatMessage.Read.All", "Chat.Read.All", "Chat.ReadWrite.All"])("lets an application with %s list", async (role) => {
    const { app, chatId, first, megan } = await fixture();
    await pin(app, chatId, first, megan);
    expect(await pinnedIds(app, chatId, await appToken([role]))).toEqual([first]);
  });

  it("refuses an application with ChatMember.Read.All (403)", async () => {
    const { app, chatId } = await fixture();
    expectGraphError(
      await request(app)
        .get(pinsPath(chatId))
        .set(bearer(await appToken(["ChatMember.Read.All"]))),
      403,
      "Forbidden",
    );
  });

  it("refuses a non-member (403), answers 404 for an unknown chat and 400 for an unknown $expand", async () => {
    const { app, chatId, megan } = await fixture();
    expectGraphError(
      await request(app)
        .get(pinsPath(chatId))
        .set(bearer(await userToken(USERS.isaiah))),
      403,
      "Forbidden",
    );
    const unknown = "19:00000000000000000000000000000099@thread.v2";
    expectGraphError(await request(app).get(pinsPath(unknown)).set(bearer(megan)), 404, "NotFound");
    expectGraphError(
      await request(app)
        .get(`${pinsPath(chatId)}?$expand=members`)
        .set(bearer(megan)),
      400,
      "BadRequest",
    );
  });
});

describe("unpinChatMessage", () => {
  const unpin = (app: App, chatId: string, id: string, token: string, prefix = "") =>
    request(app)
      .delete(`${pinsPath(chatId, prefix)}/${id}`)
      .set(bearer(token));

  it("unpins as the documentation's example does (chat-delete-pinnedmessages.md): 204 without a body", async () => {
    const { app, chatId, first, second, megan } = await fixture();
    await pin(app, chatId, first, megan);
    await pin(app, chatId, second, megan);
    const res = await unpin(app, chatId, first, megan);
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect(await pinnedIds(app, chatId)).toEqual([second]);
  });

  it("answers 404 for a message that is not pinned, an unknown id, and a second unpin", async () => {
    const { app, chatId, first, second, megan } = await fixture();
    await pin(app, chatId, first, megan);
    expectGraphError(await unpin(app, chatId, second, megan), 404, "NotFound");
    expectGraphError(await unpin(app, chatId, "not-a-message", megan), 404, "NotFound");
    expect((await unpin(app, chatId, first, megan)).status).toBe(204);
    expectGraphError(await unpin(app, chatId, first, megan), 404, "NotFound");
  });

  it("answers 404 to a member whose visible history does not reach the pinned message, and keeps the pin", async () => {
    const { app, chatId, first, megan } = await fixture();
    await pin(app, chatId, first, megan);
    expect(
      (
        await request(app)
          .post(`${chatPath(chatId)}/members`)
          .set(bearer(megan))
          .send(member(USERS.isaiah))
      ).status,
    ).toBe(201);
    expectGraphError(await unpin(app, chatId, first, await userToken(USERS.isaiah)), 404, "NotFound");
    expect(await pinnedIds(app, chatId)).toEqual([first]);
  });

  it("lets another member unpin, and the message be pinned again afterwards", async () => {
    const { app, chatId, first, megan } = await fixture();
    await pin(app, chatId, first, megan);
    expect((await unpin(app, chatId, first, await userToken(USERS.lynne))).status).toBe(204);
    expect((await pin(app, chatId, first, megan)).status).toBe(201);
  });

  it("needs Chat.ReadWrite: ChatMessage.Send, which may pin, may not unpin (403)", async () => {
    const { app, chatId, first, megan } = await fixture();
    await pin(app, chatId, first, megan);
    for (const scope of ["ChatMessage.Send", "Chat.Read"]) {
      expectGraphError(await unpin(app, chatId, first, await userToken(USERS.megan, scope)), 403, "Forbidden");
    }
    expect(await pinnedIds(app, chatId)).toEqual([first]);
  });

  it("lets an application with Chat.ReadWrite.All unpin, and refuses one with Chat.Read.All (403)", async () => {
    const { app, chatId, first, megan } = await fixture();
    await pin(app, chatId, first, megan);
    expectGraphError(await unpin(app, chatId, first, await appToken(["Chat.Read.All"])), 403, "Forbidden");
    expect((await unpin(app, chatId, first, await appToken(["Chat.ReadWrite.All"]))).status).toBe(204);
  });

  it("refuses a non-member (403) and answers 404 for an unknown chat", async () => {
    const { app, chatId, first, megan } = await fixture();
    await pin(app, chatId, first, megan);
    expectGraphError(await unpin(app, chatId, first, await userToken(USERS.isaiah)), 403, "Forbidden");
    expectGraphError(await unpin(app, "19:00000000000000000000000000000099@thread.v2", first, megan), 404, "NotFound");
    expect(await pinnedIds(app, chatId)).toEqual([first]);
  });
});

describe("pinned messages through /me and /users/{userId}", () => {
  it("pin, list and unpin under /me/chats/{chatId} as under /chats/{chatId}", async () => {
    const { app, chatId, first, megan } = await fixture();
    expect((await pin(app, chatId, first, megan, "/me")).status).toBe(201);
    const listed = await request(app).get(pinsPath(chatId, "/me")).set(bearer(megan));
    expect((listed.body as PinnedList).value.map((p) => p.id)).toEqual([first]);
    expect(
      (
        await request(app)
          .delete(`${pinsPath(chatId, "/me")}/${first}`)
          .set(bearer(megan))
      ).status,
    ).toBe(204);
    expect(await pinnedIds(app, chatId)).toEqual([]);
  });

  it("serve an application a member's chat under /users/{userId}, and not a non-member's (404)", async () => {
    const { app, chatId, first } = await fixture();
    const token = await appToken(["Chat.ReadWrite.All"]);
    expect((await pin(app, chatId, first, token, `/users/${USERS.lynne}`)).status).toBe(201);
    const listed = await request(app)
      .get(`${pinsPath(chatId, `/users/${USERS.lynne}`)}?$expand=message`)
      .set(bearer(token));
    expect((listed.body as PinnedList).value.map((p) => p.message?.body.content)).toEqual(["first"]);
    expectGraphError(
      await request(app)
        .get(pinsPath(chatId, `/users/${USERS.isaiah}`))
        .set(bearer(token)),
      404,
      "NotFound",
    );
    expect(
      (
        await request(app)
          .delete(`${pinsPath(chatId, "/users/LynneR@contoso.com")}/${first}`)
          .set(bearer(token))
      ).status,
    ).toBe(204);
  });

  it("refuse a signed-in user addressing someone else (403)", async () => {
    const { app, chatId, first, megan } = await fixture();
    expectGraphError(await pin(app, chatId, first, megan, `/users/${USERS.lynne}`), 403, "Forbidden");
  });
});
