// Raw bad input for the fuzz, beyond what the schema-driven mutations make: random and broken
// bytes, JSON tricks (duplicate keys, prototype keys, deep nesting, huge values), wrong content
// types (bodies.ts), weird paths and percent-encodings, wrong methods, odd query options,
// odd header values and broken authentication (headers.ts).
import fc from "fast-check";
import { bodyFamilies } from "./bodies.js";
import { authArb, headerArb } from "./headers.js";
import { canonical, canonicalPath, PARAM_TOKENS, type RawPlan } from "./plan.js";
import { sampleBody } from "./sample-bodies.js";
import type { Operation, Spec } from "../core/spec.js";
import type { ContractUsers } from "../core/types.js";

/** Every raw family, weighted towards those with the most variety. */
export function rawPlanArb(spec: Spec, users: ContractUsers): fc.Arbitrary<RawPlan> {
  const ops = [...spec.operations.values()];
  const writes = ops.filter((op) => sampleBody(op.operationId, users) !== undefined);
  const bodies = bodyFamilies(writes, users);
  return fc.oneof(
    { weight: 2, arbitrary: bodies.bytes },
    { weight: 3, arbitrary: bodies.json },
    { weight: 2, arbitrary: bodies.contentType },
    { weight: 3, arbitrary: pathArb(ops, users) },
    { weight: 1, arbitrary: methodArb(spec, ops, users) },
    { weight: 3, arbitrary: queryArb(ops, users) },
    { weight: 3, arbitrary: headerArb(ops, users) },
    { weight: 2, arbitrary: authArb(ops, users) },
  );
}

// ── paths ────────────────────────────────────────────────────────────────────────────────────

interface Segment {
  value: string;
  what: string;
}

// Raw bytes above 0x7f and request lines over the 16 KiB header limit never reach the application.
const parserRefused = (value: string): boolean => /[\x80-\xff]/.test(value) || value.length >= 16_000;

// Percent-encoding edge cases, dot segments, OData syntax and id look-alikes: none names a
// resource that exists.
const WEIRD_SEGMENTS: string[] = [
  "%",
  "%2",
  "%zz",
  "%00",
  "%0a",
  "%2F",
  "a%2Fb",
  "%5C",
  "..%2F..%2Fetc%2Fpasswd",
  "%C0%AF",
  "%FF",
  "%E2%82",
  "%EF%BF%BF",
  "%F0%9F%98%80",
  "%C3%A9",
  "..",
  ".",
  "%2e%2e",
  "%2E",
  "%252F",
  "%u002F",
  "$ref",
  "%24ref",
  "$metadata",
  "$count",
  "('x')",
  "'",
  "%27",
  "()",
  "*",
  "~",
  ";",
  ";x=1",
  ",",
  "+",
  "%20",
  "%09",
  "19:",
  "19:x@thread.v2",
  "19:x@unq.gbl.spaces",
  "{chat}%00",
  "{chat}x",
  "{chat-double}",
  "{chat}%2F",
  "null",
  "undefined",
  "0",
  "-1",
  "1e999",
  "[object%20Object]",
  "{}",
  "\\",
];

// Printable ASCII but `/`, `?` and `#`, which would change the route rather than a segment.
const PATH_CHARS = Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i)).filter((c) => !"/?#".includes(c));
// Bytes above 0x7f go out raw (Node writes path characters up to U+00FF as single bytes).
const HIGH_CHARS = ["\x80", "\xa0", "\xc3", "\xa9", "\xe9", "\xfe", "\xff"];

const segmentArb: fc.Arbitrary<Segment> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WEIRD_SEGMENTS).map((value) => ({ value, what: JSON.stringify(value) })) },
  {
    weight: 3,
    arbitrary: fc
      .string({ unit: fc.constantFrom(...PATH_CHARS), minLength: 1, maxLength: 24 })
      .map((value) => ({ value, what: `random ${JSON.stringify(value)}` })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(300, 2_000, 8_000, 17_000, 70_000).map((n) => ({ value: "a".repeat(n), what: `${n} characters` })),
  },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: fc.constantFrom(...HIGH_CHARS), minLength: 1, maxLength: 4 })
      .map((value) => ({ value, what: `raw bytes ${[...value].map((c) => c.charCodeAt(0).toString(16)).join(" ")}` })),
  },
);

/** A segment that cannot move the request to another route (or past the HTTP parser). */
const routeSafe = (value: string): boolean => value !== "" && !/[/?#\x80-\xff]/.test(value) && value.length < 8_000;

const WORDS = [
  "chats",
  "me",
  "users",
  "members",
  "messages",
  "$ref",
  "add",
  "remove",
  "hideForUser",
  "markChatReadForUser",
  "{chat}",
  "{user}",
  "{member}",
  "$metadata",
  "_admin",
  "v1.0",
  "beta",
];
const PREFIXES = ["/v1.0", "/beta", "", "/V1.0", "/v2.0", "//v1.0", "/v1.0/", "/./v1.0", "/v1.0/..", "/%76%31.0", "/v1.0%2F", "/beta/.."];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE", "PROPFIND", "FOO", "M-SEARCH"];
// Methods Node's HTTP parser does not know.
const UNKNOWN_METHODS = ["FOO", "QUERY"];
// The root and the documentation routes answer redirects, HTML and YAML by design; the fuzz is
// about the API.
const DOCS = /^\/*(?:(?:docs|openapi\.(?:json|yaml))(?:[/?]|$)|$)/i;

function pathArb(ops: Operation[], users: ContractUsers): fc.Arbitrary<RawPlan> {
  const withParams = ops.filter((op) => op.path.includes("{"));
  // One parameter of a real operation replaced: a precise refusal is due.
  const templated = fc.tuple(fc.constantFrom(...withParams), fc.nat(), segmentArb).map(([op, pick, segment]): RawPlan => {
    const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    const param = params[pick % params.length] as string;
    const { op: opId, ...base } = canonical(op, users);
    return {
      ...base,
      ...(routeSafe(segment.value) && { op: opId }),
      ...(parserRefused(segment.value) && { parserRefuses: true }),
      family: "path",
      describe: `${op.operationId} with ${param} ${segment.what}`,
      path: canonicalPath(op, { ...PARAM_TOKENS, [param]: segment.value }),
      expect: "refused",
    };
  });
  // Anything at all under (or beside) the service roots: only the properties apply.
  const freeForm = fc
    .record({
      prefix: fc.constantFrom(...PREFIXES),
      segments: fc.array(
        fc.oneof(
          fc.constantFrom(...WORDS),
          segmentArb.map((s) => s.value),
        ),
        { maxLength: 5 },
      ),
      doubled: fc.boolean(),
      method: fc.constantFrom(...METHODS),
      star: fc.integer({ min: 0, max: 19 }),
    })
    .map(({ prefix, segments, doubled, method, star }): RawPlan => {
      let path = star === 0 ? "*" : `${prefix}${segments.map((s) => `${doubled ? "//" : "/"}${s}`).join("")}` || "/";
      if (DOCS.test(path)) path = `/v1.0${path}`;
      const refused = star === 0 || parserRefused(path) || UNKNOWN_METHODS.includes(method);
      // A 400 for a request the parser could not read goes out with a body: after a HEAD, a strict
      // client cannot tell where the answer ends. Such HEADs are left out.
      const sent = refused && method === "HEAD" ? "GET" : method;
      return {
        family: "path",
        describe: `${sent} on a made-up path`,
        method: sent,
        path,
        headers: [],
        auth: "user",
        ...(refused && { parserRefuses: true }),
      };
    });
  // The fuzz's chat named in other valid spellings: unencoded, or with lower-case escapes.
  const spelled = fc
    .tuple(fc.constantFrom(...withParams.filter((op) => op.path.includes("{chatId}"))), fc.constantFrom("{chat-raw}", "{chat-lower}"))
    .map(([op, form]): RawPlan => ({
      ...canonical(op, users),
      family: "path",
      describe: `${op.operationId} with the chat id as ${form}`,
      path: canonicalPath(op, { ...PARAM_TOKENS, chatId: form }),
    }));
  return fc.oneof({ weight: 3, arbitrary: templated }, { weight: 2, arbitrary: freeForm }, { weight: 1, arbitrary: spelled });
}

// ── methods ──────────────────────────────────────────────────────────────────────────────────

// Methods Node's parser knows: a path that exists but not with this method is a 405. HEAD and
// OPTIONS are left open (Graph answers them its own way); unknown methods fail in the parser.
const KNOWN_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "TRACE", "PROPFIND", "SEARCH", "MKCOL", "LOCK", "PURGE"];
const OPEN_METHODS = ["HEAD", "OPTIONS", "FOO", "QUERY"];

function methodArb(spec: Spec, ops: Operation[], users: ContractUsers): fc.Arbitrary<RawPlan> {
  return fc
    .tuple(fc.constantFrom(...ops), fc.constantFrom(...KNOWN_METHODS, ...OPEN_METHODS))
    .filter(([op, method]) => !spec.methodsOf(op.path).includes(method))
    .map(([op, method]): RawPlan => {
      const { op: _documented, ...base } = canonical(op, users);
      return {
        ...base,
        family: "method",
        describe: `${method} on ${op.path}`,
        method,
        ...(KNOWN_METHODS.includes(method) && { expect: [405] }),
        ...(UNKNOWN_METHODS.includes(method) && { parserRefuses: true }),
      };
    });
}

// ── query options ────────────────────────────────────────────────────────────────────────────

const q = (name: string, value: string) => `${name}=${encodeURIComponent(value)}`;

const QUERY_FRAGMENTS: string[] = [
  ...["", "-1", "0", "51", "1.5", "1e1", "0x10", "99999999999999999999", "%20", "5%00", "%", "05", "+5", "%2B5", "%35", "%D9%A5"].map(
    (v) => `$top=${v}`,
  ),
  ...[
    "%ZZ",
    "((((((((((",
    "topic eq 'x' or chatType eq 'group'",
    `topic eq '${"a".repeat(3000)}'`,
    "not(topic eq 'x')",
    `${"topic eq 'x' and ".repeat(50)}topic eq 'y'`,
    `${"(".repeat(40)}topic eq 'x'${")".repeat(40)}`,
    "members/any(m:m/userId eq 'x')",
    "topic eq null",
    "chatType eq 'meeting'",
    "topic eq 'it''s'",
    "topic eq '%'",
    "chatType eq",
    "eq eq eq",
    "topic eq 'x' and",
    "'",
  ].map((v) => q("$filter", v)),
  // Placeholders must stay unencoded to be filled in.
  "$filter=%ZZ",
  "$filter=id%20eq%20%27{chat-raw}%27",
  ...["", ".", "a.b", "a.b.c", "eyJzIjoiIiwiYyI6e319.AAAA", "%00", "x".repeat(3000)].map((v) => q("$skiptoken", v)),
  ...["members,members", "*", "members($select=id)", "lastMessagePreview,members", "", "MEMBERS", "members,"].map((v) => q("$expand", v)),
  ...[
    "createdDateTime asc",
    "lastMessagePreview/createdDateTime desc",
    "lastMessagePreview/createdDateTime asc",
    "x",
    "",
    "createdDateTime desc,id",
  ].map((v) => q("$orderby", v)),
  "$count=true",
  "$select=id",
  "$search=x",
  "$format=json",
  "api-version=1",
  "$TOP=5",
  "top=5",
  "%24top=5",
  "$top",
  "=",
  "=1",
  "&",
  "%",
  "%zz=1",
  "a[b]=1",
  "$top[]=1",
  "$filter[a]=b",
  "__proto__=1",
  "constructor[prototype][x]=1",
  "$top=1&$top=2",
];

function queryArb(ops: Operation[], users: ContractUsers): fc.Arbitrary<RawPlan> {
  const targets = ops.filter((op) => op.method === "GET");
  const fragment = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...QUERY_FRAGMENTS) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom("$filter", "$skiptoken", "$orderby", "$expand", "$top"), fc.string({ maxLength: 40 }))
        .map(([name, value]) => q(name, value)),
    },
  );
  return fc
    .tuple(fc.constantFrom(...targets), fc.array(fragment, { minLength: 1, maxLength: 4 }), fc.constantFrom("?", "?", "?", "??", "?&"))
    .map(([op, fragments, lead]): RawPlan => ({
      ...canonical(op, users),
      family: "query",
      describe: `${op.operationId} with odd query options`,
      path: `${canonicalPath(op)}${lead}${fragments.join("&")}`,
    }));
}
