// `graph-chat-contract proxy`: options from the command line (faults and throttling in the
// server's syntax, through the server's own parsers), a banner saying where to point the app,
// and the summary on SIGINT/SIGTERM.
import { parseArgs } from "node:util";
import { pino } from "pino";
import { parseFaultsText } from "../faults/sources.js";
import { FaultConfigError, type FaultSettings } from "../faults/plan.js";
import { throttleFromEnv } from "../throttling/sources.js";
import { DEFAULT_DEV_CERT_DIR } from "../tls/dev-certificate.js";
import type { TlsSettings } from "../tls/material.js";
import { tlsBanner } from "../tls/trust-hint.js";
import { createProxy, GRAPH_UPSTREAM, REPORT_PATH, type ProxyOptions, type RunningProxy } from "./create-proxy.js";
import { formatSummary } from "./report.js";

export const PROXY_USAGE = `Usage:
  graph-chat-contract proxy [--upstream ${GRAPH_UPSTREAM}] [--port 8080] [--host 127.0.0.1]
                            [--https | --tls-cert FILE --tls-key FILE] [--tls-dir DIR]
                            [--strict] [--report FILE.jsonl] [--log-bodies]
                            [--faults "503=0.1; retry-after=5"] [--throttling graph] [--throttling-limits FILE]
                            [--seed N] [--timeout SECONDS] [--log-level warn]

Forwards every request to the upstream and checks both directions against the contract.
  --strict        refuse invalid requests as the reference server would (400/415), and answer
                  502 instead of an upstream answer that breaks the contract
  --report        one JSON object per exchange with problems (JSON Lines); tokens are $TOKEN
  --log-bodies    include request bodies in the report's curl commands
  --faults        fault injection in the server's FAULTS syntax (inline or JSON; docs/faults.md)
  --throttling    'graph': Graph's throttling limits (429 with Retry-After), as THROTTLING=graph
  --seed          the seed of the random faults (same seed, same requests: same faults)
  --timeout       seconds the upstream may take to start answering (default 100; then 504)
Live view: GET ${REPORT_PATH}. The summary is printed to stderr on exit (Ctrl-C).`;

/** Parses the arguments after `proxy`; throws an Error naming the problem. */
export function proxyOptions(args: string[], env: NodeJS.ProcessEnv = process.env): ProxyOptions & { logLevel: string } {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      upstream: { type: "string", default: GRAPH_UPSTREAM },
      port: { type: "string", default: "8080" },
      host: { type: "string", default: "127.0.0.1" },
      https: { type: "boolean", default: false },
      "tls-cert": { type: "string" },
      "tls-key": { type: "string" },
      "tls-dir": { type: "string" },
      strict: { type: "boolean", default: false },
      report: { type: "string" },
      "log-bodies": { type: "boolean", default: false },
      faults: { type: "string" },
      throttling: { type: "string" },
      "throttling-limits": { type: "string" },
      seed: { type: "string" },
      timeout: { type: "string", default: "100" },
      "log-level": { type: "string", default: "warn" },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be an integer 0–65535, got '${values.port}'`);
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) throw new Error(`--timeout must be a number of seconds > 0, got '${values.timeout}'`);
  try {
    const url = new URL(values.upstream);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error();
  } catch {
    throw new Error(`--upstream must be an http(s) origin like ${GRAPH_UPSTREAM}, got '${values.upstream}'`);
  }
  const faults = faultSettings(values.faults, values.seed);
  const throttle = throttleFromEnv({
    ...(values.throttling !== undefined && { THROTTLING: values.throttling }),
    ...(values["throttling-limits"] !== undefined && { THROTTLING_LIMITS: values["throttling-limits"] }),
  });
  const tls = tlsSettings(values.https, values["tls-cert"], values["tls-key"], values["tls-dir"] ?? env.TLS_DIR);
  return {
    upstream: values.upstream,
    port,
    host: values.host,
    strict: values.strict,
    logBodies: values["log-bodies"],
    upstreamTimeoutMs: timeout * 1000,
    logLevel: values["log-level"],
    ...(values.report !== undefined && { report: values.report }),
    ...(faults && { faults }),
    ...(throttle && { throttling: throttle }),
    ...(tls && { tls }),
  };
}

function faultSettings(text: string | undefined, seed: string | undefined): FaultSettings | undefined {
  if (text === undefined) {
    if (seed !== undefined) throw new FaultConfigError("--seed seeds the random faults: give --faults too");
    return undefined;
  }
  const settings = parseFaultsText(text, "--faults");
  if (seed === undefined) return settings;
  if (!/^\d+$/.test(seed)) throw new FaultConfigError(`--seed must be a whole number, got '${seed}'`);
  return parseFaultsText(JSON.stringify({ ...settings, seed: Number(seed) }), "--seed");
}

function tlsSettings(
  https: boolean,
  certPath: string | undefined,
  keyPath: string | undefined,
  dir: string | undefined,
): TlsSettings | undefined {
  if (certPath !== undefined || keyPath !== undefined) {
    if (certPath === undefined || keyPath === undefined) throw new Error("--tls-cert and --tls-key must be given together");
    return { mode: "files", certPath, keyPath };
  }
  return https ? { mode: "dev", dir: dir ?? DEFAULT_DEV_CERT_DIR } : undefined;
}

/** Starts the proxy for the command line; prints the summary and exits on SIGINT/SIGTERM. */
export async function proxyCommand(args: string[]): Promise<RunningProxy> {
  const { logLevel, ...options } = proxyOptions(args);
  const proxy = await createProxy({ ...options, logger: pino({ level: logLevel }, pino.destination(2)) });
  process.stdout.write(banner(proxy, options));
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void proxy.close({ graceMs: 2_000 }).finally(() => {
      process.stderr.write(`${formatSummary(proxy.summary())}\n`);
      process.exit(0);
    });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return proxy;
}

function banner(proxy: RunningProxy, options: ProxyOptions): string {
  const simulated = [options.faults ? "faults (--faults)" : "", options.throttling ? "Graph throttling (--throttling graph)" : ""].filter(
    Boolean,
  );
  return (
    `graph-chat-contract proxy\n` +
    `Listening:  ${proxy.url}  (point your app's Graph base URL at ${proxy.url}/v1.0)\n` +
    `Upstream:   ${proxy.upstream}\n` +
    `Mode:       ${options.strict ? "strict (invalid requests refused, contract-breaking answers become 502)" : "report (everything forwarded)"}\n` +
    `Report:     ${options.report ? `${options.report} (JSON Lines), ` : ""}live at ${proxy.url}${REPORT_PATH}; problems on stderr\n` +
    (simulated.length ? `Simulating: ${simulated.join(" and ")}\n` : "") +
    (proxy.tls ? tlsBanner(proxy.tls) : "")
  );
}
