// Reactions as Graph documents them (chatmessage-setreaction.md, chatmessage-unsetreaction.md).
import request from "supertest";
import type { components, Readable } from "../../generated/schema.js";
import { appToken, bearer, expectGraphError, FIXED_NOW, member, requestExample, testApp, userToken, USERS } from "./helpers.js";

type Message = Readable<components["schemas"]["chatMessage"]>;
const enc = encodeURIComponent;

async function fixture() {
  let now = FIXED_NOW.getTime();
  const app = testApp({ clock: () => new Date((now += 1000)) });
  const [megan, lynne] = [await userToken(USERS.megan), await userToken(USERS.lynne)];
  const created = await request(app)
    .post("/v1.0/chats")
    .set(bearer(megan))
    .send({ chatType: "group", topic: "Reactions", members: [member(USERS.megan), member(USERS.lynne)] });
  const chatId = (created.body as { id: string }).id;
  const sent = await request(app)
    .post(`/v1.0/chats/${enc(chatId)}/messages`)
    .set(bearer(megan))
    .send({ body: { content: "react" } });
  const message = sent.body as Message;
  const path = (prefix = "") => `/v1.0${prefix}/chats/${enc(chatId)}/messages/${message.id}`;
  const react = (action: "setReaction" | "unsetReaction", reactionType: string, token = lynne, prefix = "") =>
    request(app)
      .post(`${path(prefix)}/${action}`)
      .set(bearer(token))
      .send({ reactionType });
  const read = async () => (await request(app).get(path()).set(bearer(megan))).body as Message;
  return { app, chatId, megan, lynne, message, path, react, read };
}

describe("setChatMessageReaction", () => {
  it("adds the member's reaction as the page's example sends it: 204, then listed with the user and its name", async () => {
    const f = await fixture();
    const res = await f.react(
      "setReaction",
      (requestExample("ChatMessageReactionRequest", "heart").value as { reactionType: string }).reactionType,
    );
    expect(res.status).toBe(204);
    const after = await f.read();
    expect(after.reactions).toEqual([
      {
        reactionType: "💘",
        displayName: "Heart with arrow",
        reactionContentUrl: null,
        createdDateTime: after.lastModifiedDateTime,
        user: { application: null, device: null, user: { id: USERS.lynne, displayName: "Lynne Robbins", userIdentityType: "aadUser" } },
      },
    ]);
    expect(after.lastModifiedDateTime > f.message.lastModifiedDateTime).toBe(true);
    expect(after.lastEditedDateTime).toBeNull();
  });

  // chatmessage-setreaction.md prints the body with no Content-Type; Graph answers such a write 400.
  it("answers the page's example sent without a Content-Type as Graph does: 400 naming the header", async () => {
    const f = await fixture();
    const res = await request(f.app)
      .post(`${f.path()}/setReaction`)
      .set(bearer(f.lynne))
      .set("Content-Length", String(Buffer.byteLength('{"reactionType":"💘"}')))
      .send(Buffer.from('{"reactionType":"💘"}'))
      .unset("Content-Type");
    expectGraphError(res, 400, "BadRequest");
    expect((res.body as { error: { message: string } }).error.message).toMatch(/Content-Type header/);
    expect((await f.read()).reactions).toEqual([]);
  });

  it("keeps one reaction per user and type: setting it again changes nothing", async () => {
    const f = await fixture();
    await f.react("setReaction", "👍");
    const once = await f.read();
    expect((await f.react("setReaction", "👍")).status).toBe(204);
    const twice = await f.read();
    expect(twice.reactions).toHaveLength(1);
    expect(twice.lastModifiedDateTime).toBe(once.lastModifiedDateTime);
  });

  it("keeps each user's reactions and each type apart", async () => {
    const f = await fixture();
    await f.react("setReaction", "👍");
    await f.react("setReaction", "👍", f.megan);
    await f.react("setReaction", "like");
    const { reactions } = await f.read();
    expect(reactions.map((r) => [r.reactionType, r.user.user.id])).toEqual([
      ["👍", USERS.lynne],
      ["👍", USERS.megan],
      ["like", USERS.lynne],
    ]);
    expect(reactions[2]?.displayName).toBe("Like");
  });

  it.each(["👍👍", "xx", "Like it", "1"])("refuses reactionType %j with 400", async (reactionType) => {
    const f = await fixture();
    expectGraphError(await f.react("setReaction", reactionType), 400, "BadRequest");
  });

  it("answers through /me and /users/{userId}", async () => {
    const f = await fixture();
    expect((await f.react("setReaction", "😆", f.lynne, "/me")).status).toBe(204);
    expect((await f.react("setReaction", "😮", f.lynne, `/users/${USERS.lynne}`)).status).toBe(204);
    expect((await f.read()).reactions.map((r) => r.reactionType)).toEqual(["😆", "😮"]);
  });

  it("refuses a non-member (403), an application (403) and an unknown message (404)", async () => {
    const f = await fixture();
    expectGraphError(await f.react("setReaction", "👍", await userToken(USERS.adele)), 403, "Forbidden");
    expectGraphError(await f.react("setReaction", "👍", await appToken(["Chat.ReadWrite.All"])), 403, "Forbidden");
    const unknown = await request(f.app)
      .post(`/v1.0/chats/${enc(f.chatId)}/messages/1/setReaction`)
      .set(bearer(f.lynne))
      .send({ reactionType: "👍" });
    expectGraphError(unknown, 404, "NotFound");
  });

  it("accepts ChatMessage.Send alone", async () => {
    const f = await fixture();
    expect((await f.react("setReaction", "👍", await userToken(USERS.lynne, "ChatMessage.Send"))).status).toBe(204);
  });
});

describe("unsetChatMessageReaction", () => {
  it("removes the member's reaction of that type only (chatmessage-unsetreaction.md)", async () => {
    const f = await fixture();
    await f.react("setReaction", "👍");
    await f.react("setReaction", "👍", f.megan);
    expect((await f.react("unsetReaction", "👍")).status).toBe(204);
    expect((await f.read()).reactions.map((r) => r.user.user.id)).toEqual([USERS.megan]);
  });

  it("changes nothing when the reaction is not there (204)", async () => {
    const f = await fixture();
    const before = await f.read();
    expect((await f.react("unsetReaction", "💘")).status).toBe(204);
    expect((await f.read()).lastModifiedDateTime).toBe(before.lastModifiedDateTime);
  });
});
