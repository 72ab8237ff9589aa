// The throttling rules' limits: Microsoft's published Teams limits for the chat API by default,
// overridable rule by rule (THROTTLING_LIMITS file or the `throttling.limits` option), checked
// against a JSON Schema so a typo stops the server instead of silently throttling nothing.
import { ConfigError, configCheck, type ConfigSchema } from "../config-schema/check.js";

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
export const GRAPH_LIMITS: Readonly<Record<ThrottleRuleName, Limit>> = {
  app: { limit: 30, perSeconds: 1 },
  listChatsPerApp: { limit: 10, perSeconds: 1 },
  listChatsPerUser: { limit: 5, perSeconds: 1 },
  sendMessagePerApp: { limit: 20, perSeconds: 1 },
  sendMessagePerChat: { limit: 1, perSeconds: 1 },
  membersPerChat: { limit: 4, perSeconds: 60, burst: 4 },
};

export class ThrottlingConfigError extends ConfigError {
  override name = "ThrottlingConfigError";
}

const wholeAtLeastOne: ConfigSchema<number> = { type: "integer", minimum: 1, description: "a whole number ≥ 1" };
const limitOverride: ConfigSchema<Partial<Limit> | null> = {
  description: "an object { limit, perSeconds, burst } or null (off)",
  anyOf: [
    { type: "null", nullable: true },
    {
      type: "object",
      properties: {
        limit: wholeAtLeastOne,
        perSeconds: { type: "number", exclusiveMinimum: 0, description: "a number > 0" },
        burst: wholeAtLeastOne,
      },
      required: [],
      additionalProperties: false,
    },
  ],
};

const checkOverrides = configCheck<LimitOverrides>(
  {
    type: "object",
    description: 'an object of rule → { limit, perSeconds, burst }, like { "listChatsPerUser": { "limit": 2 } }',
    "x-key": "rule",
    properties: Object.fromEntries(THROTTLE_RULES.map((name) => [name, limitOverride])) as Record<ThrottleRuleName, typeof limitOverride>,
    required: [],
    additionalProperties: false,
  },
  (message) => new ThrottlingConfigError(message),
);

/** The default limits with `overrides` (data, e.g. parsed JSON) applied; throws naming `source` and the field. */
export function resolveLimits(overrides: unknown, source: string): ThrottlingLimits {
  if (overrides === undefined) return GRAPH_LIMITS;
  const checked = checkOverrides(overrides, source);
  const result: Record<ThrottleRuleName, Limit | null> = { ...GRAPH_LIMITS };
  for (const name of THROTTLE_RULES) {
    const given = checked[name];
    if (given !== undefined) result[name] = given === null ? null : override(GRAPH_LIMITS[name], given);
  }
  return result;
}

function override(base: Limit, given: Partial<Limit>): Limit {
  const limit = given.limit ?? base.limit;
  // A changed limit without a burst gets a burst equal to the new limit, not the old burst.
  const burst = given.burst ?? (given.limit === undefined ? base.burst : undefined) ?? limit;
  return { limit, perSeconds: given.perSeconds ?? base.perSeconds, burst };
}
