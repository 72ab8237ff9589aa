// `verify` as the package's CLI runs it: one line per check, a summary line, the exit code.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { verifyCommand } from "../../../src/contract/checks/cli.js";
import { startServer } from "../../../src/server/index.js";

async function verify(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await verifyCommand(args, (line) => lines.push(...line.split("\n")));
  return { code, lines };
}

describe("verify", () => {
  it("prints a line per check and exits 0 when all pass, getting tokens from a command", async () => {
    const server = await startServer({ logger: pino({ level: "silent" }) });
    try {
      const { code, lines } = await verify([
        "--base-url",
        server.url,
        "--token-command",
        'npx tsx scripts/token.ts --user {user} --scopes "{scopes}"',
        "--only",
        "^protocol: (a request without|an unknown method)",
        "--runs",
        "1",
      ]);
      expect(lines.filter((l) => l.startsWith("✓ "))).toHaveLength(2);
      expect(lines[lines.length - 1]).toBe("2 passed, 0 failed");
      expect(code).toBe(0);
    } finally {
      await server.close();
    }
  }, 60_000);

  it("exits 1 and prints the reason and a curl line for a failing check", async () => {
    const { code, lines } = await verify(["--base-url", "http://127.0.0.1:9", "--only", "without a token"]);
    expect(lines[0]).toMatch(/^✗ protocol: a request without a token gets 401 with WWW-Authenticate: Bearer — request failed: /);
    expect(lines[1]).toMatch(/^ {4}curl -sS -i -X GET http:\/\/127\.0\.0\.1:9\/v1\.0\/chats/);
    expect(lines[lines.length - 1]).toBe("0 passed, 1 failed");
    expect(code).toBe(1);
  });

  it("skips the checks that need the receiver with --skip-notifications, naming each, and counts them", async () => {
    const { code, lines } = await verify([
      "--base-url",
      "http://127.0.0.1:9",
      "--only",
      "^(notifications: GET and list|createSubscription: generated valid)",
      "--skip-notifications",
    ]);
    expect(lines.filter((l) => l.startsWith("- "))).toEqual([
      "- createSubscription: generated valid requests succeed — skipped: needs the notification receiver (skipNotifications)",
      "- notifications: GET and list return clientState as null, never as set — skipped: needs the notification receiver (skipNotifications)",
    ]);
    expect(lines[lines.length - 1]).toBe("0 passed, 0 failed, 2 skipped");
    expect(code).toBe(0);
  });

  it("acts as a second application with --second-app-token-command, behind --receiver-url and --receiver-port", async () => {
    const server = await startServer({ logger: pino({ level: "silent" }) });
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port: free } = probe.address() as AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    try {
      const { code, lines } = await verify([
        "--base-url",
        server.url,
        "--token-command",
        'npx tsx scripts/token.ts --user {user} --scopes "{scopes}"',
        "--second-app-token-command",
        'npx tsx scripts/token.ts --user {user} --scopes "{scopes}" --app-id {appId}',
        "--receiver-url",
        `http://localhost:${port}/`,
        "--receiver-port",
        String(port),
        "--only",
        "^notifications: another application",
      ]);
      expect(lines.filter((l) => /^[✓✗] /.test(l))).toEqual([
        expect.stringMatching(/^✓ notifications: another application's subscription/),
      ]);
      expect(code).toBe(0);
    } finally {
      await server.close();
    }
  }, 60_000);

  it("explains its usage for missing or bad options", async () => {
    const { code, lines } = await verify(["--runs", "0"]);
    expect(code).toBe(2);
    expect(lines[0]).toBe("verify: --base-url is required");
    expect((await verify(["--base-url", "http://x", "--bogus"])).code).toBe(2);
    const badUsers = await verify(["--base-url", "http://x", "--users", "/nonexistent/users.json"]);
    expect(badUsers.code).toBe(2);
    expect(badUsers.lines[0]).toMatch(/^verify: cannot use --users/);
    const badPort = await verify(["--base-url", "http://x", "--receiver-port", "70000"]);
    expect([badPort.code, badPort.lines[0]]).toEqual([2, "verify: --receiver-port must be a port number (1–65535)"]);
    const badUrl = await verify(["--base-url", "http://x", "--receiver-url", "not a url"]);
    expect([badUrl.code, badUrl.lines[0]]).toEqual([2, "verify: --receiver-url must be an absolute URL"]);
  });
});
