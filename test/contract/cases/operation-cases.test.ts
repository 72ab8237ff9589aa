// The contract cases, keyed by operationId: one for every operation of openapi.yaml, each run in
// CASE_ORDER exactly once, and each making requests of its own operation — the method, path and
// service root the spec gives it, and a documented success status.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { pino } from "pino";
import { parse } from "yaml";
import { CASE_ORDER, operationCases } from "../../../src/contract/cases/operation-cases.js";
import type { SuiteContext } from "../../../src/contract/core/context.js";
import { Http } from "../../../src/contract/core/http.js";
import { startReceiver, type Receiver } from "../../../src/contract/core/receiver.js";
import { loadContract } from "../../../src/contract/core/spec.js";
import { tokenGetter } from "../../../src/contract/core/tokens.js";
import { demoUsers } from "../../../src/contract/core/users.js";
import { startServer, type RunningServer } from "../../../src/server/index.js";
import { devTokens } from "../helpers.js";

/** The operationIds of openapi.yaml that own a case: an alias (`x-graph-alias-of`) is served by its operation's. */
function canonicalOperationIds(): string[] {
  const document = parse(readFileSync(new URL("../../../openapi.yaml", import.meta.url), "utf8")) as {
    paths: Record<string, Record<string, { operationId?: string; "x-graph-alias-of"?: string }>>;
  };
  return Object.values(document.paths)
    .flatMap((item) => Object.values(item))
    .flatMap((op) => (op.operationId !== undefined && op["x-graph-alias-of"] === undefined ? [op.operationId] : []));
}

/** The spec's path template as a pattern of encoded paths: `{chatId}` is one segment. */
const templatePattern = (template: string): RegExp => new RegExp(`^${template.replace(/[$.()]/g, "\\$&").replace(/\{\w+\}/g, "[^/]+")}$`);

describe("operationCases", () => {
  it("has a case for every operation of openapi.yaml, and none for anything else", () => {
    expect(Object.keys(operationCases).sort()).toEqual(canonicalOperationIds().sort());
  });

  it("lists every case once in CASE_ORDER", () => {
    expect([...CASE_ORDER].sort()).toEqual(Object.keys(operationCases).sort());
    expect(new Set(CASE_ORDER).size).toBe(CASE_ORDER.length);
  });
});

describe("each operation's case", () => {
  let server: RunningServer;
  let receiver: Receiver;
  let ctx: SuiteContext;
  beforeAll(async () => {
    server = await startServer({ logger: pino({ level: "silent" }) });
    // The subscription cases point at it, and make their subscriptions during preparation.
    receiver = await startReceiver();
    const spec = loadContract();
    const http = new Http({ origin: server.url, fetch: globalThis.fetch, token: tokenGetter(devTokens), spec, seed: 1 });
    ctx = { spec, http, users: demoUsers(), seed: 1, runs: 1, receiver, fixtures: {} };
  });
  afterAll(async () => {
    await receiver.close();
    await server.close();
  });

  for (const operationId of CASE_ORDER) {
    describe(operationId, () => {
      it("prepares requests of its own method, path and service root, expecting a documented success status", async () => {
        const op = ctx.spec.operation(operationId);
        const c = operationCases[operationId];
        for (const plan of fc.sample(c.plans(ctx), { seed: 1, numRuns: 3 })) {
          const { request, status, cleanup } = await c.prepare(ctx, plan);
          await cleanup?.(undefined);
          expect(request.op).toBe(operationId);
          expect(request.method).toBe(op.method);
          expect(request.path).toMatch(templatePattern(op.path));
          expect(request.base ?? "/v1.0").toBe(op.bases?.[0] ?? "/v1.0");
          expect(op.statuses).toContain(String(status));
          expect(status).toBeLessThan(300);
        }
      });
    });
  }
});
