// HTTPS end to end: main.ts with HTTPS=1 (the generated development certificate) and with
// TLS_CERT/TLS_KEY, driven by Microsoft's own @microsoft/microsoft-graph-client — which sends
// tokens only to https:// hosts and follows only https:// next links — and by plain TLS probes.
import { execFile } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { copyFile, mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { GraphError, PageIterator, type Client } from "@microsoft/microsoft-graph-client";
import type { components, Readable, Writable } from "../../generated/schema.js";
import { tokenCommand } from "../../src/server/auth/token-command.js";
import { officialClient } from "./official-client.js";
import { failedStart, startServer, type ServerProcess } from "./server-process.js";
import { presentedFingerprint } from "./tls-probe.js";

type Chat = Readable<components["schemas"]["chatEntityResponse"]>;
type ChatPage = Readable<components["schemas"]["chatCollectionResponse"]>;
type CreateChatBody = Writable<components["schemas"]["createChatRequest"]>;

const LYNNE = "82fe7758-5bb3-4f0d-a43f-e555fd399c6f";
const groupChat = (topic: string, users: string[]): CreateChatBody => ({
  chatType: "group",
  topic,
  members: users.map((user) => ({
    "@odata.type": "#microsoft.graph.aadUserConversationMember",
    roles: ["owner"],
    "user@odata.bind": `https://graph.microsoft.com/v1.0/users('${user}')`,
  })),
});

const tempDir = () => mkdtemp(join(tmpdir(), "gcc-https-"));

describe("HTTPS=1: the development certificate", () => {
  let tlsDir: string;
  let server: ServerProcess;
  let certPath: string;
  let cert: string;

  beforeAll(async () => {
    tlsDir = await tempDir();
    server = await startServer({ HTTPS: "1", TLS_DIR: tlsDir });
    certPath = /^Certificate:\s+(\S+)$/m.exec(server.output())?.[1] ?? "";
    cert = await readFile(certPath, "utf8");
  }, 30_000);

  afterAll(() => {
    if (server.child.exitCode === null) server.child.kill("SIGKILL");
  });

  it("prints an https base URL, the certificate it generated in TLS_DIR and how to trust it", async () => {
    expect(server.baseUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/v1\.0$/);
    const output = server.output();
    expect(output).toMatch(/^Swagger UI: https:\/\/127\.0\.0\.1:\d+\/docs {2}\(pick a demo user under "Act as"/m);
    expect(certPath).toBe(join(tlsDir, "dev-cert.pem"));
    expect(output).toContain("(generated now)");
    expect(output).toContain(`NODE_EXTRA_CA_CERTS=${certPath}`);
    expect(output).toContain(`curl --cacert ${certPath}`);
    expect(output).toContain(new X509Certificate(cert).fingerprint256);
    expect((await stat(join(tlsDir, "dev-key.pem"))).mode & 0o777).toBe(0o600);
  });

  it("serves the certificate in the printed file", async () => {
    expect(await presentedFingerprint(server.baseUrl, cert)).toBe(new X509Certificate(cert).fingerprint256);
  });

  it("is refused by a client that was not told to trust it", async () => {
    const failure = fetch(`${server.baseUrl}/chats`);
    await expect(failure).rejects.toThrow("fetch failed");
    await expect(failure).rejects.toMatchObject({ cause: { code: expect.stringMatching(/SELF_SIGNED|UNABLE_TO_VERIFY/) } });
  });

  it("is trusted by a Node process started with the printed NODE_EXTRA_CA_CERTS", async () => {
    const script = "const r = await fetch(process.argv[1]); console.log(r.status, r.headers.get('content-type'));";
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--input-type=module", "-e", script, `${new URL(server.baseUrl).origin}/openapi.json`],
      {
        env: { ...process.env, NODE_OPTIONS: "", NODE_EXTRA_CA_CERTS: certPath },
      },
    );
    expect(stdout.trim()).toMatch(/^200 application\/json/);
  });

  describe("with @microsoft/microsoft-graph-client", () => {
    it("creates a chat and reads it back, over https only", async () => {
      const token = await tokenCommand(["--user", "jacob@contoso.com", "--scopes", "Chat.Create Chat.Read"], {});
      const { client, requested } = officialClient(server.baseUrl, cert, token);
      const created = (await client.api("/chats").post(groupChat("Over TLS", ["jacob@contoso.com", "alex@contoso.com"]))) as Chat;
      expect(created.id).toMatch(/^19:[0-9a-f]{32}@thread\.v2$/);
      expect(created.chatType).toBe("group");
      expect(created.topic).toBe("Over TLS");
      expect(created["@odata.context"]).toBe(`${server.baseUrl}/$metadata#chats/$entity`);

      const read = (await client
        .api(`/chats/${encodeURIComponent(created.id)}`)
        .expand("members")
        .get()) as Chat;
      expect(read.id).toBe(created.id);
      expect(read.members?.map((m) => m.displayName)).toEqual(["Jacob Hancock", "Alex Wilber"]);
      expect(requested).toHaveLength(2);
      for (const url of requested) expect(url.startsWith(`${server.baseUrl}/chats`)).toBe(true);
    });

    it("sends no token to a host it was not given in customHosts (so the server answers 401)", async () => {
      const token = await tokenCommand(["--user", "jacob@contoso.com"], {});
      const { client } = officialClient(server.baseUrl, cert, token, { trustHost: false });
      const failure = client.api("/chats/19:missing@thread.v2").get() as Promise<Chat>;
      await expect(failure).rejects.toBeInstanceOf(GraphError);
      await expect(failure).rejects.toMatchObject({ statusCode: 401, code: "InvalidAuthenticationToken" });
    });

    it("pages through a user's chats with PageIterator, following https next links", async () => {
      const token = await tokenCommand(["--user", LYNNE, "--scopes", "Chat.Create Chat.Read"], {});
      const { client, requested } = officialClient(server.baseUrl, cert, token);
      const created: string[] = [];
      for (let i = 1; i <= 5; i++) {
        const chat = (await client
          .api("/chats")
          .post(groupChat(`Paging ${i}`, [LYNNE, "IsaiahL@contoso.com", "MeganB@contoso.com"]))) as Chat;
        created.push(chat.id);
      }
      requested.length = 0;

      const first = (await client.api(`/users/${LYNNE}/chats`).top(2).get()) as ChatPage;
      expect(first["@odata.context"]).toMatch(new RegExp(`^${escape(server.baseUrl)}/\\$metadata#`));
      expect(first.value).toHaveLength(2);
      expect(first["@odata.nextLink"]).toMatch(new RegExp(`^${escape(server.baseUrl)}/users/`));

      const seen = await iterateAll(client, first);
      expect(seen).toHaveLength(created.length);
      expect(new Set(seen)).toEqual(new Set(created));
      // First page plus the two next links ($top=2 over five chats), all fetched over https.
      expect(requested).toHaveLength(3);
      for (const url of requested) expect(url.startsWith(`${server.baseUrl}/users/`)).toBe(true);
    });
  });

  it("exits cleanly on SIGTERM", async () => {
    expect(await server.stop()).toBe(0);
  });

  it("reuses the same certificate on a second start with the same TLS_DIR", async () => {
    const again = await startServer({ HTTPS: "1", TLS_DIR: tlsDir });
    try {
      expect(again.output()).toContain("(reused)");
      expect(await readFile(certPath, "utf8")).toBe(cert);
      expect(await presentedFingerprint(again.baseUrl, cert)).toBe(new X509Certificate(cert).fingerprint256);
    } finally {
      expect(await again.stop()).toBe(0);
    }
  }, 30_000);

  it("serves given files with TLS_CERT and TLS_KEY, and builds links from PUBLIC_BASE_URL", async () => {
    const given = await tempDir();
    await copyFile(certPath, join(given, "server.crt"));
    await copyFile(join(tlsDir, "dev-key.pem"), join(given, "server.key"));
    const publicBaseUrl = "https://chat.example.test:8443";
    const files = await startServer({
      TLS_CERT: join(given, "server.crt"),
      TLS_KEY: join(given, "server.key"),
      PUBLIC_BASE_URL: publicBaseUrl,
    });
    try {
      expect(files.baseUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/v1\.0$/);
      expect(files.output()).toContain(`TLS:        certificate ${join(given, "server.crt")}, key ${join(given, "server.key")}`);
      expect(files.output()).toContain(`Links:      @odata.context and @odata.nextLink use ${publicBaseUrl}`);
      expect(files.output()).not.toContain("Certificate:");
      expect(await presentedFingerprint(files.baseUrl, cert)).toBe(new X509Certificate(cert).fingerprint256);

      const token = await tokenCommand(["--user", "jacob@contoso.com", "--scopes", "Chat.Create Chat.Read"], {});
      const { client } = officialClient(files.baseUrl, cert, token);
      const created = (await client.api("/chats").post(groupChat("Public links", ["jacob@contoso.com", "alex@contoso.com"]))) as Chat;
      expect(created["@odata.context"]).toBe(`${publicBaseUrl}/v1.0/$metadata#chats/$entity`);
    } finally {
      expect(await files.stop()).toBe(0);
    }
  }, 30_000);
});

describe("refusing bad TLS settings", () => {
  it("exits with 1 and names the variable when only TLS_CERT is set", async () => {
    const { code, output } = await failedStart({ TLS_CERT: "/tmp/cert.pem" });
    expect(code).toBe(1);
    expect(output).toContain("TLS_CERT and TLS_KEY must be set together");
  }, 30_000);

  it("exits with 1 and names the file when TLS_CERT cannot be read", async () => {
    const { code, output } = await failedStart({ TLS_CERT: "/nonexistent/cert.pem", TLS_KEY: "/nonexistent/key.pem" });
    expect(code).toBe(1);
    expect(output).toContain("graph-chat-contract: TLS_CERT /nonexistent/cert.pem cannot be read: ENOENT");
  }, 30_000);
});

/** Runs PageIterator over every page and returns the ids in the order the callback saw them. */
async function iterateAll(client: Client, first: ChatPage): Promise<string[]> {
  const seen: string[] = [];
  const iterator = new PageIterator(client, first, (chat: ChatPage["value"][number]) => {
    seen.push(chat.id);
    return true;
  });
  await iterator.iterate();
  expect(iterator.isComplete()).toBe(true);
  return seen;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
