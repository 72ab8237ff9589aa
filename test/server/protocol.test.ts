// Behaviour shared by every operation: routing errors, the order of checks, body handling,
// request ids, the error envelope, response validation, and the contract endpoints.
import request from "supertest";
import type { ChatStore } from "../../src/server/store/types.js";
import { failingStore } from "../support/broken-stores.js";
import { MemoryChatStore } from "../../src/server/store/memory.js";
import { bearer, expectGraphError, member, testApp, userToken, USERS } from "./helpers.js";

const validGroup = () => ({ chatType: "group", members: [member(USERS.megan), member(USERS.lynne)] });

describe("routing", () => {
  it.each(["/nope", "/v2.0/chats", "/v1.0/nope", "/v1.0/chats/x/y/z"])("answers 404 in the Graph envelope for %s", async (path) => {
    const res = await request(testApp()).get(path);
    expectGraphError(res, 404, "NotFound");
  });

  it("answers 400 naming the path for malformed percent-encoding", async () => {
    const res = await request(testApp()).get("/v1.0/chats/%ZZ");
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toBe("The URL path '/v1.0/chats/%ZZ' is not valid percent-encoding.");
  });

  it("answers 405 with Allow for a wrong method on a known path", async () => {
    const res = await request(testApp()).delete("/v1.0/chats");
    expectGraphError(res, 405, "MethodNotAllowed");
    expect(res.headers.allow).toBe("GET, POST");
    const chat = await request(testApp()).put("/beta/chats/19:x@thread.v2");
    expectGraphError(chat, 405, "MethodNotAllowed");
    expect(chat.headers.allow).toBe("GET, PATCH");
  });
});

describe("order of checks", () => {
  it("answers 405 before 401", async () => {
    expectGraphError(await request(testApp()).patch("/v1.0/chats"), 405, "MethodNotAllowed");
  });

  it("answers 401 before 415 and before 400", async () => {
    const app = testApp();
    expectGraphError(
      await request(app).post("/v1.0/chats").set("Content-Type", "text/plain").send("hello"),
      401,
      "InvalidAuthenticationToken",
    );
    expectGraphError(
      await request(app).post("/v1.0/chats").set("Content-Type", "application/json").send("{bad"),
      401,
      "InvalidAuthenticationToken",
    );
  });

  it("answers 415 for a body that is not JSON", async () => {
    const res = await request(testApp())
      .post("/v1.0/chats")
      .set(bearer(await userToken(USERS.megan)))
      .set("Content-Type", "text/plain")
      .send("{bad");
    expectGraphError(res, 415, "UnsupportedMediaType");
  });

  it("answers 400 for malformed JSON", async () => {
    const res = await request(testApp())
      .post("/v1.0/chats")
      .set(bearer(await userToken(USERS.megan)))
      .set("Content-Type", "application/json")
      .send('{"chatType": ');
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/JSON/);
  });

  it("answers 400 Empty Payload for a write without a body", async () => {
    const res = await request(testApp())
      .post("/v1.0/chats")
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toBe("Empty Payload. JSON content expected.");
  });

  it("answers 400 Empty Payload for an empty JSON body", async () => {
    const res = await request(testApp())
      .post("/v1.0/chats")
      .set(bearer(await userToken(USERS.megan)))
      .set("Content-Type", "application/json")
      .send("");
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toBe("Empty Payload. JSON content expected.");
  });

  it("answers 400 Empty Payload for an empty body where every property is optional (beta $ref)", async () => {
    const res = await request(testApp())
      .post("/beta/me/chats/$ref")
      .set(bearer(await userToken(USERS.megan)))
      .set("Content-Type", "application/json")
      .send("");
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toBe("Empty Payload. JSON content expected.");
  });

  it("answers 400 in the envelope for a request without a Host header", async () => {
    const res = await request(testApp())
      .get("/v1.0/me/chats")
      .set(bearer(await userToken(USERS.megan)))
      .set("Host", "");
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/Host header/);
  });

  it("answers 400 for an invalid body before 403 for a missing permission", async () => {
    const res = await request(testApp())
      .post("/v1.0/chats")
      .set(bearer(await userToken(USERS.megan, "Chat.Read")))
      .send({ chatType: "nope" });
    expectGraphError(res, 400, "BadRequest");
  });

  it("answers 403 for a missing permission before 404 for an unknown chat", async () => {
    const res = await request(testApp())
      .get("/v1.0/chats/19:unknown@thread.v2")
      .set(bearer(await userToken(USERS.megan, "Chat.Create")));
    expectGraphError(res, 403, "Forbidden");
  });
});

describe("request bodies", () => {
  it("answers 413 in the Graph envelope for a body over the limit", async () => {
    const app = testApp({ bodyLimit: 2_000 });
    const res = await request(app)
      .post("/v1.0/chats")
      .set(bearer(await userToken(USERS.megan)))
      .send({ ...validGroup(), topic: "x".repeat(3_000) });
    expectGraphError(res, 413, "RequestEntityTooLarge");
  });

  it("accepts bodies up to 1 MB by default and refuses larger ones", async () => {
    const token = await userToken(USERS.megan);
    const big = await request(testApp())
      .post("/v1.0/chats")
      .set(bearer(token))
      .send({ ...validGroup(), topic: "x".repeat(1_100_000) });
    expectGraphError(big, 413, "RequestEntityTooLarge");
    const fine = await request(testApp())
      .post("/v1.0/chats")
      .set(bearer(token))
      .send({ ...validGroup(), padding: "x".repeat(500_000) });
    expectGraphError(fine, 400, "BadRequest"); // parsed, then rejected for the unknown property
  });

  it("accepts application/json with a charset", async () => {
    const res = await request(testApp())
      .post("/v1.0/chats")
      .set(bearer(await userToken(USERS.megan)))
      .set("Content-Type", "application/json; charset=utf-8")
      .send(JSON.stringify(validGroup()));
    expect(res.status).toBe(201);
  });
});

describe("request ids", () => {
  it("sends a fresh request-id on every response and echoes client-request-id", async () => {
    const app = testApp();
    const a = await request(app).get("/v1.0/nope").set("client-request-id", "my-correlation-1");
    const b = await request(app).get("/v1.0/nope");
    expect(a.headers["request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers["request-id"]).not.toBe(b.headers["request-id"]);
    expect(a.headers["client-request-id"]).toBe("my-correlation-1");
    expect(a.body.error.innerError["client-request-id"]).toBe("my-correlation-1");
    expect(b.headers["client-request-id"]).toBe(b.headers["request-id"]);
  });

  it("carries both ids on successful responses", async () => {
    const res = await request(testApp())
      .post("/v1.0/chats")
      .set(bearer(await userToken(USERS.megan)))
      .set("client-request-id", "abc")
      .send(validGroup());
    expect(res.status).toBe(201);
    expect(res.headers["request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers["client-request-id"]).toBe("abc");
  });
});

describe("server failures", () => {
  it("answers 500 without internals when something throws", async () => {
    const res = await request(testApp({ store: failingStore(new Error("disk on fire at /secret/path.ts:12")) }))
      .get("/v1.0/chats/19:x@thread.v2")
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 500, "InternalServerError");
    expect(JSON.stringify(res.body)).not.toMatch(/disk on fire|secret/);
  });

  it("refuses to send a response that breaks the contract", async () => {
    const store: ChatStore = new MemoryChatStore();
    const original = store.getChat.bind(store);
    store.getChat = async (id) => {
      const chat = await original(id);
      return chat && { ...chat, createdDateTime: "not a date" };
    };
    const app = testApp({ store });
    const token = await userToken(USERS.megan);
    const created = await request(app).post("/v1.0/chats").set(bearer(token)).send(validGroup());
    const res = await request(app).get(`/v1.0/chats/${created.body.id}`).set(bearer(token));
    expectGraphError(res, 500, "InternalServerError");
    expect(res.body.error.message).toMatch(/contract/);
  });
});

describe("the contract and its documentation", () => {
  it("serves the contract as JSON and as YAML", async () => {
    const app = testApp();
    const json = await request(app).get("/openapi.json");
    expect(json.status).toBe(200);
    expect(json.body.openapi).toBe("3.1.0");
    expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(["/chats", "/chats/{chatId}", "/me/chats/$ref"]));
    const yaml = await request(app).get("/openapi.yaml");
    expect(yaml.status).toBe(200);
    expect(yaml.headers["content-type"]).toMatch(/yaml/);
    expect(yaml.text).toMatch(/^openapi: 3\.1\.0/);
  });

  it("serves Swagger UI at /docs and redirects / there", async () => {
    const app = testApp();
    const root = await request(app).get("/");
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe("/docs");
    for (const path of ["/docs", "/docs/"]) {
      const docs = await request(app).get(path);
      expect([path, docs.status]).toEqual([path, 200]);
      expect(docs.text).toMatch(/swagger-ui/);
    }
  });
});
