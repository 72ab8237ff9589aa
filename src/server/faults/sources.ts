// Fault settings from the environment: FAULTS (inline `key=value; …` or JSON) or FAULTS_FILE (a
// JSON file). Errors name the variable, so a bad setting stops the server saying what is wrong.
import { readFileSync } from "node:fs";
import { parseInlineFaults } from "./inline.js";
import { FaultPlan } from "./plan.js";
import { checkFaultSettings } from "./schemas.js";
import { FaultConfigError, type FaultSettings } from "./settings.js";

/** A plan with injection on when FAULTS or FAULTS_FILE is set; undefined when neither is. */
export function faultPlanFromEnv(env: NodeJS.ProcessEnv): FaultPlan | undefined {
  const text = env.FAULTS?.trim() ?? "";
  const file = env.FAULTS_FILE?.trim() ?? "";
  if (text !== "" && file !== "") throw new FaultConfigError("FAULTS and FAULTS_FILE are both set; use one of them");
  if (text !== "") return new FaultPlan(parseFaultsText(text, "FAULTS"), "FAULTS");
  if (file !== "") {
    const source = `FAULTS_FILE (${file})`;
    let content: string;
    try {
      content = readFileSync(file, "utf8");
    } catch (error) {
      throw new FaultConfigError(`${source}: cannot read the file: ${(error as Error).message}`);
    }
    return new FaultPlan(checkFaultSettings(parseJson(content, source), source), source);
  }
  return undefined;
}

/** FAULTS' two forms — JSON when it starts with `{`, otherwise inline `key=value; …` — through one schema. */
export function parseFaultsText(text: string, source: string): FaultSettings {
  const fail = (message: string): never => {
    throw new FaultConfigError(`${source}: ${message}`);
  };
  return checkFaultSettings(text.trimStart().startsWith("{") ? parseJson(text, source) : parseInlineFaults(text, fail), source);
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FaultConfigError(`${source}: not valid JSON (${(error as Error).message})`);
  }
}
