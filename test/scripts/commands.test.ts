// The operating interface's commands, run as a user runs them.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { decodeJwt } from "jose";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;

async function npmRun(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", ...args], { cwd: root, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run token", () => {
  it("prints one delegated JWT and nothing else", async () => {
    const { code, stdout } = await npmRun([
      "token",
      "--",
      "--user",
      "jacob@contoso.com",
      "--scopes",
      "Chat.Create Chat.Read",
      "--expires",
      "5m",
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const claims = decodeJwt(stdout.trim());
    expect(claims).toMatchObject({
      oid: "4595d2f2-7b31-446c-84fd-9b795e63114b",
      tid: "dcd219dd-bc68-4b9b-bf0b-4a33a796be35",
      scp: "Chat.Create Chat.Read",
    });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(300);
  });

  it("grants Chat.ReadWrite and one hour when no scopes or lifetime are given", async () => {
    const claims = decodeJwt((await npmRun(["token", "--", "--user", "8b081ef6-4792-4def-b2c9-c363a1bf41d5"])).stdout.trim());
    expect(claims.scp).toBe("Chat.ReadWrite");
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(3600);
  });

  it("prints an application token with roles and no user", async () => {
    const claims = decodeJwt((await npmRun(["token", "--", "--app", "--roles", "Chat.Create Chat.Read.All"])).stdout.trim());
    expect(claims.roles).toEqual(["Chat.Create", "Chat.Read.All"]);
    expect(claims.oid).toBeUndefined();
    expect(claims.scp).toBeUndefined();
    expect(claims.tid).toBe("dcd219dd-bc68-4b9b-bf0b-4a33a796be35");
  });

  it.each([
    [["--user", "nobody@contoso.com"], /no user 'nobody@contoso.com'/],
    [["--user", "jacob@contoso.com", "--expires", "soon"], /invalid duration/],
    [["--scopes", "Chat.Create"], /--user/],
    [["--user", "jacob@contoso.com", "--bogus"], /Unknown option/],
  ])("fails with exit code 1 and no token for %j", async (args, message) => {
    const { code, stdout, stderr } = await npmRun(["token", "--", ...args]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });

  it("resolves users from DIRECTORY_FILE when set", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gcc-dir-"));
    const file = join(dir, "directory.json");
    await writeFile(
      file,
      JSON.stringify({
        tenantId: "aaaaaaaa-0000-0000-0000-000000000001",
        users: [{ id: "u-1", userPrincipalName: "ann@fabrikam.test", displayName: "Ann" }],
      }),
    );
    const claims = decodeJwt((await npmRun(["token", "--", "--user", "ann@fabrikam.test"], { DIRECTORY_FILE: file })).stdout.trim());
    expect(claims).toMatchObject({ oid: "u-1", tid: "aaaaaaaa-0000-0000-0000-000000000001" });
  });
});

describe("npm run check-generated", () => {
  it("passes for the committed types", async () => {
    expect((await npmRun(["check-generated"])).code).toBe(0);
  });

  /** A copy of generated/ with one file changed by `edit`. */
  async function generatedCopy(name: string, edit: (text: string) => string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "gcc-gen-"));
    for (const file of ["schema.d.ts", "operations.d.ts", "openapi.json"]) {
      const text = await readFile(new URL(`../../generated/${file}`, import.meta.url), "utf8");
      await writeFile(join(dir, file), file === name ? edit(text) : text);
    }
    return dir;
  }

  it("passes for an unchanged copy of generated/", async () => {
    expect((await npmRun(["check-generated", "--", "--dir", await generatedCopy("none", (t) => t)])).code).toBe(0);
  });

  it("fails when the types differ from openapi.yaml", async () => {
    const dir = await generatedCopy("schema.d.ts", (t) =>
      t.replace("createChatRequest: {", "createChatRequest: {\n            extra?: string;"),
    );
    const { code, stderr } = await npmRun(["check-generated", "--", "--dir", dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/schema\.d\.ts is stale/);
  });

  it("fails when the server's JSON form of the spec differs from openapi.yaml", async () => {
    const dir = await generatedCopy("openapi.json", (t) => t.replace('"operationId":"getChat"', '"operationId":"readChat"'));
    const { code, stderr } = await npmRun(["check-generated", "--", "--dir", dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/openapi\.json is stale/);
  });
});
