// The throttling model: token buckets per rule and per app, user or chat, deciding whether a
// request is admitted and what the RateLimit-* and Retry-After headers say. Pure logic over an
// injectable monotonic clock; the HTTP side is middleware.ts.
import type { CanonicalOperationId } from "../../shared/operations.js";
import { TokenBucket } from "./bucket.js";
import { resolveLimits, type Limit, type LimitOverrides, type ThrottleRuleName, type ThrottlingLimits } from "./limits.js";
import { RULES, type RuleScope, type ThrottleRule } from "./rules.js";

export interface ThrottlingSettings {
  /** Limits over Graph's published ones, rule by rule and field by field; `null` turns a rule off. */
  readonly limits?: LimitOverrides;
  /** Monotonic milliseconds; default `performance.now`. Tests pass a fake one. */
  readonly clock?: () => number;
}

/** Who is calling what, as far as the limits care. */
export interface ThrottleRequest {
  /** The canonical operation (an alias is throttled as the operation it serves). */
  readonly operationId: CanonicalOperationId;
  readonly tenantId: string;
  /** The calling application (the token's `appid`/`azp`). */
  readonly appId: string;
  /** The user whose chats are listed; absent when there is none (e.g. an app calling /me/chats). */
  readonly userId?: string | undefined;
  /** The chat in the path, if any. */
  readonly chatId?: string | undefined;
}

/** What the RateLimit-* headers report: one bucket's capacity, whole tokens left, seconds until full. */
export interface RateLimitState {
  readonly limit: number;
  readonly remaining: number;
  readonly resetSeconds: number;
}

export type ThrottleDecision =
  | { readonly allowed: true; readonly rateLimit: RateLimitState | undefined }
  | {
      readonly allowed: false;
      /** Whole seconds (rounded up, at least 1) until the refusing bucket has a token. */
      readonly retryAfterSeconds: number;
      readonly rateLimit: RateLimitState;
      readonly rule: ThrottleRuleName;
      readonly limit: Limit;
      readonly what: string;
    };

interface Applicable {
  readonly rule: ThrottleRule;
  readonly limit: Limit;
  readonly bucket: TokenBucket;
}

// Full buckets are forgotten once this many exist, so a stream of distinct users or chats cannot
// grow memory without bound (a full bucket is the same as a new one).
const PRUNE_FROM = 10_000;

export class Throttle {
  readonly limits: ThrottlingLimits;
  private readonly clock: () => number;
  private readonly buckets = new Map<string, TokenBucket>();
  private pruneAt = PRUNE_FROM;

  /** Throws a ThrottlingConfigError naming `source` and the field when the limits are wrong. */
  constructor(settings: ThrottlingSettings = {}, source = "throttling.limits") {
    this.limits = resolveLimits(settings.limits, source);
    this.clock = settings.clock ?? (() => performance.now());
  }

  /**
   * Admits the request (taking a token from every bucket that applies) or refuses it (taking
   * none: a refused request does not use up quota). Refused when any applicable bucket is empty.
   */
  check(request: ThrottleRequest): ThrottleDecision {
    const now = this.clock();
    const applicable = this.applicable(request, now);
    const refused = applicable.filter((a) => !a.bucket.hasToken(now));
    if (refused.length > 0) {
      const worst = refused.reduce((a, b) => (b.bucket.msUntilToken(now) > a.bucket.msUntilToken(now) ? b : a));
      return {
        allowed: false,
        retryAfterSeconds: wholeSeconds(worst.bucket.msUntilToken(now)),
        rateLimit: stateOf(worst.bucket, now),
        rule: worst.rule.name,
        limit: worst.limit,
        what: worst.rule.what,
      };
    }
    for (const a of applicable) a.bucket.take(now);
    const tightest = applicable.reduce<Applicable | undefined>(
      (a, b) => (a === undefined || b.bucket.level(now) < a.bucket.level(now) ? b : a),
      undefined,
    );
    return { allowed: true, rateLimit: tightest && stateOf(tightest.bucket, now) };
  }

  /** Every bucket full again. */
  reset(): void {
    this.buckets.clear();
    this.pruneAt = PRUNE_FROM;
  }

  private applicable(request: ThrottleRequest, now: number): Applicable[] {
    const result: Applicable[] = [];
    for (const rule of RULES) {
      const limit = this.limits[rule.name];
      if (!limit || (rule.operations && !rule.operations.has(request.operationId))) continue;
      const subject = subjectOf(rule.scope, request);
      if (subject === undefined) continue;
      result.push({ rule, limit, bucket: this.bucket(`${rule.name}|${subject}`, limit, now) });
    }
    return result;
  }

  private bucket(key: string, limit: Limit, now: number): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.pruneAt) this.prune(now);
      bucket = new TokenBucket(limit.burst ?? limit.limit, limit.limit / (limit.perSeconds * 1000), now);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) if (bucket.msUntilFull(now) === 0) this.buckets.delete(key);
    this.pruneAt = Math.max(PRUNE_FROM, this.buckets.size * 2);
  }
}

/** The `throttling` option: "graph" (Graph's limits), settings, a model of one's own, or off. */
export type ThrottlingOption = "graph" | ThrottlingSettings | Throttle | false;

/** A model from the `throttling` option; undefined when throttling is off. Throws on bad limits. */
export function toThrottle(option: ThrottlingOption | undefined): Throttle | undefined {
  if (option === undefined || option === false) return undefined;
  if (option === "graph") return new Throttle();
  return option instanceof Throttle ? option : new Throttle(option);
}

function subjectOf(scope: RuleScope, request: ThrottleRequest): string | undefined {
  const tenant = request.tenantId.toLowerCase();
  if (scope === "app") return `${tenant}|${request.appId.toLowerCase()}`;
  if (scope === "user") return request.userId === undefined ? undefined : `${tenant}|${request.userId.toLowerCase()}`;
  return request.chatId === undefined ? undefined : `${tenant}|${request.chatId}`;
}

function stateOf(bucket: TokenBucket, now: number): RateLimitState {
  return {
    limit: bucket.capacity,
    remaining: bucket.remaining(now),
    resetSeconds: Math.max(0, Math.ceil(bucket.msUntilFull(now) / 1000 - 1e-9)),
  };
}

/** Milliseconds as whole seconds, rounded up (a hair of float noise aside), at least 1. */
function wholeSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000 - 1e-9));
}
