// The ./server export's startServer, and the package's command.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { decodeJwt } from "jose";
import { DEMO_TENANT_ID, mintDevToken, startServer } from "../../src/server/index.js";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;

describe("startServer", () => {
  it("listens on a free loopback port, serves the API, schedules faults and closes", async () => {
    const server = await startServer();
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.baseUrl).toBe(`${server.url}/v1.0`);
      const token = await mintDevToken({ kind: "user", userId: "4595d2f2-7b31-446c-84fd-9b795e63114b", tenantId: DEMO_TENANT_ID });
      const headers = { Authorization: `Bearer ${token}` };
      expect((await fetch(`${server.baseUrl}/chats`, { headers })).status).toBe(200);
      server.faults.failNext({ count: 1, status: 429, retryAfterSeconds: 3 });
      const throttled = await fetch(`${server.baseUrl}/chats`, { headers });
      expect(throttled.status).toBe(429);
      expect(throttled.headers.get("retry-after")).toBe("3");
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/v1.0/chats`)).rejects.toThrow();
  });

  it("rejects when the port is taken", async () => {
    const first = await startServer();
    try {
      const port = Number(new URL(first.url).port);
      await expect(startServer({ port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});

describe("the graph-chat-contract command", () => {
  const cli = (args: string[]) => run(`${root}node_modules/.bin/tsx`, ["src/cli.ts", ...args], { cwd: root });

  it("prints a token with the same flags as npm run token", async () => {
    const { stdout } = await cli(["token", "--user", "alex@contoso.com", "--scopes", "Chat.Read"]);
    expect(decodeJwt(stdout.trim())).toMatchObject({ oid: "5e6e7a25-b0a7-4cbe-8c0e-8a4b2b0cd5f3", scp: "Chat.Read" });
  });

  it("explains its usage and fails on an unknown command", async () => {
    await expect(cli(["bogus"])).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/unknown command 'bogus'[\s\S]*serve/) });
  });
});
