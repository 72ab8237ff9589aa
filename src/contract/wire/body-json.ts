// The json family's breakages of a valid body: duplicate and prototype keys, deep nesting, huge
// strings and numbers, trailing garbage, JSON extensions, odd escapes, many properties.
import fc from "fast-check";
import { POLLUTION_MARKER, type BodyPart, type Breakage } from "./plan.js";

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

export const jsonBreakage: fc.Arbitrary<(text: string, sample: Record<string, unknown>) => Breakage> = fc.oneof(
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
