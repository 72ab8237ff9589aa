import request from "supertest";
import { appToken, bearer, example, expectGraphError, member, testApp, userToken, USERS } from "./helpers.js";

const seedBody = () => example("addChatsRequest").value;

describe("addChatsForMe", () => {
  it("creates a group chat from the documentation's example body, with the caller as its only member", async () => {
    const app = testApp();
    const token = await userToken(USERS.jacob, "Chat.Create");
    const res = await request(app).post("/beta/me/chats/$ref").set(bearer(token)).send(seedBody());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      "@odata.type": "#microsoft.graph.chat",
      "@odata.context": expect.stringMatching(/\/beta\/\$metadata#chats\/\$entity$/),
      topic: "Topic value",
      chatType: "group",
      id: expect.stringMatching(/^19:[0-9a-f]{32}@thread\.v2$/),
    });
    // lastUpdatedDateTime in the body is accepted and ignored: timestamps are the server's.
    expect(res.body.lastUpdatedDateTime).toBe("2026-03-01T12:00:00.000Z");
    const read = await request(app)
      .get(`/beta/chats/${res.body.id}?$expand=members`)
      .set(bearer(await userToken(USERS.jacob, "Chat.Read")));
    expect(read.body.members.map((m: { userId: string }) => m.userId)).toEqual([USERS.jacob]);
  });

  it("returns an existing group chat the caller is in, unchanged", async () => {
    const app = testApp();
    const token = await userToken(USERS.megan);
    const chat = await request(app)
      .post("/v1.0/chats")
      .set(bearer(token))
      .send({ chatType: "group", members: [member(USERS.megan), member(USERS.lynne)] });
    const res = await request(app).post("/beta/me/chats/$ref").set(bearer(token)).send({ id: chat.body.id });
    expect(res.status).toBe(201);
    expect(res.body.id).toBe(chat.body.id);
    const read = await request(app).get(`/beta/chats/${chat.body.id}?$expand=members`).set(bearer(token));
    expect(read.body.members).toHaveLength(2);
  });

  it("forbids joining a chat the caller is not in", async () => {
    const app = testApp();
    const chat = await request(app)
      .post("/v1.0/chats")
      .set(bearer(await userToken(USERS.megan)))
      .send({ chatType: "group", members: [member(USERS.megan), member(USERS.lynne)] });
    const res = await request(app)
      .post("/beta/me/chats/$ref")
      .set(bearer(await userToken(USERS.jacob)))
      .send({ id: chat.body.id });
    expectGraphError(res, 403, "Forbidden");
  });

  it("does not exist under /v1.0", async () => {
    const res = await request(testApp())
      .post("/v1.0/me/chats/$ref")
      .set(bearer(await userToken(USERS.jacob)))
      .send(seedBody());
    expectGraphError(res, 404, "NotFound");
  });

  it("rejects an application token: /me needs a signed-in user", async () => {
    const res = await request(testApp())
      .post("/beta/me/chats/$ref")
      .set(bearer(await appToken(["Chat.Create"])))
      .send(seedBody());
    expectGraphError(res, 400, "BadRequest");
  });

  it.each([
    ["an unknown property", { foo: "bar" }],
    ["a topic over 250 characters", { topic: "x".repeat(251) }],
    ["a blank topic", { topic: "  " }],
    ["a malformed lastUpdatedDateTime", { lastUpdatedDateTime: "yesterday" }],
  ])("rejects %s", async (_what, body) => {
    const res = await request(testApp())
      .post("/beta/me/chats/$ref")
      .set(bearer(await userToken(USERS.jacob)))
      .send(body);
    expectGraphError(res, 400, "BadRequest");
  });
});

describe("addChatsForUser", () => {
  it("creates a group chat of the user and the caller", async () => {
    const app = testApp();
    const token = await userToken(USERS.jacob);
    const res = await request(app).post("/beta/users/alex@contoso.com/chats/$ref").set(bearer(token)).send(seedBody());
    expect(res.status).toBe(201);
    const read = await request(app).get(`/beta/chats/${res.body.id}?$expand=members`).set(bearer(token));
    expect(read.body.members.map((m: { userId: string }) => m.userId)).toEqual([USERS.alex, USERS.jacob]);
  });

  it("adds the user to an existing group chat of the caller, with the guest role for a guest", async () => {
    const app = testApp();
    const token = await userToken(USERS.megan);
    const chat = await request(app)
      .post("/v1.0/chats")
      .set(bearer(token))
      .send({ chatType: "group", members: [member(USERS.megan), member(USERS.lynne)] });
    const res = await request(app).post(`/beta/users/${USERS.guest}/chats/$ref`).set(bearer(token)).send({ id: chat.body.id });
    expect(res.status).toBe(201);
    expect(res.body.id).toBe(chat.body.id);
    const read = await request(app).get(`/beta/chats/${chat.body.id}?$expand=members`).set(bearer(token));
    expect(read.body.members).toHaveLength(3);
    expect(read.body.members[2]).toMatchObject({ userId: USERS.guest, roles: ["guest"] });
  });

  it("rejects a oneOnOne chat as the target", async () => {
    const app = testApp();
    const token = await userToken(USERS.jacob);
    const chat = await request(app)
      .post("/v1.0/chats")
      .set(bearer(token))
      .send({ chatType: "oneOnOne", members: [member(USERS.jacob), member(USERS.alex)] });
    const res = await request(app).post(`/beta/users/${USERS.megan}/chats/$ref`).set(bearer(token)).send({ id: chat.body.id });
    expectGraphError(res, 400, "BadRequest");
  });

  it("answers 404 for an unknown user and for an unknown chat", async () => {
    const token = await userToken(USERS.jacob);
    const user = await request(testApp()).post("/beta/users/nobody@contoso.com/chats/$ref").set(bearer(token)).send(seedBody());
    expectGraphError(user, 404, "NotFound");
    const chat = await request(testApp())
      .post(`/beta/users/${USERS.alex}/chats/$ref`)
      .set(bearer(token))
      .send({ id: "19:missing@thread.v2" });
    expectGraphError(chat, 404, "NotFound");
  });

  it("lets an application with Chat.Create create a chat for a user", async () => {
    const app = testApp();
    const res = await request(app)
      .post(`/beta/users/${USERS.alex}/chats/$ref`)
      .set(bearer(await appToken(["Chat.Create"])))
      .send(seedBody());
    expect(res.status).toBe(201);
    const read = await request(app)
      .get(`/beta/chats/${res.body.id}?$expand=members`)
      .set(bearer(await appToken(["Chat.Read.All"])));
    expect(read.body.members.map((m: { userId: string }) => m.userId)).toEqual([USERS.alex]);
  });

  it("forbids a token without Chat.Create or Chat.ReadWrite", async () => {
    const res = await request(testApp())
      .post(`/beta/users/${USERS.alex}/chats/$ref`)
      .set(bearer(await userToken(USERS.jacob, "Chat.Read")))
      .send(seedBody());
    expectGraphError(res, 403, "Forbidden");
  });

  it("does not exist under /v1.0", async () => {
    const res = await request(testApp())
      .post(`/v1.0/users/${USERS.alex}/chats/$ref`)
      .set(bearer(await userToken(USERS.jacob)))
      .send(seedBody());
    expectGraphError(res, 404, "NotFound");
  });
});
