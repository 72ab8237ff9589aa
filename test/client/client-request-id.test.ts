import { createGraphChatClient } from "../../src/client/client.js";
import { fakeFetch, requestAt, UUID } from "./helpers.js";

const baseUrl = "https://graph.example.test/v1.0";
const chatId = "19:abc@thread.v2";

function setup() {
  const fake = fakeFetch();
  const client = createGraphChatClient({ baseUrl, getToken: () => "t", fetch: fake.fetch });
  return { fake, client };
}

describe("clientRequestIdMiddleware", () => {
  it("sends a UUID client-request-id when the caller gives none", async () => {
    const { fake, client } = setup();

    await client.GET("/chats/{chatId}", { params: { path: { chatId } } });

    expect(requestAt(fake, 0).headers.get("client-request-id")).toMatch(UUID);
  });

  it("generates a different client-request-id for every request", async () => {
    const { fake, client } = setup();

    for (let i = 0; i < 5; i++) await client.GET("/chats/{chatId}", { params: { path: { chatId } } });

    const ids = fake.requests.map((r) => r.headers.get("client-request-id"));
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
  });

  it("keeps the client-request-id the caller passes as a typed header parameter", async () => {
    const { fake, client } = setup();

    await client.GET("/chats/{chatId}", { params: { path: { chatId }, header: { "client-request-id": "my-correlation-id" } } });

    expect(requestAt(fake, 0).headers.get("client-request-id")).toBe("my-correlation-id");
  });

  it("keeps a client-request-id passed in the per-call headers", async () => {
    const { fake, client } = setup();

    await client.GET("/chats/{chatId}", { params: { path: { chatId } }, headers: { "client-request-id": "from-headers" } });

    expect(requestAt(fake, 0).headers.get("client-request-id")).toBe("from-headers");
  });
});
