// `npm run fuzz`: the long fuzz and the concurrency races against a reference server (its own on
// 127.0.0.1, or --base-url), one progress line per phase, then the figures. Exits 1 when any
// figure is wrong, 2 on bad usage.
import { parseArgs } from "node:util";
import { pino } from "pino";
import { prototypeSnapshot, runFuzz, runRaces, type Finding, type TokenKind } from "../src/contract/index.js";
import { DEMO_TENANT_ID, mintDevToken, startServer, type RunningServer } from "../src/server/index.js";

const USAGE = `Usage: npm run fuzz -- [--requests N] [--seed N] [--base-url URL]

Sends N generated requests (valid, invalid and raw bad input; default 10000) seeded by --seed
(default 1; the same seed sends the same sequence), then races 1,000 concurrent creates of one
oneOnOne chat, 200 concurrent roster changes and sends on one group chat, and paging during
writes. Without --base-url it starts its own reference server on 127.0.0.1 (faults and
throttling off). Tokens are development tokens: another server must accept them.`;

const FINDINGS_SHOWN = 10;
// Findings shown most serious first.
const SEVERITY: Finding["kind"][] = ["5xx", "no-response", "answer", "setup", "schema"];

const devTokens = (kind: TokenKind): Promise<string> =>
  "app" in kind
    ? mintDevToken({ kind: "app", tenantId: DEMO_TENANT_ID, roles: kind.roles })
    : mintDevToken({ kind: "user", userId: kind.user, tenantId: DEMO_TENANT_ID, scopes: kind.scopes.join(" ") });

function options(): { requests: number; seed: number; baseUrl: string | undefined } {
  const { values } = parseArgs({
    options: {
      requests: { type: "string", default: "10000" },
      seed: { type: "string", default: "1" },
      "base-url": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const [requests, seed] = [Number(values.requests), Number(values.seed)];
  if (!Number.isSafeInteger(requests) || requests < 1) throw new Error("--requests must be a positive integer");
  if (!Number.isSafeInteger(seed)) throw new Error("--seed must be an integer");
  // The origin: a service root given by habit (…/v1.0) is accepted too.
  const baseUrl = values["base-url"]?.replace(/\/+$/, "").replace(/\/(v1\.0|beta)$/, "");
  return { requests, seed, baseUrl };
}

const number = (n: number) => n.toLocaleString("en-US");
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function showFinding(finding: Finding): string {
  return `  [${finding.kind}] ${finding.where}: ${finding.what}\n    ${finding.status ?? "no answer"} — ${finding.reason.slice(0, 500)}${finding.curl ? `\n    ${finding.curl.length > 2_000 ? `${finding.curl.slice(0, 2_000)}…` : finding.curl}` : ""}`;
}

async function main(): Promise<number> {
  let settings;
  try {
    settings = options();
  } catch (error) {
    process.stderr.write(`fuzz: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const started = Date.now();
  let server: RunningServer | undefined;
  if (!settings.baseUrl) server = await startServer({ host: "127.0.0.1", port: 0, logger: pino({ level: "silent" }) });
  const baseUrl = settings.baseUrl ?? (server as RunningServer).url;
  const prototypesChanged = server ? prototypeSnapshot() : undefined;
  try {
    process.stdout.write(`target: ${baseUrl}${server ? " (own reference server)" : ""}\n`);
    const fuzz = await runFuzz({ baseUrl, tokens: devTokens, seed: settings.seed, requests: settings.requests });
    const { valid, invalid, raw } = fuzz.byKind;
    process.stdout.write(
      `fuzz: ${number(fuzz.generated)} generated requests (seed ${fuzz.seed}: ${number(valid)} valid, ${number(invalid)} invalid, ${number(raw)} raw) → ` +
        `${number(fuzz.requestsSent)} sent in ${seconds(fuzz.durationMs)}: ${fuzz.fiveHundreds} 5xx, ${fuzz.schemaViolations} schema violations, ${fuzz.wrongAnswers} wrong answers\n`,
    );
    const races = await runRaces({ baseUrl, tokens: devTokens, seed: settings.seed, onPhase: (line) => process.stdout.write(`${line}\n`) });
    const pollution = prototypesChanged?.() ?? [];
    const figures: [string, string, boolean][] = [
      ["requests sent", number(fuzz.requestsSent + races.requestsSent), fuzz.generated >= settings.requests],
      ["5xx seen", String(fuzz.fiveHundreds + races.fiveHundreds), fuzz.fiveHundreds + races.fiveHundreds === 0],
      ["schema violations", String(fuzz.schemaViolations + races.schemaViolations), fuzz.schemaViolations + races.schemaViolations === 0],
      ["wrong answers", String(fuzz.wrongAnswers + races.wrongAnswers), fuzz.wrongAnswers + races.wrongAnswers === 0],
      ["no response", String(fuzz.noResponse + races.noResponse), fuzz.noResponse + races.noResponse === 0],
      ["setup errors", String(fuzz.setupErrors + races.setupErrors), fuzz.setupErrors + races.setupErrors === 0],
      ["chats created in race", String(races.chatsCreatedInRace), races.chatsCreatedInRace === 1],
      ["messages lost", String(races.messagesLost), races.messagesLost === 0],
      ["roster consistent", races.rosterConsistent ? "yes" : "no", races.rosterConsistent],
      ["paging consistent", races.pagingConsistent ? "yes" : "no", races.pagingConsistent],
      ...(server
        ? [
            ["prototypes unchanged", pollution.length === 0 ? "yes" : `no: ${pollution.join("; ")}`, pollution.length === 0] as [
              string,
              string,
              boolean,
            ],
          ]
        : []),
      ["time", seconds(Date.now() - started), true],
    ];
    process.stdout.write(`\n${figures.map(([name, value, ok]) => `${name.padEnd(22)} ${value}${ok ? "" : "   ✗"}`).join("\n")}\n`);
    const wrong = figures.filter(([, , ok]) => !ok);
    if (wrong.length === 0) return 0;
    const problems = [races.oneOnOne, races.roster, races.messages, races.paging.chats, races.paging.messages].flatMap((r) => r.problems);
    const findings = [...fuzz.failures, ...races.failures].sort((a, b) => SEVERITY.indexOf(a.kind) - SEVERITY.indexOf(b.kind));
    process.stdout.write(`\nwrong: ${wrong.map(([name]) => name).join(", ")}\n`);
    if (problems.length > 0) process.stdout.write(`${problems.map((p) => `  ${p}`).join("\n")}\n`);
    if (findings.length > 0) {
      process.stdout.write(`${findings.slice(0, FINDINGS_SHOWN).map(showFinding).join("\n")}\n`);
      if (findings.length > FINDINGS_SHOWN) process.stdout.write(`  … and ${findings.length - FINDINGS_SHOWN} more kept findings\n`);
    }
    return 1;
  } finally {
    await server?.close();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  // e.g. nothing listens at --base-url, or it refuses the fuzz's setup requests.
  process.stderr.write(`fuzz: could not run: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
});
