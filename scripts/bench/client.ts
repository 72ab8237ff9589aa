// Client figures: bundle size next to Microsoft's client (same esbuild settings, same run) and
// the time per call each client adds over plain fetch, against the same local server.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Client } from "@microsoft/microsoft-graph-client";
import { createGraphChatClient } from "../../src/client/client.js";
import { bundle } from "../client-bundle.js";

export interface SizeFigures {
  readonly oursGzipBytes: number;
  readonly theirsGzipBytes: number;
  readonly ratio: number;
}

export async function clientSizes(): Promise<SizeFigures> {
  const ours = await bundle(fileURLToPath(new URL("../../src/index.ts", import.meta.url)));
  const theirs = await bundle(createRequire(import.meta.url).resolve("@microsoft/microsoft-graph-client"));
  return { oursGzipBytes: ours.gzipBytes, theirsGzipBytes: theirs.gzipBytes, ratio: ours.gzipBytes / theirs.gzipBytes };
}

export interface CallFigures {
  /** Microseconds per sequential GET /chats/{id}, median of the rounds. */
  readonly fetchUs: number;
  readonly oursUs: number;
  readonly graphClientUs: number;
}

/** Sequential GETs of one chat through each client; rounds alternate the order. */
export async function callOverhead(origin: string, chatId: string, calls: number, rounds: number): Promise<CallFigures> {
  const url = `${origin}/v1.0/chats/${encodeURIComponent(chatId)}`;
  const headers = { authorization: "Bearer bench" };
  const ours = createGraphChatClient({ baseUrl: `${origin}/v1.0`, getToken: () => "bench", retry: false });
  const theirs = Client.init({ authProvider: (done) => done(null, "bench"), baseUrl: origin, defaultVersion: "v1.0" });
  const runners: Record<keyof CallFigures, () => Promise<unknown>> = {
    fetchUs: async (): Promise<unknown> => (await fetch(url, { headers })).json(),
    oursUs: async () => ours.GET("/chats/{chatId}", { params: { path: { chatId } } }),
    graphClientUs: async (): Promise<unknown> => (await theirs.api(`/chats/${encodeURIComponent(chatId)}`).get()) as unknown,
  };
  const samples: Record<keyof CallFigures, number[]> = { fetchUs: [], oursUs: [], graphClientUs: [] };
  const names = Object.keys(runners) as (keyof CallFigures)[];
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      const run = runners[name];
      const start = process.hrtime.bigint();
      for (let i = 0; i < calls; i++) await run();
      samples[name].push(Number(process.hrtime.bigint() - start) / 1000 / calls);
    }
  }
  return { fetchUs: median(samples.fetchUs), oursUs: median(samples.oursUs), graphClientUs: median(samples.graphClientUs) };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
