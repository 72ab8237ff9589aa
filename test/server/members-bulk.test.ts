// The bulk member actions as Graph documents them (conversationmembers-add.md,
// conversationmember-remove.md; written for teams, the same actions on chats): items name users by
// user@odata.bind, `@odata.type` with or without `#`, `roles: []` for the default role; one result
// per item; 200/207 for add, 204/207 for remove; at most 200 and 20 items.
import request from "supertest";
import type { components, Readable } from "../../generated/schema.js";
import { Directory, type DirectoryUser } from "../../src/server/directory/directory.js";
import { mintDevToken } from "../../src/server/auth/mint.js";
import { appToken, bearer, expectGraphError, FIXED_NOW, member, testApp, userToken, USERS } from "./helpers.js";

type App = ReturnType<typeof testApp>;
type ResultCollection = Readable<components["schemas"]["actionResultPartCollectionResponse"]>;
type MemberCollection = Readable<components["schemas"]["conversationMemberCollectionResponse"]>;

const RESULT = "#microsoft.graph.aadUserConversationMemberResult";
const TYPE = "microsoft.graph.aadUserConversationMember";
const bind = (key: string) => `https://graph.microsoft.com/v1.0/users('${key}')`;
const toAdd = (key: string, roles: string[] = [], type = TYPE) => ({ "@odata.type": type, roles, "user@odata.bind": bind(key) });
const toRemove = (key: string, type = TYPE) => ({ "@odata.type": type, "user@odata.bind": bind(key) });
const membersPath = (chatId: string) => `/v1.0/chats/${encodeURIComponent(chatId)}/members`;

async function createGroup(app: App, creator: string, others: string[]): Promise<string> {
  const res = await request(app)
    .post("/v1.0/chats")
    .set(bearer(await userToken(creator)))
    .send({ chatType: "group", topic: "Team", members: [member(creator), ...others.map((u) => member(u))] });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function members(app: App, chatId: string): Promise<MemberCollection["value"]> {
  const res = await request(app)
    .get(membersPath(chatId))
    .set(bearer(await appToken(["ChatMember.Read.All"])));
  expect(res.status).toBe(200);
  return (res.body as MemberCollection).value;
}

const userIds = (list: MemberCollection["value"]) => list.map((m) => m.userId);

describe("addChatMembers", () => {
  const add = async (app: App, chatId: string, values: unknown[], token?: string) =>
    request(app)
      .post(`${membersPath(chatId)}/add`)
      .set(bearer(token ?? (await userToken(USERS.megan))))
      .send({ values });

  it("answers 200 with one result per member when every one is added (example 3: user principal names)", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await add(app, chatId, [toAdd("jacob@contoso.com"), toAdd("alex@contoso.com", ["owner"])]);
    expect(res.status).toBe(200);
    expect(res.body["@odata.context"]).toMatch(/\/v1\.0\/\$metadata#Collection\(microsoft\.graph\.aadUserConversationMemberResult\)$/);
    expect((res.body as ResultCollection).value).toEqual([
      { "@odata.type": RESULT, userId: USERS.jacob, error: null },
      { "@odata.type": RESULT, userId: USERS.alex, error: null },
    ]);
    expect(userIds(await members(app, chatId))).toEqual([USERS.megan, USERS.lynne, USERS.jacob, USERS.alex]);
  });

  it("gives roles: [] the default role: owner for members, guest for in-tenant guests", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await add(app, chatId, [toAdd(USERS.isaiah), toAdd(USERS.guest), toAdd(USERS.federated)]);
    expect(res.status).toBe(200);
    const roles = Object.fromEntries((await members(app, chatId)).map((m) => [m.userId, m.roles]));
    expect(roles).toMatchObject({ [USERS.isaiah]: ["owner"], [USERS.guest]: ["guest"], [USERS.federated]: ["owner"] });
  });

  it("answers 207 when any item fails, with the reason per item in request order, and adds the others", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await add(app, chatId, [
      toAdd(USERS.isaiah),
      toAdd("nobody@contoso.com"),
      toAdd(USERS.lynne, ["owner"]),
      toAdd(USERS.guest, ["owner"]),
      {
        ...toAdd(USERS.alex, ["owner"], "#microsoft.graph.aadUserConversationMember"),
        visibleHistoryStartDateTime: "0001-01-01T00:00:00Z",
      },
    ]);
    expect(res.status).toBe(207);
    expect((res.body as ResultCollection).value).toEqual([
      { "@odata.type": RESULT, userId: USERS.isaiah, error: null },
      {
        "@odata.type": RESULT,
        userId: "nobody@contoso.com",
        error: { code: "NotFound", message: expect.stringContaining("nobody@contoso.com") },
      },
      { "@odata.type": RESULT, userId: USERS.lynne, error: { code: "Conflict", message: expect.any(String) } },
      { "@odata.type": RESULT, userId: USERS.guest, error: { code: "BadRequest", message: expect.any(String) } },
      { "@odata.type": RESULT, userId: USERS.alex, error: null },
    ]);
    const list = await members(app, chatId);
    expect(userIds(list)).toEqual([USERS.megan, USERS.lynne, USERS.isaiah, USERS.alex]);
    expect(list.find((m) => m.userId === USERS.isaiah)?.visibleHistoryStartDateTime).toBe(FIXED_NOW.toISOString());
    expect(list.find((m) => m.userId === USERS.alex)?.visibleHistoryStartDateTime).toBe("0001-01-01T00:00:00Z");
  });

  it("answers 207 also when every item fails, and changes nothing", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await add(app, chatId, [toAdd("nobody@contoso.com"), toAdd(USERS.lynne)]);
    expect(res.status).toBe(207);
    expect((res.body as ResultCollection).value.map((r) => r.error?.code)).toEqual(["NotFound", "Conflict"]);
    expect(userIds(await members(app, chatId))).toEqual([USERS.megan, USERS.lynne]);
  });

  it("reports a user named twice (by id and by UPN) as a conflict the second time", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await add(app, chatId, [toAdd(USERS.isaiah), toAdd("IsaiahL@contoso.com")]);
    expect(res.status).toBe(207);
    expect((res.body as ResultCollection).value.map((r) => r.error?.code ?? null)).toEqual([null, "Conflict"]);
  });

  it("reports the members that do not fit in a full chat (250) and adds the ones that do", async () => {
    const users: DirectoryUser[] = Array.from({ length: 252 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
      userPrincipalName: `user${i}@contoso.com`,
      displayName: `User ${i}`,
      mail: null,
      userType: "Member",
      tenantId: "dcd219dd-bc68-4b9b-bf0b-4a33a796be35",
    }));
    const app = testApp({ directory: new Directory({ tenantId: "dcd219dd-bc68-4b9b-bf0b-4a33a796be35", users }) });
    const token = await mintDevToken({
      kind: "app",
      tenantId: "dcd219dd-bc68-4b9b-bf0b-4a33a796be35",
      roles: ["Chat.Create", "ChatMember.ReadWrite.All"],
    });
    const created = await request(app)
      .post("/v1.0/chats")
      .set(bearer(token))
      .send({ chatType: "group", members: users.slice(0, 249).map((u) => ({ ...member(u.id), "user@odata.bind": bind(u.id) })) });
    expect(created.status).toBe(201);
    const res = await add(app, created.body.id as string, [toAdd(users[249]!.id), toAdd(users[250]!.id)], token);
    expect(res.status).toBe(207);
    const [fits, overflows] = (res.body as ResultCollection).value;
    expect(fits).toMatchObject({ userId: users[249]!.id, error: null });
    expect(overflows).toMatchObject({ userId: users[250]!.id, error: { code: "BadRequest" } });
  });

  it("moves the chat's lastUpdatedDateTime when someone is added", async () => {
    let now = FIXED_NOW.getTime();
    const app = testApp({ clock: () => new Date((now += 1000)) });
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const megan = await userToken(USERS.megan);
    const before = (
      await request(app)
        .get(`/v1.0/chats/${encodeURIComponent(chatId)}`)
        .set(bearer(megan))
    ).body.lastUpdatedDateTime as string;
    expect((await add(app, chatId, [toAdd(USERS.isaiah)])).status).toBe(200);
    const after = (
      await request(app)
        .get(`/v1.0/chats/${encodeURIComponent(chatId)}`)
        .set(bearer(megan))
    ).body.lastUpdatedDateTime as string;
    expect(after > before).toBe(true);
  });

  it.each([
    ["no values", []],
    ["201 items", Array.from({ length: 201 }, (_, i) => toAdd(`user${i}@contoso.com`))],
    ["an item without user@odata.bind", [{ "@odata.type": TYPE, roles: [] }]],
    ["an unknown @odata.type", [{ ...toAdd(USERS.isaiah), "@odata.type": "#microsoft.graph.teamMember" }]],
    ["two roles", [toAdd(USERS.isaiah, ["owner", "guest"])]],
    ["a role that is not owner or guest", [toAdd(USERS.isaiah, ["member"])]],
    ["an unknown property", [{ ...toAdd(USERS.isaiah), nickname: "Zack" }]],
  ])("rejects the whole request with 400 for %s", async (_what, values) => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    expectGraphError(await add(app, chatId, values), 400, "BadRequest");
    expect(userIds(await members(app, chatId))).toEqual([USERS.megan, USERS.lynne]);
  });

  it("rejects a oneOnOne chat as a whole (400)", async () => {
    const app = testApp();
    const direct = await request(app)
      .post("/v1.0/chats")
      .set(bearer(await userToken(USERS.megan)))
      .send({ chatType: "oneOnOne", members: [member(USERS.megan), member(USERS.adele)] });
    expectGraphError(await add(app, direct.body.id as string, [toAdd(USERS.isaiah)]), 400, "BadRequest");
  });

  it("forbids a caller who is not a member, and a token with only Chat.Read", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    expectGraphError(await add(app, chatId, [toAdd(USERS.isaiah)], await userToken(USERS.jacob)), 403, "Forbidden");
    expectGraphError(await add(app, chatId, [toAdd(USERS.isaiah)], await userToken(USERS.megan, "Chat.Read")), 403, "Forbidden");
    expect(userIds(await members(app, chatId))).toEqual([USERS.megan, USERS.lynne]);
  });
});

describe("removeChatMembers", () => {
  const remove = async (app: App, chatId: string, values: unknown[], token?: string) =>
    request(app)
      .post(`${membersPath(chatId)}/remove`)
      .set(bearer(token ?? (await userToken(USERS.megan, "ChatMember.ReadWrite"))))
      .send({ values });

  it("answers 204 without a body when every user is removed (examples 1 and 2: ids and user principal names)", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne, USERS.jacob, USERS.alex]);
    const res = await remove(app, chatId, [
      toRemove("jacob@contoso.com"),
      toRemove(USERS.alex, "#microsoft.graph.aadUserConversationMember"),
    ]);
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect(userIds(await members(app, chatId))).toEqual([USERS.megan, USERS.lynne]);
  });

  it("answers 207 with NotFound for someone who is not a member (example 3), and removes the others", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne, USERS.isaiah]);
    const res = await remove(app, chatId, [toRemove(USERS.jacob), toRemove("IsaiahL@contoso.com"), toRemove("nobody@contoso.com")]);
    expect(res.status).toBe(207);
    expect(res.body["@odata.context"]).toMatch(/\/v1\.0\/\$metadata#Collection\(microsoft\.graph\.aadUserConversationMemberResult\)$/);
    expect((res.body as ResultCollection).value).toEqual([
      { "@odata.type": RESULT, userId: USERS.jacob, error: { code: "NotFound", message: expect.any(String) } },
      { "@odata.type": RESULT, userId: USERS.isaiah, error: null },
      { "@odata.type": RESULT, userId: "nobody@contoso.com", error: { code: "NotFound", message: expect.any(String) } },
    ]);
    expect(userIds(await members(app, chatId))).toEqual([USERS.megan, USERS.lynne]);
  });

  it("keeps the last member: removing everyone leaves one, with a BadRequest result for it", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne]);
    const res = await remove(app, chatId, [toRemove(USERS.lynne), toRemove(USERS.megan)]);
    expect(res.status).toBe(207);
    expect((res.body as ResultCollection).value.map((r) => r.error?.code ?? null)).toEqual([null, "BadRequest"]);
    expect(userIds(await members(app, chatId))).toEqual([USERS.megan]);
  });

  it.each([
    ["no values", []],
    ["21 items", Array.from({ length: 21 }, (_, i) => toRemove(`user${i}@contoso.com`))],
    ["a userId instead of user@odata.bind", [{ "@odata.type": TYPE, userId: USERS.lynne }]],
    ["an item without @odata.type", [{ "user@odata.bind": bind(USERS.lynne) }]],
  ])("rejects the whole request with 400 for %s", async (_what, values) => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne, USERS.isaiah]);
    expectGraphError(await remove(app, chatId, values), 400, "BadRequest");
    expect(userIds(await members(app, chatId))).toEqual([USERS.megan, USERS.lynne, USERS.isaiah]);
  });

  // As remove member (chat-delete-members.md): ChatMember.ReadWrite / ChatMember.ReadWrite.All only.
  it("takes ChatMember.ReadWrite and ChatMember.ReadWrite.All, not Chat.ReadWrite(.All), and members only", async () => {
    const app = testApp();
    const chatId = await createGroup(app, USERS.megan, [USERS.lynne, USERS.isaiah]);
    expectGraphError(await remove(app, chatId, [toRemove(USERS.lynne)], await userToken(USERS.megan, "Chat.ReadWrite")), 403, "Forbidden");
    expectGraphError(await remove(app, chatId, [toRemove(USERS.lynne)], await appToken(["Chat.ReadWrite.All"])), 403, "Forbidden");
    expectGraphError(
      await remove(app, chatId, [toRemove(USERS.lynne)], await userToken(USERS.jacob, "ChatMember.ReadWrite")),
      403,
      "Forbidden",
    );
    expect((await remove(app, chatId, [toRemove(USERS.lynne)], await appToken(["ChatMember.ReadWrite.All"]))).status).toBe(204);
  });
});
