// The bytes family's breakages of a valid body: random bytes, changed or cut bytes, invalid UTF-8,
// a byte-order mark, another encoding. Refused unless the bytes still happen to be JSON.
import fc from "fast-check";
import type { Breakage } from "./plan.js";

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
function refusedUnlessJson(bytes: number[]): Breakage["expect"] {
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

export const bytesBreakage: fc.Arbitrary<(text: string) => Breakage> = fc.oneof(
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
