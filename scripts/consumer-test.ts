// npm run test:consumer: packs the package, installs the tarball into a throwaway strict
// TypeScript project outside the repository, type-checks a small program that uses the client, the
// ./server and ./notifications exports, and runs it: create chats, page through them, survive
// injected 429s, answer a webhook handshake.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

const PROGRAM = `import { createGraphChatClient, GraphError, unwrap, type components, type Writable } from "graph-chat-contract";
import { DEMO_TENANT_ID, mintDevToken, startServer } from "graph-chat-contract/server";
import {
  checkClientState,
  decryptResourceData,
  validationResponse,
  verifyValidationTokens,
  type ChangeNotificationCollection,
} from "graph-chat-contract/notifications";

type Member = Writable<components["schemas"]["aadUserConversationMember"]>;
const JACOB = "4595d2f2-7b31-446c-84fd-9b795e63114b";
const bind = (upn: string): Member => ({
  "@odata.type": "#microsoft.graph.aadUserConversationMember",
  roles: ["owner"],
  "user@odata.bind": \`https://graph.microsoft.com/v1.0/users('\${upn}')\`,
});
function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(\`consumer check failed: \${what}\`);
}

// The webhook receiver helpers, from their own entry.
const handshake = validationResponse("/hook?validationToken=a%2Bb%20c");
check(handshake?.status === 200 && handshake.body === "a+b c", "validationResponse decodes the token");
const batch: ChangeNotificationCollection = {
  value: [{ subscriptionId: "s", changeType: "created", clientState: "secret", tenantId: "t", subscriptionExpirationDateTime: "2030-01-01T00:00:00Z", resource: "chats('19:a@thread.v2')/messages('1')", resourceData: { id: "1", "@odata.type": "#Microsoft.Graph.chatMessage", "@odata.id": "chats('19:a@thread.v2')/messages('1')" } }],
};
check(checkClientState(batch.value, "secret").accepted.length === 1, "checkClientState accepts the matching notification");
check(typeof decryptResourceData === "function" && typeof verifyValidationTokens === "function", "the decryption and token helpers");

const server = await startServer();
try {
  const token = await mintDevToken({ kind: "user", userId: JACOB, tenantId: DEMO_TENANT_ID, scopes: "Chat.ReadWrite" });
  const client = createGraphChatClient({ baseUrl: server.baseUrl, getToken: () => token, retry: { baseDelayMs: 10 } });

  const created: string[] = [];
  for (const topic of ["one", "two", "three", "four", "five"]) {
    const chat = await unwrap(client.POST("/chats", { body: { chatType: "group", topic, members: [bind("jacob@contoso.com"), bind("alex@contoso.com")] } }));
    const id: string = chat.id;
    created.push(id);
  }

  const seen: string[] = [];
  for await (const chat of client.paginate("/chats", { params: { query: { $top: 2 } } })) seen.push(chat.id);
  check(seen.length === 5 && created.every((id) => seen.includes(id)), "paging saw every chat once");

  server.faults.failNext({ count: 2, status: 429, retryAfterSeconds: 1 });
  const started = Date.now();
  const survived = await unwrap(client.GET("/chats/{chatId}", { params: { path: { chatId: created[0] ?? "" } } }));
  check(survived.topic === "one", "the chat after two 429s");
  check(Date.now() - started >= 1900, "Retry-After was honoured");

  const failed = await client.GET("/chats/{chatId}", { params: { path: { chatId: "19:missing@thread.v2" } } });
  check(failed.error?.error.code === "NotFound", "typed error");
  try {
    await unwrap(client.GET("/chats/{chatId}", { params: { path: { chatId: "19:missing@thread.v2" } } }));
    check(false, "unwrap throws");
  } catch (error) {
    check(error instanceof GraphError && error.status === 404, "GraphError with status");
  }
  // The docs page's own files come from the package's dist/, where the build copied them.
  for (const path of ["/docs/", "/docs/docs.js", "/docs/docs.css", "/docs/swagger-ui-init.js", "/docs/swagger-ui-bundle.js"]) {
    const res = await fetch(\`\${server.url}\${path}\`);
    check(res.status === 200, \`GET \${path} answered \${res.status}\`);
  }
  const script = await (await fetch(\`\${server.url}/docs/docs.js\`)).text();
  check(script.includes("// @ts-check") && script.includes("graphChatContract"), "the docs page's script");
  console.log("consumer program: ok");
} finally {
  await server.close();
}
`;

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: false,
    outDir: "out",
    lib: ["ES2023", "DOM"],
    types: ["node"],
  },
  include: ["index.ts"],
};

const work = await mkdtemp(join(tmpdir(), "gcc-consumer-"));
try {
  console.log(`consumer test in ${work}`);
  const { stdout: packed } = await run("npm", ["pack", "--silent", "--pack-destination", work], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  const tarball = join(work, packed.trim().split("\n").pop() ?? "");
  console.log(`packed ${tarball}`);
  const project = join(work, "project");
  await run("mkdir", ["-p", project]);
  await writeFile(
    join(project, "package.json"),
    JSON.stringify(
      { name: "consumer", private: true, type: "module", dependencies: { "graph-chat-contract": `file:${tarball}` } },
      null,
      2,
    ),
  );
  await writeFile(join(project, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
  await writeFile(join(project, "index.ts"), PROGRAM);
  // --prefer-offline: the packages are already in npm's cache from installing this repository.
  const nodeTypes = JSON.parse(
    (await run("node", ["-p", "JSON.stringify(require('@types/node/package.json').version)"], { cwd: root })).stdout,
  ) as string;
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", `@types/node@${nodeTypes}`], {
    cwd: project,
    maxBuffer: 16 * 1024 * 1024,
  });
  console.log("installed the tarball into a strict TypeScript project");
  await run("node", [tsc, "-p", project], { cwd: project });
  console.log("type-checked and compiled the consumer program");
  const { stdout } = await run("node", [join(project, "out", "index.js")], { cwd: project, timeout: 60_000 });
  process.stdout.write(stdout);
} catch (error) {
  const e = error as { stdout?: string; stderr?: string; message: string };
  console.error(`consumer test failed: ${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  process.exitCode = 1;
} finally {
  await rm(work, { recursive: true, force: true });
}
