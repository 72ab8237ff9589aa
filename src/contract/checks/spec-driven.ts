// Generated requests per operation: valid ones must succeed with the documented status, and
// each schema-derived mutation of a valid one must get a documented 4xx, never a 5xx.
import fc from "fast-check";
import type { CanonicalOperationId } from "../../shared/operations.js";
import type { OperationCase } from "../cases/case.js";
import { CASE_ORDER, operationCases } from "../cases/operation-cases.js";
import type { Exchange } from "../core/exchange.js";
import { CheckFailure } from "../core/failure.js";
import { expectStatus } from "../core/http.js";
import { mutatedRequests } from "../fuzz/request-mutations.js";
import { forAll, type Check } from "./check.js";

function validCheck(operationId: CanonicalOperationId, c: OperationCase): Check {
  const name = `${operationId}: generated valid requests succeed`;
  return {
    name,
    ...(c.needs && { needs: c.needs }),
    run: (ctx) =>
      forAll(ctx, name, c.plans(ctx), async (plan) => {
        const prepared = await c.prepare(ctx, plan);
        let exchange: Exchange | undefined;
        try {
          exchange = await ctx.http.send(prepared.request, (answer) => (exchange = answer));
          expectStatus(exchange, [prepared.status], "a valid request was refused");
          const problem = prepared.verify?.(exchange);
          if (problem) throw new CheckFailure(`the answer to a valid request is wrong: ${problem}`, exchange.request);
        } finally {
          await prepared.cleanup?.(exchange);
        }
      }),
  };
}

function invalidCheck(operationId: CanonicalOperationId, c: OperationCase): Check {
  const name = `${operationId}: generated invalid requests get a documented 4xx`;
  return {
    name,
    ...(c.needs && { needs: c.needs }),
    run: (ctx) =>
      forAll(ctx, name, fc.tuple(c.plans(ctx), fc.nat(10_000)), async ([plan, pick]) => {
        const { request, cleanup } = await c.prepare(ctx, plan);
        let exchange: Exchange | undefined;
        try {
          const mutations = mutatedRequests(ctx, request);
          const mutation = mutations[pick % mutations.length];
          if (!mutation) throw new Error(`no way to make a ${operationId} request invalid`);
          exchange = await ctx.http.send(mutation.request, (answer) => (exchange = answer));
          expectStatus(exchange, (s) => s >= 400 && s < 500, `an invalid request (${mutation.describe}) was not refused with a 4xx`);
        } finally {
          await cleanup?.(exchange);
        }
      }),
  };
}

/** Two checks per operation the suite drives. */
export function specDrivenChecks(): Check[] {
  return CASE_ORDER.flatMap((operationId) => [
    validCheck(operationId, operationCases[operationId]),
    invalidCheck(operationId, operationCases[operationId]),
  ]);
}
