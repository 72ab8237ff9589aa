// Editing, soft-deleting and restoring a message as Graph documents it (chatmessage-update.md,
// chatmessage-softdelete.md, chatmessage-undosoftdelete.md).
import request from "supertest";
import type { components, Readable } from "../../generated/schema.js";
import { appToken, bearer, expectGraphError, FIXED_NOW, member, requestExample, testApp, userToken, USERS } from "./helpers.js";

type App = ReturnType<typeof testApp>;
type Message = Readable<components["schemas"]["chatMessage"]>;
type MessageList = Readable<components["schemas"]["chatMessageCollectionResponse"]>;

const enc = encodeURIComponent;
const messagePath = (chatId: string, id: string, prefix = "") => `/v1.0${prefix}/chats/${enc(chatId)}/messages/${id}`;
const update = (name: string) => requestExample("UpdateChatMessageRequest", name).value;

interface Fixture {
  app: App;
  chatId: string;
  megan: string;
  lynne: string;
  messageId: string;
}

/** A group chat of Megan and Lynne with two messages from Megan, one second apart; the first's id. */
async function fixture(): Promise<Fixture> {
  let now = FIXED_NOW.getTime();
  const app = testApp({ clock: () => new Date((now += 1000)) });
  const megan = await userToken(USERS.megan);
  const lynne = await userToken(USERS.lynne);
  const created = await request(app)
    .post("/v1.0/chats")
    .set(bearer(megan))
    .send({ chatType: "group", topic: "Edits", members: [member(USERS.megan), member(USERS.lynne)] });
  const chatId = (created.body as { id: string }).id;
  const ids: string[] = [];
  for (const content of ["first", "second"]) {
    const sent = await request(app)
      .post(`/v1.0/chats/${enc(chatId)}/messages`)
      .set(bearer(megan))
      .send({ body: { content } });
    ids.push((sent.body as Message).id);
  }
  return { app, chatId, megan, lynne, messageId: ids[0] ?? "" };
}

async function get(f: Fixture, token = f.lynne, id = f.messageId): Promise<Message> {
  const res = await request(f.app).get(messagePath(f.chatId, id)).set(bearer(token));
  expect(res.status).toBe(200);
  return res.body as Message;
}

async function list(f: Fixture, query = ""): Promise<MessageList> {
  const res = await request(f.app)
    .get(`/v1.0/chats/${enc(f.chatId)}/messages${query}`)
    .set(bearer(f.lynne));
  expect(res.status).toBe(200);
  return res.body as MessageList;
}

const patch = (f: Fixture, body: unknown, token = f.megan, prefix = "") =>
  request(f.app)
    .patch(messagePath(f.chatId, f.messageId, prefix))
    .set(bearer(token))
    .send(body as object);

describe("updateChatMessage", () => {
  it("lets the sender change the text: 204, lastEditedDateTime and lastModifiedDateTime set, the etag changed (example 2 as written)", async () => {
    const f = await fixture();
    const before = await get(f);
    const res = await patch(f, update("editText"));
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    const after = await get(f);
    expect(after.body).toEqual({ contentType: "text", content: "Edit text only" });
    expect(after.lastEditedDateTime).not.toBeNull();
    expect(after.lastModifiedDateTime).toBe(after.lastEditedDateTime);
    expect(after.lastModifiedDateTime > before.lastModifiedDateTime).toBe(true);
    expect(after.createdDateTime).toBe(before.createdDateTime);
    expect(after.etag).not.toBe(before.etag);
    // The sender named in the example's `from` is ignored: the message is still Megan's.
    expect(after.from.user?.id).toBe(USERS.megan);
  });

  it("moves the edited message to the front of lastModifiedDateTime order, not of createdDateTime order", async () => {
    const f = await fixture();
    expect((await patch(f, { subject: "edited" })).status).toBe(204);
    expect((await list(f)).value.map((m) => m.id)[0]).toBe(f.messageId);
    expect((await list(f, "?$orderby=createdDateTime desc")).value.map((m) => m.id)[1]).toBe(f.messageId);
  });

  it("changes mentions, reading null identities and an application mention (example 3)", async () => {
    const f = await fixture();
    expect((await patch(f, update("editMentions"))).status).toBe(204);
    const { mentions } = await get(f);
    expect(mentions.map((m) => [m.id, m.mentioned.user?.id ?? null, m.mentioned.application?.displayName ?? null])).toEqual([
      [0, USERS.lynne, null],
      [1, null, "TestGlobalBot"],
    ]);
  });

  it("changes the content and its cards (example 4)", async () => {
    const f = await fixture();
    expect((await patch(f, update("editAttachments"))).status).toBe(204);
    const { attachments } = await get(f);
    expect(attachments.map((a) => [a.id, a.contentType])).toEqual([
      ["e8f78756199240b88448ae0fc6db112d", "application/vnd.microsoft.card.hero"],
      ["638464e32834471ea202007da60a5ae6", "application/vnd.microsoft.card.hero"],
    ]);
  });

  it("ignores the reactions an edit sends back as read: they are set with setReaction (example 5)", async () => {
    const f = await fixture();
    expect((await patch(f, update("editReactions"))).status).toBe(204);
    const after = await get(f);
    expect(after.reactions).toEqual([]);
    expect(after.attachments).toHaveLength(2);
  });

  it("keeps an inline image when the body read from the API is sent back with a change", async () => {
    const f = await fixture();
    const sent = await request(f.app)
      .post(`/v1.0/chats/${enc(f.chatId)}/messages`)
      .set(bearer(f.megan))
      .send(requestExample("SendChatMessageRequest", "inlineImage").value);
    const message = sent.body as Message;
    const edited = { body: { contentType: "html", content: `${message.body.content}<p>and a caption</p>` } };
    const res = await request(f.app).patch(messagePath(f.chatId, message.id)).set(bearer(f.megan)).send(edited);
    expect(res.status).toBe(204);
    const after = await get(f, f.lynne, message.id);
    expect(after.body.content).toContain("and a caption");
    expect(after.body.content.match(/\/hostedContents\/[^/]+\/\$value/g)).toHaveLength(1);
  });

  it("shows the edit in the chat's lastMessagePreview when the last message is edited", async () => {
    const f = await fixture();
    const last = (await list(f)).value[0]?.id ?? "";
    const res = await request(f.app)
      .patch(messagePath(f.chatId, last))
      .set(bearer(f.megan))
      .send({ body: { content: "fixed" } });
    expect(res.status).toBe(204);
    const chat = await request(f.app)
      .get(`/v1.0/chats/${enc(f.chatId)}?$expand=lastMessagePreview`)
      .set(bearer(f.lynne));
    expect((chat.body as { lastMessagePreview: { body: { content: string } } }).lastMessagePreview.body.content).toBe("fixed");
  });

  it("lets an application set a policy verdict: 200 without a body, values in Graph's casing (example 1)", async () => {
    const f = await fixture();
    const res = await patch(f, update("policyViolation"), await appToken(["Chat.UpdatePolicyViolation.All"]));
    expect(res.status).toBe(200);
    expect(res.text).toBe("");
    expect((await get(f)).policyViolation).toEqual({
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
  });

  it("answers through /me and /users/{userId} as through /chats", async () => {
    const f = await fixture();
    expect((await patch(f, { subject: "via me" }, f.megan, "/me")).status).toBe(204);
    expect((await patch(f, { subject: "via users" }, f.megan, `/users/${USERS.megan}`)).status).toBe(204);
    expect((await get(f)).subject).toBe("via users");
  });

  describe("refuses", () => {
    it("another member's edit with 403 (only the sender edits; Teams' rule)", async () => {
      const f = await fixture();
      expectGraphError(await patch(f, { subject: "not mine" }, f.lynne), 403, "Forbidden");
    });
    it("an application's change of anything but policyViolation with 403", async () => {
      const f = await fixture();
      expectGraphError(await patch(f, { subject: "x" }, await appToken(["Chat.ReadWrite.All"])), 403, "Forbidden");
    });
    it("a signed-in user's policyViolation with 403", async () => {
      const f = await fixture();
      expectGraphError(await patch(f, update("policyViolation")), 403, "Forbidden");
    });
    it("a body that changes nothing with 400", async () => {
      const f = await fixture();
      expectGraphError(await patch(f, { locale: "en-us" }), 400, "BadRequest");
    });
    it("a mention without its <at> tag with 400, as on send", async () => {
      const f = await fixture();
      const mention = { id: 0, mentionText: "L", mentioned: { user: { id: USERS.lynne } } };
      expectGraphError(await patch(f, { body: { content: "no tag" }, mentions: [mention] }), 400, "BadRequest");
    });
    it("an unknown policy value with 400", async () => {
      const f = await fixture();
      expectGraphError(
        await patch(f, { policyViolation: { dlpAction: "Explode" } }, await appToken(["Chat.ReadWrite.All"])),
        400,
        "BadRequest",
      );
    });
    it("an unknown message with 404 and a token without Chat.ReadWrite with 403", async () => {
      const f = await fixture();
      expectGraphError(await request(f.app).patch(messagePath(f.chatId, "1")).set(bearer(f.megan)).send({ subject: "x" }), 404, "NotFound");
      expectGraphError(await patch(f, { subject: "x" }, await userToken(USERS.megan, "ChatMessage.Send")), 403, "Forbidden");
    });
  });
});

describe("softDeleteChatMessage", () => {
  const softDelete = (f: Fixture, token = f.megan, prefix = `/users/${USERS.megan}`, id = f.messageId) =>
    request(f.app)
      .post(`${messagePath(f.chatId, id, prefix)}/softDelete`)
      .set(bearer(token));

  it("deletes the sender's message in place: 204, then deletedDateTime and an empty body for everyone (chatmessage-softdelete.md)", async () => {
    const f = await fixture();
    const res = await softDelete(f);
    expect(res.status).toBe(204);
    const after = await get(f);
    expect(after.deletedDateTime).not.toBeNull();
    expect(after.body.content).toBe("");
    expect(after.id).toBe(f.messageId);
    const listed = await list(f);
    expect(listed.value.find((m) => m.id === f.messageId)?.deletedDateTime).toBe(after.deletedDateTime);
    expect(listed["@odata.count"]).toBe(2);
  });

  it("shows isDeleted in the chat's lastMessagePreview when the last message is deleted, and undo restores it", async () => {
    const f = await fixture();
    const last = (await list(f)).value[0]?.id ?? "";
    expect((await softDelete(f, f.megan, "/me", last)).status).toBe(204);
    const preview = async () =>
      (
        (
          await request(f.app)
            .get(`/v1.0/chats/${enc(f.chatId)}?$expand=lastMessagePreview`)
            .set(bearer(f.lynne))
        ).body as {
          lastMessagePreview: { isDeleted: boolean; body: { content: string } };
        }
      ).lastMessagePreview;
    expect(await preview()).toMatchObject({ isDeleted: true, body: { content: "" } });
    expect(
      (
        await request(f.app)
          .post(`${messagePath(f.chatId, last, "/me")}/undoSoftDelete`)
          .set(bearer(f.megan))
      ).status,
    ).toBe(204);
    expect(await preview()).toMatchObject({ isDeleted: false, body: { content: "second" } });
  });

  it("answers under /chats/{chatId}/messages/{id}/softDelete too, where Graph's SDKs send it", async () => {
    const f = await fixture();
    expect((await softDelete(f, f.megan, "")).status).toBe(204);
    expect((await get(f)).deletedDateTime).not.toBeNull();
  });

  it("changes nothing when the message is deleted already (204)", async () => {
    const f = await fixture();
    await softDelete(f);
    const first = await get(f);
    expect((await softDelete(f)).status).toBe(204);
    expect((await get(f)).deletedDateTime).toBe(first.deletedDateTime);
  });

  it("refuses another member (403), someone else's /users path (403) and an application token (403)", async () => {
    const f = await fixture();
    expectGraphError(await softDelete(f, f.lynne, `/users/${USERS.lynne}`), 403, "Forbidden");
    expectGraphError(await softDelete(f, f.lynne, `/users/${USERS.megan}`), 403, "Forbidden");
    expectGraphError(await softDelete(f, await appToken(["Chat.ReadWrite.All"])), 403, "Forbidden");
  });
});

describe("undoSoftDeleteChatMessage", () => {
  it("brings the message back whole (chatmessage-undosoftdelete.md)", async () => {
    const f = await fixture();
    const path = messagePath(f.chatId, f.messageId, `/users/${USERS.megan}`);
    expect((await request(f.app).post(`${path}/softDelete`).set(bearer(f.megan))).status).toBe(204);
    expect((await request(f.app).post(`${path}/undoSoftDelete`).set(bearer(f.megan))).status).toBe(204);
    const after = await get(f);
    expect(after.deletedDateTime).toBeNull();
    expect(after.body.content).toBe("first");
  });

  it("changes nothing for a message that is not deleted (204), and refuses another member (403)", async () => {
    const f = await fixture();
    const before = await get(f);
    expect(
      (
        await request(f.app)
          .post(`${messagePath(f.chatId, f.messageId, "/me")}/undoSoftDelete`)
          .set(bearer(f.megan))
      ).status,
    ).toBe(204);
    expect((await get(f)).lastModifiedDateTime).toBe(before.lastModifiedDateTime);
    expectGraphError(
      await request(f.app)
        .post(`${messagePath(f.chatId, f.messageId, "/me")}/undoSoftDelete`)
        .set(bearer(f.lynne)),
      403,
      "Forbidden",
    );
  });
});
