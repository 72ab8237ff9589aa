// client.paginate: against the reference server (real pages and nextLinks) and with a scripted
// fetch (exact URLs, failures, retries of a page).
import type { Middleware } from "openapi-fetch";
import { createGraphChatClient, unwrap, type GraphChatClient } from "../../src/client/client.js";
import { GraphError } from "../../src/client/graph-error.js";
import {
  ALEX,
  JACOB,
  MEGAN,
  jsonResponse,
  member,
  recordingSleep,
  scriptedFetch,
  startServer,
  userToken,
  type RunningServer,
} from "./helpers.js";

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe("paginate against the reference server", () => {
  let server: RunningServer;
  let urls: string[] = [];
  let jacob: GraphChatClient;
  let megan: GraphChatClient;
  let chatIds: string[];

  beforeAll(async () => {
    server = await startServer();
    const recording: typeof fetch = async (input, init) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };
    const baseUrl = `${server.origin}/v1.0`;
    const [jacobToken, meganToken] = await Promise.all([userToken(JACOB), userToken(MEGAN)]);
    jacob = createGraphChatClient({ baseUrl, getToken: () => jacobToken, fetch: recording });
    megan = createGraphChatClient({ baseUrl, getToken: () => meganToken, fetch: recording });
    chatIds = [];
    for (const topic of ["one", "two", "three", "four", "five"]) {
      const chat = await unwrap(jacob.POST("/chats", { body: { chatType: "group", topic, members: [member(JACOB), member(ALEX)] } }));
      chatIds.push(chat.id);
    }
  });

  beforeEach(() => {
    urls = [];
  });

  afterAll(() => server.close());

  it("follows @odata.nextLink across 3 pages of $top=2, yielding each chat once", async () => {
    const chats = await collect(jacob.paginate("/chats", { params: { query: { $top: 2 } } }));

    expect(chats.map((c) => c.id).sort()).toEqual([...chatIds].sort());
    // Most recently updated first.
    expect(chats.map((c) => c.topic)).toEqual(["five", "four", "three", "two", "one"]);
    expect(urls).toHaveLength(3);
    expect(urls[0]).toBe(`${server.origin}/v1.0/chats?$top=2`);
    for (const url of urls.slice(1)) {
      expect(url.startsWith(`${server.origin}/v1.0/chats?`)).toBe(true);
      expect(new URL(url).searchParams.get("$skiptoken")).toBeTruthy();
      expect(new URL(url).searchParams.get("$top")).toBe("2");
    }
  });

  it("stops after `limit` items without fetching further pages", async () => {
    const three = await collect(jacob.paginate("/chats", { params: { query: { $top: 2 } } }, { limit: 3 }));
    expect(three).toHaveLength(3);
    expect(urls).toHaveLength(2);

    urls = [];
    const two = await collect(jacob.paginate("/chats", { params: { query: { $top: 2 } } }, { limit: 2 }));
    expect(two.map((c) => c.topic)).toEqual(["five", "four"]);
    expect(urls).toHaveLength(1);

    urls = [];
    expect(await collect(jacob.paginate("/chats", undefined, { limit: 0 }))).toEqual([]);
    expect(urls).toHaveLength(0);
  });

  it("fetches nothing more when the loop is left early", async () => {
    for await (const chat of jacob.paginate("/chats", { params: { query: { $top: 2 } } })) {
      expect(chat.topic).toBe("five");
      break;
    }
    expect(urls).toHaveLength(1);
  });

  it("pages through a chat's messages", async () => {
    const chatId = chatIds[0] ?? "";
    for (const content of ["m1", "m2", "m3", "m4", "m5"]) {
      await unwrap(
        jacob.POST("/chats/{chatId}/messages", {
          params: { path: { chatId } },
          body: { importance: "normal", body: { contentType: "text", content } },
        }),
      );
    }
    urls = [];

    const messages = await collect(jacob.paginate("/chats/{chatId}/messages", { params: { path: { chatId }, query: { $top: 2 } } }));

    expect(messages.map((m) => m.body.content)).toEqual(["m5", "m4", "m3", "m2", "m1"]);
    expect(urls).toHaveLength(3);
  });

  it("yields a collection without nextLink (a chat's members) in one page", async () => {
    const members = await collect(jacob.paginate("/chats/{chatId}/members", { params: { path: { chatId: chatIds[1] ?? "" } } }));

    expect(members.map((m) => m.userId).sort()).toEqual([JACOB, ALEX].sort());
    expect(urls).toHaveLength(1);
  });

  it("throws a GraphError when a page is an error answer", async () => {
    const pages = megan.paginate("/chats/{chatId}/messages", { params: { path: { chatId: chatIds[0] ?? "" } } });

    const thrown = await collect(pages).catch((e: unknown) => e);

    expect(thrown).toBeInstanceOf(GraphError);
    expect(thrown).toMatchObject({ status: 403, code: "Forbidden" });
  });
});

describe("paginate with a scripted fetch", () => {
  const baseUrl = "https://graph.example.test/v1.0";
  const chat = (id: string) => ({
    id,
    topic: null,
    chatType: "group",
    createdDateTime: "2026-01-01T00:00:00Z",
    lastUpdatedDateTime: "2026-01-01T00:00:00Z",
  });
  const page = (ids: string[], nextLink?: string) => () =>
    jsonResponse(200, {
      "@odata.context": `${baseUrl}/$metadata#chats`,
      value: ids.map(chat),
      ...(nextLink ? { "@odata.nextLink": nextLink } : {}),
    });

  it("requests each nextLink exactly as given, through the client's middlewares", async () => {
    // A link with another path than the first page's (Graph may answer /me/chats with /users/{id}/chats).
    const link = `${baseUrl}/users/4595d2f2-7b31-446c-84fd-9b795e63114b/chats?$top=2&$skiptoken=abc.DEF-123_`;
    const fake = scriptedFetch(page(["a", "b"], link), page(["c"]));
    const seen: string[] = [];
    const observer: Middleware = {
      onRequest: ({ request, schemaPath }) => {
        seen.push(`${schemaPath} ${request.url}`);
      },
    };
    let tokens = 0;
    const client = createGraphChatClient({ baseUrl, getToken: () => `token-${++tokens}`, fetch: fake.fetch });
    client.use(observer);

    const ids = (
      await collect(client.paginate("/me/chats", { params: { query: { $top: 2 } }, headers: { ConsistencyLevel: "eventual" } }))
    ).map((c) => c.id);

    expect(ids).toEqual(["a", "b", "c"]);
    expect(fake.requests.map((r) => r.url)).toEqual([`${baseUrl}/me/chats?$top=2`, link]);
    expect(seen).toEqual([`/me/chats ${baseUrl}/me/chats?$top=2`, `/me/chats ${link}`]);
    expect(fake.requests.map((r) => r.headers.get("Authorization"))).toEqual(["Bearer token-1", "Bearer token-2"]);
    expect(fake.requests.map((r) => r.headers.get("ConsistencyLevel"))).toEqual(["eventual", "eventual"]);
    expect(fake.requests.every((r) => r.method === "GET")).toBe(true);
  });

  it("retries a throttled page and carries on", async () => {
    const link = `${baseUrl}/chats?$skiptoken=p2`;
    const fake = scriptedFetch(page(["a"], link), () => jsonResponse(429, {}, { "Retry-After": "1" }), page(["b"]));
    const { sleep, delays } = recordingSleep();
    const client = createGraphChatClient({ baseUrl, getToken: () => "t", fetch: fake.fetch, retry: { sleep } });

    const ids = (await collect(client.paginate("/chats"))).map((c) => c.id);

    expect(ids).toEqual(["a", "b"]);
    expect(fake.requests.map((r) => [r.url, r.headers.get("Retry-Attempt")])).toEqual([
      [`${baseUrl}/chats`, null],
      [link, null],
      [link, "1"],
    ]);
    expect(delays).toEqual([1000]);
  });

  it("yields the items of the pages before a failing page, then throws a GraphError", async () => {
    const envelope = {
      error: {
        code: "Forbidden",
        message: "no",
        innerError: { date: "2026-01-01T00:00:00Z", "request-id": "r", "client-request-id": "c" },
      },
    };
    const fake = scriptedFetch(page(["a", "b"], `${baseUrl}/chats?$skiptoken=p2`), () => jsonResponse(403, envelope));
    const client = createGraphChatClient({ baseUrl, getToken: () => "t", fetch: fake.fetch });
    const ids: string[] = [];

    const thrown = await (async () => {
      for await (const c of client.paginate("/chats")) ids.push(c.id);
    })().catch((e: unknown) => e);

    expect(ids).toEqual(["a", "b"]);
    expect(thrown).toBeInstanceOf(GraphError);
    expect(thrown).toMatchObject({ status: 403, code: "Forbidden", message: "no", requestId: "r" });
  });

  it("rejects an answer that is not a collection page", async () => {
    const fake = scriptedFetch(() => jsonResponse(200, { id: "not a page" }));
    const client = createGraphChatClient({ baseUrl, getToken: () => "t", fetch: fake.fetch });

    await expect(collect(client.paginate("/chats"))).rejects.toThrow(/is not a collection page/);
  });

  it("stops when the server repeats a nextLink instead of looping forever", async () => {
    const link = `${baseUrl}/chats?$skiptoken=same`;
    const fake = scriptedFetch(page(["a"], link), page(["b"], link));
    const client = createGraphChatClient({ baseUrl, getToken: () => "t", fetch: fake.fetch });

    await expect(collect(client.paginate("/chats"))).rejects.toThrow(/refusing to follow @odata.nextLink/);
    expect(fake.requests).toHaveLength(2);
  });

  it("stops with an AbortError, fetching nothing more, when the signal aborts between pages", async () => {
    const controller = new AbortController();
    const fake = scriptedFetch(page(["a", "b"], `${baseUrl}/chats?$skiptoken=p2`), page(["c"]));
    const client = createGraphChatClient({ baseUrl, getToken: () => "t", fetch: fake.fetch });
    const ids: string[] = [];

    const thrown = await (async () => {
      for await (const c of client.paginate("/chats", undefined, { signal: controller.signal })) {
        ids.push(c.id);
        controller.abort();
      }
    })().catch((e: unknown) => e);

    expect(thrown).toMatchObject({ name: "AbortError" });
    expect(ids).toEqual(["a", "b"]);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.signal.aborted).toBe(true);
  });

  it("rejects a limit that is not a whole number ≥ 0 at once", () => {
    const client = createGraphChatClient({ baseUrl, getToken: () => "t", fetch: scriptedFetch(page([])).fetch });

    expect(() => client.paginate("/chats", undefined, { limit: -1 })).toThrow(RangeError);
    expect(() => client.paginate("/chats", undefined, { limit: 2.5 })).toThrow(RangeError);
  });
});
