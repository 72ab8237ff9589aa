// Graceful shutdown: in-flight requests finish, new connections are refused, idle keep-alive
// connections close, late requests on open connections get 503 with Retry-After, stragglers are
// cut after the grace period, and `npm start` exits 0 on SIGTERM. Requests are held in flight by
// sending their headers (with `Expect: 100-continue`, whose interim answer proves the server has
// the request) and their body only later.
import { once } from "node:events";
import { connect, type AddressInfo } from "node:net";
import { pino } from "pino";
import { mintDevToken } from "../../src/server/auth/mint.js";
import { DEMO_TENANT_ID } from "../../src/server/directory/demo-tenant.js";
import { startServer as startInProcess, type RunningServer } from "../../src/server/listen.js";
import { Connection, heldPostHeaders, withTimeout } from "./raw-connection.js";
import { startServer as startProcess } from "./server-process.js";

const MEGAN = "8c0a1a67-50ce-4114-bb6c-da9c5dbcf6ca";
const LYNNE = "82fe7758-5bb3-4f0d-a43f-e555fd399c6f";
const chatBody = JSON.stringify({
  chatType: "group",
  members: [MEGAN, LYNNE].map((id) => ({
    "@odata.type": "#microsoft.graph.aadUserConversationMember",
    roles: ["owner"],
    "user@odata.bind": `https://graph.microsoft.com/v1.0/users('${id}')`,
  })),
});

function refusedConnection(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.on("connect", () => {
      socket.destroy();
      resolve("connected");
    });
    socket.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
  });
}

const postHeaders = (token: string) => heldPostHeaders("/v1.0/chats", token, chatBody);
const getRequest = (token: string, extra = "") =>
  `GET /v1.0/chats HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n${extra}\r\n`;

describe("npm start on SIGTERM", () => {
  it("finishes the in-flight request with its 201, refuses new connections, closes idle ones and exits 0", async () => {
    const server = await startProcess({ LOG_LEVEL: "info" });
    try {
      const port = Number(new URL(server.baseUrl).port);
      const token = await mintDevToken({ kind: "user", userId: MEGAN, tenantId: DEMO_TENANT_ID });

      const inFlight = new Connection(port);
      inFlight.write(postHeaders(token));
      await inFlight.waitFor(/HTTP\/1\.1 100 Continue\r\n\r\n/);

      const idle = new Connection(port);
      idle.write(getRequest(token));
      await idle.waitFor(/\r\n\r\n\{.*\}$/s);
      expect(idle.lastResponse().headers.connection).toBe("keep-alive");

      const exited = once(server.child, "exit");
      server.child.kill("SIGTERM");
      const deadline = Date.now() + 10_000;
      while (!/shutting down/.test(server.output()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));

      expect(await refusedConnection(port)).toBe("ECONNREFUSED");
      await withTimeout(idle.closed, 5_000, "closing the idle connection");

      inFlight.write(chatBody);
      await withTimeout(inFlight.closed, 5_000, "the in-flight request");
      const response = inFlight.lastResponse();
      expect(response.status).toBe(201);
      expect(response.headers.connection).toBe("close");
      expect(JSON.parse(response.body)).toMatchObject({ chatType: "group", id: expect.stringMatching(/^19:.*@thread\.v2$/) });

      const [code] = (await withTimeout(exited, 10_000, "exiting")) as [number | null];
      expect(code).toBe(0);

      // The request log has the in-flight request's line, and never the token.
      const logged = server
        .output()
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map(
          (line) =>
            JSON.parse(line) as {
              requestId?: string;
              req?: { method: string; url: string };
              res?: { statusCode: number };
              responseTime?: number;
            },
        );
      expect(logged).toContainEqual(
        expect.objectContaining({
          requestId: response.headers["request-id"],
          req: { method: "POST", url: "/v1.0/chats" },
          res: { statusCode: 201 },
          responseTime: expect.any(Number),
        }),
      );
      for (const part of token.split(".")) expect(server.output()).not.toContain(part);
    } finally {
      if (server.child.exitCode === null) server.child.kill("SIGKILL");
    }
  }, 40_000);
});

describe("RunningServer.close()", () => {
  let server: RunningServer;
  let port: number;
  let token: string;
  let logLines: string[];

  beforeEach(async () => {
    logLines = [];
    const logger = pino({ level: "warn" }, { write: (line: string) => logLines.push(line) });
    server = await startInProcess({ logger, recordRequests: false });
    port = (server.server.address() as AddressInfo).port;
    token = await mintDevToken({ kind: "user", userId: MEGAN, tenantId: DEMO_TENANT_ID });
  });
  afterEach(() => server.close({ graceMs: 0 }));

  it("answers a request that arrives on an open connection after shutdown began with 503 and Retry-After", async () => {
    const late = new Connection(port);
    late.write(getRequest(token));
    await late.waitFor(/\r\n\r\n\{.*\}$/s);
    // The next request has begun (so the connection is not idle) but is not complete yet.
    late.write("GET /v1.0/chats HTTP/1.1\r\nHo");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const closed = server.close();
    late.write(`st: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nclient-request-id: late-1\r\n\r\n`);
    await withTimeout(late.closed, 5_000, "refusing the late request");
    const { status, headers, body } = late.lastResponse();
    expect(status).toBe(503);
    expect(headers["retry-after"]).toBe("1");
    expect(headers.connection).toBe("close");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["client-request-id"]).toBe("late-1");
    expect(JSON.parse(body)).toEqual({
      error: {
        code: "ServiceUnavailable",
        message: "The server is shutting down and accepts no new requests. Retry on a new connection.",
        innerError: { date: expect.any(String), "request-id": headers["request-id"], "client-request-id": "late-1" },
      },
    });
    await withTimeout(closed, 5_000, "close()");
    expect(logLines.map((line) => JSON.parse(line) as Record<string, unknown>)).toContainEqual(
      expect.objectContaining({
        level: 40,
        requestId: headers["request-id"],
        req: { method: "GET", url: "/v1.0/chats" },
        res: { statusCode: 503 },
      }),
    );
  });

  it("closes idle keep-alive connections at once instead of waiting for their timeout", async () => {
    const idle = new Connection(port);
    idle.write(getRequest(token));
    await idle.waitFor(/\r\n\r\n\{.*\}$/s);
    const started = Date.now();
    await server.close();
    await idle.closed;
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("lets an in-flight request finish, with Connection: close", async () => {
    const inFlight = new Connection(port);
    inFlight.write(postHeaders(token));
    await inFlight.waitFor(/100 Continue\r\n\r\n/);
    const closed = server.close();
    inFlight.write(chatBody);
    await withTimeout(closed, 5_000, "close()");
    await inFlight.closed;
    expect(inFlight.lastResponse()).toMatchObject({ status: 201, headers: { connection: "close" } });
  });

  it("cuts a request still unfinished after the grace period", async () => {
    const stuck = new Connection(port);
    stuck.write(postHeaders(token));
    await stuck.waitFor(/100 Continue\r\n\r\n/);
    const started = Date.now();
    await withTimeout(server.close({ graceMs: 300 }), 5_000, "close()");
    await stuck.closed;
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it("returns the same promise when called again", async () => {
    const first = server.close();
    expect(server.close()).toBe(first);
    await first;
  });
});
