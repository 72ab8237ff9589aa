// The servers under test, each in its own process so the load generator (this process) and the
// server do not share an event loop — as with a server a CI job starts beside its tests.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SERVERS = fileURLToPath(new URL("./servers/", import.meta.url));

// Every child still running, so the benchmark can stop them all however it ends.
const alive = new Set<ChildProcess>();
// Children that lead a process group of their own (a WORKERS=N primary and its workers).
const groups = new WeakSet<ChildProcess>();

export function stopAll(): Promise<void> {
  return Promise.all([...alive].map(stop)).then(() => undefined);
}

export interface Target {
  /** Origin, e.g. http://127.0.0.1:40123. */
  readonly origin: string;
  readonly info: Record<string, unknown>;
  /** The server's process id, where this process started it directly. */
  readonly pid?: number;
  stop(): Promise<void>;
}

/** A TypeScript child that prints one JSON line with at least `port` once it listens. */
export async function startTsChild(script: string, args: string[] = [], nodeArgs: string[] = []): Promise<Target> {
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", `${SERVERS}${script}`, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  alive.add(child);
  const info = await firstJsonLine(child, script);
  return {
    origin: `http://127.0.0.1:${String(info.port)}`,
    info,
    ...(child.pid !== undefined && { pid: child.pid }),
    stop: () => stop(child),
  };
}

/**
 * `npm start`'s program (src/server/main.ts, through tsx) with `env` added, on a free port; ready
 * once GET `readyPath` with `token` answers 200 (with WORKERS=N, once every worker listens).
 */
export async function startMain(env: Record<string, string>, token: string, readyPath = "/v1.0/me/chats?$top=1"): Promise<Target> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: "warn", ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  alive.add(child);
  groups.add(child);
  const origin = `http://127.0.0.1:${port}`;
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    if (child.exitCode !== null) throw new Error(`src/server/main.ts exited with ${child.exitCode} before listening`);
    const status = await fetch(`${origin}${readyPath}`, { headers: { authorization: `Bearer ${token}` } }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return { origin, info: {}, stop: () => stop(child) };
    if (status !== 0 && status !== 503) throw new Error(`src/server/main.ts answered ${status} at start`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("src/server/main.ts did not answer within 60 s");
}

/** Prism mocking openapi.yaml (it serves the spec's paths without the /v1.0 prefix). */
export async function startPrism(): Promise<Target> {
  const port = await freePort();
  const bin = `${ROOT}node_modules/.bin/prism`;
  const child = spawn(bin, ["mock", "openapi.yaml", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  alive.add(child);
  const output: string[] = [];
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start within 60 s:\n${output.join("")}`)), 60_000);
    lines.on("line", (line) => {
      output.push(line);
      if (/Prism is listening/.test(line)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with ${String(code)}:\n${output.join("\n")}`));
    });
  });
  lines.removeAllListeners("line");
  child.removeAllListeners("exit");
  return { origin: `http://127.0.0.1:${port}`, info: {}, ...(child.pid !== undefined && { pid: child.pid }), stop: () => stop(child) };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function firstJsonLine(child: ChildProcess, name: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`${name} did not report its port within 120 s`)), 120_000);
    lines.on("line", (line) => {
      if (!line.startsWith("{")) return;
      clearTimeout(timer);
      lines.close();
      resolve(JSON.parse(line) as Record<string, unknown>);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${String(code)} before listening`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  alive.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => signal(child, "SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    signal(child, "SIGTERM");
  });
}

function signal(child: ChildProcess, name: NodeJS.Signals): void {
  try {
    if (groups.has(child) && child.pid) process.kill(-child.pid, name);
    else child.kill(name);
  } catch {
    // ESRCH: gone already.
  }
}
