// A raw request of the fuzz as plain data, and the valid request of an operation that the raw
// families break. Ids and tokens are filled in when sent (to-wire.ts), so the same seed makes
// the same plans against any server.
import type { Operation } from "../core/spec.js";
import type { ContractUsers } from "../core/types.js";
import { sampleBody } from "./sample-bodies.js";

/** A piece of a body: text (placeholders filled in when sent), raw bytes, or text repeated. */
export type BodyPart = string | { bytes: number[] } | { repeat: string; times: number };

/**
 * Who the request claims to be: a valid token (member 0 with Chat.ReadWrite; an application with
 * every role; member 0 with a scope no operation accepts), none, a forged one, or a literal header.
 */
export type RawAuth =
  "user" | "app" | "wrong-scope" | "none" | "tampered" | "alg-none" | "lowercase-scheme" | "then-garbage" | { header: string };

export type RawFamily = "bytes" | "json" | "content-type" | "path" | "method" | "query" | "headers" | "auth";

export interface RawPlan {
  family: RawFamily;
  describe: string;
  method: string;
  /**
   * Below the origin, sent as is. `{chat}` (percent-encoded), `{chat-raw}`, `{chat-lower}` (lower
   * case percent-encoding), `{chat-double}` (encoded twice), `{message}`, `{member}` and `{user}`
   * are filled in with the fuzz's own chat, one of its messages and memberships, and member 0.
   */
  path: string;
  /** The operation the method and path name, when unambiguous: its statuses and schemas apply. */
  op?: string;
  headers: [string, string][];
  auth: RawAuth;
  body?: BodyPart[];
  omitHost?: boolean;
  /**
   * Node's HTTP layer refuses the request before the application reads a header (bytes the
   * parser rejects, oversized headers, no Host): the server cannot know the client-request-id,
   * so the answer may carry its own request id in its place.
   */
  parserRefuses?: boolean;
  /** Beyond "no 5xx, valid against the spec": `refused` is any 4xx; a list names the statuses. */
  expect?: "refused" | number[];
}

/** A valid sample body broken one way, and what the answer must be (`undefined`: any but a 5xx). */
export interface Breakage {
  what: string;
  body: BodyPart[] | undefined;
  expect: RawPlan["expect"];
}

/** The key prototype-pollution bodies try to plant; see fuzz/pollution.ts. */
export const POLLUTION_MARKER = "fuzzPolluted";

export const PARAM_TOKENS: Readonly<Record<string, string>> = {
  chatId: "{chat}",
  membershipId: "{member}",
  messageId: "{message}",
  // A pinned message's id is the message's.
  pinnedMessageId: "{message}",
  userId: "{user}",
};

/** The operation's path under its service root, with placeholders for its parameters. */
export function canonicalPath(op: Operation, fill: Readonly<Record<string, string>> = PARAM_TOKENS): string {
  return (op.bases?.[0] ?? "/v1.0") + op.path.replace(/\{(\w+)\}/g, (whole, name: string) => fill[name] ?? whole);
}

/** A valid request of the operation as member 0, with its sample body. */
export function canonical(op: Operation, users: ContractUsers): Omit<RawPlan, "family" | "describe"> {
  const body = sampleBody(op.canonical, users);
  return {
    method: op.method,
    path: canonicalPath(op),
    op: op.operationId,
    headers: body === undefined ? [] : [["Content-Type", "application/json"]],
    auth: "user",
    ...(body !== undefined && { body: [JSON.stringify(body)] }),
  };
}
