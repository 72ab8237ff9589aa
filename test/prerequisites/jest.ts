// describeWith("chromium")("…", () => …): a describe block that runs only where its prerequisite is
// (./table.ts). Elsewhere it is skipped with the reason and the command that enables it, or, under
// REQUIRE_ALL_TESTS=1 (.ci/run), the test file fails: in CI no test may quietly not run.
import { describe } from "@jest/globals";
import { enableCommand, requireAllTests } from "./decide.js";
import { currentSituation } from "./situation.js";
import { prerequisite, type PrerequisiteName } from "./table.js";

export function describeWith(name: PrerequisiteName): typeof describe | typeof describe.skip {
  const entry = prerequisite(name);
  if (entry.locate() !== undefined) return describe;
  const message =
    `${entry.title} is missing (looked for ${entry.lookingFor}); these tests need it.\n` +
    `Enable them with: ${enableCommand(entry, currentSituation())}`;
  if (requireAllTests()) throw new Error(`${message}\nREQUIRE_ALL_TESTS=1: a skipped test is a failure.`);
  console.warn(`Skipping: ${message}`);
  return describe.skip;
}

/** Where a prerequisite is (e.g. PostgreSQL's bin folder), or undefined; for tests that need the path. */
export function locate(name: PrerequisiteName): string | undefined {
  return prerequisite(name).locate();
}
