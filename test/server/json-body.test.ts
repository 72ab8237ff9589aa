// The JSON body parser and its structure scanner, as units: what counts as a name, what a
// duplicate, how deep is too deep, where a problem is reported, and that the scan stays linear.
import { HttpError } from "../../src/server/http/graph-error.js";
import { MALFORMED_JSON_MESSAGE, parseJsonBody } from "../../src/server/http/json-body.js";
import { checkJsonStructure, JsonStructureError, MAX_JSON_DEPTH } from "../../src/server/http/json-structure.js";

const nested = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;

function structureError(text: string): string | undefined {
  JSON.parse(text); // the scanner only ever sees text JSON.parse accepted
  try {
    checkJsonStructure(text);
    return undefined;
  } catch (error) {
    if (error instanceof JsonStructureError) return error.message;
    throw error;
  }
}

describe("checkJsonStructure", () => {
  it.each([
    ['{"a":"}{][,:\\"","b":1}', "brackets, commas and escaped quotes inside strings"],
    ['{"a":{"a":{"a":1}}}', "the same name at different depths"],
    ['[{"a":1},{"a":1}]', "the same name in sibling objects"],
    ['["a","a"]', "equal strings in an array"],
    ['{"a":"b","c":"b"}', "equal values"],
    ['{"a":"a"}', "a value equal to its name"],
    ["{}", "an empty object"],
    ['{"a\\\\":1,"a":2}', "a name ending in an escaped backslash"],
  ])("accepts %s (%s)", (text) => {
    expect(structureError(text)).toBeUndefined();
  });

  it.each([
    ['{"a":1,"a":2}', "body: the property 'a' appears more than once."],
    ['{"":1,"":2}', "body: the property '' appears more than once."],
    ['{"a\\"b":1,"a\\"b":2}', `body: the property 'a"b' appears more than once.`],
    ['{"x":"\\\\","x":1}', "body: the property 'x' appears more than once."],
    ['{"\\u0061":1,"a":2}', "body: the property 'a' appears more than once."],
    ['{"x":[1,2,{"y":1,"y":2}]}', "body.x[2]: the property 'y' appears more than once."],
    ['[0,[1,{"a":{"b":1,"b":1}}]]', "body[1][1].a: the property 'b' appears more than once."],
    ['{"a":{"__proto__":1}}', "body.a: the property name '__proto__' is not allowed."],
    ['{"\\u005f_proto__":1}', "body: the property name '__proto__' is not allowed."],
    ['{"constructor":1}', "body: the property name 'constructor' is not allowed."],
    ['[{"prototype":1}]', "body[0]: the property name 'prototype' is not allowed."],
  ])("refuses %s", (text, message) => {
    expect(structureError(text)).toBe(message);
  });

  it(`accepts ${MAX_JSON_DEPTH} levels of nesting and refuses ${MAX_JSON_DEPTH + 1}`, () => {
    expect(structureError(nested(MAX_JSON_DEPTH))).toBeUndefined();
    expect(structureError(nested(MAX_JSON_DEPTH + 1))).toBe(
      `The JSON payload nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep.`,
    );
    expect(structureError(`{"a":${nested(MAX_JSON_DEPTH - 1)}}`)).toBeUndefined();
    expect(structureError(`{"a":${nested(MAX_JSON_DEPTH)}}`)).toMatch(/more than 64 levels/);
  });

  it("cuts long names short in messages", () => {
    const long = "n".repeat(10_000);
    const message = structureError(`{"${long}":1,"${long}":2}`) ?? "";
    expect(message.length).toBeLessThan(200);
    expect(message).toContain(`'${"n".repeat(64)}…'`);
  });

  // A quadratic scan would take minutes on these megabyte texts; a linear one, milliseconds.
  it.each([
    ["a string of backslashes", `{"a":"${"\\\\".repeat(500_000)}"}`],
    ["a string of escaped quotes", `{"a":"${'\\"'.repeat(500_000)}"}`],
    ["a hundred thousand names in one object", `{${Array.from({ length: 100_000 }, (_, i) => `"k${i}":${i}`).join(",")}}`],
    ["a hundred thousand small objects", `[${'{"a":1,"b":[2]},'.repeat(100_000)}{}]`],
  ])("scans %s in linear time", (_name, text) => {
    const started = performance.now();
    expect(structureError(text)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("parseJsonBody", () => {
  const parse = (text: string | Buffer, contentType = "application/json") =>
    parseJsonBody(Buffer.isBuffer(text) ? text : Buffer.from(text), contentType);
  const failure = (run: () => unknown): HttpError => {
    try {
      run();
    } catch (error) {
      if (error instanceof HttpError) return error;
      throw error;
    }
    throw new Error("expected an HttpError");
  };

  it("returns the parsed value", () => {
    expect(parse('{"a":[1,{"b":null}]}')).toEqual({ a: [1, { b: null }] });
  });

  it("reads an empty body as an empty object, as express.json did", () => {
    expect(parse("")).toEqual({});
  });

  it("parses a body with __proto__ nowhere near Object.prototype", () => {
    expect(failure(() => parse('{"__proto__":{"polluted":1}}')).status).toBe(400);
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("skips a UTF-8 byte order mark", () => {
    expect(parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("[1]")]))).toEqual([1]);
  });

  it("refuses invalid UTF-8 with 400", () => {
    const error = failure(() => parse(Buffer.from([0x5b, 0x22, 0xc3, 0x28, 0x22, 0x5d])));
    expect([error.status, error.message]).toEqual([400, "The request body is not valid UTF-8."]);
  });

  it("refuses charsets other than UTF-8 with 415, and accepts utf-8 or none", () => {
    expect(failure(() => parse("[1]", "application/json; charset=utf-16le")).status).toBe(415);
    expect(failure(() => parse("[1]", 'application/json; charset=""')).status).toBe(415);
    expect(parse("[1]", "application/json; charset=UTF-8")).toEqual([1]);
    expect(parse("[1]", "application/json")).toEqual([1]);
  });

  it.each(["1", '"text"', "null", "true", "{", "[1,]", "{} {}"])("refuses %j with Graph's message", (text) => {
    const error = failure(() => parse(text));
    expect([error.status, error.message]).toEqual([400, MALFORMED_JSON_MESSAGE]);
  });
});
