// The machine and the run as the prerequisites step sees them (./decide.ts decides from these).
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import type { Situation } from "./decide.js";

/** TEST_PREREQUISITES: `install` (the default) or `skip-install`, which never installs anything. */
const MODES = ["install", "skip-install"] as const;

export function currentSituation(options: { skipInstall?: boolean } = {}, env: NodeJS.ProcessEnv = process.env): Situation {
  const mode = env.TEST_PREREQUISITES || "install";
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new Error(`TEST_PREREQUISITES=${mode} is not one of: ${MODES.join(", ")}`);
  }
  return {
    root: process.getuid?.() === 0,
    aptGet: onPath("apt-get", env),
    installAllowed: mode === "install" && !options.skipInstall,
  };
}

function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? "").split(delimiter).some((dir) => {
    if (dir === "") return false;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
