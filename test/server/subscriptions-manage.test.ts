// Reading and managing subscriptions (subscription-get.md, -list.md, -update.md, -delete.md,
// -reauthorize.md) and the quotas (teams-changenotifications-chatmessage.md): only the calling
// app's own, clientState never read back, expired ones gone.
import request from "supertest";
import { appToken, bearer, expectGraphError, FIXED_NOW, testApp, testControlledApp, userToken, USERS } from "./helpers.js";
import {
  APP_A,
  APP_B,
  certificate,
  createGroup,
  inMinutes,
  Receiver,
  subscribe,
  type App,
  type SubscriptionBody,
  type SubscriptionList,
} from "./subscription-support.js";

let receiver: Receiver;
let app: App;
let now: Date;
let chatId: string;

beforeAll(async () => {
  receiver = await Receiver.start();
});
afterAll(() => receiver.close());
beforeEach(async () => {
  now = FIXED_NOW;
  app = testApp({ clock: () => now });
  chatId = await createGroup(app);
  receiver.received.length = 0;
});

const megan = (appId = APP_A, scopes = "Chat.ReadWrite") => userToken(USERS.megan, scopes, { appId });
const appA = () => appToken(["Chat.Read.All"], { appId: APP_A });
const appB = () => appToken(["Chat.Read.All"], { appId: APP_B });
const path = (id: string) => `/v1.0/subscriptions/${id}`;
/** Each supertest request runs the app on a new port: compare bodies without the absolute context link. */
const withoutContext = (body: SubscriptionBody) => ({ ...body, "@odata.context": undefined });

async function create(token: string, overrides: Record<string, unknown> = {}): Promise<SubscriptionBody> {
  const res = await subscribe(app, token, {
    changeType: "created",
    notificationUrl: receiver.url("/notify"),
    resource: `/chats/${chatId}/messages`,
    expirationDateTime: inMinutes(30),
    clientState: "secretClientState",
    ...overrides,
  });
  expect(res.status).toBe(201);
  return res.body as SubscriptionBody;
}

const get = async (id: string, token: string) => request(app).get(path(id)).set(bearer(token));
const list = async (token: string, url = "/v1.0/subscriptions") => request(app).get(url).set(bearer(token));
const patch = async (id: string, token: string, body: Record<string, unknown>) =>
  request(app).patch(path(id)).set(bearer(token)).send(body);

describe("getSubscription", () => {
  it("returns the app's own subscription without its clientState", async () => {
    const created = await create(await megan());
    const res = await get(created.id, await megan());
    expect(res.status).toBe(200);
    expect(withoutContext(res.body)).toEqual(withoutContext({ ...created, clientState: null }));
    expect(res.body["@odata.context"]).toMatch(/\/v1\.0\/\$metadata#subscriptions\/\$entity$/);
  });

  it("answers 404 for another app's subscription", async () => {
    const created = await create(await megan(APP_A));
    expectGraphError(await get(created.id, await megan(APP_B)), 404, "NotFound");
    const res = await get(created.id, await appB());
    expectGraphError(res, 404, "NotFound");
    expect(res.body.error.message).toBe(`Subscription '${created.id}' was not found.`);
  });

  it("shows a user's subscription to the app that made it, not to another signed-in user", async () => {
    const created = await create(await megan());
    expect((await get(created.id, await appA())).status).toBe(200);
    expectGraphError(await get(created.id, await userToken(USERS.lynne, "Chat.ReadWrite", { appId: APP_A })), 404, "NotFound");
  });

  it("shows another app's subscription for the signed-in user with Subscription.Read.All", async () => {
    const created = await create(await megan(APP_A));
    const res = await get(created.id, await megan(APP_B, "Subscription.Read.All"));
    expect(res.status).toBe(200);
    expect(res.body.applicationId).toBe(APP_A);
  });

  it("answers 404 once the subscription has expired", async () => {
    const created = await create(await appA());
    now = new Date(FIXED_NOW.getTime() + 30 * 60_000);
    expectGraphError(await get(created.id, await appA()), 404, "NotFound");
  });
});

describe("listSubscriptions", () => {
  it("lists the calling app's subscriptions only, without clientState", async () => {
    const mine = await create(await appA());
    await create(await appB());
    const res = await list(await appA());
    expect(res.status).toBe(200);
    const body = res.body as SubscriptionList;
    expect(body["@odata.context"]).toMatch(/\/v1\.0\/\$metadata#subscriptions$/);
    const { "@odata.context": _context, ...item } = mine;
    expect(body.value).toEqual([{ ...item, clientState: null }]);
    expect(body["@odata.nextLink"]).toBeUndefined();
  });

  it("lists a signed-in user's own only; an application token of the app sees them all", async () => {
    const megans = await create(await megan());
    const lynnes = await create(await userToken(USERS.lynne, "Chat.ReadWrite", { appId: APP_A }), {
      resource: `/chats/${chatId}`,
      changeType: "updated",
    });
    expect(((await list(await megan())).body as SubscriptionList).value.map((s) => s.id)).toEqual([megans.id]);
    expect(((await list(await appA())).body as SubscriptionList).value.map((s) => s.id).sort()).toEqual([megans.id, lynnes.id].sort());
  });

  it("lists every app's subscriptions for the signed-in user with Subscription.Read.All", async () => {
    const fromA = await create(await megan(APP_A));
    const fromB = await create(await megan(APP_B));
    const res = await list(await megan(APP_B, "Subscription.Read.All"));
    expect((res.body as SubscriptionList).value.map((s) => s.id).sort()).toEqual([fromA.id, fromB.id].sort());
  });

  it("leaves out expired subscriptions", async () => {
    await create(await appA(), { resource: "/chats/getAllMessages", expirationDateTime: inMinutes(10) });
    const lasting = await create(await appA(), { resource: "/chats", changeType: "created", expirationDateTime: inMinutes(50) });
    now = new Date(FIXED_NOW.getTime() + 10 * 60_000);
    expect(((await list(await appA())).body as SubscriptionList).value.map((s) => s.id)).toEqual([lasting.id]);
  });

  it("pages by 100 with @odata.nextLink", async () => {
    const token = await appA();
    const ids: string[] = [];
    for (let i = 0; i < 101; i++) ids.push((await create(token, { resource: "/chats/getAllMessages" })).id);
    const first = (await list(token)).body as SubscriptionList;
    expect(first.value).toHaveLength(100);
    const next = new URL(first["@odata.nextLink"] ?? "");
    const second = (await list(token, `${next.pathname}${next.search}`)).body as SubscriptionList;
    expect(second.value).toHaveLength(1);
    expect(second["@odata.nextLink"]).toBeUndefined();
    expect([...first.value, ...second.value].map((s) => s.id)).toEqual([...ids].sort());
    // A token of one app's list does not continue another's.
    expectGraphError(await list(await appB(), `${next.pathname}${next.search}`), 400, "BadRequest");
  });
});

describe("updateSubscription", () => {
  it("renews within an hour and echoes the clientState", async () => {
    const created = await create(await megan());
    const res = await patch(created.id, await megan(), { expirationDateTime: inMinutes(45) });
    expect(res.status).toBe(200);
    expect(withoutContext(res.body)).toEqual(withoutContext({ ...created, expirationDateTime: inMinutes(45) }));
    expect(receiver.received).toHaveLength(1);
  });

  it("refuses a renewal past an hour without a lifecycleNotificationUrl, and accepts it with one", async () => {
    const plain = await create(await megan());
    const refused = await patch(plain.id, await megan(), { expirationDateTime: inMinutes(120) });
    expectGraphError(refused, 400, "BadRequest");
    expect(refused.body.error.message).toMatch(/^lifecycleNotificationUrl is a required property/);
    const covered = await create(await appA(), { resource: "/chats/getAllMessages", lifecycleNotificationUrl: receiver.url("/lifecycle") });
    expect((await patch(covered.id, await appA(), { expirationDateTime: inMinutes(4320) })).status).toBe(200);
  });

  it.each([
    ["in the past", -5, /^Subscription expiration must be in the future/],
    ["beyond 4,320 minutes", 4321, /^Subscription expiration can only be 4320 minutes in the future/],
  ])("refuses a renewal %s", async (_name, minutes, message) => {
    const created = await create(await appA(), { resource: "/chats/getAllMessages", lifecycleNotificationUrl: receiver.url("/lifecycle") });
    const res = await patch(created.id, await appA(), { expirationDateTime: inMinutes(minutes) });
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(message);
  });

  it("validates a new notificationUrl before keeping it", async () => {
    const created = await create(await megan());
    const res = await patch(created.id, await megan(), { notificationUrl: receiver.url("/moved?v=2") });
    expect(res.status).toBe(200);
    expect(res.body.notificationUrl).toBe(receiver.url("/moved?v=2"));
    expect(receiver.on("/moved")).toHaveLength(1);
    expect(receiver.on("/moved")[0]?.rawQuery).toMatch(/^v=2&validationToken=/);
  });

  it("keeps the old notificationUrl when the new one fails validation", async () => {
    const created = await create(await megan());
    const res = await patch(created.id, await megan(), { notificationUrl: receiver.url("/wrong-body") });
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/^Subscription validation request failed\./);
    expect((await get(created.id, await megan())).body.notificationUrl).toBe(receiver.url("/notify"));
  });

  it("refuses a new notificationUrl on a host it may not deliver to, without contacting it", async () => {
    const created = await create(await megan());
    const res = await patch(created.id, await megan(), { notificationUrl: "http://169.254.169.254/latest" });
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/is not an allowed notification host/);
  });

  it("checks includeResourceData against the certificate fields it ends up with", async () => {
    const created = await create(await megan());
    const refused = await patch(created.id, await megan(), { includeResourceData: true });
    expectGraphError(refused, 400, "BadRequest");
    expect(refused.body.error.message).toMatch(/^encryptionCertificate and encryptionCertificateId are required/);
    const cert = await certificate();
    const res = await patch(created.id, await megan(), {
      includeResourceData: true,
      encryptionCertificate: cert,
      encryptionCertificateId: "c1",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ includeResourceData: true, encryptionCertificate: cert, encryptionCertificateId: "c1" });
  });

  it("refuses an update without any property to change", async () => {
    const created = await create(await megan());
    const res = await patch(created.id, await megan(), {});
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/^No properties to update/);
  });

  it("refuses a change of lifecycleNotificationUrl (delete and re-create instead)", async () => {
    const created = await create(await megan());
    expectGraphError(await patch(created.id, await megan(), { lifecycleNotificationUrl: receiver.url("/l") }), 400, "BadRequest");
  });

  it("answers 404 for another app's subscription", async () => {
    const created = await create(await appA(), { resource: "/chats/getAllMessages" });
    expectGraphError(await patch(created.id, await appB(), { expirationDateTime: inMinutes(40) }), 404, "NotFound");
  });
});

describe("deleteSubscription", () => {
  it("deletes the subscription: 204, then it is gone", async () => {
    const created = await create(await megan());
    const res = await request(app)
      .delete(path(created.id))
      .set(bearer(await megan()));
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expectGraphError(await get(created.id, await megan()), 404, "NotFound");
    expect(((await list(await megan())).body as SubscriptionList).value).toEqual([]);
    expectGraphError(
      await request(app)
        .delete(path(created.id))
        .set(bearer(await megan())),
      404,
      "NotFound",
    );
  });

  it("answers 404 for another app's subscription and leaves it", async () => {
    const created = await create(await appA(), { resource: "/chats/getAllMessages" });
    expectGraphError(
      await request(app)
        .delete(path(created.id))
        .set(bearer(await appB())),
      404,
      "NotFound",
    );
    expect((await get(created.id, await appA())).status).toBe(200);
  });
});

describe("reauthorizeSubscription", () => {
  it("answers 204 without a body and keeps the expiry", async () => {
    const created = await create(await megan());
    const res = await request(app)
      .post(`${path(created.id)}/reauthorize`)
      .set(bearer(await megan()));
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect((await get(created.id, await megan())).body.expirationDateTime).toBe(created.expirationDateTime);
  });

  it("is a 404 once the signed-in user has left the chat: the subscription was removed, with subscriptionRemoved", async () => {
    const { app: controlled, control } = testControlledApp({ clock: () => now });
    app = controlled;
    chatId = await createGroup(app);
    const created = await create(await userToken(USERS.lynne, "Chat.ReadWrite", { appId: APP_A }), {
      lifecycleNotificationUrl: receiver.url("/lifecycle"),
    });
    const owner = await userToken(USERS.megan, "Chat.ReadWrite ChatMember.ReadWrite");
    const members = await request(app)
      .get(`/v1.0/chats/${encodeURIComponent(chatId)}/members`)
      .set(bearer(owner));
    const lynne = (members.body.value as { id: string; userId: string }[]).find((m) => m.userId === USERS.lynne);
    const third = await request(app)
      .post(`/v1.0/chats/${encodeURIComponent(chatId)}/members`)
      .set(bearer(owner))
      .send({
        "@odata.type": "#microsoft.graph.aadUserConversationMember",
        roles: ["owner"],
        "user@odata.bind": `https://graph.microsoft.com/v1.0/users('${USERS.adele}')`,
      });
    expect(third.status).toBe(201);
    expect(
      (
        await request(app)
          .delete(`/v1.0/chats/${encodeURIComponent(chatId)}/members/${lynne?.id ?? ""}`)
          .set(bearer(owner))
      ).status,
    ).toBe(204);
    // The journal waits until the removal's consequences are queued.
    const journal = await control.deliveries();
    expect(journal.filter((d) => d.kind === "lifecycle").map((d) => JSON.parse(d.body) as unknown)).toEqual([
      {
        value: [
          {
            subscriptionId: created.id,
            subscriptionExpirationDateTime: created.expirationDateTime,
            tenantId: expect.any(String) as unknown,
            clientState: "secretClientState",
            lifecycleEvent: "subscriptionRemoved",
          },
        ],
      },
    ]);
    const res = await request(app)
      .post(`${path(created.id)}/reauthorize`)
      .set(bearer(await userToken(USERS.lynne, "Chat.ReadWrite", { appId: APP_A })));
    expectGraphError(res, 404, "NotFound");
  });

  it("answers 404 for another app's subscription, and for an expired one", async () => {
    const created = await create(await appA(), { resource: "/chats/getAllMessages" });
    expectGraphError(
      await request(app)
        .post(`${path(created.id)}/reauthorize`)
        .set(bearer(await appB())),
      404,
      "NotFound",
    );
    now = new Date(FIXED_NOW.getTime() + 31 * 60_000);
    expectGraphError(
      await request(app)
        .post(`${path(created.id)}/reauthorize`)
        .set(bearer(await appA())),
      404,
      "NotFound",
    );
  });
});

describe("createSubscription: quotas", () => {
  it("allows one subscription per app per chat resource", async () => {
    await create(await appA());
    const res = await subscribe(app, await megan(APP_A), {
      changeType: "updated",
      notificationUrl: receiver.url("/notify"),
      resource: `/chats('${chatId}')/messages?$filter=mentions/any(u: u/mentioned/user/id eq '${USERS.megan}')`,
      expirationDateTime: inMinutes(30),
    });
    expectGraphError(res, 403, "Forbidden");
    expect(res.body.error.message).toMatch(/only 1 subscription per application per chat resource is allowed\.$/);
    // Another app, or another resource of the same chat, is another bucket.
    await create(await appB());
    await create(await appToken(["ChatMember.Read.All"], { appId: APP_A }), {
      resource: `/chats/${chatId}/members`,
      changeType: "created",
    });
  });

  it("allows 10 subscriptions to a user's messages, counting every app", async () => {
    const body = { resource: `/users/${USERS.jacob}/chats/getAllMessages` };
    for (let i = 0; i < 5; i++) await create(await appA(), body);
    for (let i = 0; i < 5; i++) await create(await appB(), body);
    const res = await subscribe(app, await appA(), {
      changeType: "created",
      notificationUrl: receiver.url("/notify"),
      expirationDateTime: inMinutes(30),
      ...body,
    });
    expectGraphError(res, 403, "Forbidden");
    expect(res.body.error.message).toBe(
      `The user '${USERS.jacob}' already has 10 subscriptions to /users/{id}/chats/getAllMessages (counting every application); that is the limit.`,
    );
    await create(await appA(), { resource: `/users/${USERS.alex}/chats/getAllMessages` });
  });
});
