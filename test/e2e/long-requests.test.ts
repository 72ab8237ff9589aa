// What Node's HTTP parser rejects before Express sees it (a request line plus headers over 16 KB,
// malformed HTTP, requests not received in time), driven over raw sockets against a real server:
// each gets a complete HTTP response in the Graph envelope, with request ids and security headers.
import { createServer, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { pino } from "pino";
import { mintDevToken } from "../../src/server/auth/mint.js";
import { DEMO_TENANT_ID } from "../../src/server/directory/demo-tenant.js";
import { answerClientErrors } from "../../src/server/http/client-error.js";
import { startServer, type RunningServer } from "../../src/server/listen.js";

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The server closed the connection after answering. */
  closed: boolean;
}

/** Writes the chunks on one connection and collects everything until the server closes it. */
function exchange(port: number, chunks: (string | Buffer)[], { destroyAfterWrite = false } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const received: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no close within 10 s; got: ${Buffer.concat(received).toString().slice(0, 300)}`));
    }, 10_000);
    socket.on("data", (chunk: Buffer) => received.push(chunk));
    // Writing more after the server answered may fail with EPIPE/ECONNRESET; what arrived counts.
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ ...parse(Buffer.concat(received).toString("utf8")), closed: true });
    });
    for (const chunk of chunks) socket.write(chunk);
    if (destroyAfterWrite) socket.destroy();
  });
}

function parse(text: string): Omit<RawResponse, "closed"> {
  const end = text.indexOf("\r\n\r\n");
  const [statusLine = "", ...headerLines] = text.slice(0, end < 0 ? text.length : end).split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body: end < 0 ? "" : text.slice(end + 4) };
}

/** A complete Graph error response: envelope, ids agreeing with headers, security headers, closed. */
function expectBareError(res: RawResponse, status: number, code: string, message: RegExp): void {
  expect(res.status).toBe(status);
  expect(res.closed).toBe(true);
  expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
  expect(res.headers["connection"]).toBe("close");
  expect(Number(res.headers["content-length"])).toBe(Buffer.byteLength(res.body));
  expect(res.headers["request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(res.headers["client-request-id"]).toBe(res.headers["request-id"]);
  expect(res.headers["x-content-type-options"]).toBe("nosniff");
  expect(res.headers["content-security-policy"]).toMatch(/default-src 'none'/);
  expect(res.headers["cache-control"]).toBe("no-store");
  const body = JSON.parse(res.body) as { error: { code: string; message: string; innerError: Record<string, string> } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(message);
  expect(body.error.innerError).toEqual({
    date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
    "request-id": res.headers["request-id"],
    "client-request-id": res.headers["client-request-id"],
  });
}

describe("requests the HTTP parser rejects", () => {
  let server: RunningServer;
  let port: number;
  let token: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    const logger = pino({ level: "warn" }, { write: (line: string) => logLines.push(line) });
    server = await startServer({ logger, recordRequests: false });
    port = (server.server.address() as AddressInfo).port;
    token = await mintDevToken({ kind: "user", userId: "8c0a1a67-50ce-4114-bb6c-da9c5dbcf6ca", tenantId: DEMO_TENANT_ID });
  });
  afterAll(() => server.close());

  const TOO_LONG = /^The request line and headers exceed 16 KB, the server's limit\./;

  it("answers a header over 16 KB with 400 in the Graph envelope, not a bare 431", async () => {
    const res = await exchange(port, [`GET /v1.0/chats HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`]);
    expectBareError(res, 400, "BadRequest", TOO_LONG);
  });

  it("logs the rejection at warn with the response's request-id", async () => {
    const res = await exchange(port, [`GET /v1.0/chats HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`]);
    const lines = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 40,
        requestId: res.headers["request-id"],
        parserError: "HPE_HEADER_OVERFLOW",
        res: { statusCode: 400 },
        msg: "request rejected by the HTTP parser",
      }),
    );
  });

  it("answers a URL over 16 KB the same way", async () => {
    const res = await exchange(port, [`GET /v1.0/chats/${"a".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`]);
    expectBareError(res, 400, "BadRequest", TOO_LONG);
  });

  it("answers many headers that add up to over 16 KB", async () => {
    const headers = Array.from({ length: 400 }, (_, i) => `X-H${i}: ${"v".repeat(40)}\r\n`).join("");
    expectBareError(await exchange(port, [`GET /v1.0/chats HTTP/1.1\r\nHost: x\r\n${headers}\r\n`]), 400, "BadRequest", TOO_LONG);
  });

  it("still delivers the answer while the client keeps sending a megabyte of header", async () => {
    const res = await exchange(port, [`GET /v1.0/chats HTTP/1.1\r\nHost: x\r\nX-Big: `, "a".repeat(1_000_000), "\r\n\r\n"]);
    expectBareError(res, 400, "BadRequest", TOO_LONG);
  });

  it("serves headers just under the limit normally", async () => {
    const res = await fetch(`${server.url}/v1.0/chats`, { headers: { Authorization: `Bearer ${token}`, "X-Long": "a".repeat(15_000) } });
    expect(res.status).toBe(200);
  });

  it("leaves a long URL under the limit to the API, which names the chat id's limit", async () => {
    const res = await fetch(`${server.url}/v1.0/chats/${"a".repeat(15_000)}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      "params.chatId: must NOT have more than 512 characters",
    );
  });

  it("answers an Expect other than 100-continue with 400 in the Graph envelope, not a bare 417", async () => {
    const res = await exchange(port, [
      `GET /v1.0/chats HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nExpect: something-else\r\n\r\n`,
    ]);
    expectBareError(res, 400, "BadRequest", /only 'Expect: 100-continue'/);
  });

  it("answers a request without a Host header with 400 in the Graph envelope", async () => {
    const res = await exchange(port, [`GET /v1.0/chats HTTP/1.1\r\nAuthorization: Bearer ${token}\r\nConnection: close\r\n\r\n`]);
    expect(res.status).toBe(400);
    expect(res.headers["request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect((JSON.parse(res.body) as { error: { code: string; message: string } }).error).toMatchObject({
      code: "BadRequest",
      message: expect.stringMatching(/Host header/),
    });
  });

  it("keeps the body of a request with more than 1,000 header lines (Content-Length last)", async () => {
    const many = Array.from({ length: 1_100 }, (_, i) => `x-f${i}: v\r\n`).join("");
    const body = JSON.stringify({ chatType: "group", members: [] });
    const res = await exchange(port, [
      `POST /v1.0/chats HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nConnection: close\r\n${many}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    ]);
    // The body was read and validated (no members), rather than lost and crashing the handler.
    expect(res.status).toBe(400);
    expect((JSON.parse(res.body) as { error: { message: string } }).error.message).toMatch(/members/);
  });

  it.each([
    ["an unknown method", "BLAH / HTTP/1.1\r\nHost: x\r\n\r\n"],
    ["a space in a header name", "GET /v1.0/chats HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n"],
    ["a control character in a header value", "GET /v1.0/chats HTTP/1.1\r\nHost: x\r\nX-A: a\x01b\r\n\r\n"],
    ["a Content-Length that is not a number", "POST /v1.0/chats HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n"],
    [
      "both Content-Length and chunked (request smuggling)",
      "POST /v1.0/chats HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    ],
    ["a broken chunk size", "POST /v1.0/chats HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"],
    ["an unknown HTTP version", "GET /v1.0/chats HTTP/9.9\r\nHost: x\r\n\r\n"],
  ])("answers %s with 400 in the Graph envelope", async (_name, raw) => {
    expectBareError(await exchange(port, [raw]), 400, "BadRequest", /^The request is not valid HTTP\/1\.1/);
  });

  it("answers invalid UTF-8 in a body with 400 from the API", async () => {
    const body = Buffer.concat([Buffer.from('{"chatType":"group","topic":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const head = `POST /v1.0/chats HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
    const res = await exchange(port, [head, body]);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: "BadRequest", message: "The request body is not valid UTF-8." } });
  });

  it("survives clients that vanish right after sending an oversized header, and keeps serving", async () => {
    await Promise.all(
      Array.from({ length: 5 }, () =>
        exchange(port, [`GET / HTTP/1.1\r\nX-Big: ${"a".repeat(30_000)}\r\n\r\n`], { destroyAfterWrite: true }),
      ),
    );
    const res = await fetch(`${server.url}/v1.0/chats`, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
  });
});

describe("requests not received in time", () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    // Node checks its timeouts every connectionsCheckingInterval (30 s by default): shortened here.
    server = createServer({ headersTimeout: 300, requestTimeout: 600, connectionsCheckingInterval: 50 }, (req, res) => {
      req.resume();
      req.on("end", () => res.end("ok"));
    });
    answerClientErrors(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("answers headers that never finish with 400 in the Graph envelope", async () => {
    const res = await exchange(port, ["GET / HTTP/1.1\r\nHost: x\r\nX-Slow: "]);
    expectBareError(res, 400, "BadRequest", /^The request was not received completely within the server's time limit\.$/);
  });

  it("answers a body that never finishes the same way", async () => {
    const res = await exchange(port, ["POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc"]);
    expectBareError(res, 400, "BadRequest", /not received completely/);
  });
});
