// Every chat, member and message operation is also addressed through a user, as Graph's pages
// show (chat-get.md, chat-list-members.md, chat-list-messages.md, chatmessage-get.md):
// /me/chats/{chatId}… and /users/{userId}/chats/{chatId}…, each its own operationId with
// x-graph-alias-of. The same request must get the same answer as the canonical path; the address
// adds its own rules (Round 2, "Alternative addressing").
import request from "supertest";
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import { appToken, bearer, expectGraphError, member, requestExample, testApp, userToken, USERS } from "./helpers.js";

type App = ReturnType<typeof testApp>;

/** Every scope the operations below need between them (remove member takes ChatMember.ReadWrite only). */
const SCOPES = "Chat.ReadWrite ChatMember.ReadWrite";

interface Fixture {
  app: App;
  chatId: string;
  membershipId: string;
  messageId: string;
  hostedContentId: string;
}

/**
 * A group chat of Megan, Lynne and Isaiah with one message, which carries an inline image
 * (chatmessage-post.md, example 5), on a fresh app. Links use a fixed origin: the message's body
 * shows the image's URL, and supertest gives every request its own port.
 */
async function fixture(): Promise<Fixture> {
  const app = testApp({ publicBaseUrl: "https://graph.example.test" });
  const megan = await userToken(USERS.megan, SCOPES);
  const created = await request(app)
    .post("/v1.0/chats")
    .set(bearer(megan))
    .send({ chatType: "group", topic: "Aliases", members: [member(USERS.megan), member(USERS.lynne), member(USERS.isaiah)] });
  const chatId = created.body.id as string;
  const members = await request(app)
    .get(`/v1.0/chats/${encodeURIComponent(chatId)}/members`)
    .set(bearer(megan));
  const lynne = (members.body.value as { id: string; userId: string }[]).find((m) => m.userId === USERS.lynne);
  const sent = await request(app)
    .post(`/v1.0/chats/${encodeURIComponent(chatId)}/messages`)
    .set(bearer(megan))
    .send(requestExample("SendChatMessageRequest", "inlineImage").value);
  const hostedContentId = /\/hostedContents\/([^/]+)\/\$value/.exec(sent.body.body.content as string)?.[1] ?? "";
  return { app, chatId, membershipId: lynne?.id ?? "", messageId: sent.body.id as string, hostedContentId };
}

interface CanonicalCall {
  method: "get" | "post" | "patch" | "delete";
  /** The path after the chat: "" for the chat itself, "/members", … */
  suffix: (f: Fixture) => string;
  body?: (f: Fixture) => object;
  /** What the operation needs done first, through the canonical path. */
  before?: (f: Fixture) => Promise<void>;
  status: number;
}

const messageBind = (f: Fixture) => `https://graph.microsoft.com/v1.0/chats/${f.chatId}/messages/${f.messageId}`;

const pinnedIn = new WeakSet<Fixture>();

/** Pins the fixture's message as Megan, once per fixture (a second pin would be a 409). */
async function pinned(f: Fixture): Promise<void> {
  if (pinnedIn.has(f)) return;
  pinnedIn.add(f);
  const res = await request(f.app)
    .post(`/v1.0/chats/${encodeURIComponent(f.chatId)}/pinnedMessages`)
    .set(bearer(await userToken(USERS.megan, SCOPES)))
    .send({ "message@odata.bind": messageBind(f) });
  expect(res.status).toBe(201);
}

/** One valid request per canonical operation that has aliases. */
const CANONICAL: Record<string, CanonicalCall> = {
  getChat: { method: "get", suffix: () => "", status: 200 },
  updateChat: { method: "patch", suffix: () => "", body: () => ({ topic: "Renamed" }), status: 200 },
  hideChatForUser: { method: "post", suffix: () => "/hideForUser", body: () => ({ user: { id: USERS.megan } }), status: 204 },
  unhideChatForUser: { method: "post", suffix: () => "/unhideForUser", body: () => ({ user: { id: USERS.megan } }), status: 204 },
  markChatReadForUser: { method: "post", suffix: () => "/markChatReadForUser", body: () => ({ user: { id: USERS.megan } }), status: 204 },
  markChatUnreadForUser: {
    method: "post",
    suffix: () => "/markChatUnreadForUser",
    body: () => ({ user: { id: USERS.megan } }),
    status: 204,
  },
  listChatMembers: { method: "get", suffix: () => "/members", status: 200 },
  addChatMember: { method: "post", suffix: () => "/members", body: () => member(USERS.alex), status: 201 },
  getChatMember: { method: "get", suffix: (f) => `/members/${f.membershipId}`, status: 200 },
  removeChatMember: { method: "delete", suffix: (f) => `/members/${f.membershipId}`, status: 204 },
  addChatMembers: { method: "post", suffix: () => "/members/add", body: () => ({ values: [member(USERS.alex)] }), status: 200 },
  removeChatMembers: {
    method: "post",
    suffix: () => "/members/remove",
    body: () => ({
      values: [
        {
          "@odata.type": "microsoft.graph.aadUserConversationMember",
          "user@odata.bind": `https://graph.microsoft.com/v1.0/users('${USERS.lynne}')`,
        },
      ],
    }),
    status: 204,
  },
  listChatMessages: { method: "get", suffix: () => "/messages", status: 200 },
  sendChatMessage: { method: "post", suffix: () => "/messages", body: () => ({ body: { content: "via an alias" } }), status: 201 },
  getChatMessage: { method: "get", suffix: (f) => `/messages/${f.messageId}`, status: 200 },
  updateChatMessage: { method: "patch", suffix: (f) => `/messages/${f.messageId}`, body: () => ({ subject: "edited" }), status: 204 },
  setChatMessageReaction: {
    method: "post",
    suffix: (f) => `/messages/${f.messageId}/setReaction`,
    body: () => ({ reactionType: "👍" }),
    status: 204,
  },
  unsetChatMessageReaction: {
    method: "post",
    suffix: (f) => `/messages/${f.messageId}/unsetReaction`,
    body: () => ({ reactionType: "👍" }),
    status: 204,
  },
  listChatPinnedMessages: { method: "get", suffix: () => "/pinnedMessages?$expand=message", before: pinned, status: 200 },
  pinChatMessage: { method: "post", suffix: () => "/pinnedMessages", body: (f) => ({ "message@odata.bind": messageBind(f) }), status: 201 },
  unpinChatMessage: { method: "delete", suffix: (f) => `/pinnedMessages/${f.messageId}`, before: pinned, status: 204 },
  listChatMessageHostedContents: { method: "get", suffix: (f) => `/messages/${f.messageId}/hostedContents`, status: 200 },
  getChatMessageHostedContent: {
    method: "get",
    suffix: (f) => `/messages/${f.messageId}/hostedContents/${f.hostedContentId}`,
    status: 200,
  },
  getChatMessageHostedContentValue: {
    method: "get",
    suffix: (f) => `/messages/${f.messageId}/hostedContents/${f.hostedContentId}/$value`,
    status: 200,
  },
};

/** Operations Graph documents under /users/{userId}/chats/{chatId}… only: their one alias is under /me. */
const UNDER_USERS = ["softDeleteChatMessage", "undoSoftDeleteChatMessage"];

interface SpecOperation {
  operationId?: string;
  "x-graph-alias-of"?: string;
  "x-permissions"?: { application?: string[] };
}
const spec = parse(readFileSync(new URL("../../openapi.yaml", import.meta.url), "utf8")) as {
  paths: Record<string, Record<string, SpecOperation>>;
};
const OPERATIONS = Object.values(spec.paths).flatMap((item) => Object.values(item));
const applicationRoles = (operationId: string) =>
  OPERATIONS.find((op) => op.operationId === operationId)?.["x-permissions"]?.application ?? [];
const ALIASES = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item).flatMap(([method, op]) =>
    op["x-graph-alias-of"] ? [{ operationId: op.operationId ?? "", canonical: op["x-graph-alias-of"], path, method }] : [],
  ),
);

async function send(f: Fixture, call: CanonicalCall, prefix: string, token: string): Promise<request.Response> {
  await call.before?.(f);
  const url = `/v1.0${prefix}/chats/${encodeURIComponent(f.chatId)}${call.suffix(f)}`;
  const req = request(f.app)[call.method](url).set(bearer(token));
  return call.body ? req.send(call.body(f)) : req;
}

/** What must be equal between two answers: the status and the body without ids, times and links. */
function comparable(res: request.Response): unknown {
  return {
    status: res.status,
    body: JSON.parse(
      JSON.stringify(res.body ?? {}).replace(
        /"(id|etag|createdDateTime|lastModifiedDateTime|lastUpdatedDateTime|lastMessageReadDateTime|@odata\.\w+)":("[^"]*"|\d+)/g,
        '"$1":"…"',
      ),
    ),
  };
}

describe("the aliases in openapi.yaml", () => {
  it("alias every chat, member and message operation under /me and /users/{userId}", () => {
    const expected = [...Object.keys(CANONICAL).flatMap((id) => [`${id}ForMe`, `${id}ForUser`]), ...UNDER_USERS.map((id) => `${id}ForMe`)];
    expect(ALIASES.map((a) => a.operationId).sort()).toEqual(expected.sort());
    for (const alias of ALIASES) {
      const prefix = alias.operationId.endsWith("ForMe") ? "/me/" : "/users/{userId}/";
      expect(alias.path.startsWith(prefix)).toBe(true);
    }
  });
});

describe.each(Object.keys(CANONICAL))("%s through /me and /users/{userId}", (canonical) => {
  const call = CANONICAL[canonical] as CanonicalCall;

  it(`answers ${canonical}ForMe as the canonical path does`, async () => {
    const [direct, viaMe] = [await fixture(), await fixture()];
    const megan = await userToken(USERS.megan, SCOPES);
    const a = await send(direct, call, "", megan);
    const b = await send(viaMe, call, "/me", megan);
    expect(a.status).toBe(call.status);
    expect(comparable(b)).toEqual(comparable(a));
  });

  it(`answers ${canonical}ForUser for the signed-in user, by id or UPN, as the canonical path does`, async () => {
    const [direct, byId, byUpn] = [await fixture(), await fixture(), await fixture()];
    const megan = await userToken(USERS.megan, SCOPES);
    const a = await send(direct, call, "", megan);
    expect(comparable(await send(byId, call, `/users/${USERS.megan}`, megan))).toEqual(comparable(a));
    expect(comparable(await send(byUpn, call, "/users/MeganB@contoso.com", megan))).toEqual(comparable(a));
  });

  // docs/graph-decisions.md: Graph answers /me with an application token as a malformed request,
  // whether or not the operation takes application permissions.
  it("refuses /me to an application token with 400 (there is no signed-in user)", async () => {
    const f = await fixture();
    const roles = applicationRoles(canonical);
    expectGraphError(await send(f, call, "/me", await appToken(roles.length > 0 ? roles : ["Chat.ReadWrite.All"])), 400, "BadRequest");
  });

  it("forbids a signed-in user to address someone else (403), and answers 404 for an unknown user", async () => {
    const f = await fixture();
    const megan = await userToken(USERS.megan, SCOPES);
    expectGraphError(await send(f, call, `/users/${USERS.lynne}`, megan), 403, "Forbidden");
    expectGraphError(await send(f, call, "/users/nobody@contoso.com", megan), 404, "NotFound");
  });
});

describe("application tokens through /users/{userId}", () => {
  it("read a member's chat (chat-get.md, example 2) and not the chat of a non-member", async () => {
    const f = await fixture();
    const token = await appToken(["Chat.Read.All"]);
    const ok = await request(f.app)
      .get(`/v1.0/users/${USERS.isaiah}/chats/${encodeURIComponent(f.chatId)}`)
      .set(bearer(token));
    expect(ok.status).toBe(200);
    expect(ok.body.id).toBe(f.chatId);
    expect(ok.body.viewpoint).toBeNull();
    expectGraphError(
      await request(f.app)
        .get(`/v1.0/users/${USERS.jacob}/chats/${encodeURIComponent(f.chatId)}`)
        .set(bearer(token)),
      404,
      "NotFound",
    );
  });

  it("list a member's chat members (chat-list-members.md) and messages (chat-list-messages.md)", async () => {
    const f = await fixture();
    const token = await appToken(["ChatMember.Read.All", "Chat.Read.All"]);
    const members = await request(f.app)
      .get(`/v1.0/users/${USERS.lynne}/chats/${encodeURIComponent(f.chatId)}/members`)
      .set(bearer(token));
    expect(members.status).toBe(200);
    expect(members.body.value).toHaveLength(3);
    const messages = await request(f.app)
      .get(`/v1.0/users/${USERS.lynne}/chats/${encodeURIComponent(f.chatId)}/messages`)
      .set(bearer(token));
    expect(messages.status).toBe(200);
    expect(messages.body.value.map((m: { id: string }) => m.id)).toEqual([f.messageId]);
  });
});

describe("the aliases share the canonical operation's permissions", () => {
  it("refuses a token without any of getChatMessage's scopes on every address", async () => {
    const f = await fixture();
    const basic = await userToken(USERS.megan, "Chat.ReadBasic");
    for (const prefix of ["", "/me", `/users/${USERS.megan}`]) {
      const res = await request(f.app)
        .get(`/v1.0${prefix}/chats/${encodeURIComponent(f.chatId)}/messages/${f.messageId}`)
        .set(bearer(basic));
      expectGraphError(res, 403, "Forbidden");
    }
  });
});
