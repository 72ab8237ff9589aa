// Opaque $skiptoken values: a cursor plus the query it belongs to, signed with a key that lives
// only in this server process. A forged, altered, foreign or pre-restart token is a clear 400,
// never a crash and never a page of someone else's query.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { badRequest } from "../domain/errors.js";

const STALE =
  "The $skiptoken is not valid here: it was altered, belongs to another query, or was issued before the server restarted. Start again from the first page.";

export class SkipTokens {
  constructor(private readonly secret: Uint8Array = randomBytes(32)) {}

  /** Encodes `cursor` for the query named by `scope` (path, owner, filter and order). */
  encode(scope: string, cursor: unknown): string {
    const payload = Buffer.from(JSON.stringify({ s: scope, c: cursor })).toString("base64url");
    return `${payload}.${this.sign(payload)}`;
  }

  /** The cursor in `token`, if it was issued by this server for the same `scope`. */
  decode<T>(token: string, scope: string, isCursor: (value: unknown) => value is T): T {
    const [payload, signature, extra] = token.split(".");
    if (!payload || !signature || extra !== undefined || !this.verify(payload, signature)) throw badRequest(STALE);
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    } catch {
      throw badRequest(STALE);
    }
    const body = typeof parsed === "object" && parsed !== null ? (parsed as { s?: unknown; c?: unknown }) : {};
    if (body.s !== scope || !isCursor(body.c)) throw badRequest(STALE);
    return body.c;
  }

  private sign(payload: string): string {
    return createHmac("sha256", this.secret).update(payload).digest("base64url");
  }

  private verify(payload: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
