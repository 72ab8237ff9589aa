// The reference server as the benchmark drives it: startServer as tests use it (full request and
// response validation, dev-key auth), without request recording, its store pre-filled with chats
// written straight into the store (not through HTTP) so the store's size can be varied cheaply.
// Reports, as one JSON line: port, a token, a chat id of the bench user, the heap the chats
// occupy, and the time to read a page of the user's chats from the store alone.
import { parseArgs } from "node:util";
import { mintDevToken } from "../../../src/server/auth/mint.js";
import { groupChatId, randomIds } from "../../../src/server/domain/ids.js";
import { startServer } from "../../../src/server/listen.js";
import { MemoryChatStore } from "../../../src/server/store/memory.js";
import { BENCH_TENANT_ID, benchChat, benchUsers } from "../data.js";

const { values } = parseArgs({ options: { chats: { type: "string", default: "100" } } });
const count = Number(values.chats);
const users = benchUsers();
const { me, others } = users;

const gc = (globalThis as { gc?: () => void }).gc;
const store = new MemoryChatStore();
gc?.();
const before = process.memoryUsage().heapUsed;
await fill(store, count);
gc?.();
const heapBytes = process.memoryUsage().heapUsed - before;
const storePageUs = await timePage(store, me);

// The harness defaults otherwise (the logger: errors only), as another repository's tests run it.
const server = await startServer({ store, recordRequests: false });
const token = await mintDevToken({ kind: "user", userId: me, tenantId: BENCH_TENANT_ID, scopes: "Chat.Create Chat.ReadWrite" });
const chatId = (await store.listChatsForUser({ userId: me, order: "lastUpdated", limit: 1 })).items[0]?.id ?? null;
process.stdout.write(
  `${JSON.stringify({ port: Number(new URL(server.url).port), token, userId: me, others, chatId, heapBytes: gc ? heapBytes : null, storePageUs })}\n`,
);

/** The bench chats, with random ids as POST /chats makes them. */
async function fill(chatStore: MemoryChatStore, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await chatStore.insertChatIfAbsent(benchChat(users, i, groupChatId(randomIds)));
}

/** Microseconds per first page of 20 of the user's chats, read straight from the store. */
async function timePage(chatStore: MemoryChatStore, userId: string): Promise<number> {
  const runs = 20_000;
  for (let i = 0; i < 2_000; i++) await chatStore.listChatsForUser({ userId, order: "lastUpdated", limit: 20 });
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) await chatStore.listChatsForUser({ userId, order: "lastUpdated", limit: 20 });
  return Number(process.hrtime.bigint() - start) / 1000 / runs;
}

// Exit normally on a signal so `--cpu-prof` (when profiling) can write its profile.
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => void server.close({ graceMs: 1000 }).finally(() => process.exit(0)));
