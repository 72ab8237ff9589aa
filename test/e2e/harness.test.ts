// The test harness of the ./server export: startServer's tokens, seed, reset, recorded requests
// and directory swaps, driven over a real port with the typed client as a consumer would.
import { decodeJwt } from "jose";
import { createGraphChatClient, unwrap } from "../../src/index.js";
import { startServer, type RunningServer } from "../../src/server/index.js";

const JACOB = "4595d2f2-7b31-446c-84fd-9b795e63114b";
const ALEX = "5e6e7a25-b0a7-4cbe-8c0e-8a4b2b0cd5f3";
const GUEST = "8ba98gf6-7fc2-4eb2-c7f2-aef9f21fd98g";
const seed = [
  { chatType: "group", topic: "Launch", members: ["jacob@contoso.com", "alex@contoso.com", GUEST] },
  { chatType: "oneOnOne", members: [JACOB, "MeganB@contoso.com"] },
] as const;

describe("startServer as a test harness", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ seed });
  });
  afterEach(() => server.reset());
  afterAll(() => server.close());

  const clientFor = (user: string, scopes?: string) =>
    createGraphChatClient({ baseUrl: server.baseUrl, getToken: () => server.token(user, scopes), retry: false });

  it("creates the seed chats, visible to their members with the roles Graph gives", async () => {
    const chats = await unwrap(clientFor("jacob@contoso.com").GET("/me/chats", { params: { query: { $expand: "members" } } }));
    expect(chats.value.map((c) => [c.chatType, c.topic]).sort()).toEqual([
      ["group", "Launch"],
      ["oneOnOne", null],
    ]);
    const group = chats.value.find((c) => c.chatType === "group");
    const guest = group?.members?.find((m) => "userId" in m && m.userId === GUEST);
    expect(guest?.roles).toEqual(["guest"]);
    const alexChats = await unwrap(clientFor(ALEX).GET("/me/chats"));
    expect(alexChats.value.map((c) => c.topic)).toEqual(["Launch"]);
  });

  it("mints delegated tokens by id or UPN with Chat.ReadWrite by default, and application tokens", async () => {
    expect(decodeJwt(await server.token("ALEX@contoso.com"))).toMatchObject({ oid: ALEX, scp: "Chat.ReadWrite" });
    expect(decodeJwt(await server.token(ALEX, "Chat.Read"))).toMatchObject({ scp: "Chat.Read" });
    const app = createGraphChatClient({ baseUrl: server.baseUrl, getToken: () => server.appToken(["Chat.ReadWrite.All"]), retry: false });
    const chats = await unwrap(app.GET("/users/{userId}/chats", { params: { path: { userId: JACOB } } }));
    expect(chats.value).toHaveLength(2);
  });

  it("rejects a token for a user not in the directory", async () => {
    await expect(server.token("nobody@contoso.com")).rejects.toThrow(/no user 'nobody@contoso.com' in the server's directory/);
  });

  it("records method, path, query, status, body and error code, without the Authorization header", async () => {
    const client = clientFor("jacob@contoso.com");
    const body = { topic: "Renamed" };
    const launch = (await unwrap(client.GET("/me/chats"))).value.find((c) => c.topic === "Launch");
    await client.PATCH("/chats/{chatId}", { params: { path: { chatId: launch?.id ?? "" } }, body });
    await client.GET("/chats/{chatId}", { params: { path: { chatId: "19:missing@thread.v2" } } });
    const requests = server.requests();
    expect(requests.map((r) => [r.method, r.status])).toEqual([
      ["GET", 200],
      ["PATCH", 200],
      ["GET", 404],
    ]);
    expect(requests[1]).toMatchObject({ path: `/v1.0/chats/${encodeURIComponent(launch?.id ?? "")}`, body });
    expect(requests[2]?.errorCode).toBe("NotFound");
    expect(requests[0]).toMatchObject({ query: "", body: undefined });
    expect(Date.parse(requests[0]?.time ?? "")).not.toBeNaN();
    expect(JSON.stringify(requests)).not.toMatch(/authorization|bearer|eyJ/i);
  });

  it("reset forgets chats, faults and requests, and applies the seed again", async () => {
    const client = clientFor("jacob@contoso.com");
    await unwrap(client.POST("/chats", { body: { chatType: "group", topic: "Extra", members: [bind(JACOB), bind(ALEX)] } }));
    server.faults.failNext({ count: 5, status: 503 });
    await server.reset();
    expect(server.requests()).toEqual([]);
    const chats = await unwrap(client.GET("/me/chats"));
    expect(chats.value.map((c) => c.topic).sort()).toEqual(["Launch", null]);
    expect(server.requests().map((r) => r.status)).toEqual([200]);
  });

  it("loadDirectory replaces the users: old users' tokens get 401, new users get in; reset restores", async () => {
    const jacobToken = await server.token(JACOB);
    const tenantId = "aaaaaaaa-0000-0000-0000-000000000001";
    await server.loadDirectory({
      tenantId,
      users: [
        user("11111111-0000-0000-0000-000000000001", "ann@example.com"),
        user("22222222-0000-0000-0000-000000000002", "bob@example.com"),
      ],
    });
    const old = await fetch(`${server.baseUrl}/me/chats`, { headers: { Authorization: `Bearer ${jacobToken}` } });
    expect(old.status).toBe(401);
    await expect(server.token(JACOB)).rejects.toThrow(/no user/);
    expect(decodeJwt(await server.token("ann@example.com"))).toMatchObject({ tid: tenantId });
    expect((await unwrap(clientFor("ann@example.com").GET("/me/chats"))).value).toEqual([]);
    await server.reset();
    expect((await fetch(`${server.baseUrl}/me/chats`, { headers: { Authorization: `Bearer ${jacobToken}` } })).status).toBe(200);
  });

  it("loadDirectory refuses invalid data, naming the problem", async () => {
    await expect(server.loadDirectory({ tenantId: "", users: [] })).rejects.toThrow(/loadDirectory: tenantId must be a non-empty string/);
  });

  it("keeps /_admin off unless asked for", async () => {
    const res = await fetch(`${server.url}/_admin/requests`);
    expect(res.status).toBe(404);
  });
});

describe("startServer options", () => {
  it("refuses to start with a seed the API would refuse", async () => {
    await expect(startServer({ seed: [{ chatType: "oneOnOne", topic: "No", members: [JACOB, ALEX] }] })).rejects.toThrow(/seed\[0\]/);
    await expect(startServer({ seed: [{ chatType: "group", members: [JACOB, "ghost@contoso.com"] }] })).rejects.toThrow(
      /seed\[0\]: user 'ghost@contoso.com'/,
    );
  });

  it("mounts /_admin with admin: true", async () => {
    const server = await startServer({ admin: true });
    try {
      await fetch(`${server.baseUrl}/me/chats`, { headers: { Authorization: `Bearer ${await server.token(JACOB)}` } });
      const res = await fetch(`${server.url}/_admin/requests`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { value: unknown[] }).value).toMatchObject([{ method: "GET", path: "/v1.0/me/chats", status: 200 }]);
      expect((await fetch(`${server.url}/_admin/reset`, { method: "POST" })).status).toBe(204);
      expect(server.requests()).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("refuses development tokens in JWKS mode", async () => {
    const server = await startServer({
      auth: { mode: "jwks", jwksUrl: "http://127.0.0.1:9/keys", issuer: "https://issuer", audience: "api" },
    });
    try {
      await expect(server.token(JACOB)).rejects.toThrow(/JWKS/);
      await expect(server.appToken(["Chat.Create"])).rejects.toThrow(/JWKS/);
    } finally {
      await server.close();
    }
  });

  it("records nothing with recordRequests: false", async () => {
    const server = await startServer({ recordRequests: false });
    try {
      await fetch(`${server.baseUrl}/me/chats`);
      expect(server.requests()).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

function bind(id: string) {
  return {
    "@odata.type": "#microsoft.graph.aadUserConversationMember" as const,
    roles: ["owner" as const],
    "user@odata.bind": `https://graph.microsoft.com/v1.0/users('${id}')`,
  };
}

function user(id: string, upn: string) {
  return {
    id,
    userPrincipalName: upn,
    displayName: upn,
    mail: upn,
    userType: "Member" as const,
    tenantId: "aaaaaaaa-0000-0000-0000-000000000001",
  };
}
