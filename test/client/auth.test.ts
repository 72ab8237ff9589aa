import createClient from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
import { authMiddleware } from "../../src/client/auth.js";
import { createGraphChatClient } from "../../src/client/client.js";
import { fakeFetch, requestAt } from "./helpers.js";

const baseUrl = "https://graph.example.test/v1.0";
const chat = { params: { path: { chatId: "19:abc@thread.v2" } } };

describe("authMiddleware", () => {
  it("sends the token of a synchronous getToken as a Bearer Authorization header", async () => {
    const fake = fakeFetch();
    const client = createGraphChatClient({ baseUrl, getToken: () => "sync-token", fetch: fake.fetch });

    await client.GET("/chats/{chatId}", chat);

    expect(requestAt(fake, 0).headers.get("Authorization")).toBe("Bearer sync-token");
  });

  it("awaits an asynchronous getToken before sending", async () => {
    const fake = fakeFetch();
    const getToken = async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return "async-token";
    };
    const client = createGraphChatClient({ baseUrl, getToken, fetch: fake.fetch });

    await client.GET("/chats/{chatId}", chat);

    expect(requestAt(fake, 0).headers.get("Authorization")).toBe("Bearer async-token");
  });

  it("calls getToken once per request, so a refreshed token is used at once", async () => {
    const fake = fakeFetch();
    let calls = 0;
    const client = createGraphChatClient({ baseUrl, getToken: async () => `token-${++calls}`, fetch: fake.fetch });

    await client.GET("/chats/{chatId}", chat);
    await client.GET("/chats/{chatId}", chat);
    await client.GET("/chats/{chatId}", chat);

    expect(calls).toBe(3);
    expect(fake.requests.map((r) => r.headers.get("Authorization"))).toEqual(["Bearer token-1", "Bearer token-2", "Bearer token-3"]);
  });

  it("replaces an Authorization header given per call with the provider's token", async () => {
    const fake = fakeFetch();
    const client = createGraphChatClient({ baseUrl, getToken: () => "provider-token", fetch: fake.fetch });

    await client.GET("/chats/{chatId}", { ...chat, headers: { Authorization: "Bearer stale" } });

    expect(requestAt(fake, 0).headers.get("Authorization")).toBe("Bearer provider-token");
  });

  it("does not send the request when getToken fails", async () => {
    const fake = fakeFetch();
    const client = createGraphChatClient({
      baseUrl,
      getToken: () => Promise.reject(new Error("token cache empty")),
      fetch: fake.fetch,
    });

    await expect(client.GET("/chats/{chatId}", chat)).rejects.toThrow("token cache empty");
    expect(fake.requests).toHaveLength(0);
  });

  it("authenticates a hand-made openapi-fetch client it is registered on", async () => {
    const fake = fakeFetch();
    const client = createClient<paths>({ baseUrl, fetch: fake.fetch });
    client.use(authMiddleware(() => "own-client-token"));

    await client.GET("/chats/{chatId}", chat);

    expect(requestAt(fake, 0).headers.get("Authorization")).toBe("Bearer own-client-token");
  });
});
