// The proxy in front of upstreams that break the contract on purpose: each break is reported with
// the operation and a pointer to the place, and becomes a 502 in Graph's envelope with --strict.
import { randomUUID } from "node:crypto";
import { createProxy, type RunningProxy } from "../../src/server/index.js";
import { capturedLogger, chat, CHAT_ID, fakeUpstream, graphError, json, sendJson, token, type FakeUpstream } from "./helpers.js";

let upstream: FakeUpstream;
let report: RunningProxy;
let strict: RunningProxy;

// Each path of the upstream answers one way; the proxy forwards the path as sent.
beforeAll(async () => {
  upstream = await fakeUpstream((req, res) => {
    const url = req.url ?? "";
    if (url.includes("wrong-type")) return sendJson(res, 200, chat(CHAT_ID, 42));
    if (url.includes("teapot")) return sendJson(res, 418, graphError(418, "Teapot"));
    if (url.includes("bare-error")) return sendJson(res, 500, { message: "Internal failure" });
    if (url.includes("no-request-id")) {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(JSON.stringify(chat()));
    }
    if (url.includes("html")) {
      res.writeHead(200, { "content-type": "text/html", "request-id": randomUUID() });
      return res.end("<html>oops</html>");
    }
    sendJson(res, 200, chat(decodeURIComponent(url.split("/")[3] ?? "")));
  });
  const logs = capturedLogger("silent");
  report = await createProxy({ upstream: upstream.url, logger: logs.logger });
  strict = await createProxy({ upstream: upstream.url, logger: logs.logger, strict: true });
});
afterAll(async () => {
  await report.close();
  await strict.close();
  await upstream.close();
});

async function get(proxy: RunningProxy, chatId: string): Promise<Response> {
  return fetch(`${proxy.url}/v1.0/chats/${encodeURIComponent(chatId)}`, { headers: { authorization: `Bearer ${await token()}` } });
}

const lastProblems = (proxy: RunningProxy) => proxy.recent().at(-1)?.problems ?? [];

describe("getChat against a broken upstream, report mode", () => {
  it("passes a conforming answer on unchanged and reports nothing", async () => {
    const before = report.recent().length;
    const response = await get(report, "19:good@thread.v2");
    expect(response.status).toBe(200);
    expect((await json(response)).id).toBe("19:good@thread.v2");
    expect(report.recent()).toHaveLength(before);
  });

  it("reports a property of the wrong type at its pointer, and forwards the answer", async () => {
    const response = await get(report, "19:wrong-type@thread.v2");
    expect(response.status).toBe(200);
    expect((await json(response)).topic).toBe(42);
    const record = report.recent().at(-1);
    expect(record).toMatchObject({ operationId: "getChat", method: "GET", status: 200 });
    expect(record?.problems).toContainEqual(expect.objectContaining({ direction: "response", pointer: "/body/topic" }));
  });

  it("reports a status the operation does not document", async () => {
    const response = await get(report, "19:teapot@thread.v2");
    expect(response.status).toBe(418);
    expect(lastProblems(report)).toContainEqual({
      direction: "response",
      pointer: "/status",
      reason: expect.stringMatching(/418 is not documented for getChat/) as string,
    });
  });

  it("reports an error answer without Graph's envelope", async () => {
    const response = await get(report, "19:bare-error@thread.v2");
    expect(response.status).toBe(500);
    expect(await json(response)).toEqual({ message: "Internal failure" });
    expect(lastProblems(report)).toContainEqual(expect.objectContaining({ direction: "response", pointer: "/body/error" }));
  });

  it("reports a missing request-id header", async () => {
    expect((await get(report, "19:no-request-id@thread.v2")).status).toBe(200);
    expect(lastProblems(report)).toEqual([expect.objectContaining({ direction: "response", pointer: "/headers/request-id" })]);
  });

  it("reports a body that is not JSON where JSON is documented", async () => {
    const response = await get(report, "19:html@thread.v2");
    expect(await response.text()).toBe("<html>oops</html>");
    expect(lastProblems(report)).toContainEqual(expect.objectContaining({ pointer: "/headers/content-type" }));
  });

  it("counts the response problems per operation", () => {
    const counts = report.summary().operations.getChat;
    expect(counts?.calls).toBeGreaterThanOrEqual(6);
    expect(counts?.responseProblems).toBeGreaterThanOrEqual(5);
    expect(counts?.requestProblems).toBe(0);
  });
});

describe("getChat against a broken upstream, --strict", () => {
  it.each([
    ["19:wrong-type@thread.v2", "/body/topic"],
    ["19:teapot@thread.v2", "/status"],
    ["19:bare-error@thread.v2", "/body/error"],
    ["19:no-request-id@thread.v2", "/headers/request-id"],
  ])("answers %s with 502 in the envelope, the problem (%s) in innerError", async (chatId, pointer) => {
    const response = await get(strict, chatId);
    expect(response.status).toBe(502);
    const requestId = response.headers.get("request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await json(response)) as { error: { code: string; message: string; innerError: Record<string, unknown> } };
    expect(body.error.code).toBe("BadGateway");
    expect(body.error.innerError["request-id"]).toBe(requestId);
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(body.error.innerError.problems).toContainEqual(expect.objectContaining({ direction: "response", pointer }));
  });

  it("passes a conforming answer on", async () => {
    expect((await get(strict, "19:fine@thread.v2")).status).toBe(200);
  });
});
