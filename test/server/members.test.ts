import request from "supertest";
import type { components, Readable } from "../../generated/schema.js";
import { mintDevToken } from "../../src/server/auth/mint.js";
import { Directory, type DirectoryUser } from "../../src/server/directory/directory.js";
import { appToken, bearer, expectGraphError, FEDERATED_TENANT, FIXED_NOW, member, testApp, userToken, USERS } from "./helpers.js";

type App = ReturnType<typeof testApp>;

const TENANT = "dcd219dd-bc68-4b9b-bf0b-4a33a796be35";
const MEMBER_TYPE = "#microsoft.graph.aadUserConversationMember";

// Response shapes come from the contract's generated types, never hand-copied.
type Schemas = components["schemas"];
type MemberBody = Readable<Schemas["aadUserConversationMember"]> & { "@odata.context"?: string };
type MemberCollection = Readable<Schemas["conversationMemberCollectionResponse"]>;
type ChatBody = Readable<Schemas["chat"]>;

/** The member as every read shows it, for the demo users. */
const DEMO: Record<string, { displayName: string; email: string; tenantId: string }> = {
  [USERS.megan]: { displayName: "Megan Bowen", email: "MeganB@contoso.com", tenantId: TENANT },
  [USERS.lynne]: { displayName: "Lynne Robbins", email: "LynneR@contoso.com", tenantId: TENANT },
  [USERS.isaiah]: { displayName: "Isaiah Langer", email: "IsaiahL@contoso.com", tenantId: TENANT },
  [USERS.alex]: { displayName: "Alex Wilber", email: "alex@contoso.com", tenantId: TENANT },
  [USERS.guest]: { displayName: "Pradeep Gupta (Guest)", email: "pradeep@fabrikam.com", tenantId: TENANT },
  [USERS.federated]: { displayName: "Diego Siciliani (Fabrikam)", email: "diego@fabrikam.com", tenantId: FEDERATED_TENANT },
};

function expectedMember(chatId: string, userId: string, role: "owner" | "guest", visibleHistoryStartDateTime: string): MemberBody {
  const user = DEMO[userId];
  if (!user) throw new Error(`no expectation for ${userId}`);
  return {
    "@odata.type": MEMBER_TYPE,
    // docs/graph-decisions.md: base64url of 0#{tenantId}#{chatId}#{userId}.
    id: Buffer.from(`0#${TENANT}#${chatId}#${userId}`, "utf8").toString("base64url"),
    displayName: user.displayName,
    roles: [role],
    visibleHistoryStartDateTime,
    userId,
    email: user.email,
    tenantId: user.tenantId,
  };
}

/** A moving clock: every reading is one second after the previous one. */
function movingApp(): App {
  let now = FIXED_NOW.getTime();
  return testApp({ clock: () => new Date((now += 1000)) });
}

async function createGroup(app: App, creator: string, others: string[]): Promise<string> {
  const res = await request(app)
    .post("/v1.0/chats")
    .set(bearer(await userToken(creator)))
    .send({
      chatType: "group",
      topic: "Team",
      members: [member(creator), ...others.map((u) => member(u, u === USERS.guest ? "guest" : "owner"))],
    });
  expect(res.status).toBe(201);
  return (res.body as ChatBody).id;
}

async function createOneOnOne(app: App, a: string, b: string): Promise<string> {
  const res = await request(app)
    .post("/v1.0/chats")
    .set(bearer(await userToken(a)))
    .send({ chatType: "oneOnOne", members: [member(a), member(b)] });
  expect(res.status).toBe(201);
  return (res.body as ChatBody).id;
}

const membersPath = (chatId: string) => `/v1.0/chats/${encodeURIComponent(chatId)}/members`;

async function listMembers(app: App, chatId: string, token?: string): Promise<MemberCollection> {
  const res = await request(app)
    .get(membersPath(chatId))
    .set(bearer(token ?? (await appToken(["ChatMember.Read.All"]))));
  expect(res.status).toBe(200);
  return res.body as MemberCollection;
}

const userIdsOf = (list: MemberCollection) => list.value.map((m) => m.userId);

async function addMember(app: App, chatId: string, caller: string, body: object, scopes = "Chat.ReadWrite") {
  return request(app)
    .post(membersPath(chatId))
    .set(bearer(await userToken(caller, scopes)))
    .send(body);
}

async function getChat(app: App, chatId: string): Promise<ChatBody> {
  const res = await request(app)
    .get(`/v1.0/chats/${encodeURIComponent(chatId)}`)
    .set(bearer(await appToken(["Chat.Read.All"])));
  expect(res.status).toBe(200);
  return res.body as ChatBody;
}

// A tenant of its own with many users, for the 250-member limit.
const BIG_TENANT = "0b1c2d3e-4f50-4617-8a9b-0c1d2e3f4a5b";
function bigTenant(count: number): { directory: Directory; ids: string[] } {
  const users: DirectoryUser[] = Array.from({ length: count }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    userPrincipalName: `user${i}@big.example`,
    displayName: `User ${i}`,
    mail: `user${i}@big.example`,
    userType: "Member",
    tenantId: BIG_TENANT,
  }));
  return { directory: new Directory({ tenantId: BIG_TENANT, users }), ids: users.map((u) => u.id) };
}
const bigToken = (userId: string) => mintDevToken({ kind: "user", userId, tenantId: BIG_TENANT, scopes: "Chat.ReadWrite" });

/** A big-tenant app with a group chat of the first `size` users, created by the first one. */
async function bigChat(size: number) {
  const { directory, ids } = bigTenant(size + 5);
  const app = testApp({ directory });
  const token = await bigToken(ids[0] as string);
  const res = await request(app)
    .post("/v1.0/chats")
    .set(bearer(token))
    .send({ chatType: "group", members: ids.slice(0, size).map((id) => member(id)) });
  expect(res.status).toBe(201);
  return { app, token, ids, chatId: (res.body as ChatBody).id };
}

describe("listChatMembers", () => {
  it("lists the members in the order they joined, with every property", async () => {
    const app = testApp();
    const token = await userToken(USERS.megan);
    const created = await request(app)
      .post("/v1.0/chats")
      .set(bearer(token))
      .send({
        chatType: "group",
        members: [
          member(USERS.megan),
          member(USERS.lynne),
          member(USERS.guest, "guest"),
          member(USERS.federated, "owner", { tenantId: FEDERATED_TENANT }),
        ],
      });
    expect(created.status).toBe(201);
    const chatId = (created.body as ChatBody).id;
    expect((await addMember(app, chatId, USERS.megan, member(USERS.isaiah))).status).toBe(201);

    const res = await request(app).get(membersPath(chatId)).set(bearer(token));
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    const body = res.body as MemberCollection;
    expect(body["@odata.context"]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/\$metadata#/);
    expect(body["@odata.context"].endsWith(`/$metadata#chats('${encodeURIComponent(chatId)}')/members`)).toBe(true);
    expect(body["@odata.count"]).toBe(5);
    expect(body.value).toEqual([
      expectedMember(chatId, USERS.megan, "owner", "0001-01-01T00:00:00Z"),
      expectedMember(chatId, USERS.lynne, "owner", "0001-01-01T00:00:00Z"),
      expectedMember(chatId, USERS.guest, "guest", "0001-01-01T00:00:00Z"),
      expectedMember(chatId, USERS.federated, "owner", "0001-01-01T00:00:00Z"),
      expectedMember(chatId, USERS.isaiah, "owner", FIXED_NOW.toISOString()),
    ]);
  });

  it("lists both members of a oneOnOne chat", async () => {
    const app = testApp();
    const chatId = await createOneOnOne(app, USERS.adele, USERS.megan);
    const body = await listMembers(app, chatId, await userToken(USERS.adele, "ChatMember.Read"));
    expect(body["@odata.count"]).toBe(2);
    expect(userIdsOf(body)).toEqual([USERS.adele, USERS.megan]);
  });

  it("accepts each delegated scope the operation lists", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    for (const scope of ["ChatMember.Read", "ChatMember.ReadWrite", "Chat.ReadBasic", "Chat.Read", "Chat.ReadWrite"]) {
      const res = await request(app)
        .get(membersPath(chatId))
        .set(bearer(await userToken(USERS.lynne, scope)));
      expect([scope, res.status]).toEqual([scope, 200]);
    }
  });

  it("forbids a delegated caller who is not a member", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await request(app)
      .get(membersPath(chatId))
      .set(bearer(await userToken(USERS.jacob)));
    expectGraphError(res, 403, "Forbidden");
  });

  it("answers 404 for an unknown chat", async () => {
    const res = await request(testApp())
      .get(membersPath("19:ffffffffffffffffffffffffffffffff@thread.v2"))
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 404, "NotFound");
  });

  it("lets an application with ChatMember.Read.All list the members of any chat of the tenant", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne, USERS.guest]);
    const res = await request(app)
      .get(membersPath(chatId))
      .set(bearer(await appToken(["ChatMember.Read.All"])));
    expect(res.status).toBe(200);
    expect(userIdsOf(res.body as MemberCollection)).toEqual([USERS.megan, USERS.lynne, USERS.guest]);
  });

  it("forbids a token with only Chat.Create", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await request(app)
      .get(membersPath(chatId))
      .set(bearer(await userToken(USERS.megan, "Chat.Create")));
    expectGraphError(res, 403, "Forbidden");
  });

  it("forbids an application token without a member-reading role", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await request(app)
      .get(membersPath(chatId))
      .set(bearer(await appToken(["Chat.Create"])));
    expectGraphError(res, 403, "Forbidden");
  });
});

describe("addChatMember", () => {
  it("answers 201 with the member and a Location that reads the same member back", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await addMember(app, chatId, USERS.megan, member(USERS.isaiah));
    expect(res.status).toBe(201);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    const body = res.body as MemberBody;
    expect(body).toEqual({
      "@odata.context": expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/\$metadata#/),
      ...expectedMember(chatId, USERS.isaiah, "owner", FIXED_NOW.toISOString()),
    });
    expect(body["@odata.context"]?.endsWith(`/$metadata#chats('${encodeURIComponent(chatId)}')/members/$entity`)).toBe(true);

    const location = res.headers["location"];
    expect(location).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/chats\/[^/]+\/members\/[^/]+$/);
    const url = new URL(location as string);
    const followed = await request(app)
      .get(url.pathname + url.search)
      .set(bearer(await userToken(USERS.lynne, "ChatMember.Read")));
    expect(followed.status).toBe(200);
    // Each supertest request listens on a new port, so compare links without their origin.
    const { "@odata.context": followedContext, ...followedMember } = followed.body as MemberBody;
    const { "@odata.context": addedContext, ...addedMember } = body;
    expect(followedMember).toEqual(addedMember);
    expect(new URL(followedContext as string).pathname).toBe(new URL(addedContext as string).pathname);
    expect(followedContext?.split("#")[1]).toBe(addedContext?.split("#")[1]);
    // The Location lives where the response's own links do.
    expect(url.origin).toBe(new URL(addedContext as string).origin);
    expect(decodeURIComponent(url.pathname)).toBe(`/v1.0/chats/${chatId}/members/${addedMember.id}`);
  });

  it("makes the new member appear at the end of the member list", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const added = await addMember(app, chatId, USERS.megan, member(USERS.isaiah));
    expect(added.status).toBe(201);
    const list = await listMembers(app, chatId);
    expect(userIdsOf(list)).toEqual([USERS.megan, USERS.lynne, USERS.isaiah]);
    expect(list["@odata.count"]).toBe(3);
    expect(list.value[2]).toEqual(expectedMember(chatId, USERS.isaiah, "owner", FIXED_NOW.toISOString()));
  });

  it("lets the new member read the chat", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const isaiah = await userToken(USERS.isaiah);
    expectGraphError(
      await request(app)
        .get(`/v1.0/chats/${encodeURIComponent(chatId)}`)
        .set(bearer(isaiah)),
      403,
      "Forbidden",
    );
    expect((await addMember(app, chatId, USERS.megan, member(USERS.isaiah))).status).toBe(201);
    const res = await request(app)
      .get(`/v1.0/chats/${encodeURIComponent(chatId)}`)
      .set(bearer(isaiah));
    expect(res.status).toBe(200);
  });

  it("changes the chat's lastUpdatedDateTime", async () => {
    const app = movingApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const before = await getChat(app, chatId);
    const res = await addMember(app, chatId, USERS.megan, member(USERS.isaiah));
    expect(res.status).toBe(201);
    const after = await getChat(app, chatId);
    expect(after.createdDateTime).toBe(before.createdDateTime);
    expect(Date.parse(after.lastUpdatedDateTime)).toBeGreaterThan(Date.parse(before.lastUpdatedDateTime));
    // The member's history starts at the moment it was added, the same moment the chat changed.
    expect((res.body as MemberBody).visibleHistoryStartDateTime).toBe(after.lastUpdatedDateTime);
  });

  it("never moves the chat's lastUpdatedDateTime backwards, even after a burst of messages in one millisecond", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const token = await userToken(USERS.megan);
    for (const content of ["a", "b", "c"]) {
      const sent = await request(app)
        .post(`/v1.0/chats/${encodeURIComponent(chatId)}/messages`)
        .set(bearer(token))
        .send({ body: { content } });
      expect(sent.status).toBe(201);
    }
    const before = await getChat(app, chatId);
    expect((await addMember(app, chatId, USERS.megan, member(USERS.isaiah))).status).toBe(201);
    const after = await getChat(app, chatId);
    expect(Date.parse(after.lastUpdatedDateTime)).toBeGreaterThanOrEqual(Date.parse(before.lastUpdatedDateTime));
  });

  describe("roles", () => {
    it.each([
      { who: "an in-tenant member as owner", user: USERS.isaiah, role: "owner" as const, extra: {} },
      { who: "an in-tenant member as guest", user: USERS.isaiah, role: "guest" as const, extra: {} },
      { who: "an in-tenant guest as guest", user: USERS.guest, role: "guest" as const, extra: {} },
      { who: "a federated user as owner", user: USERS.federated, role: "owner" as const, extra: {} },
      {
        who: "a federated user as owner, naming its tenant",
        user: USERS.federated,
        role: "owner" as const,
        extra: { tenantId: FEDERATED_TENANT },
      },
    ])("adds $who", async ({ user, role, extra }) => {
      const app = testApp();
      const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
      const res = await addMember(app, chatId, USERS.megan, member(user, role, extra));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ userId: user, roles: [role] });
    });

    it.each([
      { who: "an in-tenant guest as owner", user: USERS.guest, role: "owner" as const },
      { who: "a federated user as guest", user: USERS.federated, role: "guest" as const },
    ])("rejects $who", async ({ user, role }) => {
      const app = testApp();
      const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
      const res = await addMember(app, chatId, USERS.megan, member(user, role));
      expectGraphError(res, 400, "BadRequest");
      expect(userIdsOf(await listMembers(app, chatId))).toEqual([USERS.megan, USERS.lynne]);
    });

    it.each([
      { why: "no roles", roles: [] as string[] },
      { why: "the role 'member'", roles: ["member"] },
      { why: "two roles", roles: ["owner", "guest"] },
    ])("rejects a member with $why", async ({ roles }) => {
      const app = testApp();
      const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
      const res = await addMember(app, chatId, USERS.megan, { ...member(USERS.isaiah), roles });
      expectGraphError(res, 400, "BadRequest");
    });
  });

  it("rejects an unknown user with 400 naming the user", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await addMember(app, chatId, USERS.megan, member("nobody@contoso.com"));
    expectGraphError(res, 400, "BadRequest");
    expect((res.body as { error: { message: string } }).error.message).toContain("nobody@contoso.com");
  });

  it("rejects a member without @odata.type", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const { "@odata.type": _omitted, ...untyped } = member(USERS.isaiah);
    const res = await addMember(app, chatId, USERS.megan, untyped);
    expectGraphError(res, 400, "BadRequest");
  });

  it("answers 409 Conflict for a user who is already a member", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await addMember(app, chatId, USERS.megan, member("LynneR@contoso.com"));
    expectGraphError(res, 409, "Conflict");
    expect(userIdsOf(await listMembers(app, chatId))).toEqual([USERS.megan, USERS.lynne]);
  });

  it("rejects adding a member to a oneOnOne chat", async () => {
    const app = testApp();
    const chatId = await createOneOnOne(app, USERS.adele, USERS.megan);
    const res = await addMember(app, chatId, USERS.adele, member(USERS.isaiah));
    expectGraphError(res, 400, "BadRequest");
    expect(userIdsOf(await listMembers(app, chatId))).toEqual([USERS.adele, USERS.megan]);
  });

  describe("visibleHistoryStartDateTime", () => {
    it("is the time of adding when absent", async () => {
      const app = testApp();
      const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
      const res = await addMember(app, chatId, USERS.megan, member(USERS.isaiah));
      expect(res.status).toBe(201);
      expect((res.body as MemberBody).visibleHistoryStartDateTime).toBe("2026-03-01T12:00:00.000Z");
    });

    it("keeps a given time, normalised to UTC ISO 8601", async () => {
      const app = testApp();
      const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
      const res = await addMember(app, chatId, USERS.megan, {
        ...member(USERS.isaiah),
        visibleHistoryStartDateTime: "2026-02-01T10:00:00+02:00",
      });
      expect(res.status).toBe(201);
      expect((res.body as MemberBody).visibleHistoryStartDateTime).toBe("2026-02-01T08:00:00.000Z");
      const list = await listMembers(app, chatId);
      expect(list.value[2]?.visibleHistoryStartDateTime).toBe("2026-02-01T08:00:00.000Z");
    });

    it("keeps 0001-01-01T00:00:00Z (all history) as is", async () => {
      const app = testApp();
      const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
      const res = await addMember(app, chatId, USERS.megan, {
        ...member(USERS.isaiah),
        visibleHistoryStartDateTime: "0001-01-01T00:00:00Z",
      });
      expect(res.status).toBe(201);
      expect((res.body as MemberBody).visibleHistoryStartDateTime).toBe("0001-01-01T00:00:00Z");
    });

    it("rejects a value that is not a date-time", async () => {
      const app = testApp();
      const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
      const res = await addMember(app, chatId, USERS.megan, { ...member(USERS.isaiah), visibleHistoryStartDateTime: "yesterday" });
      expectGraphError(res, 400, "BadRequest");
    });
  });

  it("gives a user the same membership id after removal and re-adding, and a different one in another chat", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const otherChatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const first = await addMember(app, chatId, USERS.megan, member(USERS.isaiah));
    expect(first.status).toBe(201);
    const firstId = (first.body as MemberBody).id;
    const removed = await request(app)
      .delete(`${membersPath(chatId)}/${firstId}`)
      .set(bearer(await userToken(USERS.megan, "ChatMember.ReadWrite")));
    expect(removed.status).toBe(204);
    const again = await addMember(app, chatId, USERS.megan, member("IsaiahL@contoso.com"));
    expect(again.status).toBe(201);
    expect((again.body as MemberBody).id).toBe(firstId);
    const elsewhere = await addMember(app, otherChatId, USERS.megan, member(USERS.isaiah));
    expect(elsewhere.status).toBe(201);
    expect((elsewhere.body as MemberBody).id).not.toBe(firstId);
  });

  it("forbids a caller who is not a member of the chat", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await addMember(app, chatId, USERS.jacob, member(USERS.jacob));
    expectGraphError(res, 403, "Forbidden");
    expect(userIdsOf(await listMembers(app, chatId))).toEqual([USERS.megan, USERS.lynne]);
  });

  it("forbids a token with only Chat.Read", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await addMember(app, chatId, USERS.megan, member(USERS.isaiah), "Chat.Read");
    expectGraphError(res, 403, "Forbidden");
    expect(userIdsOf(await listMembers(app, chatId))).toEqual([USERS.megan, USERS.lynne]);
  });

  it("accepts ChatMember.ReadWrite", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await addMember(app, chatId, USERS.megan, member(USERS.isaiah), "ChatMember.ReadWrite");
    expect(res.status).toBe(201);
  });

  it("lets an application with ChatMember.ReadWrite.All add a member", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await request(app)
      .post(membersPath(chatId))
      .set(bearer(await appToken(["ChatMember.ReadWrite.All"])))
      .send(member(USERS.isaiah));
    expect(res.status).toBe(201);
    expect(userIdsOf(await listMembers(app, chatId))).toEqual([USERS.megan, USERS.lynne, USERS.isaiah]);
  });

  it("answers 404 for an unknown chat", async () => {
    const res = await addMember(testApp(), "19:ffffffffffffffffffffffffffffffff@thread.v2", USERS.megan, member(USERS.isaiah));
    expectGraphError(res, 404, "NotFound");
  });

  it("checks the body before the permission, and the permission before the chat", async () => {
    const unknownChat = "19:ffffffffffffffffffffffffffffffff@thread.v2";
    const invalid = await addMember(testApp(), unknownChat, USERS.megan, { ...member(USERS.isaiah), roles: [] }, "Chat.Read");
    expectGraphError(invalid, 400, "BadRequest");
    const denied = await addMember(testApp(), unknownChat, USERS.megan, member(USERS.isaiah), "Chat.Read");
    expectGraphError(denied, 403, "Forbidden");
  });

  it("fills a group chat up to 250 members and rejects the 251st", async () => {
    const { app, token, ids, chatId } = await bigChat(249);
    const path = membersPath(chatId);
    const the250th = await request(app)
      .post(path)
      .set(bearer(token))
      .send(member(ids[249] as string));
    expect(the250th.status).toBe(201);
    const the251st = await request(app)
      .post(path)
      .set(bearer(token))
      .send(member(ids[250] as string));
    expectGraphError(the251st, 400, "BadRequest");
    expect((the251st.body as { error: { message: string } }).error.message).toMatch(/250/);
    const list = await request(app).get(path).set(bearer(token));
    expect(list.status).toBe(200);
    expect((list.body as MemberCollection)["@odata.count"]).toBe(250);
    expect((list.body as MemberCollection).value.map((m) => m.userId)).not.toContain(ids[250]);
  });
});

describe("getChatMember", () => {
  it("returns one member with an $entity context", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne, USERS.guest]);
    const list = await listMembers(app, chatId);
    const guest = list.value[2] as MemberBody;
    const res = await request(app)
      .get(`${membersPath(chatId)}/${guest.id}`)
      .set(bearer(await userToken(USERS.lynne, "ChatMember.Read")));
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.body).toEqual({
      "@odata.context": expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/\$metadata#/),
      ...expectedMember(chatId, USERS.guest, "guest", "0001-01-01T00:00:00Z"),
    });
    expect((res.body as MemberBody)["@odata.context"]?.endsWith(`/$metadata#chats('${encodeURIComponent(chatId)}')/members/$entity`)).toBe(
      true,
    );
  });

  it("answers 404 for an unknown membership id", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await request(app)
      .get(`${membersPath(chatId)}/bm8tc3VjaC1tZW1iZXI`)
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 404, "NotFound");
  });

  it("answers 404 for a membership of another chat", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const otherChatId = await createGroup(app, USERS.megan, [USERS.isaiah]);
    const foreign = (await listMembers(app, otherChatId)).value[1] as MemberBody;
    const res = await request(app)
      .get(`${membersPath(chatId)}/${foreign.id}`)
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 404, "NotFound");
  });

  it("forbids a delegated caller who is not a member", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const first = (await listMembers(app, chatId)).value[0] as MemberBody;
    const res = await request(app)
      .get(`${membersPath(chatId)}/${first.id}`)
      .set(bearer(await userToken(USERS.jacob)));
    expectGraphError(res, 403, "Forbidden");
  });
});

describe("removeChatMember", () => {
  async function remove(app: App, chatId: string, membershipId: string, caller: string = USERS.megan, scopes = "ChatMember.ReadWrite") {
    return request(app)
      .delete(`${membersPath(chatId)}/${membershipId}`)
      .set(bearer(await userToken(caller, scopes)));
  }

  it("answers 204 with an empty body, and the member is gone from the list", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne, USERS.isaiah]);
    const lynne = (await listMembers(app, chatId)).value[1] as MemberBody;
    const res = await remove(app, chatId, lynne.id);
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect(res.headers["content-type"]).toBeUndefined();
    expect(res.headers["request-id"]).toEqual(expect.any(String));
    const list = await listMembers(app, chatId);
    expect(userIdsOf(list)).toEqual([USERS.megan, USERS.isaiah]);
    expect(list["@odata.count"]).toBe(2);
    const get = await request(app)
      .get(`${membersPath(chatId)}/${lynne.id}`)
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(get, 404, "NotFound");
  });

  it("takes away the removed member's access to the chat", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne, USERS.isaiah]);
    const lynneToken = await userToken(USERS.lynne);
    expect(
      (
        await request(app)
          .get(`/v1.0/chats/${encodeURIComponent(chatId)}`)
          .set(bearer(lynneToken))
      ).status,
    ).toBe(200);
    const lynne = (await listMembers(app, chatId)).value[1] as MemberBody;
    expect((await remove(app, chatId, lynne.id)).status).toBe(204);
    expectGraphError(
      await request(app)
        .get(`/v1.0/chats/${encodeURIComponent(chatId)}`)
        .set(bearer(lynneToken)),
      403,
      "Forbidden",
    );
    expectGraphError(await request(app).get(membersPath(chatId)).set(bearer(lynneToken)), 403, "Forbidden");
  });

  it("lets a member remove itself", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne, USERS.isaiah]);
    const lynne = (await listMembers(app, chatId)).value[1] as MemberBody;
    const res = await remove(app, chatId, lynne.id, USERS.lynne);
    expect(res.status).toBe(204);
    expect(userIdsOf(await listMembers(app, chatId))).toEqual([USERS.megan, USERS.isaiah]);
  });

  it("changes the chat's lastUpdatedDateTime", async () => {
    const app = movingApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne, USERS.isaiah]);
    const before = await getChat(app, chatId);
    const lynne = (await listMembers(app, chatId)).value[1] as MemberBody;
    expect((await remove(app, chatId, lynne.id)).status).toBe(204);
    const after = await getChat(app, chatId);
    expect(Date.parse(after.lastUpdatedDateTime)).toBeGreaterThan(Date.parse(before.lastUpdatedDateTime));
  });

  it("rejects removing a member from a oneOnOne chat", async () => {
    const app = testApp();
    const chatId = await createOneOnOne(app, USERS.adele, USERS.megan);
    const megan = (await listMembers(app, chatId)).value[1] as MemberBody;
    const res = await remove(app, chatId, megan.id, USERS.adele);
    expectGraphError(res, 400, "BadRequest");
    expect(userIdsOf(await listMembers(app, chatId))).toEqual([USERS.adele, USERS.megan]);
  });

  it("rejects removing the last member of a chat", async () => {
    const app = testApp();
    const token = await userToken(USERS.jacob);
    const created = await request(app).post("/beta/me/chats/$ref").set(bearer(token)).send({ topic: "Alone" });
    expect(created.status).toBe(201);
    const chatId = (created.body as ChatBody).id;
    const list = await listMembers(app, chatId, token);
    expect(userIdsOf(list)).toEqual([USERS.jacob]);
    const res = await remove(app, chatId, (list.value[0] as MemberBody).id, USERS.jacob);
    expectGraphError(res, 400, "BadRequest");
    expect(userIdsOf(await listMembers(app, chatId, token))).toEqual([USERS.jacob]);
  });

  it("answers 404 for an unknown membership id", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await remove(app, chatId, "bm8tc3VjaC1tZW1iZXI");
    expectGraphError(res, 404, "NotFound");
    expect(userIdsOf(await listMembers(app, chatId))).toEqual([USERS.megan, USERS.lynne]);
  });

  it("forbids a caller who is not a member, and a token with only Chat.Read", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const lynne = (await listMembers(app, chatId)).value[1] as MemberBody;
    expectGraphError(await remove(app, chatId, lynne.id, USERS.jacob), 403, "Forbidden");
    expectGraphError(await remove(app, chatId, lynne.id, USERS.megan, "Chat.Read"), 403, "Forbidden");
    expect(userIdsOf(await listMembers(app, chatId))).toEqual([USERS.megan, USERS.lynne]);
  });

  // chat-delete-members.md: delegated ChatMember.ReadWrite, application ChatMember.ReadWrite.All — not Chat.ReadWrite.
  it("takes ChatMember.ReadWrite (delegated) and ChatMember.ReadWrite.All (application), not Chat.ReadWrite", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne, USERS.isaiah]);
    const [, lynne, isaiah] = (await listMembers(app, chatId)).value as MemberBody[];
    expectGraphError(await remove(app, chatId, lynne!.id, USERS.megan, "Chat.ReadWrite"), 403, "Forbidden");
    const asApp = (roles: string[]) =>
      appToken(roles).then((token) =>
        request(app)
          .delete(`${membersPath(chatId)}/${isaiah!.id}`)
          .set(bearer(token)),
      );
    expectGraphError(await asApp(["Chat.ReadWrite.All"]), 403, "Forbidden");
    expect((await asApp(["ChatMember.ReadWrite.All"])).status).toBe(204);
    expect((await remove(app, chatId, lynne!.id)).status).toBe(204);
  });
});
