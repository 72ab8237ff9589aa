// `verify` as the package's CLI runs it: one line per check, a summary line, the exit code.
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

  it("explains its usage for missing or bad options", async () => {
    const { code, lines } = await verify(["--runs", "0"]);
    expect(code).toBe(2);
    expect(lines[0]).toBe("verify: --base-url is required");
    expect((await verify(["--base-url", "http://x", "--bogus"])).code).toBe(2);
    const badUsers = await verify(["--base-url", "http://x", "--users", "/nonexistent/users.json"]);
    expect(badUsers.code).toBe(2);
    expect(badUsers.lines[0]).toMatch(/^verify: cannot use --users/);
  });
});
