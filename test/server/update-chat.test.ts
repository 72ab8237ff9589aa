import request from "supertest";
import { appToken, bearer, expectGraphError, member, testApp, userToken, USERS } from "./helpers.js";

type App = ReturnType<typeof testApp>;

function clockedApp(): App {
  let now = Date.parse("2026-03-01T12:00:00Z");
  return testApp({ clock: () => new Date((now += 1000)) });
}

async function group(app: App, token: string, topic: string | null = "Start"): Promise<{ id: string; lastUpdatedDateTime: string }> {
  const res = await request(app)
    .post("/v1.0/chats")
    .set(bearer(token))
    .send({ chatType: "group", topic, members: [member(USERS.megan), member(USERS.lynne)] });
  return res.body as { id: string; lastUpdatedDateTime: string };
}

describe("updateChat", () => {
  it("renames a group chat and moves lastUpdatedDateTime", async () => {
    const app = clockedApp();
    const token = await userToken(USERS.megan);
    const chat = await group(app, token);
    const res = await request(app).patch(`/v1.0/chats/${chat.id}`).set(bearer(token)).send({ topic: "Renamed" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: chat.id, topic: "Renamed", "@odata.context": expect.stringMatching(/#chats\/\$entity$/) });
    expect(res.body.lastUpdatedDateTime > chat.lastUpdatedDateTime).toBe(true);
    const read = await request(app)
      .get(`/v1.0/chats/${chat.id}`)
      .set(bearer(await userToken(USERS.lynne)));
    expect(read.body.topic).toBe("Renamed");
  });

  it("clears the topic with null", async () => {
    const app = clockedApp();
    const token = await userToken(USERS.megan);
    const chat = await group(app, token);
    const res = await request(app).patch(`/v1.0/chats/${chat.id}`).set(bearer(token)).send({ topic: null });
    expect(res.status).toBe(200);
    expect(res.body.topic).toBeNull();
  });

  // chat-patch.md: a topic with ':' is refused on update (create chat keeps its own rules).
  it("rejects a topic containing ':', which create chat accepts", async () => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    const chat = await group(app, megan, "Release: 2.0");
    const res = await request(app).patch(`/v1.0/chats/${chat.id}`).set(bearer(megan)).send({ topic: "Release: 3.0" });
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toContain("':'");
    expect((await request(app).get(`/v1.0/chats/${chat.id}`).set(bearer(megan))).body.topic).toBe("Release: 2.0");
  });

  it("rejects a topic on a oneOnOne chat", async () => {
    const app = clockedApp();
    const token = await userToken(USERS.jacob);
    const chat = await request(app)
      .post("/v1.0/chats")
      .set(bearer(token))
      .send({ chatType: "oneOnOne", members: [member(USERS.jacob), member(USERS.alex)] });
    const res = await request(app).patch(`/v1.0/chats/${chat.body.id}`).set(bearer(token)).send({ topic: "No" });
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toBe("Setting topic is not allowed for 1-on-1 chats.");
  });

  it.each([
    ["a blank topic", { topic: "  " }],
    ["a topic of 251 characters", { topic: "x".repeat(251) }],
    ["no topic property", {}],
    ["another property", { topic: "x", chatType: "group" }],
  ])("rejects %s", async (_what, body) => {
    const app = clockedApp();
    const token = await userToken(USERS.megan);
    const chat = await group(app, token);
    expectGraphError(await request(app).patch(`/v1.0/chats/${chat.id}`).set(bearer(token)).send(body), 400, "BadRequest");
  });

  it("forbids a non-member, and answers 404 for an unknown chat", async () => {
    const app = clockedApp();
    const chat = await group(app, await userToken(USERS.megan));
    expectGraphError(
      await request(app)
        .patch(`/v1.0/chats/${chat.id}`)
        .set(bearer(await userToken(USERS.jacob)))
        .send({ topic: "x" }),
      403,
      "Forbidden",
    );
    expectGraphError(
      await request(app)
        .patch("/v1.0/chats/19:none@thread.v2")
        .set(bearer(await userToken(USERS.jacob)))
        .send({ topic: "x" }),
      404,
      "NotFound",
    );
  });

  // chat-patch.md (Round 2): delegated Chat.ReadWrite only — no read scope; application Chat.ReadWrite.All.
  it("needs Chat.ReadWrite (delegated; not Chat.ReadBasic or Chat.Read), Chat.ReadWrite.All (application)", async () => {
    const app = clockedApp();
    const chat = await group(app, await userToken(USERS.megan));
    expect(
      (
        await request(app)
          .patch(`/v1.0/chats/${chat.id}`)
          .set(bearer(await userToken(USERS.megan, "Chat.ReadWrite")))
          .send({ topic: "a" })
      ).status,
    ).toBe(200);
    for (const scope of ["Chat.ReadBasic", "Chat.Read"]) {
      expectGraphError(
        await request(app)
          .patch(`/v1.0/chats/${chat.id}`)
          .set(bearer(await userToken(USERS.megan, scope)))
          .send({ topic: "b" }),
        403,
        "Forbidden",
      );
    }
    expect(
      (
        await request(app)
          .patch(`/v1.0/chats/${chat.id}`)
          .set(bearer(await appToken(["Chat.ReadWrite.All"])))
          .send({ topic: "c" })
      ).status,
    ).toBe(200);
    expectGraphError(
      await request(app)
        .patch(`/v1.0/chats/${chat.id}`)
        .set(bearer(await appToken(["Chat.Read.All"])))
        .send({ topic: "d" }),
      403,
      "Forbidden",
    );
  });
});

describe("hideChatForUser", () => {
  it("hides the chat for the caller only, and the chat keeps working", async () => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    const chat = await group(app, megan);
    const hide = await request(app)
      .post(`/v1.0/chats/${chat.id}/hideForUser`)
      .set(bearer(megan))
      .send({ user: { id: USERS.megan, tenantId: "dcd219dd-bc68-4b9b-bf0b-4a33a796be35" } });
    expect(hide.status).toBe(204);
    expect(hide.text).toBe("");
    expect((await request(app).get(`/v1.0/chats/${chat.id}`).set(bearer(megan))).body.viewpoint.isHidden).toBe(true);
    expect(
      (
        await request(app)
          .get(`/v1.0/chats/${chat.id}`)
          .set(bearer(await userToken(USERS.lynne)))
      ).body.viewpoint.isHidden,
    ).toBe(false);
    // A hidden chat keeps working.
    expect(
      (
        await request(app)
          .post(`/v1.0/chats/${chat.id}/messages`)
          .set(bearer(await userToken(USERS.lynne)))
          .send({ body: { content: "still here" } })
      ).status,
    ).toBe(201);
  });

  it("does not change the chat's lastUpdatedDateTime", async () => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    const chat = await group(app, megan);
    await request(app)
      .post(`/v1.0/chats/${chat.id}/hideForUser`)
      .set(bearer(megan))
      .send({ user: { id: USERS.megan } })
      .expect(204);
    expect((await request(app).get(`/v1.0/chats/${chat.id}`).set(bearer(megan))).body.lastUpdatedDateTime).toBe(chat.lastUpdatedDateTime);
  });

  it("forbids hiding the chat for someone else", async () => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    const chat = await group(app, megan);
    expectGraphError(
      await request(app)
        .post(`/v1.0/chats/${chat.id}/hideForUser`)
        .set(bearer(megan))
        .send({ user: { id: USERS.lynne } }),
      403,
      "Forbidden",
    );
  });

  it.each([
    ["no user", {}],
    ["a user without id", { user: { tenantId: "x" } }],
    ["an unknown user", { user: { id: "nobody@contoso.com" } }],
    ["the wrong tenant", { user: { id: USERS.megan, tenantId: "4dc1fe35-8ac6-4f0d-904a-7ebcd364bea1" } }],
  ])("rejects a body with %s", async (_what, body) => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    const chat = await group(app, megan);
    expectGraphError(await request(app).post(`/v1.0/chats/${chat.id}/hideForUser`).set(bearer(megan)).send(body), 400, "BadRequest");
  });

  it("forbids a non-member", async () => {
    const app = clockedApp();
    const chat = await group(app, await userToken(USERS.megan));
    expectGraphError(
      await request(app)
        .post(`/v1.0/chats/${chat.id}/hideForUser`)
        .set(bearer(await userToken(USERS.jacob)))
        .send({ user: { id: USERS.jacob } }),
      403,
      "Forbidden",
    );
  });
});

describe("unhideChatForUser", () => {
  it("shows a hidden chat again, the caller named by UPN", async () => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    const chat = await group(app, megan);
    await request(app)
      .post(`/v1.0/chats/${chat.id}/hideForUser`)
      .set(bearer(megan))
      .send({ user: { id: USERS.megan } })
      .expect(204);
    await request(app)
      .post(`/v1.0/chats/${chat.id}/unhideForUser`)
      .set(bearer(megan))
      .send({ user: { id: "MeganB@contoso.com" } })
      .expect(204);
    expect((await request(app).get(`/v1.0/chats/${chat.id}`).set(bearer(megan))).body.viewpoint.isHidden).toBe(false);
  });

  it("forbids application tokens", async () => {
    const app = clockedApp();
    const chat = await group(app, await userToken(USERS.megan));
    expectGraphError(
      await request(app)
        .post(`/v1.0/chats/${chat.id}/unhideForUser`)
        .set(bearer(await appToken(["Chat.ReadWrite.All"])))
        .send({ user: { id: USERS.megan } }),
      403,
      "Forbidden",
    );
  });
});

describe("markChatReadForUser", () => {
  it("records when the caller read the chat", async () => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    const chat = await group(app, megan);
    const res = await request(app)
      .post(`/v1.0/chats/${chat.id}/markChatReadForUser`)
      .set(bearer(megan))
      .send({ user: { id: USERS.megan } });
    expect(res.status).toBe(204);
    const read = await request(app).get(`/v1.0/chats/${chat.id}`).set(bearer(megan));
    expect(read.body.viewpoint.lastMessageReadDateTime).toMatch(/^2026-03-01T12:00:\d{2}\.000Z$/);
    expect(read.body.viewpoint.lastMessageReadDateTime > chat.lastUpdatedDateTime).toBe(true);
    const lynne = await request(app)
      .get(`/v1.0/chats/${chat.id}`)
      .set(bearer(await userToken(USERS.lynne)));
    expect(lynne.body.viewpoint.lastMessageReadDateTime).toBeNull();
  });
});

describe("markChatUnreadForUser", () => {
  it("marks the chat unread from a given time, normalised to UTC", async () => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    const chat = await group(app, megan);
    const res = await request(app)
      .post(`/v1.0/chats/${chat.id}/markChatUnreadForUser`)
      .set(bearer(megan))
      .send({ user: { id: USERS.megan }, lastMessageReadDateTime: "2021-05-27T22:13:01.577+02:00" });
    expect(res.status).toBe(204);
    const read = await request(app).get(`/v1.0/chats/${chat.id}`).set(bearer(megan));
    expect(read.body.viewpoint.lastMessageReadDateTime).toBe("2021-05-27T20:13:01.577Z");
  });

  // chat-markchatunreadforuser.md: without lastMessageReadDateTime, only the last message is unread.
  it("leaves only the last message unread without a time", async () => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    const lynne = await userToken(USERS.lynne);
    const chat = await group(app, megan);
    for (const content of ["first", "second"]) {
      await request(app).post(`/v1.0/chats/${chat.id}/messages`).set(bearer(lynne)).send({ body: { content } }).expect(201);
    }
    await request(app)
      .post(`/v1.0/chats/${chat.id}/markChatReadForUser`)
      .set(bearer(megan))
      .send({ user: { id: USERS.megan } })
      .expect(204);
    await request(app)
      .post(`/v1.0/chats/${chat.id}/markChatUnreadForUser`)
      .set(bearer(megan))
      .send({ user: { id: USERS.megan } })
      .expect(204);
    const messages = (await request(app).get(`/v1.0/chats/${chat.id}/messages`).set(bearer(megan))).body.value as {
      createdDateTime: string;
    }[];
    const [last, before] = messages.map((m) => m.createdDateTime);
    const readUpTo = (await request(app).get(`/v1.0/chats/${chat.id}`).set(bearer(megan))).body.viewpoint.lastMessageReadDateTime as string;
    expect(readUpTo).toBe(new Date(Date.parse(last!) - 1).toISOString());
    expect(readUpTo >= before!).toBe(true);
  });

  it("leaves a chat without messages with nothing read, without a time", async () => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    const chat = await group(app, megan);
    await request(app)
      .post(`/v1.0/chats/${chat.id}/markChatReadForUser`)
      .set(bearer(megan))
      .send({ user: { id: USERS.megan } })
      .expect(204);
    await request(app)
      .post(`/v1.0/chats/${chat.id}/markChatUnreadForUser`)
      .set(bearer(megan))
      .send({ user: { id: USERS.megan } })
      .expect(204);
    expect((await request(app).get(`/v1.0/chats/${chat.id}`).set(bearer(megan))).body.viewpoint.lastMessageReadDateTime).toBeNull();
  });

  it("rejects a malformed lastMessageReadDateTime", async () => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    const chat = await group(app, megan);
    const res = await request(app)
      .post(`/v1.0/chats/${chat.id}/markChatUnreadForUser`)
      .set(bearer(megan))
      .send({ user: { id: USERS.megan }, lastMessageReadDateTime: "yesterday" });
    expectGraphError(res, 400, "BadRequest");
  });
});
