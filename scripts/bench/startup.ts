// Start-up: wall time from spawning the server process to its first 201 on POST /chats, the
// moment a CI job could start using it.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort } from "./targets.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface StartupCommand {
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
  /** A file the command needs (relative to the project root). */
  readonly requires?: string;
  /** Round 2's start-up target (≤ 1 s) is for this command; the others are shown beside it. */
  readonly target?: boolean;
}

export const STARTUP_COMMANDS: readonly StartupCommand[] = [
  // dist/ current (as after npm install): scripts/start.mjs runs it.
  { label: "npm start", command: "npm", args: ["start", "--silent"], requires: "dist/server/main.js", target: true },
  { label: "node dist/cli.js serve", command: process.execPath, args: ["dist/cli.js", "serve"], requires: "dist/cli.js" },
  // What npm start runs after an edit to src/, until the next build.
  { label: "src/ through tsx (npm start before a rebuild)", command: process.execPath, args: ["--import", "tsx", "src/server/main.ts"] },
  // A program or test suite of another repository: node starts, imports the package, calls startServer().
  {
    label: "startServer() in a new process",
    command: process.execPath,
    args: ["scripts/bench/servers/in-process.mjs"],
    requires: "dist/server/index.js",
  },
];

/** Milliseconds to the first 201; polls every 5 ms; gives up after 30 s. */
export async function timeToFirstCreate(spec: StartupCommand, token: string, body: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  let exited = false;
  const child = spawn(spec.command, [...spec.args], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: "warn" },
    stdio: "ignore",
    detached: true,
  });
  child.once("exit", () => (exited = true));
  try {
    while (performance.now() - started < 30_000) {
      const status = await fetch(`http://127.0.0.1:${port}/v1.0/chats`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body,
      }).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 201) return performance.now() - started;
      if (status !== 0) throw new Error(`${spec.label}: POST /chats answered ${status} at start-up`);
      if (exited) throw new Error(`${spec.label}: the server exited before answering (for dist/, run npm run build)`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`${spec.label}: no 201 within 30 s`);
  } finally {
    // npm start runs the server in a grandchild: signal the whole process group (gone already
    // if the server failed to start).
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // ESRCH: nothing left to stop.
    }
  }
}
