// runFuzz: a long seeded sequence of valid requests, schema-derived invalid ones and raw bad
// input (wire/requests.ts) against a running server, one at a time. The properties: no 5xx ever,
// and every answer valid against openapi.yaml (documented status, schema, Graph error envelope,
// request ids). Answers that are valid but wrong for the request are counted apart.
import fc from "fast-check";
import { CASE_ORDER, operationCases } from "../cases/operation-cases.js";
import { asUser, memberId, type SuiteContext } from "../core/context.js";
import { toCurl } from "../core/curl.js";
import type { Exchange } from "../core/exchange.js";
import { CheckFailure, RequestFailed } from "../core/failure.js";
import { chatPath, createGroupChat, membersOf } from "../core/fixtures.js";
import { expectStatus, Http } from "../core/http.js";
import { startReceiver } from "../core/receiver.js";
import type { ChatMessage } from "../core/schemas.js";
import { namedSeed } from "../core/seed.js";
import { loadContract } from "../core/spec.js";
import { Tally, type Counts } from "../core/tally.js";
import { tokenGetter } from "../core/tokens.js";
import { NodeTransport } from "../core/transport.js";
import type { ContractUsers, TokenSource } from "../core/types.js";
import { demoUsers } from "../core/users.js";
import { rawPlanArb } from "../wire/requests.js";
import type { RawTargets } from "../wire/to-wire.js";
import { StepRunner, type Step } from "./steps.js";

/** Generated requests of a run unless told otherwise. */
export const DEFAULT_FUZZ_REQUESTS = 1_000;

export interface FuzzOptions {
  /** The server's origin, e.g. `http://127.0.0.1:3000`. */
  baseUrl: string;
  tokens: TokenSource;
  /** The same seed sends the same sequence of requests. Default 1. */
  seed?: number;
  /** Generated requests (setup requests come on top). Default {@link DEFAULT_FUZZ_REQUESTS}. */
  requests?: number;
  users?: ContractUsers;
  /** Findings kept per kind, with curl lines; all are counted. Default 20. */
  keepFailures?: number;
  /** Each generated request as a curl line, in order, with its status (undefined: no answer). */
  onRequest?: (curl: string, status: number | undefined) => void;
  /** As runContractSuite's: where the server is told to deliver, when not to the receiver's 127.0.0.1 port. */
  receiverUrl?: string;
  /** The receiver's port on 127.0.0.1; default a free one. */
  receiverPort?: number;
}

export interface FuzzReport extends Counts {
  seed: number;
  /** Generated requests sent, by kind. */
  generated: number;
  byKind: { valid: number; invalid: number; raw: number };
  /** Raw requests by family (bytes, json, content-type, path, method, query, headers, auth). */
  rawByFamily: Record<string, number>;
  durationMs: number;
}

// Plans are drawn in chunks with a seed each, so a long run never holds them all at once.
const CHUNK = 100;

/**
 * Fuzzes the server at `baseUrl` and counts what it sees.
 *
 * @example
 * ```ts
 * const server = await startServer();
 * const report = await runFuzz({ baseUrl: server.url, tokens: devTokens, seed: 1, requests: 1_000 });
 * expect([report.fiveHundreds, report.schemaViolations]).toEqual([0, 0]);
 * ```
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const seed = options.seed ?? 1;
  const total = Math.max(0, options.requests ?? DEFAULT_FUZZ_REQUESTS);
  const spec = loadContract();
  const tally = new Tally(options.keepFailures);
  const transport = new NodeTransport(options.baseUrl, { sockets: 4 });
  const token = tokenGetter(options.tokens);
  const observe = (exchange: Exchange, problem: string | undefined) =>
    tally.answered(exchange.status, problem, toCurl(exchange.request), exchange.status >= 500 ? JSON.stringify(exchange.json) : undefined);
  // Subscriptions made by generated requests must pass the validation handshake: somewhere to point them.
  const receiver = await startReceiver({
    ...(options.receiverPort !== undefined && { port: options.receiverPort }),
    ...(options.receiverUrl !== undefined && { publicUrl: options.receiverUrl }),
  });
  const ctx: SuiteContext = {
    spec,
    http: new Http({ origin: transport.origin, fetch: transport.fetch, token, spec, seed, observe }),
    users: options.users ?? demoUsers(),
    seed,
    runs: 1,
    receiver,
    fixtures: {},
  };
  const report: FuzzReport = {
    ...tally.counts,
    seed,
    generated: 0,
    byKind: { valid: 0, invalid: 0, raw: 0 },
    rawByFamily: {},
    durationMs: 0,
  };
  try {
    tally.startStep("setup", "the fuzz's own chat");
    const targets = await rawTargets(ctx, tally, token);
    const steps = stepArb(ctx);
    const runner = new StepRunner(ctx, tally, transport, targets, options.onRequest);
    for (let chunk = 0; report.generated < total; chunk++) {
      const numRuns = Math.min(CHUNK, total - report.generated);
      for (const step of fc.sample(steps, { seed: namedSeed(seed, `fuzz chunk ${chunk}`), numRuns })) {
        report.generated++;
        report.byKind[step.kind]++;
        if (step.kind === "raw") report.rawByFamily[step.plan.family] = (report.rawByFamily[step.plan.family] ?? 0) + 1;
        await runner.run(step, report.generated);
      }
    }
  } finally {
    transport.close();
    await receiver.close();
  }
  return { ...report, ...tally.counts, durationMs: Date.now() - started };
}

function stepArb(ctx: SuiteContext): fc.Arbitrary<Step> {
  const cases = CASE_ORDER.map((operationId) => ({ operationId, plans: operationCases[operationId].plans(ctx) }));
  // Drawn by position in CASE_ORDER, so a seed keeps drawing the same operations.
  const index = fc.nat(cases.length - 1);
  const caseAt = (i: number) => {
    const drawn = cases[i];
    if (!drawn) throw new Error(`no operation case ${i}`);
    return drawn;
  };
  return fc.oneof(
    {
      weight: 3,
      arbitrary: index.chain((i) => {
        const { operationId, plans } = caseAt(i);
        return plans.map((plan): Step => ({ kind: "valid", operationId, plan }));
      }),
    },
    {
      weight: 3,
      arbitrary: index.chain((i) => {
        const { operationId, plans } = caseAt(i);
        return fc.tuple(plans, fc.nat(10_000)).map(([plan, pick]): Step => ({ kind: "invalid", operationId, plan, pick }));
      }),
    },
    { weight: 4, arbitrary: rawPlanArb(ctx.spec, ctx.users).map((plan): Step => ({ kind: "raw", plan })) },
  );
}

/**
 * A chat of members 0–2 with a message, that only raw requests use (so they disturb no fixture).
 * On a server too broken to make one, the raw requests name ids that do not exist instead: the
 * setup error is counted and the fuzz goes on.
 */
async function rawTargets(ctx: SuiteContext, tally: Tally, token: RawTargets["token"]): Promise<RawTargets> {
  const [caller, other, third] = [0, 1, 2].map((i) => memberId(ctx, i)) as [string, string, string];
  const appRoles = [...new Set([...ctx.spec.operations.values()].flatMap((op) => op.permissions.application))];
  const targets: RawTargets = {
    chatId: "19:00000000000000000000000000000000@thread.v2",
    messageId: "0",
    membershipId: "MA",
    userId: caller,
    otherUserId: other,
    appRoles,
    token,
  };
  try {
    targets.chatId = (await createGroupChat(ctx, [caller, other, third], "fuzz target")).id;
    const membership = (await membersOf(ctx, targets.chatId)).find((m) => m.userId === other);
    if (!membership) throw new CheckFailure(`setup: user ${other} is not listed in the chat just created with them`);
    targets.membershipId = membership.id;
    const sent = await ctx.http.send({
      op: "sendChatMessage",
      method: "POST",
      path: chatPath(targets.chatId, "/messages"),
      body: { body: { content: "fuzz target" } },
      as: asUser(caller),
    });
    expectStatus(sent, [201], "setup: a message in the fuzz's chat");
    targets.messageId = (sent.json as ChatMessage).id;
  } catch (error) {
    if (error instanceof RequestFailed) throw error;
    if (!tally.stepHadProblems)
      tally.setupError(error instanceof Error ? error.message : String(error), error instanceof CheckFailure ? error.curl : undefined);
  }
  return targets;
}
