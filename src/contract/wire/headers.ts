// The header families of the raw fuzz: odd, duplicate, oversized and missing headers on a valid
// request, and broken authentication (no token, forged ones, a scope nothing accepts).
import fc from "fast-check";
import type { Operation } from "../core/spec.js";
import type { ContractUsers } from "../core/types.js";
import { canonical, type RawAuth, type RawPlan } from "./plan.js";

interface HeaderChange {
  what: string;
  headers?: [string, string][];
  omitHost?: boolean;
  /** Only meaningful with a body. */
  bodyOnly?: boolean;
  refused?: boolean;
  /** Answered by Node's HTTP layer, before the application reads any header. */
  parser?: boolean;
}

// Header values may hold tab, printable ASCII and obs-text (0x80–0xff); Node refuses the rest.
const HEADER_CHARS = ["\t", ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)), "\x80", "\xe9", "\xff"];
// Framing and routing headers: set by the transport, or tested on their own below.
const RESERVED = new Set([
  "host",
  "content-length",
  "transfer-encoding",
  "connection",
  "upgrade",
  "expect",
  "te",
  "trailer",
  "keep-alive",
  "proxy-connection",
  "http2-settings",
  "content-type",
  "content-encoding",
  "authorization",
]);
const headerValue = (maxLength: number) => fc.string({ unit: fc.constantFrom(...HEADER_CHARS), maxLength });
const one = (name: string, values: fc.Arbitrary<string>, extra: Partial<HeaderChange> = {}): fc.Arbitrary<HeaderChange> =>
  values.map((value) => ({
    what: `${name}: ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…(${value.length})` : value)}`,
    headers: [[name, value]],
    ...extra,
  }));

const headerChangeArb: fc.Arbitrary<HeaderChange> = fc.oneof(
  one(
    "client-request-id",
    fc.oneof(
      fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 300 }),
      headerValue(40),
      fc.constantFrom("", " ", "a".repeat(257)),
    ),
  ),
  one(
    "Accept",
    fc.constantFrom("text/html", "application/xml", "*/*", "application/json;q=0", "garbage", "application/json; odata.metadata=none", ""),
  ),
  one("Accept-Encoding", fc.constantFrom("gzip", "br", "identity;q=0", "*;q=0", "x")),
  one("Accept-Language", headerValue(30)),
  one("X-Forwarded-Host", fc.constantFrom("evil.example", "a b", "", "x".repeat(300))),
  one("X-Forwarded-Proto", fc.constantFrom("https", "gopher", "", "http, https")),
  one("X-Forwarded-For", headerValue(30)),
  // Faults are off on the fuzz's target: the header must change nothing.
  one("x-fault", fc.oneof(fc.constantFrom("500", "503", "429", "502", "504", "507", "status=500", "500;rate=1", "true"), headerValue(20))),
  one("Prefer", fc.constantFrom("return=minimal", "respond-async", "odata.maxpagesize=1")),
  one("If-Match", fc.constantFrom("*", '"x"', 'W/"1"')),
  one("Range", fc.constantFrom("bytes=0-1", "bytes=-1", "items=0-")),
  one("Cookie", headerValue(60)),
  one("Origin", fc.constantFrom("https://evil.example", "null")),
  one("Connection", fc.constant("close")),
  one("Expect", fc.constant("100-continue"), { bodyOnly: true }),
  one("Expect", fc.constantFrom("something-else", "100-continue, x"), { parser: true }),
  one("Host", fc.constantFrom("evil.example", "127.0.0.1:1", "[::1]:80", "a b", "x".repeat(300), "localhost:99999", "%00")),
  one("Host", fc.constant(""), { parser: true }),
  one("Content-Encoding", fc.constantFrom("gzip", "deflate", "br", "xyz", "gzip, gzip"), { bodyOnly: true, refused: true }),
  one("Content-Encoding", fc.constant("identity"), { bodyOnly: true }),
  fc.constant<HeaderChange>({ what: "no Host header", omitHost: true, parser: true }),
  fc
    .tuple(
      fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,30}$/).filter((n) => !RESERVED.has(n.toLowerCase())),
      headerValue(100),
    )
    .map(([name, value]): HeaderChange => ({ what: `${name}: ${JSON.stringify(value.slice(0, 40))}`, headers: [[name, value]] })),
  fc.integer({ min: 100, max: 2_500 }).map((n): HeaderChange => {
    const headers = Array.from({ length: n }, (_, i): [string, string] => [`x-fuzz-${i}`, "v"]);
    // Node's limit is 16 KiB of header names and values; near it, the request line tips it over.
    const size = headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0);
    return { what: `${n} extra headers`, headers, ...(size > 17_500 && { refused: true }), ...(size > 14_000 && { parser: true }) };
  }),
  fc
    .constantFrom(17_000, 40_000, 100_000)
    .map((n): HeaderChange => ({ what: `a ${n}-byte header`, headers: [["x-fuzz-big", "b".repeat(n)]], refused: true, parser: true })),
);

export function headerArb(ops: Operation[], users: ContractUsers): fc.Arbitrary<RawPlan> {
  return fc.tuple(fc.constantFrom(...ops), fc.array(headerChangeArb, { minLength: 1, maxLength: 5 })).map(([op, all]): RawPlan => {
    const base = canonical(op, users);
    // Bulk headers last: Node keeps only the first 1,000 lines, and the others must arrive.
    const changes = all
      .filter((c) => !c.bodyOnly || base.body !== undefined)
      .sort((a, b) => (a.headers?.length ?? 0) - (b.headers?.length ?? 0));
    return {
      ...base,
      family: "headers",
      describe: `${op.operationId} with ${changes.map((c) => c.what).join(", ") || "no change"}`,
      headers: [...base.headers, ...changes.flatMap((c) => c.headers ?? [])],
      ...(changes.some((c) => c.omitHost) && { omitHost: true }),
      ...(changes.some((c) => c.refused) && { expect: "refused" }),
      ...(changes.some((c) => c.parser) && { parserRefuses: true }),
    };
  });
}

const AUTH: { auth: fc.Arbitrary<RawAuth>; expect?: number[] }[] = [
  {
    auth: fc.oneof(
      fc.constantFrom<RawAuth>("none", "tampered", "alg-none"),
      fc
        .constantFrom(
          "Bearer",
          "Bearer ",
          "Basic dXNlcjpwYXNz",
          "Negotiate abc",
          "Bearer a.b.c",
          "Bearer eyJ.eyJ.",
          `Bearer ${"A".repeat(12_000)}`,
        )
        .map((header): RawAuth => ({ header })),
      fc.base64String({ minLength: 4, maxLength: 200 }).map((token): RawAuth => ({ header: `Bearer ${token}` })),
    ),
    expect: [401],
  },
  { auth: fc.constant<RawAuth>("wrong-scope"), expect: [403] },
  { auth: fc.constantFrom<RawAuth>("app", "lowercase-scheme", "then-garbage") },
];

export function authArb(ops: Operation[], users: ContractUsers): fc.Arbitrary<RawPlan> {
  return fc.tuple(fc.constantFrom(...ops), fc.nat(AUTH.length - 1)).chain(([op, pick]) => {
    const kind = AUTH[pick] ?? AUTH[0];
    if (!kind) throw new Error("no authentication variants");
    return kind.auth.map((auth): RawPlan => ({
      ...canonical(op, users),
      family: "auth",
      describe: `${op.operationId} with ${typeof auth === "string" ? `a ${auth} token` : `Authorization ${JSON.stringify(auth.header.slice(0, 40))}`}`,
      auth,
      ...(kind.expect && { expect: kind.expect }),
    }));
  });
}
