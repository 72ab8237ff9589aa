// retryMiddleware, mostly through createGraphChatClient (which registers it by default) with a
// scripted fetch and a sleep that records the delays instead of waiting; one test waits for
// real to show that aborting ends a wait at once, and the last ones use the reference server.
import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
import { createGraphChatClient, unwrap, type GraphChatClientOptions } from "../../src/client/client.js";
import { FaultPlan } from "../../src/server/faults/plan.js";
import { parseRetryAfter, retryMiddleware, type RetryOptions } from "../../src/client/retry.js";
import {
  ALEX,
  JACOB,
  jsonResponse,
  member,
  recordingSleep,
  requestAt,
  scriptedFetch,
  startServer,
  userToken,
  type FakeFetch,
} from "./helpers.js";

const baseUrl = "https://graph.example.test/v1.0";
const chat = { params: { path: { chatId: "19:abc@thread.v2" } } };
const chatBody = { chatType: "group" as const, topic: "Launch", members: [member(JACOB), member(ALEX)] };

const ok = () => jsonResponse(200, { id: "19:abc@thread.v2" });
const status =
  (code: number, headers: Record<string, string> = {}) =>
  () =>
    jsonResponse(code, { error: { code: "x", message: "y", innerError: {} } }, headers);
const networkFailure = () => Promise.reject(new TypeError("fetch failed"));

function clientWith(fake: FakeFetch, retry: RetryOptions | false = {}, extra: Partial<GraphChatClientOptions> = {}) {
  return createGraphChatClient({ baseUrl, getToken: () => "t", fetch: fake.fetch, retry, ...extra });
}

describe("retryMiddleware", () => {
  describe("which answers it retries", () => {
    it("retries a 429 after the Retry-After seconds and returns the answer of the retry", async () => {
      const fake = scriptedFetch(status(429, { "Retry-After": "2" }), ok);
      const { sleep, delays } = recordingSleep();

      const { data, response } = await clientWith(fake, { sleep }).GET("/chats/{chatId}", chat);

      expect(response.status).toBe(200);
      expect(data?.id).toBe("19:abc@thread.v2");
      expect(fake.requests).toHaveLength(2);
      expect(delays).toEqual([2000]);
    });

    it("retries a 429 after a Retry-After HTTP date, waiting until then", async () => {
      const fake = scriptedFetch(status(429, { "Retry-After": new Date(Date.now() + 5000).toUTCString() }), ok);
      const { sleep, delays } = recordingSleep();

      const { response } = await clientWith(fake, { sleep }).GET("/chats/{chatId}", chat);

      expect(response.status).toBe(200);
      expect(delays).toHaveLength(1);
      // HTTP dates have whole seconds: the date is 4–5 s away.
      expect(delays[0]).toBeGreaterThan(3900);
      expect(delays[0]).toBeLessThanOrEqual(5000);
    });

    it("retries at once for a Retry-After date in the past", async () => {
      const fake = scriptedFetch(status(429, { "Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT" }), ok);
      const { sleep, delays } = recordingSleep();

      await clientWith(fake, { sleep }).GET("/chats/{chatId}", chat);

      expect(delays).toEqual([0]);
    });

    it.each([503, 504])("retries a %i", async (code) => {
      const fake = scriptedFetch(status(code), ok);
      const { sleep } = recordingSleep();

      const { response } = await clientWith(fake, { sleep }).GET("/chats/{chatId}", chat);

      expect(response.status).toBe(200);
      expect(fake.requests).toHaveLength(2);
    });

    it.each([400, 401, 403, 404, 500, 502])("returns a %i as it is, without retrying", async (code) => {
      const fake = scriptedFetch(status(code), ok);
      const { sleep, delays } = recordingSleep();

      const { response } = await clientWith(fake, { sleep }).GET("/chats/{chatId}", chat);

      expect(response.status).toBe(code);
      expect(fake.requests).toHaveLength(1);
      expect(delays).toEqual([]);
    });

    it("retries the statuses given instead of the default ones", async () => {
      const fake = scriptedFetch(status(500), status(429), ok);
      const { sleep } = recordingSleep();

      const { response } = await clientWith(fake, { sleep, statuses: [500] }).GET("/chats/{chatId}", chat);

      expect(response.status).toBe(429);
      expect(fake.requests).toHaveLength(2);
    });

    it("returns the answer as it is when Retry-After asks for longer than maxDelayMs", async () => {
      const fake = scriptedFetch(status(429, { "Retry-After": "120" }), ok);
      const { sleep, delays } = recordingSleep();

      const { response, error } = await clientWith(fake, { sleep, maxDelayMs: 60_000 }).GET("/chats/{chatId}", chat);

      expect(response.status).toBe(429);
      expect(response.headers.get("Retry-After")).toBe("120");
      expect(error?.error.code).toBe("x"); // the body is still readable
      expect(fake.requests).toHaveLength(1);
      expect(delays).toEqual([]);
    });
  });

  describe("how often and how long", () => {
    it("makes exactly maxRetries + 1 requests, then returns the last answer", async () => {
      const fake = scriptedFetch(status(503));
      const { sleep } = recordingSleep();

      const { response } = await clientWith(fake, { sleep, maxRetries: 2 }).GET("/chats/{chatId}", chat);

      expect(response.status).toBe(503);
      expect(fake.requests).toHaveLength(3);
    });

    it("retries at most 3 times by default", async () => {
      const fake = scriptedFetch(status(429, { "Retry-After": "0" }));
      const { sleep } = recordingSleep();

      await clientWith(fake, { sleep }).GET("/chats/{chatId}", chat);

      expect(fake.requests).toHaveLength(4);
    });

    it("never retries with maxRetries 0", async () => {
      const fake = scriptedFetch(status(503), ok);

      const { response } = await clientWith(fake, { maxRetries: 0 }).GET("/chats/{chatId}", chat);

      expect(response.status).toBe(503);
      expect(fake.requests).toHaveLength(1);
    });

    it("sends Retry-Attempt 1, 2, 3 on the retries and none on the first try", async () => {
      const fake = scriptedFetch(status(503));
      const { sleep } = recordingSleep();

      await clientWith(fake, { sleep }).GET("/chats/{chatId}", chat);

      expect(fake.requests.map((r) => r.headers.get("Retry-Attempt"))).toEqual([null, "1", "2", "3"]);
    });

    it("backs off from 3 s by default, doubling, with equal jitter", async () => {
      const fake = scriptedFetch(status(503));
      const { sleep, delays } = recordingSleep();

      await clientWith(fake, { sleep }).GET("/chats/{chatId}", chat);

      const [first, second, third] = delays;
      expect(delays).toHaveLength(3);
      expect(first).toBeGreaterThanOrEqual(1500);
      expect(first).toBeLessThanOrEqual(3000);
      expect(second).toBeGreaterThanOrEqual(3000);
      expect(second).toBeLessThanOrEqual(6000);
      expect(third).toBeGreaterThanOrEqual(6000);
      expect(third).toBeLessThanOrEqual(12000);
      // Each range starts where the previous one ends, so the waits never shrink while uncapped.
      expect(delays).toEqual([...delays].sort((x, y) => x - y));
    });

    it("never backs off for longer than maxDelayMs", async () => {
      const fake = scriptedFetch(status(504));
      const { sleep, delays } = recordingSleep();

      await clientWith(fake, { sleep, maxRetries: 6, baseDelayMs: 100, maxDelayMs: 300 }).GET("/chats/{chatId}", chat);

      // Ceilings 100, 200, 300 (capped from 400), 300, 300, 300; each delay is half to all of it.
      const ceilings = [100, 200, 300, 300, 300, 300];
      expect(delays).toHaveLength(ceilings.length);
      delays.forEach((delay, i) => {
        expect(delay).toBeGreaterThanOrEqual((ceilings[i] ?? 0) / 2);
        expect(delay).toBeLessThanOrEqual(ceilings[i] ?? 0);
      });
    });

    it("backs off when Retry-After is not understood", async () => {
      const fake = scriptedFetch(status(429, { "Retry-After": "soon" }), ok);
      const { sleep, delays } = recordingSleep();

      await clientWith(fake, { sleep, baseDelayMs: 100 }).GET("/chats/{chatId}", chat);

      expect(delays).toHaveLength(1);
      expect(delays[0]).toBeGreaterThanOrEqual(50);
      expect(delays[0]).toBeLessThanOrEqual(100);
    });
  });

  describe("what it re-sends", () => {
    it("replays a POST body identically on every try", async () => {
      const bodies: string[] = [];
      const fake = scriptedFetch(async (request) => {
        bodies.push(await request.text());
        return bodies.length < 4 ? status(503)() : jsonResponse(201, { id: "19:new@thread.v2" });
      });
      const { sleep } = recordingSleep();

      const created = await unwrap(clientWith(fake, { sleep }).POST("/chats", { body: chatBody }));

      expect(created.id).toBe("19:new@thread.v2");
      expect(bodies).toHaveLength(4);
      expect(new Set(bodies).size).toBe(1);
      expect(JSON.parse(bodies[0] ?? "")).toEqual(chatBody);
      expect(fake.requests.map((r) => [r.method, r.url, r.headers.get("Content-Type")])).toEqual(
        Array(4).fill(["POST", `${baseUrl}/chats`, "application/json"]),
      );
    });

    it("keeps the client-request-id of the first try and asks getToken again for each retry", async () => {
      const fake = scriptedFetch(status(503), status(503), ok);
      const { sleep } = recordingSleep();
      let calls = 0;

      await clientWith(fake, { sleep }, { getToken: () => `token-${++calls}` }).GET("/chats/{chatId}", chat);

      expect(fake.requests.map((r) => r.headers.get("Authorization"))).toEqual(["Bearer token-1", "Bearer token-2", "Bearer token-3"]);
      const ids = fake.requests.map((r) => r.headers.get("client-request-id"));
      expect(new Set(ids).size).toBe(1);
      expect(ids[0]).toBeTruthy();
    });

    it("calls beforeRetry with each retry's request and number, after the token is set", async () => {
      const fake = scriptedFetch(status(503), status(503), ok);
      const { sleep } = recordingSleep();
      const seen: [number, string | null][] = [];

      await clientWith(fake, {
        sleep,
        beforeRetry: (request, attempt) => {
          seen.push([attempt, request.headers.get("Authorization")]);
          request.headers.set("X-Signed", `sig-${attempt}`);
        },
      }).GET("/chats/{chatId}", chat);

      expect(seen).toEqual([
        [1, "Bearer t"],
        [2, "Bearer t"],
      ]);
      expect(fake.requests.map((r) => r.headers.get("X-Signed"))).toEqual([null, "sig-1", "sig-2"]);
    });

    it("keeps the other middlewares working: they see one request and only the final answer", async () => {
      const fake = scriptedFetch(status(429, { "Retry-After": "0" }), status(503), ok);
      const seen: string[] = [];
      const observer: Middleware = {
        onRequest: ({ request }) => {
          seen.push(`request ${request.method}`);
          request.headers.set("X-Observer", "yes");
        },
        onResponse: ({ response }) => {
          seen.push(`response ${response.status}`);
        },
      };
      const { sleep } = recordingSleep();
      const client = createClient<paths>({ baseUrl, fetch: fake.fetch });
      client.use(observer, retryMiddleware({ sleep }));

      const { response } = await client.GET("/chats/{chatId}", chat);

      expect(response.status).toBe(200);
      expect(seen).toEqual(["request GET", "response 200"]);
      expect(fake.requests.map((r) => r.headers.get("X-Observer"))).toEqual(["yes", "yes", "yes"]);
    });

    it("does not replay a body it never saw: a later middleware replaced the request", async () => {
      const fake = scriptedFetch(status(503), ok);
      const replacer: Middleware = { onRequest: ({ request }) => new Request(request, { body: '{"replaced":true}' }) };
      const { sleep } = recordingSleep();
      const client = createClient<paths>({ baseUrl, fetch: fake.fetch });
      client.use(retryMiddleware({ sleep }), replacer);

      const { response } = await client.POST("/chats", { body: chatBody });

      expect(response.status).toBe(503);
      expect(fake.requests).toHaveLength(1);
    });
  });

  describe("network failures", () => {
    it("retries a GET that failed on the network", async () => {
      const fake = scriptedFetch(networkFailure, networkFailure, ok);
      const { sleep, delays } = recordingSleep();

      const { response } = await clientWith(fake, { sleep, baseDelayMs: 100 }).GET("/chats/{chatId}", chat);

      expect(response.status).toBe(200);
      expect(fake.requests).toHaveLength(3);
      expect(fake.requests.map((r) => r.headers.get("Retry-Attempt"))).toEqual([null, "1", "2"]);
      expect(delays).toHaveLength(2);
    });

    it("does not retry a POST that failed on the network: it may have been carried out", async () => {
      const failure = new TypeError("fetch failed");
      const fake = scriptedFetch(() => Promise.reject(failure), ok);
      const { sleep } = recordingSleep();

      await expect(clientWith(fake, { sleep }).POST("/chats", { body: chatBody })).rejects.toBe(failure);
      expect(fake.requests).toHaveLength(1);
    });

    it("stops at a network failure of a POST's retry and rejects with it", async () => {
      const failure = new TypeError("fetch failed");
      const fake = scriptedFetch(status(503), () => Promise.reject(failure), ok);
      const { sleep } = recordingSleep();

      await expect(clientWith(fake, { sleep }).POST("/chats", { body: chatBody })).rejects.toBe(failure);
      expect(fake.requests).toHaveLength(2);
    });

    it("rejects with the last failure once the retries are used up", async () => {
      let n = 0;
      const fake = scriptedFetch(() => Promise.reject(new TypeError(`failure ${++n}`)));
      const { sleep } = recordingSleep();

      await expect(clientWith(fake, { sleep, maxRetries: 2 }).GET("/chats/{chatId}", chat)).rejects.toThrow("failure 3");
      expect(fake.requests).toHaveLength(3);
    });

    it("counts retries across failures and answers alike, once", async () => {
      const fake = scriptedFetch(networkFailure, status(503), status(503), ok);
      const { sleep } = recordingSleep();

      const { response } = await clientWith(fake, { sleep, maxRetries: 2 }).GET("/chats/{chatId}", chat);

      expect(response.status).toBe(503);
      expect(fake.requests).toHaveLength(3);
    });
  });

  describe("cancelling", () => {
    it("ends a wait at once with an AbortError when the signal aborts, sending nothing more", async () => {
      const controller = new AbortController();
      const fake = scriptedFetch(() => {
        setTimeout(() => controller.abort(), 20);
        return status(429, { "Retry-After": "30" })();
      });
      const started = Date.now();

      const call = clientWith(fake).GET("/chats/{chatId}", { ...chat, signal: controller.signal });

      await expect(call).rejects.toMatchObject({ name: "AbortError" });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(fake.requests).toHaveLength(1);
    });

    it("sends nothing more once the signal is aborted, even with a sleep that ignores it", async () => {
      const controller = new AbortController();
      const fake = scriptedFetch(() => {
        controller.abort();
        return status(503)();
      });
      const delays: number[] = [];
      const sleep = async (ms: number) => {
        delays.push(ms);
      };

      const call = clientWith(fake, { sleep }).GET("/chats/{chatId}", { ...chat, signal: controller.signal });

      await expect(call).rejects.toMatchObject({ name: "AbortError" });
      expect(fake.requests).toHaveLength(1);
      expect(delays).toEqual([]);
    });

    it("passes the call's signal to the sleep", async () => {
      const controller = new AbortController();
      const fake = scriptedFetch(status(503), ok);
      const signals: AbortSignal[] = [];

      await clientWith(fake, { sleep: async (_ms, signal) => void signals.push(signal) }).GET("/chats/{chatId}", {
        ...chat,
        signal: controller.signal,
      });
      controller.abort();

      expect(signals).toHaveLength(1);
      expect(signals[0]?.aborted).toBe(true);
    });
  });

  it("is off with retry: false", async () => {
    const fake = scriptedFetch(status(503), ok);

    const { response } = await clientWith(fake, false).GET("/chats/{chatId}", chat);

    expect(response.status).toBe(503);
    expect(fake.requests).toHaveLength(1);
    expect(requestAt(fake, 0).headers.get("Retry-Attempt")).toBeNull();
  });

  it("rejects options it cannot honour", () => {
    expect(() => retryMiddleware({ maxRetries: -1 })).toThrow(RangeError);
    expect(() => retryMiddleware({ maxRetries: 1.5 })).toThrow(RangeError);
    expect(() => retryMiddleware({ baseDelayMs: -1 })).toThrow(RangeError);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-03-01T12:00:00Z");

  it.each([
    ["0", 0],
    ["7", 7000],
    [" 12 ", 12000],
    ["Sun, 01 Mar 2026 12:00:30 GMT", 30000],
    ["Sunday, 01-Mar-26 12:00:30 GMT", 30000],
    ["Sun, 01 Mar 2026 11:00:00 GMT", 0],
  ])("reads %j as %i ms", (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  it.each([null, "", "1.5", "-3", "soon", "Someday"])("does not understand %j", (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe("retrying against the reference server", () => {
  it("creates a chat after two 429s with Retry-After 0, sending the same body each time", async () => {
    const faults = new FaultPlan();
    const server = await startServer({ faults });
    try {
      const token = await userToken(JACOB);
      const statuses: number[] = [];
      const counting: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        statuses.push(response.status);
        return response;
      };
      const client = createGraphChatClient({ baseUrl: `${server.origin}/v1.0`, getToken: () => token, fetch: counting });
      faults.failNext({ count: 2, status: 429, retryAfterSeconds: 0, operationId: "createChat" });

      const created = await unwrap(client.POST("/chats", { body: chatBody }));

      expect(statuses).toEqual([429, 429, 201]);
      expect(created.topic).toBe("Launch");
      const listed = await unwrap(client.GET("/chats"));
      expect(listed.value.map((c) => c.id)).toEqual([created.id]);
    } finally {
      await server.close();
    }
  });
});
