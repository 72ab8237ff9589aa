// runContractSuite: builds the context, starts the notification receiver when a selected check
// needs it, runs the selected checks one after another (they share a server and its state, so
// never in parallel) and collects the results.
import type { Need, SuiteContext } from "../core/context.js";
import { CheckFailure } from "../core/failure.js";
import { Http } from "../core/http.js";
import { startReceiver } from "../core/receiver.js";
import { loadContract } from "../core/spec.js";
import { hasSecondApp, tokenGetter } from "../core/tokens.js";
import type { CheckResult, ContractOptions, ContractReport } from "../core/types.js";
import { demoUsers } from "../core/users.js";
import type { Check } from "./check.js";
import { graphRuleChecks } from "./graph-rules.js";
import { notificationChecks } from "./notifications.js";
import { protocolChecks } from "./protocol.js";
import { roundTwoChecks } from "./round-two.js";
import { specDrivenChecks } from "./spec-driven.js";

/** Default number of generated requests per operation and kind. */
export const DEFAULT_RUNS = 100;

/**
 * Checks a server against openapi.yaml and Graph's rules.
 *
 * @example
 * ```ts
 * const server = await startServer();
 * const report = await runContractSuite({
 *   baseUrl: server.url,
 *   tokens: (kind) => "app" in kind
 *     ? mintDevToken({ kind: "app", tenantId: DEMO_TENANT_ID, roles: kind.roles })
 *     : mintDevToken({ kind: "user", userId: kind.user, tenantId: DEMO_TENANT_ID, scopes: kind.scopes.join(" "), appId: kind.appId }),
 *   seed: 42,
 *   runs: 20,
 * });
 * expect(report.results.filter((r) => !r.ok)).toEqual([]);
 * ```
 */
export async function runContractSuite(options: ContractOptions): Promise<ContractReport> {
  const spec = loadContract();
  const seed = options.seed ?? 1;
  const ctx: SuiteContext = {
    spec,
    http: new Http({ origin: options.baseUrl, fetch: options.fetch ?? globalThis.fetch, token: tokenGetter(options.tokens), spec, seed }),
    users: options.users ?? demoUsers(),
    seed,
    runs: Math.max(1, options.runs ?? DEFAULT_RUNS),
    fixtures: {},
  };
  const unmet: Partial<Record<Need, string>> = {
    ...(options.skipNotifications && { receiver: "needs the notification receiver (skipNotifications)" }),
    ...(!hasSecondApp(options.tokens) && { secondApp: "needs a second application's tokens (secondAppCommand)" }),
  };
  const skipped: ContractReport["skipped"] = [];
  const runnable = selectChecks(ctx, options.only).filter((check) => {
    const why =
      options.skipReferenceDecisions && check.referenceDecision
        ? "a decision of the reference server's (skipReferenceDecisions)"
        : (check.needs ?? []).map((need) => unmet[need]).find(Boolean);
    if (why) skipped.push({ name: check.name, why });
    return !why;
  });
  // Started only when a check will point a subscription at it, and closed however the run ends.
  if (runnable.some((c) => c.needs?.includes("receiver"))) {
    ctx.receiver = await startReceiver({
      ...(options.receiverPort !== undefined && { port: options.receiverPort }),
      ...(options.receiverUrl !== undefined && { publicUrl: options.receiverUrl }),
    });
  }
  const results: CheckResult[] = [];
  try {
    for (const check of runnable) {
      const result = await runCheck(ctx, check);
      results.push(result);
      options.onResult?.(result);
    }
  } finally {
    await ctx.receiver?.close();
  }
  const failed = results.filter((r) => !r.ok).length;
  return { results, passed: results.length - failed, failed, skipped };
}

function allChecks(ctx: SuiteContext): Check[] {
  return [...protocolChecks(), ...specDrivenChecks(), ...graphRuleChecks(ctx), ...roundTwoChecks(), ...notificationChecks()];
}

function selectChecks(ctx: SuiteContext, only: RegExp | string | undefined): Check[] {
  if (only === undefined) return allChecks(ctx);
  const pattern = typeof only === "string" ? new RegExp(only, "i") : only;
  return allChecks(ctx).filter((c) => pattern.test(c.name));
}

async function runCheck(ctx: SuiteContext, check: Check): Promise<CheckResult> {
  try {
    await check.run(ctx);
    return { name: check.name, ok: true };
  } catch (error) {
    if (error instanceof CheckFailure)
      return { name: check.name, ok: false, reason: error.message, ...(error.curl && { curl: error.curl }) };
    return { name: check.name, ok: false, reason: `the check could not run: ${error instanceof Error ? error.message : String(error)}` };
  }
}
