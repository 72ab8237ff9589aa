import { createGraphChatClient, unwrap } from "../../src/client/client.js";
import { GraphError } from "../../src/client/graph-error.js";
import { fakeFetch, jsonResponse, member, requestAt, JACOB, ALEX } from "./helpers.js";

const chatBody = {
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats/$entity",
  id: "19:abc@thread.v2",
  topic: "Launch",
  createdDateTime: "2026-01-01T00:00:00Z",
  lastUpdatedDateTime: "2026-01-01T00:00:00Z",
  chatType: "group",
  tenantId: null,
  webUrl: null,
  isHiddenForAllMembers: false,
  onlineMeetingInfo: null,
  viewpoint: null,
};

describe("createGraphChatClient", () => {
  it("appends the path to the base URL, ignoring one trailing slash", async () => {
    const fake = fakeFetch();
    const client = createGraphChatClient({ baseUrl: "https://graph.example.test/v1.0/", getToken: () => "t", fetch: fake.fetch });

    await client.POST("/chats", { body: { chatType: "group", members: [member(JACOB), member(ALEX)] } });

    expect(requestAt(fake, 0).url).toBe("https://graph.example.test/v1.0/chats");
  });

  it("percent-encodes ':' and '@' of a chat id in the path", async () => {
    const fake = fakeFetch();
    const client = createGraphChatClient({ baseUrl: "https://graph.example.test/v1.0", getToken: () => "t", fetch: fake.fetch });

    await client.GET("/chats/{chatId}", { params: { path: { chatId: "19:abc@thread.v2" } } });

    expect(requestAt(fake, 0).url).toBe("https://graph.example.test/v1.0/chats/19%3Aabc%40thread.v2");
  });

  it("sends $expand with a literal dollar sign", async () => {
    const fake = fakeFetch();
    const client = createGraphChatClient({ baseUrl: "https://graph.example.test/v1.0", getToken: () => "t", fetch: fake.fetch });

    await client.GET("/chats/{chatId}", { params: { path: { chatId: "19:abc@thread.v2" }, query: { $expand: "members" } } });

    expect(requestAt(fake, 0).url).toBe("https://graph.example.test/v1.0/chats/19%3Aabc%40thread.v2?$expand=members");
  });

  it("keeps the literal $ref segment of the beta add-chats paths", async () => {
    const fake = fakeFetch();
    const client = createGraphChatClient({ baseUrl: "https://graph.example.test/beta", getToken: () => "t", fetch: fake.fetch });

    await client.POST("/users/{userId}/chats/$ref", { params: { path: { userId: "jacob@contoso.com" } }, body: { topic: "x" } });

    expect(requestAt(fake, 0).url).toBe("https://graph.example.test/beta/users/jacob%40contoso.com/chats/$ref");
  });

  it("sends the body as JSON", async () => {
    const fake = fakeFetch();
    const client = createGraphChatClient({ baseUrl: "https://graph.example.test/v1.0", getToken: () => "t", fetch: fake.fetch });
    const body = { chatType: "oneOnOne" as const, members: [member(JACOB), member(ALEX)] };

    await client.POST("/chats", { body });

    const request = requestAt(fake, 0);
    expect(request.method).toBe("POST");
    expect(request.headers.get("Content-Type")).toBe("application/json");
    expect(await request.json()).toEqual(body);
  });

  it("sends the default headers with every request, letting per-call headers win", async () => {
    const fake = fakeFetch();
    const client = createGraphChatClient({
      baseUrl: "https://graph.example.test/v1.0",
      getToken: () => "t",
      fetch: fake.fetch,
      headers: { ConsistencyLevel: "eventual", "X-Default": "base" },
    });

    await client.GET("/chats/{chatId}", { params: { path: { chatId: "c" } } });
    await client.GET("/chats/{chatId}", { params: { path: { chatId: "c" } }, headers: { "X-Default": "call" } });

    expect(requestAt(fake, 0).headers.get("ConsistencyLevel")).toBe("eventual");
    expect(requestAt(fake, 0).headers.get("X-Default")).toBe("base");
    expect(requestAt(fake, 1).headers.get("X-Default")).toBe("call");
  });

  it("returns an HTTP error as a value instead of throwing", async () => {
    const envelope = {
      error: {
        code: "NotFound",
        message: "gone",
        innerError: { date: "2026-01-01T00:00:00Z", "request-id": "r", "client-request-id": "c" },
      },
    };
    const fake = fakeFetch(() => jsonResponse(404, envelope));
    const client = createGraphChatClient({ baseUrl: "https://graph.example.test/v1.0", getToken: () => "t", fetch: fake.fetch });

    const { data, error, response } = await client.GET("/chats/{chatId}", { params: { path: { chatId: "c" } } });

    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error?.error.code).toBe("NotFound");
  });
});

describe("unwrap", () => {
  const client = (reply: () => Response | Promise<Response>) =>
    // retry: false keeps the 503 and the network failure below from being retried (retry.test.ts).
    createGraphChatClient({ baseUrl: "https://graph.example.test/v1.0", getToken: () => "t", fetch: fakeFetch(reply).fetch, retry: false });

  it("resolves to the data of a 2xx answer", async () => {
    const chat = await unwrap(client(() => jsonResponse(200, chatBody)).GET("/chats/{chatId}", { params: { path: { chatId: "c" } } }));

    expect(chat.id).toBe("19:abc@thread.v2");
    expect(chat.chatType).toBe("group");
  });

  it("throws a GraphError built from the envelope of a non-2xx answer", async () => {
    const envelope = {
      error: {
        code: "Forbidden",
        message: "not a member",
        innerError: { date: "2026-01-01T00:00:00Z", "request-id": "inner", "client-request-id": "c" },
      },
    };
    const call = client(() => jsonResponse(403, envelope, { "request-id": "header-id" })).GET("/chats/{chatId}", {
      params: { path: { chatId: "c" } },
    });

    const thrown = await unwrap(call).catch((e: unknown) => e);

    expect(thrown).toBeInstanceOf(GraphError);
    expect(thrown).toMatchObject({ status: 403, code: "Forbidden", message: "not a member", requestId: "header-id", body: envelope });
  });

  it("throws a GraphError for an error answer with an empty body", async () => {
    const call = client(
      () => new Response(null, { status: 503, statusText: "Service Unavailable", headers: { "Content-Length": "0" } }),
    ).GET("/chats/{chatId}", { params: { path: { chatId: "c" } } });

    await expect(unwrap(call)).rejects.toMatchObject({ status: 503, code: "ServiceUnavailable", message: "Service Unavailable" });
  });

  it("lets a network failure reject as it is", async () => {
    const failure = new TypeError("fetch failed");
    const call = client(() => Promise.reject(failure)).GET("/chats/{chatId}", { params: { path: { chatId: "c" } } });

    await expect(unwrap(call)).rejects.toBe(failure);
  });
});
