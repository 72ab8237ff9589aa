import request from "supertest";
import { appToken, bearer, expectGraphError, member, testApp, userToken, USERS } from "./helpers.js";

async function withGroupChat() {
  const app = testApp();
  const created = await request(app)
    .post("/v1.0/chats")
    .set(bearer(await userToken(USERS.megan)))
    .send({ chatType: "group", topic: "Team", members: [member(USERS.megan), member(USERS.lynne), member(USERS.guest, "guest")] });
  expect(created.status).toBe(201);
  return { app, chatId: created.body.id as string };
}

describe("getChat", () => {
  it("returns the chat to a member", async () => {
    const { app, chatId } = await withGroupChat();
    const res = await request(app)
      .get(`/v1.0/chats/${chatId}`)
      .set(bearer(await userToken(USERS.lynne, "Chat.ReadBasic")));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: chatId, topic: "Team", chatType: "group", viewpoint: { isHidden: false } });
    expect(res.body["@odata.context"]).toMatch(/\/v1\.0\/\$metadata#chats\/\$entity$/);
    expect(res.body.members).toBeUndefined();
  });

  it("finds the chat whether ':' and '@' in its id are percent-encoded or not", async () => {
    const { app, chatId } = await withGroupChat();
    const token = await userToken(USERS.megan);
    const encoded = await request(app)
      .get(`/v1.0/chats/${encodeURIComponent(chatId)}`)
      .set(bearer(token));
    expect(encoded.status).toBe(200);
    expect(encoded.body.id).toBe(chatId);
  });

  it("includes the members with $expand=members", async () => {
    const { app, chatId } = await withGroupChat();
    const res = await request(app)
      .get(`/v1.0/chats/${chatId}`)
      .query({ $expand: "members" })
      .set(bearer(await userToken(USERS.megan)));
    expect(res.status).toBe(200);
    expect(res.body["members@odata.context"]).toMatch(/\/v1\.0\/\$metadata#chats\('19%3A[0-9a-f]{32}%40thread\.v2'\)\/members$/);
    expect(res.body.members).toHaveLength(3);
    expect(res.body.members[0]).toEqual({
      "@odata.type": "#microsoft.graph.aadUserConversationMember",
      id: expect.stringMatching(/^[A-Za-z0-9_-]+$/),
      displayName: "Megan Bowen",
      roles: ["owner"],
      visibleHistoryStartDateTime: "0001-01-01T00:00:00Z",
      userId: USERS.megan,
      email: "MeganB@contoso.com",
      tenantId: "dcd219dd-bc68-4b9b-bf0b-4a33a796be35",
    });
    expect(res.body.members[2]).toMatchObject({ userId: USERS.guest, roles: ["guest"], displayName: "Pradeep Gupta (Guest)" });
    expect(res.body.members[0]["user@odata.bind"]).toBeUndefined();
  });

  it("gives each membership a distinct id that stays the same across reads", async () => {
    const { app, chatId } = await withGroupChat();
    const token = await userToken(USERS.megan);
    const first = await request(app).get(`/v1.0/chats/${chatId}?$expand=members`).set(bearer(token));
    const second = await request(app).get(`/v1.0/chats/${chatId}?$expand=members`).set(bearer(token));
    const ids = first.body.members.map((m: { id: string }) => m.id);
    expect(new Set(ids).size).toBe(3);
    expect(second.body.members.map((m: { id: string }) => m.id)).toEqual(ids);
  });

  it("forbids a delegated caller who is not a member", async () => {
    const { app, chatId } = await withGroupChat();
    const res = await request(app)
      .get(`/v1.0/chats/${chatId}`)
      .set(bearer(await userToken(USERS.jacob)));
    expectGraphError(res, 403, "Forbidden");
  });

  it("lets an application with Chat.Read.All read any chat of the tenant", async () => {
    const { app, chatId } = await withGroupChat();
    const res = await request(app)
      .get(`/v1.0/chats/${chatId}?$expand=members`)
      .set(bearer(await appToken(["Chat.Read.All"])));
    expect(res.status).toBe(200);
    expect(res.body.viewpoint).toBeNull();
    expect(res.body.members).toHaveLength(3);
  });

  it("answers 404 for an unknown chat", async () => {
    const res = await request(testApp())
      .get("/v1.0/chats/19:ffffffffffffffffffffffffffffffff@thread.v2")
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 404, "NotFound");
    expect(res.body.error.message).toContain("19:ffffffffffffffffffffffffffffffff@thread.v2");
  });

  it("checks the permission before whether the chat exists", async () => {
    const res = await request(testApp())
      .get("/v1.0/chats/19:nope@thread.v2")
      .set(bearer(await userToken(USERS.megan, "Chat.Create")));
    expectGraphError(res, 403, "Forbidden");
  });

  it.each(["messages", "members,foo", "Members"])("rejects $expand=%s", async (expand) => {
    const { app, chatId } = await withGroupChat();
    const res = await request(app)
      .get(`/v1.0/chats/${chatId}`)
      .query({ $expand: expand })
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/\$expand/);
  });

  it("rejects an unknown system query option", async () => {
    const { app, chatId } = await withGroupChat();
    const res = await request(app)
      .get(`/v1.0/chats/${chatId}?$foo=1`)
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/\$foo/);
  });

  it("serves the same chat under /beta", async () => {
    const { app, chatId } = await withGroupChat();
    const res = await request(app)
      .get(`/beta/chats/${chatId}`)
      .set(bearer(await userToken(USERS.megan)));
    expect(res.status).toBe(200);
    expect(res.body["@odata.context"]).toMatch(/\/beta\/\$metadata#chats\/\$entity$/);
  });
});
