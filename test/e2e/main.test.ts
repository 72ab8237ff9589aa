// End to end: the real server process (`npm start`'s entry) on an ephemeral port, a token from
// the token command's code, and the typed client over real HTTP.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createGraphChatClient, GraphError, unwrap } from "../../src/index.js";
import { tokenCommand } from "../../src/server/auth/token-command.js";

const root = new URL("../../", import.meta.url).pathname;

describe("the server started by main.ts", () => {
  let child: ChildProcessWithoutNullStreams;
  let baseUrl: string;
  let output = "";

  beforeAll(async () => {
    child = spawn(`${root}node_modules/.bin/tsx`, ["src/server/main.ts"], {
      cwd: root,
      env: { ...process.env, PORT: "0", LOG_LEVEL: "warn" },
    });
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 20_000;
    while (!/Base URL:\s+(\S+)/.test(output)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    baseUrl = /Base URL:\s+(\S+)/.exec(output)?.[1] ?? "";
  }, 30_000);

  afterAll(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });

  it("prints the base URL, the Swagger UI URL and how to get a token", () => {
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0$/);
    expect(output).toMatch(/Swagger UI: http:\/\/127\.0\.0\.1:\d+\/docs/);
    expect(output).toMatch(/npm run --silent token -- --user/);
  });

  it("creates and reads a chat through the typed client with a token from the token command", async () => {
    const token = await tokenCommand(["--user", "jacob@contoso.com", "--scopes", "Chat.Create Chat.Read"], {});
    const client = createGraphChatClient({ baseUrl, getToken: () => token });
    const created = await unwrap(
      client.POST("/chats", {
        body: {
          chatType: "oneOnOne",
          members: [
            {
              "@odata.type": "#microsoft.graph.aadUserConversationMember",
              roles: ["owner"],
              "user@odata.bind": "https://graph.microsoft.com/v1.0/users('jacob@contoso.com')",
            },
            {
              "@odata.type": "#microsoft.graph.aadUserConversationMember",
              roles: ["owner"],
              "user@odata.bind": "https://graph.microsoft.com/v1.0/users('alex@contoso.com')",
            },
          ],
        },
      }),
    );
    expect(created.id).toMatch(/@unq\.gbl\.spaces$/);
    expect(created["@odata.context"]).toBe(`${baseUrl}/$metadata#chats/$entity`);
    const read = await unwrap(client.GET("/chats/{chatId}", { params: { path: { chatId: created.id }, query: { $expand: "members" } } }));
    expect(read.members?.map((m) => m.displayName)).toEqual(["Jacob Hancock", "Alex Wilber"]);
  });

  it("serves the docs page's own script and stylesheet from src/ (the files tsx runs beside)", async () => {
    const origin = new URL(baseUrl).origin;
    for (const name of ["docs.js", "docs.css"]) {
      const res = await fetch(`${origin}/docs/${name}`);
      expect([name, res.status]).toEqual([name, 200]);
      expect(await res.text()).toBe(readFileSync(`${root}src/server/docs/browser/${name}`, "utf8"));
    }
    expect(await (await fetch(`${origin}/docs/`)).text()).toContain("<script src='/docs/docs.js'></script>");
  });

  it("turns a rule violation into a GraphError", async () => {
    const token = await tokenCommand(["--user", "jacob@contoso.com"], {});
    const client = createGraphChatClient({ baseUrl, getToken: () => token });
    const failure = unwrap(client.GET("/chats/{chatId}", { params: { path: { chatId: "19:missing@thread.v2" } } }));
    await expect(failure).rejects.toBeInstanceOf(GraphError);
    await expect(failure).rejects.toMatchObject({ status: 404, code: "NotFound" });
  });

  it("exits cleanly on SIGTERM", async () => {
    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
  });
});
