// The path family of the raw fuzz: weird segments and percent-encodings in a real operation's
// path (a precise refusal is due), made-up paths under and beside the service roots (only the
// properties apply), and the fuzz's chat id in its other valid spellings.
import fc from "fast-check";
import type { Operation } from "../core/spec.js";
import type { ContractUsers } from "../core/types.js";
import { UNKNOWN_METHODS } from "./methods.js";
import { canonical, canonicalPath, PARAM_TOKENS, type RawPlan } from "./plan.js";

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
// The root and the documentation routes answer redirects, HTML and YAML by design; the fuzz is
// about the API.
const DOCS = /^\/*(?:(?:docs|openapi\.(?:json|yaml))(?:[/?]|$)|$)/i;

/** The path family: a parameter of a real operation replaced, made-up paths, other spellings of a chat id. */
export function pathArb(ops: Operation[], users: ContractUsers): fc.Arbitrary<RawPlan> {
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
