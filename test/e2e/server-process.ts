// Starts main.ts as `npm start` would (through tsx) with extra environment variables, and waits
// until it prints its base URL or exits.
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
  for (const name of ["HTTPS", "TLS_CERT", "TLS_KEY", "TLS_DIR", "PUBLIC_BASE_URL", "HOST"]) delete env[name];
  return env;
}

export async function startServer(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const child = spawn(`${root}node_modules/.bin/tsx`, ["src/server/main.ts"], { cwd: root, env: { ...baseEnv(), ...env } });
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

/** Runs main.ts expecting it to refuse to start; resolves with its exit code and output. */
export async function failedStart(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn(`${root}node_modules/.bin/tsx`, ["src/server/main.ts"], { cwd: root, env: { ...baseEnv(), ...env } });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  const [code] = (await once(child, "exit")) as [number | null];
  clearTimeout(timer);
  return { code, output };
}
