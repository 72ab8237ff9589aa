// One measurement: autocannon against one URL for a bounded time, after a short warm-up that
// lets the JIT and the connection pool settle. Every answer must have the expected status, or
// the figure would measure error handling instead.
import autocannon from "autocannon";
import { cpuMs } from "./cpu.js";

export interface LoadRequest {
  readonly url: string;
  readonly method: "GET" | "POST";
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly expectStatus: number;
}

export interface LoadSettings {
  readonly connections: number;
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
}

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly unexpected: number;
  readonly errors: number;
  /** The server's CPU time per answered request in µs, when its process id is known (Linux). */
  readonly cpuUsPerRequest?: number | null;
}

/** `pid`: the server's process, whose CPU time per request is then measured too. */
export async function measure(request: LoadRequest, settings: LoadSettings, pid?: number): Promise<LoadResult> {
  if (settings.warmupSeconds > 0) await run(request, settings.connections, settings.warmupSeconds);
  const before = await cpuMs(pid);
  const result = await run(request, settings.connections, settings.durationSeconds);
  const after = await cpuMs(pid);
  const cpuUsPerRequest = before === null || after === null || result.requests === 0 ? null : ((after - before) * 1000) / result.requests;
  return { ...result, cpuUsPerRequest };
}

async function run(request: LoadRequest, connections: number, duration: number): Promise<LoadResult> {
  let unexpected = 0;
  const result = await autocannon({
    url: request.url,
    method: request.method,
    headers: request.headers,
    ...(request.body !== undefined && { body: request.body }),
    connections,
    duration,
    // autocannon counts non-2xx, but POST /chats must be exactly 201 and GETs exactly 200.
    setupClient: (client) => {
      client.on("response", (status: number) => {
        if (status !== request.expectStatus) unexpected++;
      });
    },
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    unexpected,
    errors: result.errors + result.timeouts,
  };
}

/** Rounds of one target folded into one figure: mean throughput, mean percentiles, sums. */
export function combine(results: readonly LoadResult[]): LoadResult {
  const mean = (pick: (r: LoadResult) => number) => results.reduce((sum, r) => sum + pick(r), 0) / Math.max(results.length, 1);
  const sum = (pick: (r: LoadResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  return {
    requestsPerSecond: mean((r) => r.requestsPerSecond),
    p50Ms: mean((r) => r.p50Ms),
    p99Ms: mean((r) => r.p99Ms),
    requests: sum((r) => r.requests),
    unexpected: sum((r) => r.unexpected),
    errors: sum((r) => r.errors),
    cpuUsPerRequest: results.every((r) => typeof r.cpuUsPerRequest === "number") ? mean((r) => r.cpuUsPerRequest ?? 0) : null,
  };
}

/**
 * Each request measured `rounds` times, the order reversed every other round so that neither
 * always runs first (after a quiet spell) or last; `announce` is called before each run.
 */
export async function compare<N extends string>(
  requests: Record<N, LoadRequest>,
  settings: LoadSettings,
  rounds: number,
  announce: (name: N, round: number) => void,
): Promise<Record<N, LoadResult>> {
  const names = Object.keys(requests) as N[];
  const results = new Map<N, LoadResult[]>(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      announce(name, round);
      results.get(name)?.push(await measure(requests[name], settings));
    }
  }
  return Object.fromEntries(names.map((name) => [name, combine(results.get(name) ?? [])])) as Record<N, LoadResult>;
}
