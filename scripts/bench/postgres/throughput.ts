// Throughput on PostgreSQL with the benchmark's three requests and load settings: one instance
// (startServer, as reference.ts runs it) on memory against the same on PostgreSQL, then `npm
// start`'s program with WORKERS=1 against WORKERS=2. Each server has a database of its own with
// the same 100 chats, so one server's POSTs do not lengthen another's list.
import type { TestCluster } from "../../../test/support/postgres.js";
import { compare } from "../load.js";
import { scenarios } from "../scenarios.js";
import { startMain, startTsChild, type Target } from "../targets.js";
import { vacuumAnalyze } from "./cluster.js";
import { roundOf, type PgBenchContext } from "./context.js";
import { benchChatId, fillChats } from "./fill.js";
import type { PostgresReport } from "./report.js";

const CHATS = 100;

export async function throughputFigures(
  cluster: TestCluster,
  ctx: PgBenchContext,
): Promise<Pick<PostgresReport, "throughput" | "workers">> {
  const { settings, rounds, progress, users } = ctx;
  progress(`PostgreSQL throughput: three databases of ${CHATS} chats`);
  const single = await filledDatabase(cluster, ctx);
  const one = await filledDatabase(cluster, ctx);
  const two = await filledDatabase(cluster, ctx);

  progress("PostgreSQL throughput: one instance on memory and one on PostgreSQL");
  const started: Target[] = [];
  const throughput: PostgresReport["throughput"] = [];
  const workers: PostgresReport["workers"] = [];
  try {
    const memory = await startTsChild("reference.ts");
    started.push(memory);
    const postgres = await startTsChild("reference-pg.ts", ["--database-url", single]);
    started.push(postgres);
    const onMemory = scenarios(memory.info);
    const onPostgres = scenarios(postgres.info);
    for (const [i, scenario] of onPostgres.entries()) {
      const memoryScenario = onMemory[i];
      if (!memoryScenario) continue;
      const results = await compare(
        { memory: memoryScenario.request("reference", memory.origin), postgres: scenario.request("reference", postgres.origin) },
        settings,
        rounds,
        (name, round) => progress(`${scenario.name}: one instance on ${name}, ${roundOf(round, rounds)}`),
      );
      throughput.push({ scenario: scenario.name, ...results });
    }
    await Promise.all(started.splice(0).map((target) => target.stop()));

    progress("PostgreSQL throughput: src/server/main.ts with WORKERS=1 and WORKERS=2");
    const token = String(postgres.info.token);
    const w1 = await startMain({ DATABASE_URL: one, WORKERS: "1" }, token);
    started.push(w1);
    const w2 = await startMain({ DATABASE_URL: two, WORKERS: "2" }, token);
    started.push(w2);
    // Every database holds the same chats, so its newest chat has the same id.
    for (const scenario of scenarios({ ...postgres.info, userId: users.me, chatId: benchChatId(CHATS - 1) })) {
      const results = await compare(
        { one: scenario.request("reference", w1.origin), two: scenario.request("reference", w2.origin) },
        settings,
        rounds,
        (name, round) => progress(`${scenario.name}: WORKERS=${name === "one" ? 1 : 2}, ${roundOf(round, rounds)}`),
      );
      workers.push({ scenario: scenario.name, ...results });
    }
  } finally {
    await Promise.all(started.map((target) => target.stop()));
  }
  return { throughput, workers };
}

async function filledDatabase(cluster: TestCluster, { users }: PgBenchContext): Promise<string> {
  const url = await cluster.createMigratedDatabase();
  await fillChats(url, users, { count: CHATS });
  await vacuumAnalyze(url);
  return url;
}
