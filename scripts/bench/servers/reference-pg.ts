// The reference server on PostgreSQL, as the benchmark drives it: startServer as reference.ts runs
// it (full validation, dev-key auth, no request recording), its state in the database given (which
// the benchmark filled in SQL beforehand). Reports, as one JSON line: port, a token, the bench
// users and the bench user's newest chat, read through the server itself.
import { parseArgs } from "node:util";
import { mintDevToken } from "../../../src/server/auth/mint.js";
import { startServer } from "../../../src/server/listen.js";
import { BENCH_TENANT_ID, benchUsers } from "../data.js";

const { values } = parseArgs({ options: { "database-url": { type: "string" } } });
const databaseUrl = values["database-url"];
if (!databaseUrl) throw new Error("--database-url is required");
const { me, others } = benchUsers();

const server = await startServer({ databaseUrl, recordRequests: false });
const token = await mintDevToken({ kind: "user", userId: me, tenantId: BENCH_TENANT_ID, scopes: "Chat.Create Chat.ReadWrite" });
const response = await fetch(`${server.baseUrl}/me/chats?$top=1`, { headers: { authorization: `Bearer ${token}` } });
if (response.status !== 200) throw new Error(`GET /me/chats answered ${response.status} at start`);
const chatId = ((await response.json()) as { value: { id: string }[] }).value[0]?.id ?? null;
process.stdout.write(`${JSON.stringify({ port: Number(new URL(server.url).port), token, userId: me, others, chatId })}\n`);

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => void server.close({ graceMs: 1000 }).finally(() => process.exit(0)));
