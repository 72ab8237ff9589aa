// What some tests need from the machine beyond `npm ci`, how to find it and how to install it.
// `npm test` first runs scripts/test-prerequisites.ts, which installs what is missing when it can;
// tests that need something call describeWith() (./jest.ts), which skips them with the reason and
// the command that enables them, or fails them under REQUIRE_ALL_TESTS=1 (.ci/run). DEVELOPERS.md
// has the table in prose.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

export type PrerequisiteName = "chromium" | "postgresql";

export interface Prerequisite {
  name: PrerequisiteName;
  /** What the tests get, for messages. */
  title: string;
  /** What the check looks for, for messages. */
  lookingFor: string;
  /** Where it is (a binary or a folder), or undefined when it is missing. */
  locate(): string | undefined;
  /** The Debian package that puts it where locate() looks; undefined when installing cannot help. */
  aptPackage: string | undefined;
  /** How to provide it without apt-get. */
  otherwise: string;
  /** What installing it costs, for the message printed before installing. */
  installCost: string;
  /** The tests that need it; it is installed only when one of these files exists. */
  neededBy: readonly string[];
}

/** Debian's Chromium, driven by playwright-core (which never downloads a browser). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const POSTGRESQL_ROOT = "/usr/lib/postgresql";

export const PREREQUISITES: readonly Prerequisite[] = [
  {
    name: "chromium",
    title: "Chromium",
    lookingFor: CHROMIUM_PATH,
    locate: () => (existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : undefined),
    // apt installs /usr/bin/chromium; with CHROMIUM_PATH pointing elsewhere that would not help.
    aptPackage: process.env.CHROMIUM_PATH === undefined ? "chromium" : undefined,
    otherwise: "CHROMIUM_PATH=/path/to/chromium-or-chrome npm test",
    installCost: "about 30 s, ~480 MB",
    neededBy: ["test/e2e/browser.test.ts"],
  },
  {
    name: "postgresql",
    title: "PostgreSQL server binaries",
    lookingFor: `${POSTGRESQL_ROOT}/*/bin/initdb`,
    locate: postgresqlBin,
    aptPackage: "postgresql",
    otherwise: `install PostgreSQL's server so that ${POSTGRESQL_ROOT}/<version>/bin/initdb exists`,
    // PostgreSQL 15 with the LLVM it depends on.
    installCost: "~200 MB",
    neededBy: [
      "test/store/postgres.test.ts",
      "test/scripts/bench-fill.test.ts",
      "test/e2e/postgres-harness.test.ts",
      "test/e2e/postgres-restarts.test.ts",
      "test/e2e/postgres-scale-out.test.ts",
      "test/e2e/postgres-start.test.ts",
      "test/e2e/postgres-workers.test.ts",
    ],
  },
];

export function prerequisite(name: PrerequisiteName): Prerequisite {
  const found = PREREQUISITES.find((entry) => entry.name === name);
  if (!found) throw new Error(`no prerequisite named ${name}`);
  return found;
}

/** The newest installed server's bin folder, e.g. /usr/lib/postgresql/15/bin (initdb, pg_ctl, postgres). */
function postgresqlBin(): string | undefined {
  const versions = existsSync(POSTGRESQL_ROOT) ? readdirSync(POSTGRESQL_ROOT) : [];
  return versions
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(POSTGRESQL_ROOT, version, "bin"))
    .find((bin) => existsSync(join(bin, "initdb")));
}
