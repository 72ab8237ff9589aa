// Hostile or broken input: oversized, deeply nested, badly encoded or ambiguous JSON, keys that
// pollute prototypes, odd query strings and odd percent-encoding in chat ids. Each gets a clear
// 4xx in the Graph envelope; none a 5xx; none changes Object.prototype.
import { gzipSync } from "node:zlib";
import request from "supertest";
import { bearer, expectGraphError, member, testApp, userToken, USERS } from "./helpers.js";

type App = ReturnType<typeof testApp>;

const validGroup = () => ({ chatType: "group", members: [member(USERS.megan), member(USERS.lynne)] });

/** POSTs these exact bytes (supertest would JSON-encode a Buffer). */
async function postBytes(app: App, body: string | Buffer, headers: Record<string, string> = {}): Promise<request.Response> {
  return request(app)
    .post("/v1.0/chats")
    .set(bearer(await userToken(USERS.megan)))
    .set("Content-Type", "application/json")
    .set(headers)
    .serialize((bytes: unknown) => bytes as string)
    .send(body as string);
}

const prototypeState = () => ({
  names: Object.getOwnPropertyNames(Object.prototype).sort(),
  plain: Object.keys({}).length,
  x: (Object.prototype as Record<string, unknown>).x,
  polluted: (Object.prototype as Record<string, unknown>).polluted,
});

describe("request body size", () => {
  it("answers 413 for a JSON body over the limit", async () => {
    const res = await postBytes(testApp(), `[${"1,".repeat(600_000)}1]`);
    expectGraphError(res, 413, "RequestEntityTooLarge");
    expect(res.body.error.message).toBe("The request body is too large.");
  });

  it("answers 413 for a chunked body without Content-Length once it passes the limit", async () => {
    const app = testApp({ bodyLimit: 1_000 });
    const req = request(app)
      .post("/v1.0/chats")
      .set(bearer(await userToken(USERS.megan)))
      .set("Content-Type", "application/json");
    // Two writes make the body chunked: the limit is counted while reading.
    req.write(`{"chatType":"group","topic":"${"x".repeat(600)}`);
    req.write(`${"x".repeat(600)}"}`);
    expectGraphError(await req, 413, "RequestEntityTooLarge");
  });

  it("counts the limit after decompressing, so a small gzip bomb is refused", async () => {
    const bomb = gzipSync(Buffer.alloc(20_000_000, 0x20));
    expect(bomb.length).toBeLessThan(100_000);
    expectGraphError(await postBytes(testApp(), bomb, { "Content-Encoding": "gzip" }), 413, "RequestEntityTooLarge");
  });

  it("reads a gzip-compressed body within the limit", async () => {
    const res = await postBytes(testApp(), gzipSync(JSON.stringify(validGroup())), { "Content-Encoding": "gzip" });
    expect(res.status).toBe(201);
  });

  it("answers 400 for bytes that are not what Content-Encoding says, 415 for an unknown encoding", async () => {
    const corrupt = await postBytes(testApp(), "not gzip at all", { "Content-Encoding": "gzip" });
    expectGraphError(corrupt, 400, "BadRequest");
    expect(corrupt.body.error.message).toMatch(/could not be decompressed/);
    const unknown = await postBytes(testApp(), "{}", { "Content-Encoding": "compress" });
    expectGraphError(unknown, 415, "UnsupportedMediaType");
    expect(unknown.body.error.message).toMatch(/Content-Encoding/);
  });
});

describe("JSON nesting depth", () => {
  it.each([
    ["arrays", `${"[".repeat(100_000)}${"]".repeat(100_000)}`],
    ["objects", `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`],
    [
      "objects inside a valid body",
      JSON.stringify({ ...validGroup(), topic: "x" }).replace(/}$/, `,"deep":${"[".repeat(65)}${"]".repeat(65)}}`),
    ],
  ])("answers 400 naming the limit for 100,000 nested %s", async (_name, body) => {
    const res = await postBytes(testApp(), body);
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toBe("The JSON payload nests objects and arrays more than 64 levels deep.");
  });

  it("keeps serving after a deeply nested body", async () => {
    const app = testApp();
    await postBytes(app, `${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    expect((await postBytes(app, JSON.stringify(validGroup()))).status).toBe(201);
  });
});

describe("JSON text encoding", () => {
  it.each([
    ["a byte that never occurs in UTF-8", [0xff]],
    ["an overlong encoding of '/'", [0xc0, 0xaf]],
    ["an encoded UTF-16 surrogate", [0xed, 0xa0, 0x80]],
    ["a sequence cut short", [0xe0, 0xa4]],
  ])("answers 400 for %s instead of replacing it with U+FFFD", async (_name, bytes) => {
    const body = Buffer.concat([Buffer.from(`{"chatType":"group","topic":"a`), Buffer.from(bytes), Buffer.from(`b"}`)]);
    const res = await postBytes(testApp(), body);
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toBe("The request body is not valid UTF-8.");
  });

  it("accepts multi-byte UTF-8 and keeps it intact", async () => {
    const topic = "Résumé 🚀 チャット";
    const res = await postBytes(testApp(), Buffer.from(JSON.stringify({ ...validGroup(), topic }), "utf8"));
    expect(res.status).toBe(201);
    expect(res.body.topic).toBe(topic);
  });

  it("accepts a UTF-8 byte order mark and charset=utf-8 in any spelling", async () => {
    const json = JSON.stringify(validGroup());
    expect((await postBytes(testApp(), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]))).status).toBe(201);
    expect((await postBytes(testApp(), json, { "Content-Type": "application/json; charset=UTF-8" })).status).toBe(201);
    expect((await postBytes(testApp(), json, { "Content-Type": 'application/json;charset="utf8"' })).status).toBe(201);
  });

  it.each(["utf-16", "latin1", "iso-8859-1"])("answers 415 naming the charset for charset=%s", async (charset) => {
    const res = await postBytes(testApp(), JSON.stringify(validGroup()), { "Content-Type": `application/json; charset=${charset}` });
    expectGraphError(res, 415, "UnsupportedMediaType");
    expect(res.body.error.message).toBe(`The request body must be JSON encoded as UTF-8; charset '${charset}' is not supported.`);
  });
});

describe("JSON syntax", () => {
  it.each(['{"chatType": ', '"group"', "null", "42", "   ", '{"a":1}garbage'])("answers 400 with Graph's message for %j", async (body) => {
    const res = await postBytes(testApp(), body);
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toBe(
      "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.",
    );
  });

  it("never echoes the body in a syntax error", async () => {
    const res = await postBytes(testApp(), '{"topic": "secret-marker-123", oops}');
    expect(JSON.stringify(res.body)).not.toContain("secret-marker-123");
  });
});

describe("repeated property names", () => {
  it("answers 400 naming the property at the top level", async () => {
    const res = await postBytes(testApp(), '{"chatType":"group","members":[],"chatType":"oneOnOne"}');
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toBe("body: the property 'chatType' appears more than once.");
  });

  it("answers 400 naming where the object is, deeper down", async () => {
    const body = JSON.stringify(validGroup()).replace('"roles":["owner"]', '"roles":["owner"],"roles":["guest"]');
    const res = await postBytes(testApp(), body);
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toBe("body.members[0]: the property 'roles' appears more than once.");
  });

  it('sees through escapes: "topic" and "t\\u006fpic" are the same name', async () => {
    const res = await postBytes(testApp(), '{"chatType":"group","topic":"a","t\\u006fpic":"b"}');
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toBe("body: the property 'topic' appears more than once.");
  });

  it("allows the same name in different objects", async () => {
    expect((await postBytes(testApp(), JSON.stringify(validGroup()))).status).toBe(201);
  });
});

describe("prototype-polluting property names", () => {
  it.each([
    ["__proto__ at the top", '{"__proto__":{"polluted":"yes"},"chatType":"group"}', "body: the property name '__proto__' is not allowed."],
    [
      "__proto__ written with an escape",
      '{"chatType":"group","__pr\\u006fto__":{"polluted":"yes"}}',
      "body: the property name '__proto__' is not allowed.",
    ],
    ["constructor.prototype", '{"constructor":{"prototype":{"polluted":"yes"}}}', "body: the property name 'constructor' is not allowed."],
    ["prototype", '{"chatType":"group","prototype":{}}', "body: the property name 'prototype' is not allowed."],
    [
      "__proto__ inside a member",
      JSON.stringify(validGroup()).replace('"roles":["owner"]', '"roles":["owner"],"__proto__":{"polluted":"yes"}'),
      "body.members[0]: the property name '__proto__' is not allowed.",
    ],
  ])("answers 400 for %s and leaves Object.prototype alone", async (_name, body, message) => {
    const before = prototypeState();
    const res = await postBytes(testApp(), body);
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toBe(message);
    expect(prototypeState()).toEqual(before);
  });

  it("accepts those words as values", async () => {
    const res = await postBytes(testApp(), JSON.stringify({ ...validGroup(), topic: "__proto__ constructor prototype" }));
    expect(res.status).toBe(201);
  });

  it("protects the admin API's bodies the same way", async () => {
    const res = await request(testApp({ admin: true }))
      .put("/_admin/directory")
      .set("Content-Type", "application/json")
      .send('{"tenantId":"aaaaaaaa-0000-0000-0000-000000000001","users":[],"users":[]}');
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/'users' appears more than once/);
  });
});

describe("prototype-polluting query strings", () => {
  it.each([
    "__proto__[polluted]=yes",
    "__proto__.polluted=yes",
    "constructor[prototype][polluted]=yes",
    "$top=5&__proto__[x]=1",
    "__proto__=x",
    "a[__proto__][polluted]=yes",
    "%5F%5Fproto%5F%5F%5Bpolluted%5D=yes",
  ])("answers 400 for ?%s and leaves Object.prototype alone", async (query) => {
    const before = prototypeState();
    const res = await request(testApp())
      .get(`/v1.0/chats?${query}`)
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/^The query parameter '.*(__proto__|constructor).*' is not allowed\.$/);
    expect(prototypeState()).toEqual(before);
  });

  it("accepts those words in values", async () => {
    const res = await request(testApp())
      .get("/v1.0/chats")
      .query({ $filter: "topic eq '__proto__'" })
      .set(bearer(await userToken(USERS.megan)));
    expect(res.status).toBe(200);
  });
});

describe("odd percent-encoding in chat ids", () => {
  const ids = [
    "%",
    "%ZZ",
    "%E0%A4%A",
    "%00",
    "%2F",
    "a%2Fb",
    "%C0%AF",
    "%FF",
    "%2e%2e",
    "19%3Ax%40thread.v2",
    "19:x@thread.v2",
    "19%3A%40",
    "%25",
    "%u0041",
  ];
  const operations = [
    ["GET", ""],
    ["GET", "/members"],
    ["GET", "/messages"],
    ["PATCH", ""],
  ] as const;

  it.each(ids.flatMap((id) => operations.map(([method, suffix]) => [method, `/v1.0/chats/${id}${suffix}`] as const)))(
    "answers %s %s with 400 or 404 in the Graph envelope",
    async (method, path) => {
      const token = await userToken(USERS.megan);
      const app = testApp();
      const res =
        method === "GET"
          ? await request(app).get(path).set(bearer(token))
          : await request(app).patch(path).set(bearer(token)).send({ topic: "x" });
      expect([400, 404]).toContain(res.status);
      expectGraphError(res, res.status, res.status === 400 ? "BadRequest" : "NotFound");
    },
  );

  it("finds a chat whether ':' and '@' in its id are encoded or not", async () => {
    const app = testApp();
    const token = await userToken(USERS.megan);
    const created = await request(app).post("/v1.0/chats").set(bearer(token)).send(validGroup());
    const id: string = created.body.id;
    expect((await request(app).get(`/v1.0/chats/${id}`).set(bearer(token))).status).toBe(200);
    expect(
      (
        await request(app)
          .get(`/v1.0/chats/${encodeURIComponent(id)}`)
          .set(bearer(token))
      ).status,
    ).toBe(200);
  });
});
