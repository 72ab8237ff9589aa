// WORKERS=N: N processes serving one port (node:cluster), every one on the same database, so the
// machine's cores all answer. The primary opens the database once first — so an unreachable
// database or a failed migration is one clear line and exit code 1, not N of them — then forks the
// workers, replaces a worker that dies unexpectedly, and on SIGTERM/SIGINT lets every worker drain
// and exits when they have.
import cluster, { type Worker } from "node:cluster";
import { pino } from "pino";
import { configFromEnv } from "./config.js";
import { openPersistence } from "./persistence.js";

/** Runs in the primary process; resolves once every worker listens. */
export async function runWorkers(env: NodeJS.ProcessEnv): Promise<void> {
  const config = configFromEnv(env);
  const logger = pino({ level: config.logLevel });
  // Migrates the schema and stores the directory and secret before any worker starts.
  await (await openPersistence({ databaseUrl: config.databaseUrl, directory: config.app.directory, logger })).close();
  let stopping = false;
  const fork = (first: boolean): Worker => cluster.fork({ ...env, GRAPH_CHAT_CONTRACT_WORKER_BANNER: first ? "1" : "0" });
  const listening = new Set<number>();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    if (!listening.has(worker.id)) {
      // A worker that never started will not start on a retry either (a bad setting, a taken port).
      logger.error({ worker: worker.id, code, signal }, "a worker failed to start; stopping");
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.kill("SIGTERM");
      process.exitCode = 1;
      return;
    }
    logger.warn({ worker: worker.id, code, signal }, "a worker stopped unexpectedly; starting another");
    fork(false);
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down every worker: finishing in-flight requests");
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  await new Promise<void>((resolve) => {
    cluster.on("listening", (worker) => {
      listening.add(worker.id);
      if (listening.size === config.workers) resolve();
    });
    for (let i = 0; i < config.workers; i++) fork(i === 0);
  });
}
