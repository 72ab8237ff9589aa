// Starts the server for `npm start` and `graph-chat-contract serve`: one process (serve.ts) or, with
// WORKERS=N, a primary that forks N workers on one port (workers.ts); each worker runs serve.ts.
import cluster from "node:cluster";
import { configFromEnv } from "./config.js";

export async function run(env: NodeJS.ProcessEnv): Promise<void> {
  if (cluster.isPrimary && configFromEnv(env).workers > 1) {
    const { runWorkers } = await import("./workers.js");
    await runWorkers(env);
    return;
  }
  const { serve } = await import("./serve.js");
  await serve(env, { quiet: env.GRAPH_CHAT_CONTRACT_WORKER_BANNER === "0" });
}
