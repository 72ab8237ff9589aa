// The client end to end against the reference server over real HTTP: what a consumer sees.
import { createGraphChatClient, unwrap, type GraphChatClient } from "../../src/client/client.js";
import { GraphError } from "../../src/client/graph-error.js";
import { ALEX, JACOB, MEGAN, member, startServer, userToken, UUID, type RunningServer } from "./helpers.js";

let server: RunningServer;
let jacob: GraphChatClient;

beforeAll(async () => {
  server = await startServer();
  jacob = clientFor(server.origin, await userToken(JACOB));
});

afterAll(() => server.close());

function clientFor(origin: string, token: string, version: "v1.0" | "beta" = "v1.0"): GraphChatClient {
  return createGraphChatClient({ baseUrl: `${origin}/${version}`, getToken: () => token });
}

describe("createChat", () => {
  it("creates a group chat and returns 201 with the chat as typed data", async () => {
    const { data, error, response } = await jacob.POST("/chats", {
      body: { chatType: "group", topic: "Launch plan", members: [member(JACOB), member(ALEX), member(MEGAN)] },
    });

    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data?.chatType).toBe("group");
    expect(data?.topic).toBe("Launch plan");
    expect(data?.id).toMatch(/^19:[0-9a-f]{32}@thread\.v2$/);
    expect(data?.["@odata.context"]).toBe(`${server.origin}/v1.0/$metadata#chats/$entity`);
  });

  it("echoes the generated client-request-id in the response headers", async () => {
    const { response } = await jacob.POST("/chats", { body: { chatType: "oneOnOne", members: [member(JACOB), member(ALEX)] } });

    expect(response.headers.get("client-request-id")).toMatch(UUID);
    expect(response.headers.get("request-id")).toMatch(UUID);
    expect(response.headers.get("client-request-id")).not.toBe(response.headers.get("request-id"));
  });

  it("returns a topic on a oneOnOne chat as a typed BadRequest error", async () => {
    const { data, error, response } = await jacob.POST("/chats", {
      body: { chatType: "oneOnOne", topic: "not allowed", members: [member(JACOB), member(ALEX)] },
      params: { header: { "client-request-id": "topic-test-1" } },
    });

    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(error?.error.code).toBe("BadRequest");
    expect(error?.error.message).toMatch(/topic/i);
    expect(error?.error.innerError["request-id"]).toBe(response.headers.get("request-id"));
    expect(error?.error.innerError["client-request-id"]).toBe("topic-test-1");
  });

  it("makes unwrap throw a GraphError whose requestId is the request-id header", async () => {
    const call = jacob.POST("/chats", { body: { chatType: "oneOnOne", topic: "not allowed", members: [member(JACOB), member(ALEX)] } });
    const { response } = await call;

    const thrown = await unwrap(call).catch((e: unknown) => e);

    if (!(thrown instanceof GraphError)) throw new Error(`expected a GraphError, got ${String(thrown)}`);
    const error = thrown;
    expect(error.status).toBe(400);
    expect(error.code).toBe("BadRequest");
    expect(error.message).toMatch(/topic/i);
    expect(error.requestId).toMatch(UUID);
    expect(error.requestId).toBe(response.headers.get("request-id"));
    expect(error.clientRequestId).toBe(response.headers.get("client-request-id"));
    expect(error.body?.error.innerError["request-id"]).toBe(error.requestId);
  });

  it("returns an untrusted token as a typed 401 InvalidAuthenticationToken error", async () => {
    const stranger = clientFor(server.origin, "not-a-jwt");

    const { error, response } = await stranger.POST("/chats", { body: { chatType: "oneOnOne", members: [member(JACOB), member(ALEX)] } });

    expect(response.status).toBe(401);
    expect(response.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    expect(error?.error.code).toBe("InvalidAuthenticationToken");
    await expect(
      unwrap(stranger.POST("/chats", { body: { chatType: "oneOnOne", members: [member(JACOB), member(ALEX)] } })),
    ).rejects.toMatchObject({
      status: 401,
      code: "InvalidAuthenticationToken",
    });
  });

  it("returns an empty token from getToken as a typed 401 error, not a thrown one", async () => {
    const anonymous = clientFor(server.origin, "");

    const { error, response } = await anonymous.POST("/chats", { body: { chatType: "oneOnOne", members: [member(JACOB), member(ALEX)] } });

    expect(response.status).toBe(401);
    expect(error?.error.code).toBe("InvalidAuthenticationToken");
  });
});

describe("getChat", () => {
  it("reads a created group chat back by its id, which contains ':' and '@'", async () => {
    const created = await unwrap(jacob.POST("/chats", { body: { chatType: "group", members: [member(JACOB), member(ALEX)] } }));

    const chat = await unwrap(jacob.GET("/chats/{chatId}", { params: { path: { chatId: created.id } } }));

    expect(created.id).toMatch(/^19:.*@thread\.v2$/);
    expect(chat.id).toBe(created.id);
    expect(chat.chatType).toBe("group");
    expect(chat.members).toBeUndefined();
  });

  it("reads a oneOnOne chat whose id also contains '_' and '@unq.gbl.spaces'", async () => {
    const created = await unwrap(jacob.POST("/chats", { body: { chatType: "oneOnOne", members: [member(JACOB), member(MEGAN)] } }));

    const chat = await unwrap(jacob.GET("/chats/{chatId}", { params: { path: { chatId: created.id } } }));

    expect(chat.id).toBe(`19:${JACOB}_${MEGAN}@unq.gbl.spaces`);
  });

  it("includes the members with $expand=members", async () => {
    const created = await unwrap(
      jacob.POST("/chats", { body: { chatType: "group", members: [member(JACOB), member(ALEX), member(MEGAN)] } }),
    );

    const chat = await unwrap(jacob.GET("/chats/{chatId}", { params: { path: { chatId: created.id }, query: { $expand: "members" } } }));

    expect(chat.members?.map((m) => m.userId).sort()).toEqual([JACOB, ALEX, MEGAN].sort());
    expect(chat.members?.every((m) => m["@odata.type"] === "#microsoft.graph.aadUserConversationMember")).toBe(true);
  });

  it("sends the chat id decoded intact: an unknown '19:abc@thread.v2' is a NotFound naming it", async () => {
    const { error, response } = await jacob.GET("/chats/{chatId}", { params: { path: { chatId: "19:abc@thread.v2" } } });

    expect(response.status).toBe(404);
    expect(error?.error.code).toBe("NotFound");
    expect(error?.error.message).toContain("'19:abc@thread.v2'");
  });
});

describe("addChatsForMe", () => {
  it("reaches the beta-only /me/chats/$ref with its literal $ref segment", async () => {
    const beta = clientFor(server.origin, await userToken(JACOB), "beta");

    const { data, response } = await beta.POST("/me/chats/$ref", { body: { topic: "Legacy" } });

    expect(response.status).toBe(201);
    expect(data?.["@odata.type"]).toBe("#microsoft.graph.chat");
    expect(data?.topic).toBe("Legacy");
  });
});
