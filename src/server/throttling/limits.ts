// The throttling rules' limits: Microsoft's published Teams limits for the chat API by default,
// overridable rule by rule (THROTTLING_LIMITS file or the `throttling.limits` option), checked
// strictly so a typo stops the server instead of silently throttling nothing.

export const THROTTLE_RULES = [
  "app",
  "listChatsPerApp",
  "listChatsPerUser",
  "sendMessagePerApp",
  "sendMessagePerChat",
  "membersPerChat",
] as const;
export type ThrottleRuleName = (typeof THROTTLE_RULES)[number];

/** `limit` requests per `perSeconds`, of which up to `burst` (default `limit`) at once. */
export interface Limit {
  readonly limit: number;
  readonly perSeconds: number;
  readonly burst?: number;
}

/** Every rule's limit; `null` turns the rule off. */
export type ThrottlingLimits = Readonly<Record<ThrottleRuleName, Limit | null>>;

/** Rule by rule, field by field, over the defaults; `null` turns a rule off. */
export type LimitOverrides = { readonly [K in ThrottleRuleName]?: Partial<Limit> | null };

/** Graph's published limits (see ../shared/graph-chat-facts.md, "Throttling"). */
export const GRAPH_LIMITS: ThrottlingLimits = {
  app: { limit: 30, perSeconds: 1 },
  listChatsPerApp: { limit: 10, perSeconds: 1 },
  listChatsPerUser: { limit: 5, perSeconds: 1 },
  sendMessagePerApp: { limit: 20, perSeconds: 1 },
  sendMessagePerChat: { limit: 1, perSeconds: 1 },
  membersPerChat: { limit: 4, perSeconds: 60, burst: 4 },
};

export class ThrottlingConfigError extends Error {
  override name = "ThrottlingConfigError";
}

/** The default limits with `overrides` (data, e.g. parsed JSON) applied; throws naming `source` and the field. */
export function resolveLimits(overrides: unknown, source: string): ThrottlingLimits {
  const fail = (message: string): never => {
    throw new ThrottlingConfigError(`${source}: ${message}`);
  };
  if (overrides === undefined) return GRAPH_LIMITS;
  if (!isPlainObject(overrides))
    return fail(`expected an object of rule → { limit, perSeconds, burst }, like { "listChatsPerUser": { "limit": 2 } }`);
  const result: Record<ThrottleRuleName, Limit | null> = { ...GRAPH_LIMITS };
  for (const [name, given] of Object.entries(overrides)) {
    if (!isRule(name)) return fail(`unknown rule '${name}' (known: ${THROTTLE_RULES.join(", ")})`);
    result[name] = given === null ? null : checkLimit(given, GRAPH_LIMITS[name], name, fail);
  }
  return result;
}

function checkLimit(given: unknown, base: Limit | null, name: string, fail: (message: string) => never): Limit {
  if (!isPlainObject(given)) return fail(`${name} must be an object { limit, perSeconds, burst } or null (off), got ${show(given)}`);
  for (const key of Object.keys(given)) {
    if (key !== "limit" && key !== "perSeconds" && key !== "burst")
      fail(`${name}: unknown field '${key}' (known: limit, perSeconds, burst)`);
  }
  const limit = given.limit ?? base?.limit;
  const perSeconds = given.perSeconds ?? base?.perSeconds;
  if (!Number.isInteger(limit) || (limit as number) < 1) fail(`${name}.limit must be a whole number ≥ 1, got ${show(limit)}`);
  if (typeof perSeconds !== "number" || !(perSeconds > 0) || !Number.isFinite(perSeconds))
    fail(`${name}.perSeconds must be a number > 0, got ${show(perSeconds)}`);
  // A changed limit without a burst gets a burst equal to the new limit, not the old burst.
  const burst = given.burst ?? (given.limit === undefined ? base?.burst : undefined) ?? limit;
  if (!Number.isInteger(burst) || (burst as number) < 1) fail(`${name}.burst must be a whole number ≥ 1, got ${show(burst)}`);
  return { limit: limit as number, perSeconds: perSeconds, burst: burst as number };
}

function isRule(name: string): name is ThrottleRuleName {
  return (THROTTLE_RULES as readonly string[]).includes(name);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  const text = typeof value === "string" ? `'${value}'` : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
