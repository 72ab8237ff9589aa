// The proxy in front of the reference server: the contract suite passes through it with no
// response problem, and with --strict an invalid request gets the reference server's own answer
// without reaching it.
import { jest } from "@jest/globals";
import { pino } from "pino";
import { runContractSuite } from "../../src/contract/index.js";
import { createProxy, startServer, type RunningProxy, type RunningServer } from "../../src/server/index.js";
import { devTokens } from "../contract/helpers.js";
import { capturedLogger } from "./helpers.js";

jest.setTimeout(300_000);

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ logger: pino({ level: "silent" }) });
});
afterAll(() => server.close());

describe("verify through the proxy", () => {
  it("passes every check, with no response problem and request problems only on refused requests", async () => {
    const logs = capturedLogger();
    const proxy = await createProxy({ upstream: server.url, logger: logs.logger });
    try {
      const report = await runContractSuite({ baseUrl: proxy.url, tokens: devTokens, seed: 7, runs: 5 });
      expect(report.results.filter((r) => !r.ok)).toEqual([]);
      expect(report.failed).toBe(0);
      const summary = proxy.summary();
      expect(Object.keys(summary.operations).length).toBeGreaterThanOrEqual(20);
      expect(Object.values(summary.operations).reduce((n, c) => n + c.responseProblems, 0)).toBe(0);
      // The suite sends invalid requests on purpose: each one the proxy flags, the server refused.
      for (const record of proxy.recent()) {
        expect(record.problems.every((p) => p.direction === "request")).toBe(true);
        expect(record.status).toBeGreaterThanOrEqual(400);
        expect(record.status).toBeLessThan(500);
      }
    } finally {
      await proxy.close();
    }
  });
});

describe("--strict in front of the reference server", () => {
  let proxy: RunningProxy;
  let token: string;
  beforeAll(async () => {
    proxy = await createProxy({ upstream: server.url, strict: true, logger: capturedLogger("silent").logger });
    token = await server.token("jacob@contoso.com", "Chat.Create Chat.ReadWrite");
  });
  afterAll(() => proxy.close());
  beforeEach(() => server.reset());

  const cases: [string, string, string, Record<string, string>, string | undefined][] = [
    [
      "an unknown property",
      "POST",
      "/v1.0/chats",
      { "content-type": "application/json" },
      JSON.stringify({ chatType: "group", members: [], bogus: 1 }),
    ],
    ["a wrong type", "PATCH", "/v1.0/chats/19:x@thread.v2", { "content-type": "application/json" }, JSON.stringify({ topic: 5 })],
    ["a missing required property", "POST", "/v1.0/chats", { "content-type": "application/json" }, JSON.stringify({ chatType: "group" })],
    ["an unknown query option", "GET", "/v1.0/me/chats?$bogus=1", {}, undefined],
    ["a wrong content type", "POST", "/v1.0/chats", { "content-type": "text/plain" }, "hello"],
    ["malformed JSON", "POST", "/v1.0/chats", { "content-type": "application/json" }, "{"],
  ];

  it.each(cases)("refuses %s as the server does, without reaching it", async (_name, method, path, headers, body) => {
    const init = { method, headers: { authorization: `Bearer ${token}`, ...headers }, ...(body !== undefined && { body }) };
    const direct = await fetch(`${server.url}${path}`, init);
    await server.reset();
    const proxied = await fetch(`${proxy.url}${path}`, init);
    expect(server.requests()).toEqual([]);
    expect(proxied.status).toBe(direct.status);
    expect([400, 415]).toContain(proxied.status);
    const [mine, theirs] = (await Promise.all([proxied.json(), direct.json()])) as { error: { code: string; message: string } }[];
    expect(mine?.error.code).toBe(theirs?.error.code);
    expect(mine?.error.message).toBe(theirs?.error.message);
    expect(proxy.recent().at(-1)?.problems[0]?.direction).toBe("request");
  });

  it("forwards a valid request and passes the answer on", async () => {
    const response = await fetch(`${proxy.url}/v1.0/me/chats`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(server.requests()).toHaveLength(1);
  });
});
