// Faults and throttling on live traffic (the server's settings, answered by the proxy itself),
// and the reports: the JSON Lines file, the live view, and tokens never written anywhere.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createProxy } from "../../src/server/index.js";
import { capturedLogger, chat, fakeUpstream, json, sendJson, token, type FakeUpstream } from "./helpers.js";

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await fakeUpstream((req, res) =>
    req.url?.includes("broken") ? sendJson(res, 200, chat("x", 7)) : sendJson(res, 200, chat()),
  );
});
afterAll(() => upstream.close());

async function statuses(url: string, count: number): Promise<(number | string)[]> {
  const seen: (number | string)[] = [];
  const auth = { authorization: `Bearer ${await token()}` };
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${url}/v1.0/chats/19:a@thread.v2`, { headers: auth });
    seen.push(response.status === 200 ? 200 : `${response.status}/${response.headers.get("retry-after") ?? "-"}`);
  }
  return seen;
}

describe("faults on live traffic", () => {
  it("answers faults itself in the envelope with Retry-After, the same sequence for the same seed", async () => {
    const runs: (number | string)[][] = [];
    for (const seed of [42, 42, 43]) {
      const proxy = await createProxy({
        upstream: upstream.url,
        faults: { seed, rates: { 503: 0.4, 429: 0.2 } },
        logger: capturedLogger("silent").logger,
      });
      const before = upstream.received.length;
      runs.push(await statuses(proxy.url, 20));
      expect(upstream.received.length - before).toBe(runs.at(-1)?.filter((s) => s === 200).length);
      expect(proxy.summary().faulted).toBe(runs.at(-1)?.filter((s) => s !== 200).length);
      await proxy.close();
    }
    expect(runs[0]).toEqual(runs[1]);
    expect(runs[0]).not.toEqual(runs[2]);
    expect(runs[0]).toContain("503/1");
    expect(runs[0]).toContain("429/1");
  });

  it("throttles with the server's model and its limit settings: 429 with Retry-After and RateLimit-*", async () => {
    // Graph's per-app limit lowered to 2 a minute, so the test does not race the clock.
    const throttling = { limits: { app: { limit: 2, perSeconds: 60 } } };
    const proxy = await createProxy({ upstream: upstream.url, throttling, logger: capturedLogger("silent").logger });
    try {
      expect(await statuses(proxy.url, 4)).toEqual([200, 200, "429/30", "429/30"]);
      const response = await fetch(`${proxy.url}/v1.0/chats/19:a@thread.v2`, { headers: { authorization: `Bearer ${await token()}` } });
      expect(response.headers.get("ratelimit-limit")).toBe("2");
      expect(((await json(response)) as { error: { code: string; message: string } }).error).toMatchObject({
        code: "TooManyRequests",
        message: expect.stringMatching(/rule 'app'/) as string,
      });
    } finally {
      await proxy.close();
    }
  });
});

describe("reports", () => {
  it("writes one JSON line per exchange with problems, with curl and $TOKEN, and never the token", async () => {
    const dir = mkdtempSync(join(tmpdir(), "proxy-report-"));
    const file = join(dir, "report.jsonl");
    const logs = capturedLogger("info");
    const proxy = await createProxy({ upstream: upstream.url, report: file, logBodies: true, logger: logs.logger });
    const secret = await token();
    const headers = { authorization: `Bearer ${secret}`, "content-type": "application/json" };
    await fetch(`${proxy.url}/v1.0/chats/19:broken@thread.v2`, { headers });
    await fetch(`${proxy.url}/v1.0/chats/19:fine@thread.v2`, { headers });
    await fetch(`${proxy.url}/v1.0/chats`, { method: "POST", headers, body: JSON.stringify({ chatType: "group", members: [], bogus: 1 }) });
    const live = await json(await fetch(`${proxy.url}/_proxy/report`));
    await proxy.close();
    const lines = readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ method: "GET", path: "/v1.0/chats/19:broken@thread.v2", operationId: "getChat", status: 200 });
    expect(lines[0]?.problems).toContainEqual({ direction: "response", pointer: "/body/topic", reason: expect.any(String) as string });
    expect(lines[0]?.curl).toContain('"Authorization: Bearer $TOKEN"');
    expect(lines[1]).toMatchObject({ method: "POST", operationId: "createChat" });
    expect(lines[1]?.problems).toContainEqual(expect.objectContaining({ direction: "request", pointer: "/body/bogus" }));
    expect(lines[1]?.curl).toContain("--data-raw");
    expect(live).toMatchObject({
      summary: { exchanges: 3, operations: { getChat: { calls: 2, responseProblems: 1 }, createChat: { requestProblems: 1 } } },
    });
    const everything = `${readFileSync(file, "utf8")}${logs.lines()}${JSON.stringify(live)}`;
    expect(logs.lines()).toContain("/body/topic");
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain(secret.split(".")[2]);
  });

  it("leaves bodies out of the curl commands without --log-bodies", async () => {
    const proxy = await createProxy({ upstream: upstream.url, logger: capturedLogger("silent").logger });
    await fetch(`${proxy.url}/v1.0/chats`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"chatType":"group","secretTopic":1}',
    });
    await proxy.close();
    expect(proxy.recent()[0]?.curl).not.toContain("secretTopic");
  });
});
