// The README's webhook receiver, run as written (only its package import points at the source, so
// no build is needed): a newcomer starts it, subscribes with the typed client, sends a message
// and sees the notification — plain, and rich with decryption and validationTokens verified.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createGraphChatClient, unwrap } from "../../src/index.js";
import { DEMO_TENANT_ID } from "../../src/server/directory/demo-tenant.js";
import { startServer, type RunningServer } from "../../src/server/listen.js";
import { makeCertificate } from "../notifications/certificates.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const APP_ID = "33333333-3333-4333-8333-333333333333";

/** The ```js block after the README's receiver-example marker, with the package import pointed at src/. */
function readmeReceiver(): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const start = readme.indexOf("<!-- receiver-example");
  const block = /```js\n([\s\S]*?)```/.exec(readme.slice(start));
  if (start < 0 || !block?.[1]) throw new Error("README.md has no receiver example after <!-- receiver-example -->");
  const source = pathToFileURL(join(root, "src/client/notifications/index.ts")).href;
  return block[1].replace('"graph-chat-contract/notifications"', JSON.stringify(source));
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Runs the receiver; `lines` fills with its output, `waitFor` resolves once a line matches. */
function runReceiver(file: string, env: Record<string, string>) {
  const lines: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", file], { cwd: root, env: { ...process.env, ...env } });
  let pending: { match: RegExp; resolve: (line: string) => void }[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
      lines.push(line);
      pending = pending.filter((p) => (p.match.test(line) ? (p.resolve(line), false) : true));
    }
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const waitFor = (match: RegExp, ms = 20_000) =>
    new Promise<string>((resolve, reject) => {
      const found = lines.find((line) => match.test(line));
      if (found) return resolve(found);
      const timer = setTimeout(() => reject(new Error(`receiver never printed ${String(match)}; it printed:\n${lines.join("\n")}`)), ms);
      pending.push({ match, resolve: (line) => (clearTimeout(timer), resolve(line)) });
    });
  return { child, lines, waitFor };
}

let server: RunningServer;
let dir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  server = await startServer();
  dir = mkdtempSync(join(tmpdir(), "readme-receiver-"));
  writeFileSync(join(dir, "receiver.mjs"), readmeReceiver());
});
afterAll(async () => {
  for (const child of children) child.kill();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function chatOfMegan(token: string): Promise<string> {
  const client = createGraphChatClient({ baseUrl: server.baseUrl, getToken: () => token });
  const chat = await unwrap(
    client.POST("/chats", {
      body: {
        chatType: "group",
        topic: "Webhooks",
        members: ["MeganB@contoso.com", "AdeleV@contoso.com"].map((upn) => ({
          "@odata.type": "#microsoft.graph.aadUserConversationMember" as const,
          roles: ["owner" as const],
          "user@odata.bind": `https://graph.microsoft.com/v1.0/users('${upn}')`,
        })),
      },
    }),
  );
  return chat.id;
}

/** Megan's new chat, subscribed to at the receiver on `port` (plus `extra` fields), and one message sent there. */
async function subscribeAndSend(port: number, extra: Record<string, unknown>, content: string) {
  const token = await server.token("MeganB@contoso.com", "Chat.Create Chat.ReadWrite", { appId: APP_ID });
  const chatId = await chatOfMegan(token);
  const client = createGraphChatClient({ baseUrl: server.baseUrl, getToken: () => token });
  await unwrap(
    client.POST("/subscriptions", {
      body: {
        changeType: "created",
        notificationUrl: `http://127.0.0.1:${port}/notifications`,
        resource: `/chats/${chatId}/messages`,
        expirationDateTime: new Date(Date.now() + 30 * 60_000).toISOString(),
        clientState: "secretClientState",
        ...extra,
      },
    }),
  );
  const sent = await unwrap(
    client.POST("/chats/{chatId}/messages", { params: { path: { chatId } }, body: { body: { contentType: "text", content } } }),
  );
  return { chatId, sent };
}

describe("the README's webhook receiver", () => {
  it("answers the handshake and prints a sent message's notification", async () => {
    const port = await freePort();
    const receiver = runReceiver(join(dir, "receiver.mjs"), {
      RECEIVER_PORT: String(port),
      JWKS_URL: `${server.url}/.well-known/notification-keys`,
    });
    children.push(receiver.child);
    await receiver.waitFor(/receiving on/);
    const { chatId, sent } = await subscribeAndSend(port, {}, "Hello webhook");
    expect(await receiver.waitFor(/^created /)).toBe(`created chats('${chatId}')/messages('${sent.id}')`);
  });

  it("verifies validationTokens against the server's keys and decrypts a rich notification", async () => {
    const port = await freePort();
    const certificate = await makeCertificate();
    writeFileSync(join(dir, "key.pem"), certificate.privateKeyPem);
    const receiver = runReceiver(join(dir, "receiver.mjs"), {
      RECEIVER_PORT: String(port),
      JWKS_URL: `${server.url}/.well-known/notification-keys`,
      KEY_FILE: join(dir, "key.pem"),
      APP_ID,
      TENANT_ID: DEMO_TENANT_ID,
    });
    children.push(receiver.child);
    await receiver.waitFor(/receiving on/);
    const { sent } = await subscribeAndSend(
      port,
      { includeResourceData: true, encryptionCertificate: certificate.base64Der, encryptionCertificateId: "readme-key" },
      "Secret hello",
    );
    const decrypted = JSON.parse(await receiver.waitFor(/^\{/)) as { id: string; body: { content: string } };
    expect(decrypted.id).toBe(sent.id);
    expect(decrypted.body.content).toBe("Secret hello");
    expect(receiver.lines.some((line) => /did not verify/.test(line))).toBe(false);
  });
});
