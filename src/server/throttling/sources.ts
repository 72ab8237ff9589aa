// Throttling from the environment: THROTTLING=graph turns the model on; THROTTLING_LIMITS names a
// JSON file of limits over Graph's. Errors name the variable, so the server refuses to start
// saying what is wrong.
import { readFileSync } from "node:fs";
import { ThrottlingConfigError, type LimitOverrides } from "./limits.js";
import { Throttle } from "./model.js";

export function throttleFromEnv(env: NodeJS.ProcessEnv): Throttle | undefined {
  const mode = (env.THROTTLING ?? "").trim().toLowerCase();
  const file = (env.THROTTLING_LIMITS ?? "").trim();
  if (mode !== "" && mode !== "graph" && mode !== "off")
    throw new ThrottlingConfigError(`THROTTLING must be 'graph' or 'off', got '${env.THROTTLING}'`);
  if (mode !== "graph") {
    if (file !== "")
      throw new ThrottlingConfigError("THROTTLING_LIMITS is set but THROTTLING is not 'graph'; set THROTTLING=graph to use the limits");
    return undefined;
  }
  if (file === "") return new Throttle();
  const source = `THROTTLING_LIMITS (${file})`;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ThrottlingConfigError(`${source}: cannot read the file: ${(error as Error).message}`);
  }
  let limits: LimitOverrides;
  try {
    // Only shaped like overrides: the Throttle checks every field.
    limits = JSON.parse(text) as LimitOverrides;
  } catch (error) {
    throw new ThrottlingConfigError(`${source}: not valid JSON (${(error as Error).message})`);
  }
  return new Throttle({ limits }, source);
}
