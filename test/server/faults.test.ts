import request from "supertest";
import { FaultPlan } from "../../src/server/faults/plan.js";
import { bearer, expectGraphError, member, testApp, userToken, USERS } from "./helpers.js";

describe("FaultPlan", () => {
  it("fails exactly the next N matching requests, then lets requests through", () => {
    const plan = new FaultPlan();
    plan.failNext({ count: 2, status: 503, retryAfterSeconds: 4, operationId: "getChat" });
    expect(plan.take("createChat")).toBeUndefined();
    expect(plan.take("getChat")).toEqual({ status: 503, retryAfterSeconds: 4 });
    expect(plan.take("getChat")).toEqual({ status: 503, retryAfterSeconds: 4 });
    expect(plan.take("getChat")).toBeUndefined();
  });

  it("queues schedules in order and forgets them on clear", () => {
    const plan = new FaultPlan();
    plan.failNext({ count: 1 });
    plan.failNext({ count: 1, status: 503, retryAfterSeconds: 0 });
    expect(plan.take(undefined)).toEqual({ status: 429, retryAfterSeconds: 1 });
    expect(plan.take("x")).toEqual({ status: 503, retryAfterSeconds: 0 });
    plan.failNext({ count: 5 });
    plan.clear();
    expect(plan.take("x")).toBeUndefined();
  });

  it.each([{ count: 0 }, { count: 1.5 }, { count: 1, retryAfterSeconds: -1 }])("refuses %j", (options) => {
    expect(() => new FaultPlan().failNext(options)).toThrow(/failNext/);
  });
});

describe("injected faults", () => {
  it("answers 429 with Retry-After in the Graph envelope, then serves normally", async () => {
    const faults = new FaultPlan();
    const app = testApp({ faults });
    const token = await userToken(USERS.megan);
    const body = { chatType: "group", members: [member(USERS.megan), member(USERS.lynne)] };
    faults.failNext({ count: 1, status: 429, retryAfterSeconds: 7, operationId: "createChat" });
    const throttled = await request(app).post("/v1.0/chats").set(bearer(token)).send(body);
    expectGraphError(throttled, 429, "TooManyRequests");
    expect(throttled.headers["retry-after"]).toBe("7");
    expect((await request(app).post("/v1.0/chats").set(bearer(token)).send(body)).status).toBe(201);
  });

  it("answers 503 ServiceUnavailable, and never before authentication", async () => {
    const faults = new FaultPlan();
    const app = testApp({ faults });
    faults.failNext({ count: 1, status: 503, retryAfterSeconds: 2 });
    expectGraphError(await request(app).get("/v1.0/chats"), 401, "InvalidAuthenticationToken");
    const unavailable = await request(app).get("/v1.0/chats").set(bearer(await userToken(USERS.megan)));
    expectGraphError(unavailable, 503, "ServiceUnavailable");
    expect(unavailable.headers["retry-after"]).toBe("2");
  });
});
