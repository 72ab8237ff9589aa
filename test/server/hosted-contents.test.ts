// A message's inline images (chatmessage-list-hostedcontents.md, chatmessagehostedcontent-get.md):
// listed and got by id with `contentBytes` and `contentType` null, their bytes from `…/$value`
// with their own content type; read by whoever may read the message, and by nobody else.
import request from "supertest";
import type { components, Readable } from "../../generated/schema.js";
import { MemoryChatStore } from "../../src/server/store/memory.js";
import { appToken, bearer, expectGraphError, FIXED_NOW, member, requestExample, testApp, userToken, USERS } from "./helpers.js";

type App = ReturnType<typeof testApp>;
type Schemas = components["schemas"];
type MessageBody = Readable<Schemas["chatMessage"]>;

const enc = encodeURIComponent;
const inlineImage = requestExample("SendChatMessageRequest", "inlineImage").value as {
  hostedContents: { contentBytes: string; contentType: string }[];
};
const PNG = Buffer.from(inlineImage.hostedContents[0]?.contentBytes ?? "", "base64");
const GIF = Buffer.from("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==", "base64");

interface Fixture {
  app: App;
  store: MemoryChatStore;
  chatId: string;
  messageId: string;
  hostedContentId: string;
  /** The image's URL as the message's body shows it. */
  src: string;
}

/** A moving clock (one second per reading), so a member added later has a later history start. */
function movingApp(store: MemoryChatStore): App {
  let now = FIXED_NOW.getTime();
  return testApp({ store, clock: () => new Date((now += 1000)) });
}

const messagePath = (f: Pick<Fixture, "chatId" | "messageId">, prefix = "") =>
  `/v1.0${prefix}/chats/${enc(f.chatId)}/messages/${f.messageId}`;

async function send(app: App, chatId: string, body: object): Promise<MessageBody> {
  const res = await request(app)
    .post(`/v1.0/chats/${enc(chatId)}/messages`)
    .set(bearer(await userToken(USERS.megan)))
    .send(body);
  expect(res.status).toBe(201);
  return res.body as MessageBody;
}

/** A group chat of Megan and Lynne in which Megan sent the documentation's inline image (chatmessage-post.md, example 5). */
async function imageMessage(): Promise<Fixture> {
  const store = new MemoryChatStore();
  const app = movingApp(store);
  const created = await request(app)
    .post("/v1.0/chats")
    .set(bearer(await userToken(USERS.megan)))
    .send({ chatType: "group", topic: "Images", members: [member(USERS.megan), member(USERS.lynne)] });
  const chatId = created.body.id as string;
  const message = await send(app, chatId, inlineImage);
  const src = /src="([^"]+)"/.exec(message.body.content)?.[1] ?? "";
  const hostedContentId = /\/hostedContents\/([^/]+)\/\$value$/.exec(src)?.[1] ?? "";
  expect(hostedContentId).not.toBe("");
  return { app, store, chatId, messageId: message.id, hostedContentId, src };
}

/** Marks the message deleted in the store, as softDeleteChatMessage does (it is built on another branch). */
async function softDelete(f: Fixture): Promise<void> {
  await f.store.change(f.chatId, async (_chat, read) => {
    const message = await read.getMessage(f.messageId);
    if (!message) throw new Error("no message to delete");
    return { updatedMessage: { ...message, deletedDateTime: "2026-03-01T13:00:00.000Z" }, result: undefined };
  });
}

/** `@odata.context` from the path on: supertest gives every request its own port. */
const contextPath = (res: request.Response) => String(res.body["@odata.context"]).replace(/^http:\/\/127\.0\.0\.1:\d+/, "");

const get = async (f: Fixture, path: string, token?: string) =>
  request(f.app)
    .get(path)
    .set(bearer(token ?? (await userToken(USERS.lynne))));

interface Operation {
  operationId: string;
  /** The operation's path below the message. */
  suffix: (f: Fixture) => string;
}

const LIST: Operation = { operationId: "listChatMessageHostedContents", suffix: () => "/hostedContents" };
const GET: Operation = { operationId: "getChatMessageHostedContent", suffix: (f) => `/hostedContents/${f.hostedContentId}` };
const VALUE: Operation = { operationId: "getChatMessageHostedContentValue", suffix: (f) => `/hostedContents/${f.hostedContentId}/$value` };

/** Who may read, and where: the same for the three operations (x-permissions of each page). */
function accessRules(op: Operation): void {
  describe("who may read it", () => {
    it.each(["Chat.Read", "Chat.ReadWrite"])("answers a member with the delegated scope %s", async (scope) => {
      const f = await imageMessage();
      expect((await get(f, `${messagePath(f)}${op.suffix(f)}`, await userToken(USERS.lynne, scope))).status).toBe(200);
    });

    it.each(["Chat.Read.All", "Chat.ReadWrite.All"])("answers an application with the role %s", async (role) => {
      const f = await imageMessage();
      expect((await get(f, `${messagePath(f)}${op.suffix(f)}`, await appToken([role]))).status).toBe(200);
    });

    it("refuses a token without Chat.Read or Chat.ReadWrite (403)", async () => {
      const f = await imageMessage();
      const path = `${messagePath(f)}${op.suffix(f)}`;
      expectGraphError(await get(f, path, await userToken(USERS.lynne, "ChatMessage.Send Chat.ReadBasic")), 403, "Forbidden");
      expectGraphError(await get(f, path, await appToken(["ChatMessage.Read.All"])), 403, "Forbidden");
    });

    it("forbids a user who is not a member of the chat (403)", async () => {
      const f = await imageMessage();
      expectGraphError(await get(f, `${messagePath(f)}${op.suffix(f)}`, await userToken(USERS.jacob)), 403, "Forbidden");
    });

    it("hides it from a member added afterwards without history (404), as getChatMessage does", async () => {
      const f = await imageMessage();
      const added = await request(f.app)
        .post(`/v1.0/chats/${enc(f.chatId)}/members`)
        .set(bearer(await userToken(USERS.megan)))
        .send(member(USERS.isaiah));
      expect(added.status).toBe(201);
      const isaiah = await userToken(USERS.isaiah);
      expectGraphError(await get(f, messagePath(f), isaiah), 404, "NotFound");
      expectGraphError(await get(f, `${messagePath(f)}${op.suffix(f)}`, isaiah), 404, "NotFound");
    });

    it("answers 404 for an unknown message or chat", async () => {
      const f = await imageMessage();
      expectGraphError(await get(f, `${messagePath({ ...f, messageId: "1" })}${op.suffix(f)}`), 404, "NotFound");
      const unknownChat = { chatId: "19:ffffffffffffffffffffffffffffffff@thread.v2", messageId: f.messageId };
      expectGraphError(await get(f, `${messagePath(unknownChat)}${op.suffix(f)}`), 404, "NotFound");
    });

    it("answers through /me/chats and /users/{userId}/chats as through /chats (the pages' HTTP requests)", async () => {
      const f = await imageMessage();
      const lynne = await userToken(USERS.lynne);
      const direct = await get(f, `${messagePath(f)}${op.suffix(f)}`, lynne);
      for (const prefix of ["/me", `/users/${USERS.lynne}`, "/users/LynneR@contoso.com"]) {
        const aliased = await get(f, `${messagePath(f, prefix)}${op.suffix(f)}`, lynne);
        expect(aliased.status).toBe(200);
        expect(aliased.headers["content-type"]).toBe(direct.headers["content-type"]);
        expect(Buffer.isBuffer(direct.body) ? aliased.body : { ...aliased.body, "@odata.context": contextPath(aliased) }).toEqual(
          Buffer.isBuffer(direct.body) ? direct.body : { ...direct.body, "@odata.context": contextPath(direct) },
        );
      }
      // An application reads a member's message through that member, and nobody else's.
      const app = await appToken(["Chat.Read.All"]);
      expect((await get(f, `${messagePath(f, `/users/${USERS.megan}`)}${op.suffix(f)}`, app)).status).toBe(200);
      expectGraphError(await get(f, `${messagePath(f, `/users/${USERS.jacob}`)}${op.suffix(f)}`, app), 404, "NotFound");
      expectGraphError(await get(f, `${messagePath(f, `/users/${USERS.megan}`)}${op.suffix(f)}`, lynne), 403, "Forbidden");
    });
  });
}

describe("listChatMessageHostedContents", () => {
  it("lists the message's inline images by id, bytes and type null (chatmessage-list-hostedcontents.md, example 3)", async () => {
    const f = await imageMessage();
    const res = await get(f, `${messagePath(f)}/hostedContents`);
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(contextPath(res)).toBe(`/v1.0/$metadata#chats('${enc(f.chatId)}')/messages('${f.messageId}')/hostedContents`);
    expect(res.body).toEqual({
      "@odata.context": expect.any(String),
      "@odata.count": 1,
      value: [{ id: f.hostedContentId, contentBytes: null, contentType: null }],
    });
  });

  it("lists every image in the order the message was sent with, and none for a message without images", async () => {
    const f = await imageMessage();
    const two = await send(f.app, f.chatId, {
      body: { contentType: "html", content: '<img src="../hostedContents/a/$value"><img src="../hostedContents/b/$value">' },
      hostedContents: [
        { "@microsoft.graph.temporaryId": "a", contentBytes: PNG.toString("base64"), contentType: "image/png" },
        { "@microsoft.graph.temporaryId": "b", contentBytes: GIF.toString("base64"), contentType: "image/gif" },
      ],
    });
    const ids = [...two.body.content.matchAll(/\/hostedContents\/([^/]+)\/\$value/g)].map((m) => m[1]);
    const listed = await get(f, `${messagePath({ ...f, messageId: two.id })}/hostedContents`);
    expect(listed.body["@odata.count"]).toBe(2);
    expect(listed.body.value.map((h: { id: string }) => h.id)).toEqual(ids);
    const plain = await send(f.app, f.chatId, { body: { content: "no images" } });
    const none = await get(f, `${messagePath({ ...f, messageId: plain.id })}/hostedContents`);
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ "@odata.context": expect.any(String), "@odata.count": 0, value: [] });
  });

  it("lists nothing for a soft-deleted message, which shows no content (chatmessage-softdelete.md)", async () => {
    const f = await imageMessage();
    await softDelete(f);
    const res = await get(f, `${messagePath(f)}/hostedContents`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ "@odata.context": expect.any(String), "@odata.count": 0, value: [] });
  });

  accessRules(LIST);
});

describe("getChatMessageHostedContent", () => {
  it("gets one image's entry, bytes and type null (chatmessagehostedcontent-get.md, example 1)", async () => {
    const f = await imageMessage();
    const res = await get(f, `${messagePath(f)}/hostedContents/${f.hostedContentId}`);
    expect(res.status).toBe(200);
    expect(contextPath(res)).toBe(`/v1.0/$metadata#chats('${enc(f.chatId)}')/messages('${f.messageId}')/hostedContents/$entity`);
    expect(res.body).toEqual({ "@odata.context": expect.any(String), id: f.hostedContentId, contentBytes: null, contentType: null });
  });

  it("answers 404 for an unknown id, also one differing only in case (ids are base64)", async () => {
    const f = await imageMessage();
    expectGraphError(await get(f, `${messagePath(f)}/hostedContents/aWQ9eF8wLXVua25vd24`), 404, "NotFound");
    const otherCase = f.hostedContentId.replace(/[a-z]/, (c) => c.toUpperCase());
    expectGraphError(await get(f, `${messagePath(f)}/hostedContents/${otherCase}`), 404, "NotFound");
  });

  it("answers 404 for an image of a soft-deleted message", async () => {
    const f = await imageMessage();
    await softDelete(f);
    expectGraphError(await get(f, `${messagePath(f)}/hostedContents/${f.hostedContentId}`), 404, "NotFound");
  });

  accessRules(GET);
});

describe("getChatMessageHostedContentValue", () => {
  it("answers the image's bytes with its content type, never cached (chatmessagehostedcontent-get.md, example 2)", async () => {
    const f = await imageMessage();
    const res = await get(f, `${messagePath(f)}/hostedContents/${f.hostedContentId}/$value`);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("image/png");
    expect(res.headers["content-length"]).toBe(String(PNG.length));
    expect(Buffer.compare(res.body as Buffer, PNG)).toBe(0);
    // The bytes are the caller's chat content, like every answer: not stored by caches, not sniffed.
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["request-id"]).toEqual(expect.any(String));
  });

  it("serves the URL the message's body shows the image at (chatmessage-post.md, example 5)", async () => {
    const f = await imageMessage();
    const read = await get(f, messagePath(f));
    const src = /src="([^"]+)"/.exec((read.body as MessageBody).body.content)?.[1] ?? "";
    expect(new URL(src).pathname).toBe(new URL(f.src).pathname);
    const res = await get(f, new URL(src).pathname);
    expect(res.status).toBe(200);
    expect(Buffer.compare(res.body as Buffer, PNG)).toBe(0);
  });

  it("serves each image of a message with the type it was sent with", async () => {
    const f = await imageMessage();
    const sent = await send(f.app, f.chatId, {
      body: { contentType: "html", content: '<img src="../hostedContents/1/$value"> <img src="../hostedContents/2/$value">' },
      hostedContents: [
        { "@microsoft.graph.temporaryId": "1", contentBytes: PNG.toString("base64"), contentType: "image/png" },
        { "@microsoft.graph.temporaryId": "2", contentBytes: GIF.toString("base64"), contentType: "IMAGE/GIF" },
      ],
    });
    const [png, gif] = [...sent.body.content.matchAll(/src="([^"]+)"/g)].map((m) => new URL(m[1] ?? "").pathname);
    const first = await get(f, png ?? "");
    expect(first.headers["content-type"]).toBe("image/png");
    expect(Buffer.compare(first.body as Buffer, PNG)).toBe(0);
    const second = await get(f, gif ?? "");
    expect(second.headers["content-type"]).toBe("image/gif");
    expect(Buffer.compare(second.body as Buffer, GIF)).toBe(0);
  });

  it("answers 404 for an unknown id and for an image of a soft-deleted message", async () => {
    const f = await imageMessage();
    expectGraphError(await get(f, `${messagePath(f)}/hostedContents/aWQ9eF8wLXVua25vd24/$value`), 404, "NotFound");
    await softDelete(f);
    expectGraphError(await get(f, `${messagePath(f)}/hostedContents/${f.hostedContentId}/$value`), 404, "NotFound");
  });

  accessRules(VALUE);
});
