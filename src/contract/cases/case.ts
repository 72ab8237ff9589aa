// What a contract case is — a generator of valid requests of one operation, with the setup they
// need and what the answer must say — and the pieces the resource files build their cases from.
import fc from "fast-check";
import type { CanonicalOperationId } from "../../shared/operations.js";
import { asApp, asUser, memberId, type Need, type SuiteContext } from "../core/context.js";
import type { Exchange, RequestSpec } from "../core/exchange.js";
import type { Role } from "../core/schemas.js";
import type { TokenKind } from "../core/types.js";

/** A valid request ready to send, its documented success status, and what the answer must say. */
export interface Prepared {
  request: RequestSpec;
  status: number;
  verify?: (exchange: Exchange) => string | undefined;
  /**
   * Undoes what the setup or the request made that would outlive the case, once the answer (to
   * this request or an invalid variant of it; none if it failed) is in: subscriptions, which go on
   * delivering and count against per-user and per-chat quotas.
   */
  cleanup?: (exchange: Exchange | undefined) => Promise<void>;
}

/** One operation's generator: plans are plain data (so fast-check can print and shrink them). */
export interface OperationCase {
  plans: (ctx: SuiteContext) => fc.Arbitrary<unknown>;
  /** Makes the plan's request, after any setup it needs (which may send requests). */
  prepare: (ctx: SuiteContext, plan: unknown) => Prepared | Promise<Prepared>;
  /** What the case needs beyond a server; its checks are skipped in a run without it. */
  needs?: readonly Need[];
}

/** Some operations' cases, keyed by operationId: what each resource file exports. */
export type CaseMap = Partial<Record<CanonicalOperationId, OperationCase>>;

/** A case whose `prepare` takes exactly the plans its `plans` makes. */
export function defineCase<P>(c: {
  plans: (ctx: SuiteContext) => fc.Arbitrary<P>;
  prepare: (ctx: SuiteContext, plan: P) => Prepared | Promise<Prepared>;
  needs?: readonly Need[];
}): OperationCase {
  return c as OperationCase;
}

/** A caller allowed by the operation's `x-permissions`: user 0 with one scope, or an app with one role. */
export function callerArb(ctx: SuiteContext, operationId: CanonicalOperationId, appAllowed = true): fc.Arbitrary<TokenKind> {
  const { delegated, application } = ctx.spec.operation(operationId).permissions;
  const user = memberId(ctx, 0);
  const options: fc.Arbitrary<TokenKind>[] = [fc.constantFrom(...delegated).map((scope) => asUser(user, [scope]))];
  if (appAllowed && application.length > 0) options.push(fc.constantFrom(...application).map((role) => asApp([role])));
  return fc.oneof(...options);
}

/** The values the spec allows for a query option that is an enum. */
export function enumOf(ctx: SuiteContext, operationId: CanonicalOperationId, param: string): string[] {
  const values = ctx.spec.operation(operationId).query.get(param)?.enum;
  if (!Array.isArray(values) || values.length === 0) throw new Error(`${operationId} ${param} has no enum in the spec`);
  return values.map(String);
}

/** Why the answer's property `name` is wrong, or `undefined` when it is `expected`. */
export const fieldIs = (json: unknown, name: string, expected: unknown): string | undefined => {
  const actual = (json as Record<string, unknown>)[name];
  return actual === expected ? undefined : `${name} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`;
};

/** Everyone a chat can be made with: ordinary users, the guest and the federated user. */
export interface Participant {
  id: string;
  upn?: string | undefined;
  /** The only role the rules allow this user, if any. */
  role?: Role;
  tenantId?: string;
}

export function participants(ctx: SuiteContext): Participant[] {
  return [
    ...ctx.users.members.map((u) => ({ id: u.id, ...(u.userPrincipalName !== undefined && { upn: u.userPrincipalName }) })),
    ...(ctx.users.guest ? [{ id: ctx.users.guest.id, role: "guest" as const }] : []),
    ...(ctx.users.federated ? [{ id: ctx.users.federated.id, role: "owner" as const, tenantId: ctx.users.federated.tenantId }] : []),
  ];
}
