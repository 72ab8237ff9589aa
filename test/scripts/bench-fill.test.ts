// The benchmark fills PostgreSQL in SQL for speed; its figures mean something only if those rows
// are the ones the store itself writes. Same chats both ways, then every row compared.
import pg from "pg";
import { benchChat, benchUsers } from "../../scripts/bench/data.js";
import { benchChatId, fillChats } from "../../scripts/bench/postgres/fill.js";
import { openPool } from "../../src/server/store/postgres/connect.js";
import { PostgresChatStore } from "../../src/server/store/postgres/store.js";
import { describeWith } from "../prerequisites/jest.js";
import { TestCluster } from "../support/postgres.js";

const users = benchUsers();
// The first chats, and chats around the millionth (large offsets, batches that split unevenly).
const RANGES = [
  { first: 0, count: 4, batch: 3 },
  { first: 999_990, count: 12, batch: 5 },
];

async function rows(url: string): Promise<{ chats: unknown[]; members: unknown[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return {
      chats: (await client.query("SELECT * FROM chats ORDER BY id")).rows,
      members: (await client.query("SELECT * FROM chat_members ORDER BY chat_id, user_key")).rows,
    };
  } finally {
    await client.end();
  }
}

describeWith("postgresql")("the benchmark's SQL fill", () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await TestCluster.start();
  }, 60_000);
  afterAll(() => cluster?.remove());

  it("writes exactly the rows insertChatIfAbsent writes for the same chats", async () => {
    const [byStore, bySql] = await Promise.all([cluster.createMigratedDatabase(), cluster.createMigratedDatabase()]);
    const store = new PostgresChatStore(await openPool(byStore));
    try {
      for (const { first, count } of RANGES)
        for (let i = first; i < first + count; i++) await store.insertChatIfAbsent(benchChat(users, i, benchChatId(i)));
    } finally {
      await store.close();
    }
    for (const range of RANGES) await fillChats(bySql, users, range);

    const [expected, actual] = await Promise.all([rows(byStore), rows(bySql)]);
    expect(expected.chats).toHaveLength(16);
    expect(expected.members).toHaveLength(48);
    expect(actual).toEqual(expected);
  });
});
