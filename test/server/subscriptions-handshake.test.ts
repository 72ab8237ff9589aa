// The validation handshake before a subscription is kept (change-notifications-delivery-webhooks.md,
// "notificationUrl validation") against a real endpoint on 127.0.0.1, and where the server may
// send anything at all (graph-notifications-facts.md: loopback, or NOTIFICATION_ALLOWED_HOSTS
// over https; redirects never followed).
import request from "supertest";
import { checkDeliveryUrl } from "../../src/server/notifications/delivery-url.js";
import { describeHandshakeFailure, withToken } from "../../src/server/notifications/handshake.js";
import { appToken, bearer, expectGraphError, testApp } from "./helpers.js";
import { APP_A, closedPort, inMinutes, Receiver, subscribe, type App, type SubscriptionList } from "./subscription-support.js";

let receiver: Receiver;
let app: App;

beforeAll(async () => {
  receiver = await Receiver.start();
});
afterAll(() => receiver.close());
beforeEach(() => {
  app = testApp({ notifications: { validationTimeoutMs: 300 } });
  receiver.received.length = 0;
});

const token = () => appToken(["Chat.Read.All"], { appId: APP_A });
const body = (notificationUrl: string, overrides: Record<string, unknown> = {}) => ({
  changeType: "created",
  notificationUrl,
  resource: "/chats/getAllMessages",
  expirationDateTime: inMinutes(30),
  ...overrides,
});

async function stored(): Promise<number> {
  const res = await request(app)
    .get("/v1.0/subscriptions")
    .set(bearer(await token()));
  expect(res.status).toBe(200);
  return (res.body as SubscriptionList).value.length;
}

describe("createSubscription: validation handshake", () => {
  it("POSTs an empty text/plain request with a URL-encoded validationToken, keeping the URL's query", async () => {
    const res = await subscribe(app, await token(), body(receiver.url("/notify?tenant=contoso&x=1")));
    expect(res.status).toBe(201);
    expect(res.body.notificationUrl).toBe(receiver.url("/notify?tenant=contoso&x=1"));
    const [validation, ...others] = receiver.received;
    expect(others).toEqual([]);
    expect(validation).toMatchObject({ method: "POST", path: "/notify", contentType: "text/plain; charset=utf-8", body: "" });
    expect(validation?.rawQuery).toMatch(/^tenant=contoso&x=1&validationToken=[^&]+$/);
    // Opaque text that must be decoded: a receiver echoing the raw query value fails (next test).
    expect(validation?.token).toMatch(/^Validation: Testing client application reachability for subscription Request-Id: [0-9a-f-]{36}$/);
    expect(validation?.rawQuery).not.toContain(" ");
  });

  it("sends a fresh token each time", async () => {
    await subscribe(app, await token(), body(receiver.url("/one")));
    await subscribe(app, await token(), body(receiver.url("/two")));
    const [first, second] = receiver.received.map((r) => r.token);
    expect(first).not.toBe(second);
  });

  it("fails when the endpoint echoes the token still URL-encoded, and stores nothing", async () => {
    const res = await subscribe(app, await token(), body(receiver.url("/raw-token")));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(
      /^Subscription validation request failed\. Response must exactly match validationToken query parameter\. notificationUrl http:\/\/127\.0\.0\.1:\d+\/raw-token answered "Validation%3A/,
    );
    expect(await stored()).toBe(0);
  });

  it("fails on a body other than the token", async () => {
    const res = await subscribe(app, await token(), body(receiver.url("/wrong-body")));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/Response must exactly match validationToken query parameter\. .* answered "not the token"/);
    expect(await stored()).toBe(0);
  });

  it("forgives one trailing line break after the token", async () => {
    expect((await subscribe(app, await token(), body(receiver.url("/newline")))).status).toBe(201);
  });

  it.each([500, 404, 202])("fails when the endpoint answers %i", async (status) => {
    const url = receiver.url(`/status/${status}`);
    const res = await subscribe(app, await token(), body(url));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toBe(
      `Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request. notificationUrl ${url} answered ${status}.`,
    );
    expect(await stored()).toBe(0);
  });

  it("fails when the token comes back as JSON", async () => {
    const res = await subscribe(app, await token(), body(receiver.url("/json")));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/answered with Content-Type 'application\/json'; it must be text\/plain\.$/);
  });

  it("fails when the endpoint does not answer in time", async () => {
    const url = receiver.url("/slow");
    const res = await subscribe(app, await token(), body(url));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toBe(`Subscription validation request timed out. notificationUrl ${url} did not answer within 300 ms.`);
    expect(await stored()).toBe(0);
  });

  it("fails when nothing listens on the port", async () => {
    const url = `http://127.0.0.1:${await closedPort()}/notify`;
    const res = await subscribe(app, await token(), body(url));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/ could not be reached: connection refused \(ECONNREFUSED\)\.$/);
  });

  it("does not follow a redirect: the target never hears of it", async () => {
    const res = await subscribe(app, await token(), body(receiver.url("/redirect")));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/answered 302 to http:\/\/127\.0\.0\.1:\d+\/target; redirects are not followed\.$/);
    expect(receiver.on("/redirect")).toHaveLength(1);
    expect(receiver.on("/target")).toHaveLength(0);
  });

  it("validates the lifecycleNotificationUrl too, and stores nothing when it fails", async () => {
    const lifecycle = receiver.url("/status/500");
    const res = await subscribe(
      app,
      await token(),
      body(receiver.url("/notify"), { lifecycleNotificationUrl: lifecycle, expirationDateTime: inMinutes(120) }),
    );
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(new RegExp(`lifecycleNotificationUrl ${lifecycle.replaceAll(".", "\\.")} answered 500\\.$`));
    expect(receiver.received.map((r) => r.path)).toEqual(["/notify", "/status/500"]);
    expect(await stored()).toBe(0);
  });

  it("states Graph's 10-second limit in seconds", () => {
    expect(describeHandshakeFailure("notificationUrl", "http://127.0.0.1/x", { kind: "timeout", afterMs: 10_000 })).toBe(
      "Subscription validation request timed out. notificationUrl http://127.0.0.1/x did not answer within 10 s.",
    );
  });

  it.each([
    ["http://127.0.0.1:4000/n", "http://127.0.0.1:4000/n?validationToken=T%20%2B"],
    ["http://127.0.0.1:4000/n?a=1", "http://127.0.0.1:4000/n?a=1&validationToken=T%20%2B"],
    ["http://127.0.0.1:4000/n?", "http://127.0.0.1:4000/n?validationToken=T%20%2B"],
    ["http://127.0.0.1:4000/n?a=1#frag", "http://127.0.0.1:4000/n?a=1&validationToken=T%20%2B"],
  ])("appends the token to %s", (url, expected) => {
    expect(withToken(url, "T +")).toBe(expected);
  });
});

describe("createSubscription: where notifications may go", () => {
  it.each([
    ["a private address", "http://10.0.0.1/notify", "host '10.0.0.1' is not an allowed notification host; see NOTIFICATION_ALLOWED_HOSTS"],
    ["the cloud metadata address", "http://169.254.169.254/latest/meta-data", "host '169.254.169.254' is not an allowed notification host"],
    ["a public host over http", "http://example.com/notify", "host 'example.com' is not an allowed notification host"],
    [
      "a public host over https",
      "https://webhook.azurewebsites.net/api/send/myNotifyClient",
      "host 'webhook.azurewebsites.net' is not an allowed",
    ],
    ["an IPv4-mapped loopback address", "http://[::ffff:127.0.0.1]/notify", "is not an allowed notification host"],
    ["another scheme", "ftp://127.0.0.1/notify", "must be an http or https URL"],
    ["credentials in the URL", "http://user:secret@127.0.0.1/notify", "must not carry a user name or password"],
    ["a relative URL", "/notify", "is not an absolute http or https URL"],
  ])("refuses %s before contacting anything", async (_name, url, message) => {
    const res = await subscribe(app, await token(), body(url));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toContain(`notificationUrl`);
    expect(res.body.error.message).toContain(message);
    expect(await stored()).toBe(0);
  });

  it("refuses a lifecycleNotificationUrl elsewhere, before validating the notificationUrl", async () => {
    const res = await subscribe(
      app,
      await token(),
      body(receiver.url("/notify"), { lifecycleNotificationUrl: "http://10.0.0.1/lifecycle" }),
    );
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/^lifecycleNotificationUrl host '10\.0\.0\.1' is not an allowed notification host/);
    expect(receiver.received).toEqual([]);
  });

  it("refuses a listed host over http: listed hosts are reached over https only", async () => {
    const listed = testApp({ notifications: { allowedHosts: ["hooks.example.test"] } });
    const res = await subscribe(listed, await token(), body("http://hooks.example.test/notify"));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/must use https/);
  });
});

describe("checkDeliveryUrl", () => {
  const none = { allowedHosts: [] };
  it.each([
    "http://127.0.0.1:3000/n",
    "https://127.4.5.6/n",
    "http://[::1]:8080/n",
    "http://localhost/n",
    "http://LOCALHOST:1/n",
    "http://0x7f.1/n",
    "http://2130706433/n",
  ])("allows the loopback URL %s", (url) => {
    expect(() => checkDeliveryUrl(url, none, "notificationUrl")).not.toThrow();
  });

  it("allows a listed host over https on any port, case-insensitively", () => {
    const settings = { allowedHosts: ["Hooks.Example.com"] };
    expect(checkDeliveryUrl("https://hooks.example.COM/n", settings, "notificationUrl").host).toBe("hooks.example.com");
    expect(checkDeliveryUrl("https://hooks.example.com:8443/n", settings, "notificationUrl").port).toBe("8443");
  });

  it("allows a listed host:port on that port only (443 when none is written)", () => {
    const settings = { allowedHosts: ["hooks.example.com:443", "[fd00::1]:8443"] };
    expect(() => checkDeliveryUrl("https://hooks.example.com/n", settings, "notificationUrl")).not.toThrow();
    expect(() => checkDeliveryUrl("https://hooks.example.com:8443/n", settings, "notificationUrl")).toThrow(
      /not an allowed notification host/,
    );
    expect(() => checkDeliveryUrl("https://[fd00::1]:8443/n", settings, "notificationUrl")).not.toThrow();
    expect(() => checkDeliveryUrl("https://[fd00::1]/n", settings, "notificationUrl")).toThrow(/not an allowed notification host/);
  });

  it("does not let a listed name stand for its subdomains or lookalikes", () => {
    const settings = { allowedHosts: ["example.com"] };
    for (const url of ["https://evil.example.com/n", "https://example.com.evil.test/n", "https://example.co/n"]) {
      expect(() => checkDeliveryUrl(url, settings, "notificationUrl")).toThrow(/not an allowed notification host/);
    }
  });
});
