// Creating subscriptions (subscription-post-subscriptions.md, teams-changenotifications-*.md):
// which resources and change types, who may subscribe to what, lifetimes, rich-notification
// certificates. The validation handshake and the host rule are subscriptions-handshake.test.ts.
import { appToken, expectGraphError, userToken, USERS } from "./helpers.js";
import {
  APP_A,
  certificate,
  createGroup,
  inMinutes,
  Receiver,
  subscribe,
  type App,
  type SubscriptionBody,
} from "./subscription-support.js";
import { testApp } from "./helpers.js";

let receiver: Receiver;
let app: App;
let chatId: string;

beforeAll(async () => {
  receiver = await Receiver.start();
});
afterAll(() => receiver.close());
beforeEach(async () => {
  app = testApp();
  chatId = await createGroup(app);
});

const megan = (scopes = "Chat.ReadWrite") => userToken(USERS.megan, scopes, { appId: APP_A });
const appWith = (...roles: string[]) => appToken(roles, { appId: APP_A });
const base = (overrides: Record<string, unknown> = {}) => ({
  changeType: "created",
  notificationUrl: receiver.url("/notify"),
  resource: `/chats/${chatId}/messages`,
  expirationDateTime: inMinutes(30),
  clientState: "secretClientState",
  ...overrides,
});

describe("createSubscription", () => {
  it("subscribes a member to a chat's messages and answers 201 with the subscription", async () => {
    const res = await subscribe(app, await megan(), base({ changeType: "created,updated,deleted" }));
    expect(res.status).toBe(201);
    const body = res.body as SubscriptionBody;
    expect(body).toEqual({
      "@odata.context": expect.stringMatching(/\/v1\.0\/\$metadata#subscriptions\/\$entity$/),
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      resource: `/chats/${chatId}/messages`,
      applicationId: APP_A,
      changeType: "created,updated,deleted",
      clientState: "secretClientState",
      notificationUrl: receiver.url("/notify"),
      notificationQueryOptions: null,
      lifecycleNotificationUrl: null,
      expirationDateTime: inMinutes(30),
      creatorId: USERS.megan,
      includeResourceData: false,
      latestSupportedTlsVersion: "v1_2",
      encryptionCertificate: null,
      encryptionCertificateId: null,
      notificationUrlAppId: null,
      notificationContentType: "application/json",
    });
  });

  it("names the application as creator of an application's subscription", async () => {
    const res = await subscribe(app, await appWith("Chat.Read.All"), base({ latestSupportedTlsVersion: "v1_3" }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ applicationId: APP_A, creatorId: APP_A, latestSupportedTlsVersion: "v1_3" });
  });

  it.each([
    ["without a leading slash", (id: string) => `chats/${id}/messages`],
    ["in the key form", (id: string) => `chats('${id}')/messages`],
    ["with a URL-encoded id", (id: string) => `/chats/${encodeURIComponent(id)}/messages`],
    ["in the key form with an encoded id", (id: string) => `/chats('${encodeURIComponent(id)}')/messages`],
    ["with the mentions filter", (id: string) => `/chats/${id}/messages?$filter=mentions/any(u: u/mentioned/user/id eq '${USERS.lynne}')`],
    [
      "with the mentions filter spaced freely",
      (id: string) => `/chats/${id}/messages?$filter=mentions/any( x:x/mentioned/user/id  eq '${USERS.lynne}' )`,
    ],
    ["as a chat", (id: string) => `/chats/${id}`],
    ["as a chat's members", (id: string) => `/chats/${id}/members`],
    ["as the user's messages", () => "/me/chats/getAllMessages"],
    ["as the user's messages under /users", () => `/users/${USERS.megan}/chats/getAllMessages`],
    ["as the user's messages in the key form", () => `/users('${USERS.megan}')/chats/getAllMessages`],
  ])("accepts a signed-in member's resource %s", async (_name, resource) => {
    const changeType = resource(chatId).endsWith("/members") || !resource(chatId).includes("messages") ? "updated" : "created";
    const res = await subscribe(app, await megan("Chat.ReadWrite ChatMember.Read"), base({ resource: resource(chatId), changeType }));
    expect(res.status).toBe(201);
    expect((res.body as SubscriptionBody).resource).toBe(resource(chatId));
  });

  it.each([
    ["/chats/getAllMessages", "Chat.Read.All", "created,updated,deleted"],
    ["/chats", "Chat.ReadBasic.All", "created,updated"],
    ["/chats/getAllMembers", "ChatMember.Read.All", "created,deleted,updated"],
    ["/users/jacob@contoso.com/chats/getAllMessages", "Chat.Read.All", "created"],
  ])("accepts the tenant-wide resource %s from an application", async (resource, role, changeType) => {
    const res = await subscribe(app, await appWith(role), base({ resource, changeType }));
    expect(res.status).toBe(201);
  });

  it.each([
    ["the docs' mail example", "me/mailFolders('Inbox')/messages"],
    ["a channel", "/teams/abc/channels/def/messages"],
    ["one message", "/chats/CHAT/messages/1616964509832"],
    ["a chat's tabs", "/chats/CHAT/tabs"],
    ["an empty segment", "/chats//messages"],
    ["the service root", "/"],
  ])("refuses %s as an unsupported resource", async (_name, resource) => {
    const res = await subscribe(app, await appWith("Chat.Read.All"), base({ resource: resource.replace("CHAT", chatId) }));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toContain(`The resource '${resource.replace("CHAT", chatId)}' is not supported.`);
  });

  it("refuses an absolute URL as the resource: it is relative to the service root", async () => {
    const res = await subscribe(
      app,
      await appWith("Chat.Read.All"),
      base({ resource: `https://graph.microsoft.com/v1.0/chats/${chatId}/messages` }),
    );
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/must be relative to the service root/);
  });

  it("refuses /me in the resource with an application token", async () => {
    const res = await subscribe(app, await appWith("Chat.Read.All"), base({ resource: "/me/chats/getAllMessages" }));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/^\/me request is only valid with delegated authentication flow/);
  });

  it("refuses $search in the resource (not simulated)", async () => {
    const res = await subscribe(app, await megan(), base({ resource: `/chats/${chatId}/messages?$search=Hello` }));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/^\$search in a subscription's resource is not supported/);
  });

  it.each([
    [
      "a $filter on a chat",
      "/chats/CHAT",
      "$filter=mentions/any(u: u/mentioned/user/id eq 'x')",
      /\$filter is supported on message resources only/,
    ],
    ["another $filter", "/chats/CHAT/messages", "$filter=from/user/id eq 'x'", /The \$filter 'from\/user\/id eq 'x'' is not supported/],
    ["$top", "/chats/CHAT/messages", "$top=5", /The query option '\$top' is not supported/],
  ])("refuses %s", async (_name, path, query, message) => {
    const res = await subscribe(
      app,
      await megan("Chat.ReadWrite"),
      base({ resource: `${path.replace("CHAT", chatId)}?${query}`, changeType: "updated" }),
    );
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(message);
  });

  it.each([
    ["an unknown change type", "created,moved", /^'moved' is not a valid changeType/],
    ["a capitalised change type", "Created", /^'Created' is not a valid changeType/],
    ["an empty part", "created,", /^'' is not a valid changeType/],
    ["a change type twice", "created, updated,created", /names 'created' more than once/],
  ])("refuses %s", async (_name, changeType, message) => {
    const res = await subscribe(app, await megan(), base({ changeType }));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(message);
  });

  it("accepts change types with spaces around the commas", async () => {
    const res = await subscribe(app, await megan(), base({ changeType: "created, updated" }));
    expect(res.status).toBe(201);
    expect(res.body.changeType).toBe("created, updated");
  });

  it.each([
    ["created on one chat", "CHAT_RESOURCE", "created", "updated, deleted"],
    ["deleted on the tenant's chats", "/chats", "updated,deleted", "created, updated"],
  ])("refuses a change type the resource has no notifications for: %s", async (_name, resource, changeType, supported) => {
    const res = await subscribe(
      app,
      await appWith("Chat.Read.All"),
      base({ resource: resource.replace("CHAT_RESOURCE", `/chats/${chatId}`), changeType }),
    );
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(new RegExp(`is not supported for the resource .*; it supports ${supported}\\.$`));
  });
});

describe("createSubscription: permissions", () => {
  it.each(["/chats/getAllMessages", "/chats", "/chats/getAllMembers"])(
    "refuses a signed-in user's subscription to %s (application only)",
    async (resource) => {
      const res = await subscribe(app, await megan("Chat.ReadWrite ChatMember.ReadWrite"), base({ resource, changeType: "updated" }));
      expectGraphError(res, 403, "Forbidden");
      expect(res.body.error.message).toBe(
        `Subscriptions to '${resource}' need an application token: delegated permissions are not supported for this resource.`,
      );
    },
  );

  it("refuses chat messages to a delegated token with only Chat.ReadBasic, naming what would do", async () => {
    const res = await subscribe(app, await megan("Chat.ReadBasic"), base());
    expectGraphError(res, 403, "Forbidden");
    expect(res.body.error.message).toBe(
      "Missing scope permissions on the request. API requires one of 'Chat.Read, Chat.ReadWrite'. Scopes on the request 'Chat.ReadBasic'.",
    );
  });

  it("accepts a chat's own changes with Chat.ReadBasic, and higher scopes as well", async () => {
    expect(
      (await subscribe(app, await megan("Chat.ReadBasic"), base({ resource: `/chats/${chatId}`, changeType: "updated" }))).status,
    ).toBe(201);
    const other = testApp();
    const otherChat = await createGroup(other);
    expect(
      (await subscribe(other, await megan("Chat.Read"), base({ resource: `/chats/${otherChat}`, changeType: "deleted" }))).status,
    ).toBe(201);
  });

  it("refuses a chat's members to Chat.Read and accepts them with ChatMember.ReadWrite", async () => {
    const members = base({ resource: `/chats/${chatId}/members`, changeType: "created" });
    const refused = await subscribe(app, await megan("Chat.Read"), members);
    expectGraphError(refused, 403, "Forbidden");
    expect(refused.body.error.message).toMatch(/requires one of 'ChatMember\.Read, ChatMember\.ReadWrite'/);
    expect((await subscribe(app, await megan("ChatMember.ReadWrite"), members)).status).toBe(201);
  });

  it("refuses chat messages to an application with Chat.ReadBasic.All and accepts Chat.ReadWrite.All", async () => {
    const refused = await subscribe(app, await appWith("Chat.ReadBasic.All"), base());
    expectGraphError(refused, 403, "Forbidden");
    expect(refused.body.error.message).toBe(
      "Missing scope permissions on the request. API requires one of 'Chat.Read.All, Chat.ReadWrite.All'. Roles on the request 'Chat.ReadBasic.All'.",
    );
    expect((await subscribe(app, await appWith("Chat.ReadWrite.All"), base())).status).toBe(201);
  });

  it("refuses the tenant's chats to an application with only ChatMember.Read.All", async () => {
    const res = await subscribe(app, await appWith("ChatMember.Read.All"), base({ resource: "/chats", changeType: "created" }));
    expectGraphError(res, 403, "Forbidden");
    expect(res.body.error.message).toMatch(/requires one of 'Chat\.ReadBasic\.All, Chat\.Read\.All, Chat\.ReadWrite\.All'/);
  });
});

describe("createSubscription: the watched chat or user", () => {
  it("refuses a signed-in user who is not a member of the chat", async () => {
    const res = await subscribe(app, await userToken(USERS.adele, "Chat.Read"), base());
    expectGraphError(res, 403, "Forbidden");
    expect(res.body.error.message).toBe("The signed-in user is not a member of this chat.");
  });

  it.each(["user", "app"])("answers 404 for a chat that does not exist (%s)", async (kind) => {
    const token = kind === "user" ? await megan() : await appWith("Chat.Read.All");
    const missing = "19:00000000000000000000000000000bad@thread.v2";
    const res = await subscribe(app, token, base({ resource: `/chats/${missing}/messages` }));
    expectGraphError(res, 404, "NotFound");
    expect(res.body.error.message).toBe(`Chat '${missing}' was not found.`);
  });

  it("refuses a signed-in user's subscription to another user's messages", async () => {
    const res = await subscribe(app, await megan(), base({ resource: `/users/${USERS.lynne}/chats/getAllMessages` }));
    expectGraphError(res, 403, "Forbidden");
    expect(res.body.error.message).toMatch(/can only subscribe to their own chats' messages/);
  });

  it("answers 404 for a user that does not exist", async () => {
    const res = await subscribe(app, await appWith("Chat.Read.All"), base({ resource: "/users/nobody@contoso.com/chats/getAllMessages" }));
    expectGraphError(res, 404, "NotFound");
    expect(res.body.error.message).toBe("User 'nobody@contoso.com' was not found.");
  });
});

describe("createSubscription: lifetime", () => {
  it.each([
    ["in the past", -1],
    ["now", 0],
  ])("refuses an expirationDateTime %s", async (_name, minutes) => {
    const res = await subscribe(app, await megan(), base({ expirationDateTime: inMinutes(minutes) }));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/^Subscription expiration must be in the future/);
  });

  it("refuses more than 4,320 minutes, naming the maximum", async () => {
    const res = await subscribe(
      app,
      await megan(),
      base({ expirationDateTime: inMinutes(4321), lifecycleNotificationUrl: receiver.url("/lifecycle") }),
    );
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/^Subscription expiration can only be 4320 minutes in the future/);
  });

  it("accepts exactly 4,320 minutes with a lifecycleNotificationUrl, validating both URLs", async () => {
    const before = receiver.received.length;
    const res = await subscribe(
      app,
      await megan(),
      base({ expirationDateTime: inMinutes(4320), lifecycleNotificationUrl: receiver.url("/lifecycle") }),
    );
    expect(res.status).toBe(201);
    expect(res.body.lifecycleNotificationUrl).toBe(receiver.url("/lifecycle"));
    expect(receiver.received.slice(before).map((r) => r.path)).toEqual(["/notify", "/lifecycle"]);
  });

  it("refuses more than an hour without a lifecycleNotificationUrl, in Graph's words", async () => {
    const res = await subscribe(app, await megan(), base({ expirationDateTime: inMinutes(61) }));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toBe(
      "lifecycleNotificationUrl is a required property for subscription creation on this resource when the expirationDateTime value is set to greater than 1 hour.",
    );
  });

  it("accepts exactly an hour without a lifecycleNotificationUrl", async () => {
    expect((await subscribe(app, await megan(), base({ expirationDateTime: inMinutes(60) }))).status).toBe(201);
  });
});

describe("createSubscription: rich notifications", () => {
  it.each([
    ["without a certificate", { encryptionCertificateId: "my-cert" }],
    ["without a certificate id", { encryptionCertificate: "CERT" }],
  ])("refuses includeResourceData %s", async (_name, fields) => {
    const cert = await certificate();
    const given = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v === "CERT" ? cert : v]));
    const res = await subscribe(app, await megan(), base({ includeResourceData: true, ...given }));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(
      /^encryptionCertificate and encryptionCertificateId are required when includeResourceData is true/,
    );
  });

  it("accepts includeResourceData with an RSA certificate and echoes its fields", async () => {
    const cert = await certificate();
    const res = await subscribe(
      app,
      await megan(),
      base({ includeResourceData: true, encryptionCertificate: cert, encryptionCertificateId: "my-cert" }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ includeResourceData: true, encryptionCertificate: cert, encryptionCertificateId: "my-cert" });
  });

  it.each([
    ["not base64", async () => "not a certificate!", /^encryptionCertificate is not base64/],
    ["not a certificate", async () => Buffer.from("hello").toString("base64"), /^encryptionCertificate is not a DER X\.509 certificate/],
    ["an EC certificate", () => certificate("ec"), /RSA/],
    ["a 1024-bit RSA certificate", () => certificate("rsa", 1024), /1024-bit/],
  ])("refuses a certificate that is %s, with the reason", async (_name, make, message) => {
    const res = await subscribe(
      app,
      await megan(),
      base({ includeResourceData: true, encryptionCertificate: await make(), encryptionCertificateId: "c" }),
    );
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(message);
  });

  it("refuses an unknown property and a read-only one", async () => {
    expectGraphError(await subscribe(app, await megan(), base({ notificationUrlx: receiver.url("/n") })), 400, "BadRequest");
    expectGraphError(await subscribe(app, await megan(), base({ applicationId: APP_A })), 400, "BadRequest");
  });

  it("refuses a clientState longer than 128 characters", async () => {
    const res = await subscribe(app, await megan(), base({ clientState: "x".repeat(129) }));
    expectGraphError(res, 400, "BadRequest");
  });
});
