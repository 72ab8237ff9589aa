import request from "supertest";
import type { components, Readable } from "../../generated/schema.js";
import { appToken, bearer, expectGraphError, FIXED_NOW, member, testApp, userToken, USERS } from "./helpers.js";

type App = ReturnType<typeof testApp>;

const TENANT = "dcd219dd-bc68-4b9b-bf0b-4a33a796be35";
const MAX_BYTES = 28 * 1024;

// Response shapes come from the contract's generated types, never hand-copied.
type Schemas = components["schemas"];
type FromBody = Readable<Schemas["chatMessageFromIdentitySet"]>;
type MessageBody = Readable<Schemas["chatMessage"]> & { "@odata.context"?: string };
type MessageCollection = Readable<Schemas["chatMessageCollectionResponse"]>;
type ChatBody = Readable<Schemas["chat"]>;

/** A moving clock: every reading is one second after the previous one. */
function movingApp(): App {
  let now = FIXED_NOW.getTime();
  return testApp({ clock: () => new Date((now += 1000)) });
}

const enc = encodeURIComponent;
const chatPath = (chatId: string) => `/v1.0/chats/${enc(chatId)}`;
const messagesPath = (chatId: string) => `${chatPath(chatId)}/messages`;

async function createGroup(app: App, creator: string, others: string[]): Promise<string> {
  const res = await request(app)
    .post("/v1.0/chats")
    .set(bearer(await userToken(creator)))
    .send({ chatType: "group", topic: "Team", members: [member(creator), ...others.map((u) => member(u))] });
  expect(res.status).toBe(201);
  return (res.body as ChatBody).id;
}

async function send(app: App, chatId: string, content: string, sender: string = USERS.megan): Promise<MessageBody> {
  const res = await request(app)
    .post(messagesPath(chatId))
    .set(bearer(await userToken(sender)))
    .send({ body: { content } });
  expect(res.status).toBe(201);
  return res.body as MessageBody;
}

async function sendAll(app: App, chatId: string, contents: string[]): Promise<MessageBody[]> {
  const sent: MessageBody[] = [];
  for (const content of contents) sent.push(await send(app, chatId, content));
  return sent;
}

async function getChat(app: App, chatId: string, token: string, query = ""): Promise<ChatBody> {
  const res = await request(app)
    .get(`${chatPath(chatId)}${query}`)
    .set(bearer(token));
  expect(res.status).toBe(200);
  return res.body as ChatBody;
}

/** The path and query of an absolute link, to request it from the same in-process app. */
function pathOf(link: string): string {
  const url = new URL(link);
  return url.pathname + url.search;
}

/** Follows @odata.nextLink from `first` to the end; returns each page's contents. */
async function allPages(app: App, first: string, token: string): Promise<{ pages: string[][]; links: string[] }> {
  const pages: string[][] = [];
  const links: string[] = [];
  let next: string | undefined = first;
  while (next !== undefined) {
    const res = await request(app).get(next).set(bearer(token));
    expect(res.status).toBe(200);
    const body = res.body as MessageCollection;
    pages.push(body.value.map((m) => m.body.content));
    const link = body["@odata.nextLink"];
    if (link !== undefined) links.push(link);
    next = link === undefined ? undefined : pathOf(link);
    if (pages.length > 50) throw new Error("nextLink never ends");
  }
  return { pages, links };
}

const contentsOf = (res: { body: unknown }) => (res.body as MessageCollection).value.map((m) => m.body.content);

function expectedFrom(userId: string, displayName: string): FromBody {
  return {
    application: null,
    device: null,
    user: {
      "@odata.type": "#microsoft.graph.teamworkUserIdentity",
      id: userId,
      displayName,
      userIdentityType: "aadUser",
      tenantId: TENANT,
    },
  };
}

describe("sendChatMessage", () => {
  it("answers 201 with the whole message", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await request(app)
      .post(messagesPath(chatId))
      .set(bearer(await userToken(USERS.megan)))
      .send({ body: { content: "Hello world" } });
    expect(res.status).toBe(201);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.body).toEqual({
      "@odata.context": expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/\$metadata#/),
      id: expect.stringMatching(/^\d+$/),
      replyToId: null,
      etag: expect.any(String),
      messageType: "message",
      createdDateTime: "2026-03-01T12:00:00.000Z",
      lastModifiedDateTime: "2026-03-01T12:00:00.000Z",
      lastEditedDateTime: null,
      deletedDateTime: null,
      subject: null,
      summary: null,
      chatId,
      importance: "normal",
      locale: expect.any(String),
      webUrl: null,
      channelIdentity: null,
      policyViolation: null,
      eventDetail: null,
      from: expectedFrom(USERS.megan, "Megan Bowen"),
      body: { contentType: "text", content: "Hello world" },
      attachments: [],
      mentions: [],
      reactions: [],
    });
    const body = res.body as MessageBody;
    expect(body["@odata.context"]?.endsWith(`/$metadata#chats('${enc(chatId)}')/messages/$entity`)).toBe(true);
    // openapi.yaml: ids are milliseconds since the epoch.
    expect(body.id).toBe(String(FIXED_NOW.getTime()));
    // chatmessage-post.md: a new message's etag is its id (both are its time in milliseconds).
    expect(body.etag).toBe(body.id);
  });

  it("keeps an html body, the subject and the importance as sent", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await request(app)
      .post(messagesPath(chatId))
      .set(bearer(await userToken(USERS.lynne)))
      .send({ subject: "Plans", importance: "high", body: { contentType: "html", content: "<p><b>Hello</b> world</p>" } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      subject: "Plans",
      importance: "high",
      body: { contentType: "html", content: "<p><b>Hello</b> world</p>" },
      from: expectedFrom(USERS.lynne, "Lynne Robbins"),
    });
  });

  it.each([
    { what: "empty content", body: { body: { content: "" } } },
    { what: "whitespace-only content", body: { body: { content: "  \n\t " } } },
    { what: "blank html content", body: { body: { contentType: "html", content: "   " } } },
    { what: "no body", body: { subject: "Nothing" } },
    { what: "an unknown contentType", body: { body: { contentType: "markdown", content: "x" } } },
  ])("rejects $what", async ({ body }) => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await request(app)
      .post(messagesPath(chatId))
      .set(bearer(await userToken(USERS.megan)))
      .send(body);
    expectGraphError(res, 400, "BadRequest");
    const list = await request(app)
      .get(messagesPath(chatId))
      .set(bearer(await userToken(USERS.megan)));
    expect(contentsOf(list)).toEqual([]);
  });

  it("accepts content of exactly 28 KB and rejects one byte more with 413", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const token = await userToken(USERS.megan);
    const exact = await request(app)
      .post(messagesPath(chatId))
      .set(bearer(token))
      .send({ body: { content: "a".repeat(MAX_BYTES) } });
    expect(exact.status).toBe(201);
    expect((exact.body as MessageBody).body.content).toHaveLength(MAX_BYTES);
    const over = await request(app)
      .post(messagesPath(chatId))
      .set(bearer(token))
      .send({ body: { content: "a".repeat(MAX_BYTES + 1) } });
    expectGraphError(over, 413, "RequestEntityTooLarge");
  });

  it("counts the 28 KB in UTF-8 bytes, not characters", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const token = await userToken(USERS.megan);
    // "é" is two bytes in UTF-8.
    const exact = await request(app)
      .post(messagesPath(chatId))
      .set(bearer(token))
      .send({ body: { content: "é".repeat(MAX_BYTES / 2) } });
    expect(exact.status).toBe(201);
    const over = await request(app)
      .post(messagesPath(chatId))
      .set(bearer(token))
      .send({ body: { content: "é".repeat(MAX_BYTES / 2 + 1) } });
    expectGraphError(over, 413, "RequestEntityTooLarge");
  });

  // Graph's limit is on the whole message (docs/graph-decisions.md, "Message size"): inline
  // images count with their decoded bytes, cards with their content.
  describe("the 28 KB total", () => {
    const content = '<img src="../hostedContents/1/$value">';
    const withImage = (bytes: number) => ({
      body: { contentType: "html", content },
      hostedContents: [
        { "@microsoft.graph.temporaryId": "1", contentBytes: Buffer.alloc(bytes, 7).toString("base64"), contentType: "image/png" },
      ],
    });
    const room = MAX_BYTES - Buffer.byteLength(content);

    it("accepts an image that brings the message to exactly 28 KB, though its base64 is longer (chatmessage-post.md, example 5)", async () => {
      const app = testApp();
      const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
      const body = withImage(room);
      expect(body.hostedContents[0]?.contentBytes.length).toBeGreaterThan(MAX_BYTES);
      const res = await request(app)
        .post(messagesPath(chatId))
        .set(bearer(await userToken(USERS.megan)))
        .send(body);
      expect(res.status).toBe(201);
    });

    it("rejects with 413 an image that takes the message one byte over", async () => {
      const app = testApp();
      const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
      const res = await request(app)
        .post(messagesPath(chatId))
        .set(bearer(await userToken(USERS.megan)))
        .send(withImage(room + 1));
      expectGraphError(res, 413, "RequestEntityTooLarge");
      expect((res.body as { error: { message: string } }).error.message).toContain("inline images");
    });

    it("counts a card's content and the subject with the body", async () => {
      const app = testApp();
      const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
      const body = '<attachment id="card"></attachment>';
      const card = (size: number) => JSON.stringify({ type: "AdaptiveCard", text: "x".repeat(size) });
      const overhead = Buffer.byteLength(body) + Buffer.byteLength(card(0)) + Buffer.byteLength("Subject");
      const message = (size: number) => ({
        subject: "Subject",
        body: { contentType: "html", content: body },
        attachments: [{ id: "card", contentType: "application/vnd.microsoft.card.adaptive", content: card(size) }],
      });
      const token = await userToken(USERS.megan);
      expect(
        (
          await request(app)
            .post(messagesPath(chatId))
            .set(bearer(token))
            .send(message(MAX_BYTES - overhead))
        ).status,
      ).toBe(201);
      const over = await request(app)
        .post(messagesPath(chatId))
        .set(bearer(token))
        .send(message(MAX_BYTES - overhead + 1));
      expectGraphError(over, 413, "RequestEntityTooLarge");
    });

    it("is checked before the chat: a message too large for any chat is 413 even where the caller may not send", async () => {
      const app = testApp();
      const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
      const res = await request(app)
        .post(messagesPath(chatId))
        .set(bearer(await userToken(USERS.jacob)))
        .send(withImage(room + 1));
      expectGraphError(res, 413, "RequestEntityTooLarge");
    });
  });

  it.each([
    { what: "an unknown property", extra: { colour: "blue" } },
    { what: "the read-only id", extra: { id: "1" } },
    { what: "the read-only createdDateTime", extra: { createdDateTime: "2026-01-01T00:00:00Z" } },
    { what: "an unknown property inside body", extra: { body: { content: "Hi", colour: "blue" } } },
  ])("rejects $what in the body", async ({ extra }) => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await request(app)
      .post(messagesPath(chatId))
      .set(bearer(await userToken(USERS.megan)))
      .send({ body: { content: "Hi" }, ...extra });
    expectGraphError(res, 400, "BadRequest");
  });

  it("forbids a caller who is not a member", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await request(app)
      .post(messagesPath(chatId))
      .set(bearer(await userToken(USERS.jacob)))
      .send({ body: { content: "Hi" } });
    expectGraphError(res, 403, "Forbidden");
  });

  it("answers 404 for an unknown chat", async () => {
    const res = await request(testApp())
      .post(messagesPath("19:ffffffffffffffffffffffffffffffff@thread.v2"))
      .set(bearer(await userToken(USERS.megan)))
      .send({ body: { content: "Hi" } });
    expectGraphError(res, 404, "NotFound");
  });

  it("checks the body before the permission and the chat", async () => {
    const res = await request(testApp())
      .post(messagesPath("19:ffffffffffffffffffffffffffffffff@thread.v2"))
      .set(bearer(await userToken(USERS.megan, "Chat.Read")))
      .send({ body: { content: "Hi" }, colour: "blue" });
    expectGraphError(res, 400, "BadRequest");
    const denied = await request(testApp())
      .post(messagesPath("19:ffffffffffffffffffffffffffffffff@thread.v2"))
      .set(bearer(await userToken(USERS.megan, "Chat.Read")))
      .send({ body: { content: "Hi" } });
    expectGraphError(denied, 403, "Forbidden");
  });

  it("rejects blank content before looking up the chat", async () => {
    const res = await request(testApp())
      .post(messagesPath("19:ffffffffffffffffffffffffffffffff@thread.v2"))
      .set(bearer(await userToken(USERS.megan)))
      .send({ body: { content: "   " } });
    expectGraphError(res, 400, "BadRequest");
  });

  it("forbids an application token, whatever its roles", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await request(app)
      .post(messagesPath(chatId))
      .set(bearer(await appToken(["Chat.ReadWrite.All", "Chat.Create"])))
      .send({ body: { content: "Hi" } });
    expectGraphError(res, 403, "Forbidden");
  });

  it("accepts the scope ChatMessage.Send alone but not Chat.Read", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const sent = await request(app)
      .post(messagesPath(chatId))
      .set(bearer(await userToken(USERS.megan, "ChatMessage.Send")))
      .send({ body: { content: "Hi" } });
    expect(sent.status).toBe(201);
    const denied = await request(app)
      .post(messagesPath(chatId))
      .set(bearer(await userToken(USERS.megan, "Chat.Read")))
      .send({ body: { content: "Hi again" } });
    expectGraphError(denied, 403, "Forbidden");
    const list = await request(app)
      .get(messagesPath(chatId))
      .set(bearer(await userToken(USERS.megan)));
    expect(contentsOf(list)).toEqual(["Hi"]);
  });

  it("updates the chat's lastUpdatedDateTime and lastMessagePreview", async () => {
    const app = movingApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const lynne = await userToken(USERS.lynne);
    const before = await getChat(app, chatId, lynne, "?$expand=lastMessagePreview");
    expect(before.lastMessagePreview).toBeNull();
    const res = await request(app)
      .post(messagesPath(chatId))
      .set(bearer(await userToken(USERS.megan)))
      .send({ body: { contentType: "html", content: "<p>News</p>" } });
    expect(res.status).toBe(201);
    const message = res.body as MessageBody;
    const after = await getChat(app, chatId, lynne, "?$expand=lastMessagePreview");
    expect(Date.parse(after.lastUpdatedDateTime)).toBeGreaterThan(Date.parse(before.lastUpdatedDateTime));
    expect(after.lastUpdatedDateTime).toBe(message.createdDateTime);
    expect(after.lastMessagePreview).toEqual({
      id: message.id,
      createdDateTime: message.createdDateTime,
      isDeleted: false,
      messageType: "message",
      body: { contentType: "html", content: "<p>News</p>" },
      from: expectedFrom(USERS.megan, "Megan Bowen"),
    });
  });

  it("brings back a chat a member had hidden", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const lynne = await userToken(USERS.lynne);
    const hidden = await request(app)
      .post(`${chatPath(chatId)}/hideForUser`)
      .set(bearer(lynne))
      .send({ user: { id: USERS.lynne } });
    expect(hidden.status).toBe(204);
    expect((await getChat(app, chatId, lynne)).viewpoint?.isHidden).toBe(true);
    await send(app, chatId, "Are you there?", USERS.megan);
    expect((await getChat(app, chatId, lynne)).viewpoint?.isHidden).toBe(false);
  });

  it("gives strictly increasing ids to messages sent in the same millisecond", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const sent = await sendAll(app, chatId, ["one", "two", "three"]);
    const ids = sent.map((m) => BigInt(m.id));
    expect(ids[1]! > ids[0]!).toBe(true);
    expect(ids[2]! > ids[1]!).toBe(true);
    // Creation times never go backwards along the ids (they may be equal or bumped).
    const created = sent.map((m) => Date.parse(m.createdDateTime));
    expect(created).toEqual([...created].sort((a, b) => a - b));
    expect(created[0]).toBe(FIXED_NOW.getTime());
    const list = await request(app)
      .get(messagesPath(chatId))
      .set(bearer(await userToken(USERS.megan)));
    expect(contentsOf(list)).toEqual(["three", "two", "one"]);
  });
});

describe("listChatMessages", () => {
  it("lists the messages newest first", async () => {
    const app = movingApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const sent = await sendAll(app, chatId, ["first", "second", "third"]);
    const res = await request(app)
      .get(messagesPath(chatId))
      .set(bearer(await userToken(USERS.lynne, "Chat.Read")));
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    const body = res.body as MessageCollection;
    expect(body["@odata.context"]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/\$metadata#/);
    expect(body["@odata.context"].endsWith(`/$metadata#chats('${enc(chatId)}')/messages`)).toBe(true);
    expect(body.value.map((m) => m.id)).toEqual(sent.map((m) => m.id).reverse());
    expect(contentsOf(res)).toEqual(["third", "second", "first"]);
    expect(body["@odata.nextLink"]).toBeUndefined();
    const { "@odata.context": _context, ...third } = sent[2] as MessageBody;
    expect(body.value[0]).toEqual(third);
  });

  it("lists an empty chat as an empty page without a nextLink", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await request(app)
      .get(messagesPath(chatId))
      .set(bearer(await userToken(USERS.megan)));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ "@odata.context": expect.any(String), "@odata.count": 0, value: [] });
  });

  it("pages with $top and absolute nextLinks that keep $top, returning every message once", async () => {
    const app = movingApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const contents = ["m1", "m2", "m3", "m4", "m5", "m6", "m7"];
    await sendAll(app, chatId, contents);
    const token = await userToken(USERS.lynne);
    const { pages, links } = await allPages(app, `${messagesPath(chatId)}?$top=3`, token);
    expect(pages).toEqual([["m7", "m6", "m5"], ["m4", "m3", "m2"], ["m1"]]);
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/chats\/[^?]+\/messages\?/);
      expect(link).toContain("$skiptoken=");
      const url = new URL(link);
      expect(url.searchParams.get("$top")).toBe("3");
      expect(decodeURIComponent(url.pathname)).toBe(`/v1.0/chats/${chatId}/messages`);
    }
  });

  it("has no empty last page when the messages fill the pages exactly", async () => {
    const app = movingApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    await sendAll(app, chatId, ["m1", "m2", "m3", "m4"]);
    const { pages } = await allPages(app, `${messagesPath(chatId)}?$top=2`, await userToken(USERS.megan));
    expect(pages).toEqual([
      ["m4", "m3"],
      ["m2", "m1"],
    ]);
  });

  it("pages by 20 without $top", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const contents = Array.from({ length: 21 }, (_, i) => `m${i + 1}`);
    await sendAll(app, chatId, contents);
    const { pages, links } = await allPages(app, messagesPath(chatId), await userToken(USERS.megan));
    expect(pages.map((p) => p.length)).toEqual([20, 1]);
    expect(pages.flat()).toEqual([...contents].reverse());
    expect(new URL(links[0] as string).searchParams.get("$top")).toBeNull();
  });

  it("neither repeats nor skips messages when new ones arrive between pages", async () => {
    const app = movingApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    await sendAll(app, chatId, ["m1", "m2", "m3", "m4", "m5"]);
    const token = await userToken(USERS.lynne);
    const first = await request(app)
      .get(`${messagesPath(chatId)}?$top=2`)
      .set(bearer(token));
    expect(contentsOf(first)).toEqual(["m5", "m4"]);
    await sendAll(app, chatId, ["m6", "m7"]);
    const link = (first.body as MessageCollection)["@odata.nextLink"];
    expect(link).toBeDefined();
    const { pages } = await allPages(app, pathOf(link as string), token);
    expect(pages.flat()).toEqual(["m3", "m2", "m1"]);
    const fresh = await request(app)
      .get(`${messagesPath(chatId)}?$top=2`)
      .set(bearer(token));
    expect(contentsOf(fresh)).toEqual(["m7", "m6"]);
  });

  it.each(["createdDateTime desc", "lastModifiedDateTime desc"])(
    "accepts $orderby=%s, newest first, and keeps it in nextLink",
    async (orderby) => {
      const app = movingApp();
      const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
      await sendAll(app, chatId, ["m1", "m2", "m3"]);
      const token = await userToken(USERS.megan);
      const res = await request(app).get(messagesPath(chatId)).query({ $orderby: orderby, $top: 2 }).set(bearer(token));
      expect(res.status).toBe(200);
      expect(contentsOf(res)).toEqual(["m3", "m2"]);
      const link = (res.body as MessageCollection)["@odata.nextLink"] as string;
      expect(new URL(link).searchParams.get("$orderby")).toBe(orderby);
      const next = await request(app).get(pathOf(link)).set(bearer(token));
      expect(next.status).toBe(200);
      expect(contentsOf(next)).toEqual(["m1"]);
    },
  );

  it.each(["createdDateTime asc", "createdDateTime", "id desc", "lastModifiedDateTime desc,createdDateTime desc"])(
    "rejects $orderby=%s",
    async (orderby) => {
      const app = testApp();
      const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
      const res = await request(app)
        .get(messagesPath(chatId))
        .query({ $orderby: orderby })
        .set(bearer(await userToken(USERS.megan)));
      expectGraphError(res, 400, "BadRequest");
    },
  );

  it.each(["0", "51", "abc", "-1", "2.5"])("rejects $top=%s", async (top) => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await request(app)
      .get(messagesPath(chatId))
      .query({ $top: top })
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 400, "BadRequest");
  });

  it("accepts $top=50 and $top=1", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    await sendAll(app, chatId, ["m1", "m2"]);
    const token = await userToken(USERS.megan);
    const fifty = await request(app)
      .get(`${messagesPath(chatId)}?$top=50`)
      .set(bearer(token));
    expect(contentsOf(fifty)).toEqual(["m2", "m1"]);
    const one = await request(app)
      .get(`${messagesPath(chatId)}?$top=1`)
      .set(bearer(token));
    expect(contentsOf(one)).toEqual(["m2"]);
    expect((one.body as MessageCollection)["@odata.nextLink"]).toEqual(expect.any(String));
  });

  it("rejects an unsupported query option", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await request(app)
      .get(`${messagesPath(chatId)}?$filter=subject eq 'x'`)
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 400, "BadRequest");
  });

  it("rejects a tampered $skiptoken with the Graph error envelope", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    await sendAll(app, chatId, ["m1", "m2", "m3"]);
    const token = await userToken(USERS.megan);
    const first = await request(app)
      .get(`${messagesPath(chatId)}?$top=1`)
      .set(bearer(token));
    const skiptoken = new URL((first.body as MessageCollection)["@odata.nextLink"] as string).searchParams.get("$skiptoken") as string;
    expect(skiptoken.length).toBeGreaterThan(2);
    for (const at of [0, Math.floor(skiptoken.length / 2), skiptoken.length - 1]) {
      const original = skiptoken[at];
      const tampered = skiptoken.slice(0, at) + (original === "A" ? "B" : "A") + skiptoken.slice(at + 1);
      const res = await request(app).get(messagesPath(chatId)).query({ $top: 1, $skiptoken: tampered }).set(bearer(token));
      expectGraphError(res, 400, "BadRequest");
      expect((res.body as { error: { message: string } }).error.message).toMatch(/\$skiptoken/);
    }
    const garbage = await request(app).get(messagesPath(chatId)).query({ $skiptoken: "not-a-token" }).set(bearer(token));
    expectGraphError(garbage, 400, "BadRequest");
  });

  it("rejects a $skiptoken from another chat's list", async () => {
    const app = testApp();
    const chatA = await createGroup(app, USERS.megan, [USERS.lynne]);
    const chatB = await createGroup(app, USERS.megan, [USERS.lynne]);
    await sendAll(app, chatA, ["a1", "a2"]);
    await sendAll(app, chatB, ["b1", "b2"]);
    const token = await userToken(USERS.megan);
    const first = await request(app)
      .get(`${messagesPath(chatA)}?$top=1`)
      .set(bearer(token));
    const skiptoken = new URL((first.body as MessageCollection)["@odata.nextLink"] as string).searchParams.get("$skiptoken") as string;
    const res = await request(app).get(messagesPath(chatB)).query({ $top: 1, $skiptoken: skiptoken }).set(bearer(token));
    expectGraphError(res, 400, "BadRequest");
  });

  describe("visibleHistoryStartDateTime", () => {
    async function chatWithHistory() {
      const app = movingApp();
      const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
      const old = await sendAll(app, chatId, ["old1", "old2"]);
      const added = await request(app)
        .post(`${chatPath(chatId)}/members`)
        .set(bearer(await userToken(USERS.megan)))
        .send(member(USERS.isaiah));
      expect(added.status).toBe(201);
      const recent = await sendAll(app, chatId, ["new1", "new2"]);
      return { app, chatId, old, recent };
    }

    it("shows a member added without history only the messages from after it joined", async () => {
      const { app, chatId, old, recent } = await chatWithHistory();
      const isaiah = await userToken(USERS.isaiah);
      const list = await request(app).get(messagesPath(chatId)).set(bearer(isaiah));
      expect(list.status).toBe(200);
      expect(contentsOf(list)).toEqual(["new2", "new1"]);
      expect((list.body as MessageCollection)["@odata.nextLink"]).toBeUndefined();
      const { pages } = await allPages(app, `${messagesPath(chatId)}?$top=1`, isaiah);
      expect(pages).toEqual([["new2"], ["new1"]]);
      const older = await request(app)
        .get(`${messagesPath(chatId)}/${(old[1] as MessageBody).id}`)
        .set(bearer(isaiah));
      expectGraphError(older, 404, "NotFound");
      const newer = await request(app)
        .get(`${messagesPath(chatId)}/${(recent[0] as MessageBody).id}`)
        .set(bearer(isaiah));
      expect(newer.status).toBe(200);
      expect((newer.body as MessageBody).body.content).toBe("new1");
    });

    it("does not preview, to a member added without history, a message from before it joined", async () => {
      const app = testApp();
      const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
      await sendAll(app, chatId, ["before"]);
      const added = await request(app)
        .post(`${chatPath(chatId)}/members`)
        .set(bearer(await userToken(USERS.megan)))
        .send(member(USERS.isaiah));
      expect(added.status).toBe(201);
      const isaiah = await getChat(app, chatId, await userToken(USERS.isaiah), "?$expand=lastMessagePreview");
      expect(isaiah.lastMessagePreview).toBeNull();
      const megan = await getChat(app, chatId, await userToken(USERS.megan), "?$expand=lastMessagePreview");
      expect(megan.lastMessagePreview?.body.content).toBe("before");
    });

    it("shows a member added with 0001-01-01T00:00:00Z the whole history", async () => {
      const { app, chatId, old } = await chatWithHistory();
      const added = await request(app)
        .post(`${chatPath(chatId)}/members`)
        .set(bearer(await userToken(USERS.megan)))
        .send({ ...member(USERS.alex), visibleHistoryStartDateTime: "0001-01-01T00:00:00Z" });
      expect(added.status).toBe(201);
      const alex = await userToken(USERS.alex);
      const list = await request(app).get(messagesPath(chatId)).set(bearer(alex));
      expect(contentsOf(list)).toEqual(["new2", "new1", "old2", "old1"]);
      const oldest = await request(app)
        .get(`${messagesPath(chatId)}/${(old[0] as MessageBody).id}`)
        .set(bearer(alex));
      expect(oldest.status).toBe(200);
    });

    it("shows a member added with a time in the middle the messages from that time on", async () => {
      const { app, chatId, old } = await chatWithHistory();
      const added = await request(app)
        .post(`${chatPath(chatId)}/members`)
        .set(bearer(await userToken(USERS.megan)))
        .send({ ...member(USERS.alex), visibleHistoryStartDateTime: (old[1] as MessageBody).createdDateTime });
      expect(added.status).toBe(201);
      const list = await request(app)
        .get(messagesPath(chatId))
        .set(bearer(await userToken(USERS.alex)));
      expect(contentsOf(list)).toEqual(["new2", "new1", "old2"]);
    });

    it("lets an application with Chat.Read.All see every message", async () => {
      const { app, chatId, old } = await chatWithHistory();
      const token = await appToken(["Chat.Read.All"]);
      const list = await request(app).get(messagesPath(chatId)).set(bearer(token));
      expect(list.status).toBe(200);
      expect(contentsOf(list)).toEqual(["new2", "new1", "old2", "old1"]);
      const oldest = await request(app)
        .get(`${messagesPath(chatId)}/${(old[0] as MessageBody).id}`)
        .set(bearer(token));
      expect(oldest.status).toBe(200);
    });
  });

  it("agrees with getChatMessage on visibility and keeps createdDateTime order when the system clock steps back", async () => {
    let now = Date.parse("2026-03-01T12:00:10.000Z");
    const app = testApp({ clock: () => new Date(now) });
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    now = Date.parse("2026-03-01T12:00:20.000Z");
    const early = await send(app, chatId, "sent at 12:00:20");
    now = Date.parse("2026-03-01T12:00:05.000Z"); // the system clock is corrected backwards (NTP step)
    const late = await send(app, chatId, "sent after the step");
    now = Date.parse("2026-03-01T12:00:30.000Z");
    const added = await request(app)
      .post(`${chatPath(chatId)}/members`)
      .set(bearer(await userToken(USERS.megan)))
      .send({ ...member(USERS.isaiah), visibleHistoryStartDateTime: "2026-03-01T12:00:07.000Z" });
    expect(added.status).toBe(201);

    // Newest first by createdDateTime, as $orderby=createdDateTime desc promises.
    const all = await request(app)
      .get(messagesPath(chatId))
      .query({ $orderby: "createdDateTime desc" })
      .set(bearer(await appToken(["Chat.Read.All"])));
    expect(all.status).toBe(200);
    const created = (all.body as MessageCollection).value.map((m) => Date.parse(m.createdDateTime));
    expect(created).toEqual([...created].sort((a, b) => b - a));

    // The member sees in the list exactly the messages it can read one by one, and the
    // message created after its visibleHistoryStartDateTime is one of them.
    const isaiah = await userToken(USERS.isaiah);
    const readable: string[] = [];
    for (const message of [late, early]) {
      const res = await request(app)
        .get(`${messagesPath(chatId)}/${message.id}`)
        .set(bearer(isaiah));
      expect([200, 404]).toContain(res.status);
      if (res.status === 200) readable.push((res.body as MessageBody).body.content);
    }
    expect(readable).toContain("sent at 12:00:20");
    const listed = await request(app).get(messagesPath(chatId)).set(bearer(isaiah));
    expect(contentsOf(listed)).toEqual(readable);
  });

  it("checks the query before the permission and the chat", async () => {
    const res = await request(testApp())
      .get(messagesPath("19:ffffffffffffffffffffffffffffffff@thread.v2"))
      .query({ $top: 0 })
      .set(bearer(await userToken(USERS.megan, "Chat.ReadBasic")));
    expectGraphError(res, 400, "BadRequest");
    const denied = await request(testApp())
      .get(messagesPath("19:ffffffffffffffffffffffffffffffff@thread.v2"))
      .set(bearer(await userToken(USERS.megan, "Chat.ReadBasic")));
    expectGraphError(denied, 403, "Forbidden");
  });

  it("forbids a caller who is not a member", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await request(app)
      .get(messagesPath(chatId))
      .set(bearer(await userToken(USERS.jacob)));
    expectGraphError(res, 403, "Forbidden");
  });

  it("forbids tokens without Chat.Read or Chat.ReadWrite", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    for (const scope of ["Chat.ReadBasic", "ChatMessage.Send", "ChatMember.Read"]) {
      const res = await request(app)
        .get(messagesPath(chatId))
        .set(bearer(await userToken(USERS.megan, scope)));
      expectGraphError(res, 403, "Forbidden");
    }
    expectGraphError(
      await request(app)
        .get(messagesPath(chatId))
        .set(bearer(await appToken(["Chat.ReadBasic.All"]))),
      403,
      "Forbidden",
    );
  });

  it("answers 404 for an unknown chat", async () => {
    const res = await request(testApp())
      .get(messagesPath("19:ffffffffffffffffffffffffffffffff@thread.v2"))
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 404, "NotFound");
  });
});

describe("getChatMessage", () => {
  it("returns the message with an $entity context", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const sent = await send(app, chatId, "Hello");
    const res = await request(app)
      .get(`${messagesPath(chatId)}/${sent.id}`)
      .set(bearer(await userToken(USERS.lynne, "Chat.Read")));
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    const body = res.body as MessageBody;
    expect(body["@odata.context"]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/\$metadata#/);
    expect(body["@odata.context"]?.endsWith(`/$metadata#chats('${enc(chatId)}')/messages/$entity`)).toBe(true);
    const { "@odata.context": _got, ...got } = body;
    const { "@odata.context": _sent, ...expected } = sent;
    expect(got).toEqual(expected);
  });

  it.each(["1", "99999999999999", "abc"])("answers 404 for the unknown message id %s", async (messageId) => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    await send(app, chatId, "Hello");
    const res = await request(app)
      .get(`${messagesPath(chatId)}/${messageId}`)
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 404, "NotFound");
  });

  it("answers 404 for a message of another chat", async () => {
    const app = movingApp();
    const chatA = await createGroup(app, USERS.megan, [USERS.lynne]);
    const chatB = await createGroup(app, USERS.megan, [USERS.lynne]);
    const inA = await send(app, chatA, "Only in A");
    const res = await request(app)
      .get(`${messagesPath(chatB)}/${inA.id}`)
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 404, "NotFound");
  });

  it("forbids a caller who is not a member", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const sent = await send(app, chatId, "Hello");
    const res = await request(app)
      .get(`${messagesPath(chatId)}/${sent.id}`)
      .set(bearer(await userToken(USERS.jacob)));
    expectGraphError(res, 403, "Forbidden");
  });

  it("answers 404 for an unknown chat", async () => {
    const res = await request(testApp())
      .get(`${messagesPath("19:ffffffffffffffffffffffffffffffff@thread.v2")}/1`)
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 404, "NotFound");
  });
});
