// Rich notifications end to end (concepts/change-notifications-with-resource-data.md,
// resources/changenotificationencryptedcontent.md): the subscriber gives its certificate, the
// server encrypts the changed resource to it, and a receiver decrypts it with the package's own
// helper and the private key, and verifies the validationTokens against the server's published
// keys — exactly as it would against Graph, only the JWKS URL differs.
//
// Decided here: a notification has no request, so the absolute links inside the resource (hosted
// content URLs in a message's body) start with Graph's service root, https://graph.microsoft.com/v1.0
// (or publicBaseUrl when set), while a GET to this server answers with its own origin. The
// comparison with GET therefore maps the server's origin to Graph's; everything else is equal.
import { jest } from "@jest/globals";
import { decodeProtectedHeader } from "jose";
import { decryptResourceData, verifyValidationTokens } from "../../src/client/notifications/index.js";
import type { ChangeNotification, ChangeNotificationCollection } from "../../src/client/notifications/types.js";
import { unwrap } from "../../src/index.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { makeCertificate, type TestCertificate } from "../notifications/certificates.js";
import { NotificationReceiver } from "../support/receiver.js";
import {
  APP,
  asApp,
  asUser,
  DEMO_TENANT_ID,
  groupChat,
  LYNNE,
  MEGAN,
  minutesFrom,
  OTHER_APP,
  send,
  subscribe,
  type SubscriptionRequest,
} from "./notifications-fixtures.js";

const GRAPH_ROOT = "https://graph.microsoft.com/v1.0";
// A 1×1 PNG, sent as an inline image so the message's body holds an absolute hosted-content link.
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

// Real deliveries; on a loaded machine an operation's first request is slow.
jest.setTimeout(60_000);

let server: RunningServer;
let receiver: NotificationReceiver;
let certificate: TestCertificate;

beforeAll(async () => {
  receiver = await NotificationReceiver.start();
  server = await startServer({ notifications: { retryDelaysMs: [200], deliveryTimeoutMs: 10_000 } });
  certificate = await makeCertificate();
});
afterAll(async () => {
  await receiver.close();
  await server.close();
});
afterEach(async () => {
  await server.reset();
  receiver.forget();
});

const rich = (resource: string, path: string, changeType: string): SubscriptionRequest => ({
  changeType,
  notificationUrl: receiver.url(path),
  resource,
  expirationDateTime: minutesFrom(Date.now(), 30),
  clientState: "rich",
  includeResourceData: true,
  encryptionCertificate: certificate.base64Der,
  encryptionCertificateId: "our-key-2026",
});

function decrypted<T>(notification: ChangeNotification | undefined): T {
  if (!notification?.encryptedContent) throw new Error("the notification carries no encryptedContent");
  return decryptResourceData<T>(notification.encryptedContent, certificate.privateKeyPem, {
    expectedThumbprint: certificate.x509.fingerprint,
  });
}

/** A GET's body as a notification renders it: Graph's origin in links, no `@odata.context`. */
function asNotified(body: object): unknown {
  const { "@odata.context": _context, ...rest } = body as Record<string, unknown>;
  return JSON.parse(JSON.stringify(rest).replaceAll(server.baseUrl, GRAPH_ROOT)) as unknown;
}

describe("encryptedContent", () => {
  it("carries each message change's resource, which decrypts to what GET returns after that change", async () => {
    const megan = await asUser(server, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE]);
    await subscribe(megan, rich(`/chats/${chatId}/messages`, "/rich", "created,updated,deleted"));
    const sent = await unwrap(
      megan.POST("/chats/{chatId}/messages", {
        params: { path: { chatId } },
        body: {
          body: { contentType: "html", content: 'A picture: <img src="../hostedContents/1/$value">' },
          hostedContents: [{ "@microsoft.graph.temporaryId": "1", contentBytes: PNG, contentType: "image/png" }],
        },
      }),
    );
    const path = { chatId, messageId: sent.id };
    const [created] = await receiver.changesAt("/rich", 1);
    const afterSend = await unwrap(megan.GET("/chats/{chatId}/messages/{messageId}", { params: { path } }));
    await unwrap(
      megan.PATCH("/chats/{chatId}/messages/{messageId}", { params: { path }, body: { body: { contentType: "text", content: "Edited" } } }),
    );
    const [, updated] = await receiver.changesAt("/rich", 2);
    const afterEdit = await unwrap(megan.GET("/chats/{chatId}/messages/{messageId}", { params: { path } }));
    await unwrap(megan.POST("/chats/{chatId}/messages/{messageId}/softDelete", { params: { path } }));
    const [, , deleted] = await receiver.changesAt("/rich", 3);
    const afterDelete = await unwrap(megan.GET("/chats/{chatId}/messages/{messageId}", { params: { path } }));

    expect(decrypted(created)).toEqual(asNotified(afterSend));
    expect(decrypted<{ body: { content: string } }>(created).body.content).toContain(
      `${GRAPH_ROOT}/chats/${chatId}/messages/${sent.id}/hostedContents/`,
    );
    expect(decrypted(updated)).toEqual(asNotified(afterEdit));
    expect(decrypted(deleted)).toEqual(asNotified(afterDelete));
    expect([created?.changeType, updated?.changeType, deleted?.changeType]).toEqual(["created", "updated", "deleted"]);
    expect(created?.encryptedContent).toEqual({
      data: expect.any(String),
      dataSignature: expect.any(String),
      dataKey: expect.any(String),
      encryptionCertificateId: "our-key-2026",
      encryptionCertificateThumbprint: certificate.x509.fingerprint.replaceAll(":", "").toUpperCase(),
    });
    // The plain parts are there too, as in every notification.
    expect(created).toMatchObject({ changeType: "created", clientState: "rich", resourceData: { id: sent.id } });
  });

  it("carries a chat as the subscribing application reads it with GET /chats/{id}", async () => {
    const app = await asApp(server, ["Chat.ReadBasic.All"]);
    await subscribe(app, rich("/chats", "/rich-chats", "created,updated"));
    const megan = await asUser(server, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE], "Rich topic");
    await unwrap(megan.PATCH("/chats/{chatId}", { params: { path: { chatId } }, body: { topic: "Renamed" } }));

    const [created, updated] = await receiver.changesAt("/rich-chats", 2);
    const now = await unwrap(app.GET("/chats/{chatId}", { params: { path: { chatId } } }));
    expect(decrypted(updated)).toEqual(asNotified(now));
    expect(decrypted<{ id: string; topic: string }>(created)).toMatchObject({ id: chatId, topic: "Rich topic" });
  });
});

describe("validationTokens", () => {
  it("verify against the server's /.well-known/notification-keys for the subscribing app and tenant, and not for another app", async () => {
    const megan = await asUser(server, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE]);
    await subscribe(megan, rich(`/chats/${chatId}/messages`, "/tokens", "created"));
    await send(megan, chatId, "sign this");
    await receiver.changesAt("/tokens", 1);

    const body = receiver.postsTo("/tokens")[0]?.body as ChangeNotificationCollection;
    expect(Object.keys(body)).toEqual(["value", "validationTokens"]);
    const tokens = body.validationTokens ?? [];
    expect(tokens).toHaveLength(1);
    const jwksUrl = `${server.url}/.well-known/notification-keys`;
    expect(await verifyValidationTokens(tokens, { tenantIds: [DEMO_TENANT_ID], appId: APP, jwksUrl })).toBe(true);
    expect(await verifyValidationTokens(tokens, { tenantIds: [DEMO_TENANT_ID], appId: OTHER_APP, jwksUrl })).toBe(false);
    expect(await verifyValidationTokens(tokens, { tenantIds: ["72f988bf-86f1-41af-91ab-2d7cd011db47"], appId: APP, jwksUrl })).toBe(false);
    // Signed by the published key.
    const jwks = (await (await fetch(jwksUrl)).json()) as { keys: { kid: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual([decodeProtectedHeader(tokens[0] ?? "").kid]);
  });

  it("are not sent without resource data", async () => {
    const megan = await asUser(server, MEGAN);
    const chatId = await groupChat(megan, [MEGAN, LYNNE]);
    const {
      includeResourceData: _i,
      encryptionCertificate: _c,
      encryptionCertificateId: _id,
      ...plain
    } = rich(`/chats/${chatId}/messages`, "/plain", "created");
    await subscribe(megan, plain);
    await send(megan, chatId, "plain");
    const [notification] = await receiver.changesAt("/plain", 1);
    expect(notification?.encryptedContent).toBeUndefined();
    expect(Object.keys(receiver.postsTo("/plain")[0]?.body as object)).toEqual(["value"]);
  });
});
