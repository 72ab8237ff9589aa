// What the prerequisites step does about one prerequisite, decided from plain facts so the rules are
// tested without a machine to install on (test/scripts/test-prerequisites.test.ts).

/** The facts about the machine and the run that decide whether the step may install. */
export interface Situation {
  /** apt-get installs system packages only as root. */
  root: boolean;
  aptGet: boolean;
  /** False under TEST_PREREQUISITES=skip-install (or --skip-install). */
  installAllowed: boolean;
}

export type Decision =
  | { kind: "present"; where: string }
  /** Missing, but no existing test needs it: nothing to do. */
  | { kind: "unused" }
  | { kind: "install"; aptPackage: string }
  /** Missing and needed: its tests skip (or fail under REQUIRE_ALL_TESTS=1) — `why` says why. */
  | { kind: "missing"; why: string };

export function decide(
  prerequisite: { where: string | undefined; needed: boolean; aptPackage: string | undefined },
  situation: Situation,
): Decision {
  if (prerequisite.where !== undefined) return { kind: "present", where: prerequisite.where };
  if (!prerequisite.needed) return { kind: "unused" };
  const { aptPackage } = prerequisite;
  if (aptPackage === undefined) return { kind: "missing", why: "installing a package would not put it there" };
  if (!situation.installAllowed) return { kind: "missing", why: "not installing (TEST_PREREQUISITES=skip-install)" };
  if (!situation.aptGet) return { kind: "missing", why: "this machine has no apt-get" };
  if (!situation.root) return { kind: "missing", why: "not installing: installing a system package needs root" };
  return { kind: "install", aptPackage };
}

/** The one command that provides it, as the user running the tests would type it. */
export function enableCommand(prerequisite: { aptPackage: string | undefined; otherwise: string }, situation: Situation): string {
  const { aptPackage } = prerequisite;
  if (aptPackage === undefined || !situation.aptGet) return prerequisite.otherwise;
  const sudo = situation.root ? "" : "sudo ";
  return `${sudo}apt-get update && ${sudo}apt-get install -y ${aptPackage}`;
}

/** True when REQUIRE_ALL_TESTS asks for every test to run (CI): a missing prerequisite is then a failure. */
export function requireAllTests(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.REQUIRE_ALL_TESTS === "1" || env.REQUIRE_ALL_TESTS === "true";
}
