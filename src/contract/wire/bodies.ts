// The body families of the raw fuzz: a valid sample body broken byte-wise, JSON-wise, or sent
// under a wrong content type. Each breakage alone must make the request fail with a 4xx, except
// where noted (`any`): then only "no 5xx, valid against the spec" applies.
import fc from "fast-check";
import { canonical, POLLUTION_MARKER, type BodyPart, type RawPlan } from "./plan.js";
import { sampleBody } from "./sample-bodies.js";
import type { Operation } from "../core/spec.js";
import type { ContractUsers } from "../core/types.js";

type Expect = RawPlan["expect"];

interface Breakage {
  what: string;
  body: BodyPart[] | undefined;
  expect: Expect;
}

const INVALID_UTF8 = [
  [0xff],
  [0xfe, 0xff],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xe2, 0x82],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0x80],
  [0xf4, 0x90, 0x80, 0x80],
];

/** Refused unless the bytes still happen to be UTF-8 JSON (a changed letter inside a string). */
function refusedUnlessJson(bytes: number[]): Expect {
  try {
    JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes)));
    return undefined;
  } catch {
    return "refused";
  }
}

/** The bytes of `text` with `inserted` placed just inside its first string value. */
function intoFirstString(text: string, inserted: number[]): number[] {
  const bytes = [...Buffer.from(text, "utf8")];
  const at = text.indexOf(':"');
  const offset = at < 0 ? bytes.length : Buffer.byteLength(text.slice(0, at + 2), "utf8");
  return [...bytes.slice(0, offset), ...inserted, ...bytes.slice(offset)];
}

const bytesBreakage: fc.Arbitrary<(text: string) => Breakage> = fc.oneof(
  fc
    .uint8Array({ maxLength: 400 })
    .map((b) => () => ({ what: `${b.length} random bytes`, body: [{ bytes: [...b] }], expect: refusedUnlessJson([...b]) })),
  fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 6 }).map((flips) => (text: string) => {
    const bytes = [...Buffer.from(text, "utf8")];
    for (const [at, value] of flips) bytes[at % bytes.length] = value;
    return { what: `${flips.length} byte(s) of a valid body changed`, body: [{ bytes }], expect: refusedUnlessJson(bytes) };
  }),
  fc.nat().map((at) => (text: string) => {
    const bytes = [...Buffer.from(text, "utf8")].slice(0, at % text.length);
    return { what: `a valid body cut to ${bytes.length} bytes`, body: [{ bytes }], expect: refusedUnlessJson(bytes) };
  }),
  fc.constantFrom(...INVALID_UTF8).map((sequence) => (text: string) => ({
    what: `invalid UTF-8 (${sequence.map((b) => b.toString(16)).join(" ")}) in a string`,
    body: [{ bytes: intoFirstString(text, sequence) }],
    expect: "refused" as const,
  })),
  fc.constant((text: string) => ({
    what: "a byte-order mark before a valid body",
    body: [{ bytes: [0xef, 0xbb, 0xbf, ...Buffer.from(text, "utf8")] }],
    expect: undefined,
  })),
  fc.constant((text: string) => ({
    what: "a valid body in UTF-16LE",
    body: [{ bytes: [...Buffer.from(text, "utf16le")] }],
    expect: "refused" as const,
  })),
);

/** `{"first": <value>, …rest}` of a sample object, the first value replaced by `value`. */
function withFirstValue(sample: Record<string, unknown>, value: BodyPart[]): BodyPart[] {
  const [first, ...rest] = Object.entries(sample);
  if (!first) return ['{"x":', ...value, "}"];
  const tail = JSON.stringify(Object.fromEntries(rest));
  return [`{${JSON.stringify(first[0])}:`, ...value, tail === "{}" ? "}" : `,${tail.slice(1)}`];
}

/** `{"name": <value>, …sample}`: an extra property first. */
const withExtra = (text: string, name: string, value: BodyPart[]): BodyPart[] => [
  `{${JSON.stringify(name)}:`,
  ...value,
  `,${text.slice(1)}`,
];

function nested(depth: number, shape: "array" | "object"): BodyPart[] {
  return shape === "array"
    ? [
        { repeat: "[", times: depth },
        { repeat: "]", times: depth },
      ]
    : [{ repeat: '{"a":', times: depth }, "null", { repeat: "}", times: depth }];
}

const jsonBreakage: fc.Arbitrary<(text: string, sample: Record<string, unknown>) => Breakage> = fc.oneof(
  fc.boolean().map((same) => (text: string, sample: Record<string, unknown>) => {
    const [key, value] = Object.entries(sample)[0] ?? ["x", null];
    return {
      what: `duplicate key ${JSON.stringify(key)}${same ? " (same value)" : ""}`,
      body: withExtra(text, key, [same ? JSON.stringify(value) : "null"]),
      expect: "refused" as const,
    };
  }),
  fc
    .tuple(fc.constantFrom("__proto__", "constructor", "prototype"), fc.boolean())
    .map(([key, inside]) => (text: string, sample: Record<string, unknown>) => {
      const payload = key === "constructor" ? `{"prototype":{"${POLLUTION_MARKER}":true}}` : `{"${POLLUTION_MARKER}":true}`;
      const first = Object.values(sample)[0];
      // Inside the first nested object when there is one, else at the top.
      const body: BodyPart[] =
        inside && first !== null && typeof first === "object" && !Array.isArray(first) && Object.keys(first).length > 0
          ? withFirstValue(sample, withExtra(JSON.stringify(first), key, [payload]))
          : withExtra(text, key, [payload]);
      return { what: `a ${key} key${inside ? " (nested)" : ""}`, body, expect: "refused" as const };
    }),
  fc
    .record({
      depth: fc.oneof(fc.integer({ min: 2, max: 300 }), fc.constantFrom(1_000, 10_000, 100_000, 400_000)),
      where: fc.constantFrom("first", "extra", "whole"),
      shape: fc.constantFrom("array" as const, "object" as const),
    })
    .map(({ depth, where, shape }) => (text: string, sample: Record<string, unknown>) => ({
      what: `${shape}s nested ${depth} deep (${where})`,
      body:
        where === "whole"
          ? nested(depth, shape)
          : where === "first"
            ? withFirstValue(sample, nested(depth, shape))
            : withExtra(text, "fuzzDeep", nested(depth, shape)),
      expect: "refused" as const,
    })),
  fc
    .oneof(fc.integer({ min: 300, max: 5_000 }), fc.constantFrom(30_000, 300_000, 1_100_000))
    .map((n) => (_text: string, sample: Record<string, unknown>) => ({
      what: `a ${n}-character string as the first value`,
      body: withFirstValue(sample, ['"', { repeat: "x", times: n }, '"']),
      // Over the 1 MB body limit the answer is exactly 413.
      expect: n > 1_048_576 ? [413] : ("refused" as const),
    })),
  fc
    .constantFrom("1e400", "-0", "123456789012345678901234567890", "1e-400", "0.1e1")
    .map((n) => (_text: string, sample: Record<string, unknown>) => ({
      what: `the number ${n} as the first value`,
      body: withFirstValue(sample, [n]),
      expect: "refused" as const,
    })),
  fc.constantFrom("garbage", "}", "{}", " ,", "\u0000", "]").map((tail) => (text: string) => ({
    what: `${JSON.stringify(tail)} after a valid body`,
    body: [text + tail],
    expect: "refused" as const,
  })),
  fc.constantFrom("comment", "single quotes", "NaN", "trailing comma").map((kind) => (text: string) => {
    const body =
      kind === "comment"
        ? `/* fuzz */${text}`
        : kind === "single quotes"
          ? text.replace(/"/g, "'")
          : kind === "NaN"
            ? `{"fuzz":NaN,${text.slice(1)}`
            : `${text.slice(0, -1)},}`;
    return { what: `JSON with ${kind}`, body: [body], expect: "refused" as const };
  }),
  fc.constantFrom("\\ud800", "\\udfff", "\\u0000", "\\ud83d\\ude00", "\\\\", "\\/").map((escape) => (text: string) => {
    const at = text.indexOf(':"');
    return {
      what: `the escape ${escape} in a string`,
      body: [at < 0 ? text : `${text.slice(0, at + 2)}${escape}${text.slice(at + 2)}`],
      expect: undefined,
    };
  }),
  fc.integer({ min: 100, max: 20_000 }).map((n) => (text: string) => ({
    what: `${n} extra properties`,
    body: [`{${Array.from({ length: n }, (_, i) => `"k${i}":0`).join(",")},${text.slice(1)}`],
    expect: undefined,
  })),
);

interface ContentType {
  what: string;
  headers: [string, string][];
  expect: Expect;
}

const refusedType = (value: string): ContentType => ({
  what: `Content-Type ${JSON.stringify(value)}`,
  headers: [["Content-Type", value]],
  expect: "refused",
});
const acceptedType = (value: string): ContentType => ({
  what: `Content-Type ${JSON.stringify(value)}`,
  headers: [["Content-Type", value]],
  expect: undefined,
});

const CONTENT_TYPES: ContentType[] = [
  { what: "no Content-Type", headers: [], expect: "refused" },
  ...[
    "",
    "text/plain",
    "text/json",
    "application/xml",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/octet-stream",
    "application/jsonx",
    "json",
    "*/*",
    "application/*",
    "application/json-patch+json",
    "application/json; charset=utf-16",
    "application/json; charset=latin1",
    ";",
    "application/",
    "text/html; charset=utf-8",
  ].map(refusedType),
  ...[
    "application/json; charset=utf-8",
    "APPLICATION/JSON",
    "application/json;charset=UTF-8",
    "application/json; odata.metadata=minimal",
    "application/json; odata=verbose",
    "application/json, text/plain",
    'application/json; charset="utf-8"',
    "application/json;;",
    "\tapplication/json",
  ].map(acceptedType),
  {
    what: "two Content-Types (JSON first)",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Type", "text/plain"],
    ],
    expect: undefined,
  },
];

/** The three body families over the operations that take a body. */
export function bodyFamilies(
  writes: Operation[],
  users: ContractUsers,
): { bytes: fc.Arbitrary<RawPlan>; json: fc.Arbitrary<RawPlan>; contentType: fc.Arbitrary<RawPlan> } {
  const sampleOf = (op: Operation) => sampleBody(op.operationId, users) as Record<string, unknown>;
  const plan = (op: Operation, family: RawPlan["family"], broken: Breakage): RawPlan => {
    const { body: _sample, ...base } = canonical(op, users);
    return {
      ...base,
      family,
      describe: `${op.operationId} with ${broken.what}`,
      ...(broken.body && { body: broken.body }),
      ...(broken.expect && { expect: broken.expect }),
    };
  };
  // Byte-level changes cannot keep a placeholder whole, so they skip the sample that has one.
  const bytesTargets = writes.filter((op) => !JSON.stringify(sampleOf(op)).includes("{chat-raw}"));
  return {
    bytes: fc
      .tuple(fc.constantFrom(...bytesTargets), bytesBreakage)
      .map(([op, breakage]) => plan(op, "bytes", breakage(JSON.stringify(sampleOf(op))))),
    json: fc
      .tuple(fc.constantFrom(...writes), jsonBreakage)
      .map(([op, breakage]) => plan(op, "json", breakage(JSON.stringify(sampleOf(op)), sampleOf(op)))),
    contentType: fc.tuple(fc.constantFrom(...writes), fc.constantFrom(...CONTENT_TYPES)).map(([op, type]) => {
      const { body, headers: _json, ...base } = canonical(op, users);
      return {
        ...base,
        ...(body && { body }),
        family: "content-type",
        describe: `${op.operationId} with ${type.what}`,
        headers: type.headers,
        ...(type.expect && { expect: type.expect }),
      };
    }),
  };
}
