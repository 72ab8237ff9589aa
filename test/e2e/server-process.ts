// Starts main.ts as `npm start` would (through tsx's loader) with extra environment variables, and
// waits until it prints its base URL or exits. The server runs as `node --import tsx`, not under
// the tsx command: that command is a wrapper process, so a SIGKILL would kill the wrapper and leave
// the server running; here every signal reaches the server itself.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";

export const root = new URL("../../", import.meta.url).pathname;

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  /** e.g. https://127.0.0.1:40123/v1.0 */
  baseUrl: string;
  /** Everything printed so far, stdout and stderr. */
  output: () => string;
  /** SIGTERM, then the exit code. */
  stop: () => Promise<number | null>;
}

/** The server's environment: this process's, minus settings that would change what is tested. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: "0", LOG_LEVEL: "warn" };
  const changesWhatIsTested = [
    "HTTPS",
    "TLS_CERT",
    "TLS_KEY",
    "TLS_DIR",
    "PUBLIC_BASE_URL",
    "HOST",
    "DATABASE_URL",
    "WORKERS",
    "ADMIN_API",
  ];
  for (const name of changesWhatIsTested) delete env[name];
  return env;
}

/** Runs `script` (relative to the project root) with tsx's loader; `env` adds to (or, with undefined, removes from) the base. */
export function spawnScript(script: string, env: NodeJS.ProcessEnv, args: string[] = []): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: root, env: { ...baseEnv(), ...env } });
}

export async function startServer(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const child = spawnScript("src/server/main.ts", env);
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 20_000;
  while (!/Base URL:\s+(\S+)/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) {
      if (child.exitCode === null) child.kill("SIGKILL");
      throw new Error(`server did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const stop = async (): Promise<number | null> => {
    if (child.exitCode !== null) return child.exitCode;
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const [code] = (await exited) as [number | null];
    return code;
  };
  return { child, baseUrl: /Base URL:\s+(\S+)/.exec(output)?.[1] ?? "", output: () => output, stop };
}

export interface FinishedProcess {
  code: number | null;
  /** stdout and stderr, in the order they arrived. */
  output: string;
  stdout: string;
  stderr: string;
  /** From spawning to exiting. */
  elapsedMs: number;
}

/** Runs main.ts expecting it to refuse to start; resolves with its exit code and output. */
export function failedStart(env: NodeJS.ProcessEnv): Promise<FinishedProcess> {
  return runToExit(spawnScript("src/server/main.ts", env));
}

/** Waits for a process to exit (SIGKILLing it after `limitMs`), collecting what it printed. */
export async function runToExit(child: ChildProcessWithoutNullStreams, limitMs = 20_000): Promise<FinishedProcess> {
  const started = Date.now();
  let output = "";
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => ((output += chunk.toString()), (stdout += chunk.toString())));
  child.stderr.on("data", (chunk: Buffer) => ((output += chunk.toString()), (stderr += chunk.toString())));
  const timer = setTimeout(() => child.kill("SIGKILL"), limitMs);
  const closed = once(child, "close");
  const [code] = (await once(child, "exit")) as [number | null];
  clearTimeout(timer);
  const elapsedMs = Date.now() - started;
  // What it printed last may still be in the pipes when it exits.
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1_000))]);
  return { code, output, stdout, stderr, elapsedMs };
}
