// Page cost on PostgreSQL as the bench user's list grows: the first page of 20 with 1,000 against
// 100,000 chats (the request the memory scaling uses), then a large database (1,000,000 chats by
// default, the bench user in every one) loaded in SQL — its load time, size, first page and a deep
// page reached by following @odata.nextLink — each measured beside the 1,000-chat first page. The
// list query's plan is checked at 100k and at the large size.
import type { TestCluster } from "../../../test/support/postgres.js";
import { compare } from "../load.js";
import { pageRequest } from "../scenarios.js";
import { startTsChild, type Target } from "../targets.js";
import { databaseBytes, vacuumAnalyze } from "./cluster.js";
import { roundOf, shortCount, type PgBenchContext } from "./context.js";
import { explainPage, type PlanCheck } from "./explain.js";
import { fillChats } from "./fill.js";
import type { LargeFigures, PostgresReport } from "./report.js";

const PAGE = 20;
/** The deep page: 500 pages of 20 in, 9,980 chats before it. */
const DEEP_PAGE = 500;

/** `large`: how many chats the large database holds (at least 1,000), or why it is skipped. */
export async function pageFigures(
  cluster: TestCluster,
  ctx: PgBenchContext,
  large: number | { skipped: string },
): Promise<Pick<PostgresReport, "scaling" | "large" | "plans">> {
  const { settings, rounds, progress, users } = ctx;
  const plans: PlanCheck[] = [];
  const started: Target[] = [];
  const start = (url: string) => startTsChild("reference-pg.ts", ["--database-url", url]).then((target) => (started.push(target), target));
  try {
    progress("PostgreSQL scaling: databases of 1,000 and 100,000 chats, filled in SQL");
    const [url1k, url100k] = [await cluster.createMigratedDatabase(), await cluster.createMigratedDatabase()];
    await fillChats(url1k, users, { count: 1_000 });
    const filling = performance.now();
    await fillChats(url100k, users, { count: 100_000 });
    const fill100kSeconds = (performance.now() - filling) / 1000;
    await Promise.all([vacuumAnalyze(url1k), vacuumAnalyze(url100k)]);
    const [small, medium] = [await start(url1k), await start(url100k)];
    const pages = await compare({ "1k": firstPage(small), "100k": firstPage(medium) }, settings, rounds, (name, round) =>
      progress(`PostgreSQL scaling: page of chats with ${name} chats, ${roundOf(round, rounds)}`),
    );
    plans.push(
      await explainPage(url100k, "100k chats, first page", users.me, 0),
      await explainPage(url100k, `100k chats, page ${DEEP_PAGE}`, users.me, (DEEP_PAGE - 1) * PAGE),
    );
    await medium.stop();

    const largeFigures = typeof large === "number" ? await largeDatabase(cluster, ctx, large, small, start, plans) : large;
    return { scaling: { page1k: pages["1k"], page100k: pages["100k"], fill100kSeconds }, large: largeFigures, plans };
  } finally {
    await Promise.all(started.map((target) => target.stop()));
  }
}

async function largeDatabase(
  cluster: TestCluster,
  { settings, rounds, progress, users }: PgBenchContext,
  chats: number,
  small: Target,
  start: (url: string) => Promise<Target>,
  plans: PlanCheck[],
): Promise<LargeFigures> {
  const url = await cluster.createMigratedDatabase();
  progress(`PostgreSQL large: loading ${chats.toLocaleString("en")} chats in SQL (2 connections)`);
  const loading = performance.now();
  let reported = 0;
  await fillChats(url, users, {
    count: chats,
    onProgress: (written) => {
      // One line per tenth of the load, not per batch.
      if (written - reported < chats / 10 && written < chats) return;
      reported = written;
      progress(`PostgreSQL large: ${written.toLocaleString("en")} chats, ${((performance.now() - loading) / 1000).toFixed(0)} s`);
    },
  });
  const loadSeconds = (performance.now() - loading) / 1000;
  const vacuuming = performance.now();
  await vacuumAnalyze(url);
  const vacuumAnalyzeSeconds = (performance.now() - vacuuming) / 1000;
  const bytes = await databaseBytes(url);
  progress(`PostgreSQL large: loaded in ${loadSeconds.toFixed(0)} s, VACUUM ANALYZE ${vacuumAnalyzeSeconds.toFixed(0)} s`);

  const target = await start(url);
  const deepPageNumber = Math.min(DEEP_PAGE, Math.ceil(chats / PAGE));
  const walking = performance.now();
  const deepPath = await walk(target, deepPageNumber);
  const walkSeconds = (performance.now() - walking) / 1000;
  const label = {
    "1k": "1k chats, first page",
    first: `${shortCount(chats)} chats, first page`,
    deep: `${shortCount(chats)} chats, page ${deepPageNumber}`,
  };
  const results = await compare(
    { "1k": firstPage(small), first: firstPage(target), deep: pageRequest(target.origin, String(target.info.token), deepPath) },
    settings,
    rounds,
    (name, round) => progress(`PostgreSQL large: ${label[name]}, ${roundOf(round, rounds)}`),
  );
  plans.push(await explainPage(url, label.first, users.me, 0), await explainPage(url, label.deep, users.me, (deepPageNumber - 1) * PAGE));
  await target.stop();
  return {
    chats,
    membersPerChat: 3,
    benchUserIn: "every chat",
    loadSeconds,
    vacuumAnalyzeSeconds,
    databaseBytes: bytes,
    page1k: results["1k"],
    firstPage: results.first,
    deepPage: results.deep,
    deepPageNumber,
    walkSeconds,
  };
}

function firstPage(target: Target) {
  return pageRequest(target.origin, String(target.info.token));
}

/** Follows @odata.nextLink from the first page to page `n`; resolves to that page's path and query. */
async function walk(target: Target, n: number): Promise<string> {
  const headers = { authorization: `Bearer ${String(target.info.token)}` };
  let path = `/v1.0/me/chats?$top=${PAGE}`;
  for (let page = 1; page < n; page++) {
    const response = await fetch(`${target.origin}${path}`, { headers });
    const body = (await response.json()) as { "@odata.nextLink"?: string };
    const next = body["@odata.nextLink"];
    if (response.status !== 200 || !next) throw new Error(`page ${page} answered ${response.status} without a nextLink`);
    // Only the path and query: the load stays on this server's loopback origin whatever the link says.
    const url = new URL(next);
    path = `${url.pathname}${url.search}`;
  }
  return path;
}
