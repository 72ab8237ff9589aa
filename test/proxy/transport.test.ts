// Forwarding itself: method, path, query, headers and body as sent, large and chunked bodies
// intact, paths outside the contract untouched, and a failing upstream answered in the envelope.
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createProxy, type RunningProxy } from "../../src/server/index.js";
import { capturedLogger, fakeUpstream, json, sendJson, token, type FakeUpstream } from "./helpers.js";

const quiet = () => capturedLogger("silent").logger;

describe("forwarding", () => {
  let upstream: FakeUpstream;
  let proxy: RunningProxy;
  beforeAll(async () => {
    upstream = await fakeUpstream((req, res, body) => {
      if (req.url?.startsWith("/v1.0/me/chats")) {
        return sendJson(res, 200, { "@odata.context": "x", value: [], "@odata.nextLink": `${upstream.url}/v1.0/me/chats?$skiptoken=abc` });
      }
      sendJson(res, 201, { echoed: body.length, sha: body.toString("base64").slice(0, 20) }, { "x-upstream": "yes" });
    });
    proxy = await createProxy({ upstream: upstream.url, logger: quiet() });
  });
  afterAll(async () => {
    await proxy.close();
    await upstream.close();
  });

  it("sends method, path, query and headers as sent, without hop-by-hop headers, with the upstream's Host", async () => {
    // node:http, since fetch refuses to send a Connection header.
    const headers = { authorization: `Bearer ${await token()}`, "x-custom": "kept", connection: "keep-alive, x-hop", "x-hop": "dropped" };
    const upstreamHeader = await new Promise<string | string[] | undefined>((resolve, reject) => {
      // A path, not a URL, so the client sends the quote unencoded as the test wrote it.
      const path = "/v1.0/users/jacob%40contoso.com/chats?$top=2&$filter=topic%20eq%20'a'";
      request({ host: "127.0.0.1", port: proxy.port, path, headers }, (res) => {
        res.resume();
        resolve(res.headers["x-upstream"]);
      })
        .on("error", reject)
        .end();
    });
    const received = upstream.received.at(-1);
    expect(received?.url).toBe("/v1.0/users/jacob%40contoso.com/chats?$top=2&$filter=topic%20eq%20'a'");
    expect(received?.headers["x-custom"]).toBe("kept");
    expect(received?.headers["x-hop"]).toBeUndefined();
    expect(received?.headers.host).toBe(new URL(upstream.url).host);
    expect(upstreamHeader).toBe("yes");
  });

  it("passes paths outside the contract through untouched and counts them", async () => {
    const before = proxy.summary().notInContract;
    const response = await fetch(`${proxy.url}/v1.0/me/messages?anything=1`, {
      method: "POST",
      body: "raw",
      headers: { "content-type": "text/plain" },
    });
    expect(response.status).toBe(201);
    expect(upstream.received.at(-1)?.body.toString()).toBe("raw");
    expect(proxy.summary().notInContract).toBe(before + 1);
  });

  it("rewrites @odata.nextLink to the proxy, fixing Content-Length", async () => {
    const response = await fetch(`${proxy.url}/v1.0/me/chats`, { headers: { authorization: `Bearer ${await token()}` } });
    const text = await response.text();
    expect(JSON.parse(text)["@odata.nextLink"]).toBe(`${proxy.url}/v1.0/me/chats?$skiptoken=abc`);
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(text)));
  });

  it("forwards a body of nearly 1 MB byte for byte", async () => {
    const content = "x".repeat(1_000_000);
    const body = JSON.stringify({ body: { content } });
    const response = await fetch(`${proxy.url}/v1.0/chats/19:a@thread.v2/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${await token()}`, "content-type": "application/json" },
      body,
    });
    expect(response.status).toBe(201);
    expect(upstream.received.at(-1)?.body.equals(Buffer.from(body))).toBe(true);
  });

  it("forwards a chunked body intact", async () => {
    const url = new URL(`${proxy.url}/v1.0/chats/19:a@thread.v2/messages`);
    const parts = ['{"body":', '{"content":"', "y".repeat(200_000), '"}}'];
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = request(
        url,
        { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      outgoing.on("error", reject);
      for (const part of parts) outgoing.write(part);
      outgoing.end();
    });
    expect(status).toBe(201);
    expect(upstream.received.at(-1)?.body.toString()).toBe(parts.join(""));
  });
});

describe("a failing upstream", () => {
  it("answers 502 in the envelope when the upstream is down", async () => {
    const closed: Server = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const proxy = await createProxy({ upstream: `http://127.0.0.1:${port}`, logger: quiet() });
    try {
      const response = await fetch(`${proxy.url}/v1.0/me/chats`, { headers: { "client-request-id": "mine-1" } });
      expect(response.status).toBe(502);
      expect(response.headers.get("client-request-id")).toBe("mine-1");
      const body = (await json(response)) as { error: { code: string; innerError: Record<string, string> } };
      expect(body.error.code).toBe("BadGateway");
      expect(body.error.innerError["client-request-id"]).toBe("mine-1");
    } finally {
      await proxy.close();
    }
  });

  it("answers 504 in the envelope when the upstream does not answer in time", async () => {
    const silent = await fakeUpstream(() => undefined);
    const proxy = await createProxy({ upstream: silent.url, upstreamTimeoutMs: 300, logger: quiet() });
    try {
      const response = await fetch(`${proxy.url}/v1.0/me/chats`);
      expect(response.status).toBe(504);
      expect(((await json(response)) as { error: { code: string } }).error.code).toBe("GatewayTimeout");
    } finally {
      await proxy.close();
      await silent.close();
    }
  });

  it("answers an unforeseen failure of its own as a 500 in the envelope, not Express's page", async () => {
    const upstream = await fakeUpstream((_req, res) => sendJson(res, 200, {}));
    // The first reading of the clock (answering a refused request in strict mode) fails.
    let readings = 0;
    const clock = () => {
      if (readings++ === 0) throw new Error("clock failure");
      return new Date("2026-03-01T12:00:00Z");
    };
    const proxy = await createProxy({ upstream: upstream.url, strict: true, clock, logger: quiet() });
    try {
      const response = await fetch(`${proxy.url}/v1.0/me/chats?bogus=1`, { headers: { authorization: `Bearer ${await token()}` } });
      expect(response.status).toBe(500);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const body = (await json(response)) as { error: { code: string; message: string; innerError: Record<string, string> } };
      expect(body.error.code).toBe("InternalServerError");
      expect(body.error.message).not.toContain("clock failure");
      expect(body.error.innerError.date).toBe("2026-03-01T12:00:00Z");
      expect(upstream.received).toHaveLength(0);
    } finally {
      await proxy.close();
      await upstream.close();
    }
  });
});
