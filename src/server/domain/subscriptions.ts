/**
 * Subscriptions to change notifications (subscription-*.md): create (after the validation
 * handshake), renew or re-point, delete, reauthorize; reading them is subscription-reads.ts. A
 * subscription belongs to the app that made it and, when made with a delegated token, to that
 * user too.
 * Serves: createSubscription, updateSubscription, deleteSubscription, reauthorizeSubscription
 * (and re-exports listSubscriptions, getSubscription).
 */
import { randomUUID } from "node:crypto";
import type { NotificationContext } from "../notifications/context.js";
import { checkDeliveryUrl } from "../notifications/delivery-url.js";
import { describeHandshakeFailure, validateEndpoint } from "../notifications/handshake.js";
import { parseChangeTypes, parseResource } from "../notifications/resource.js";
import { QuotaExceededError, type SubscriptionRecord } from "../notifications/types.js";
import type { Caller } from "./caller.js";
import type { DomainContext } from "./context.js";
import { badRequest, forbidden } from "./errors.js";
import type { CreateSubscriptionInput, UpdateSubscriptionInput } from "./inputs.js";
import {
  authorizeWatch,
  blankToNull,
  checkEncryption,
  checkExpiration,
  checkWatchPermission,
  quotasFor,
  type EncryptionFields,
} from "./subscription-rules.js";
import { gone, visibleSubscription, visibleTo, type CallingApp } from "./subscription-reads.js";

export { getSubscription, listSubscriptions, type CallingApp, type SubscriptionPage } from "./subscription-reads.js";

export const MAX_CLIENT_STATE_LENGTH = 128;

export async function createSubscription(
  ctx: DomainContext,
  n: NotificationContext,
  caller: Caller,
  app: CallingApp,
  input: CreateSubscriptionInput,
): Promise<SubscriptionRecord> {
  const parsed = parseResource(input.resource, caller);
  const changeTypes = parseChangeTypes(input.changeType, parsed.watched, input.resource);
  const watched = await authorizeWatch(ctx, caller, parsed.watched, input.resource);
  const now = n.clock();
  const lifecycleNotificationUrl = blankToNull(input.lifecycleNotificationUrl);
  const expirationDateTime = checkExpiration(input.expirationDateTime, now, lifecycleNotificationUrl);
  const clientState = input.clientState ?? null;
  if (clientState !== null && clientState.length > MAX_CLIENT_STATE_LENGTH) {
    throw badRequest(`clientState is ${clientState.length} characters long; at most ${MAX_CLIENT_STATE_LENGTH} are allowed.`);
  }
  const encryption: EncryptionFields = {
    includeResourceData: input.includeResourceData ?? false,
    encryptionCertificate: blankToNull(input.encryptionCertificate),
    encryptionCertificateId: blankToNull(input.encryptionCertificateId),
  };
  checkEncryption(encryption);
  // Every URL is checked before any is contacted, and both must answer before anything is stored.
  checkDeliveryUrl(input.notificationUrl, n.settings, "notificationUrl");
  if (lifecycleNotificationUrl !== null) checkDeliveryUrl(lifecycleNotificationUrl, n.settings, "lifecycleNotificationUrl");
  await handshake(n, "notificationUrl", input.notificationUrl);
  if (lifecycleNotificationUrl !== null) await handshake(n, "lifecycleNotificationUrl", lifecycleNotificationUrl);

  const record: SubscriptionRecord = {
    id: randomUUID(),
    tenantId: caller.tenantId,
    appId: app.appId,
    userId: caller.kind === "user" ? caller.userId : null,
    resource: input.resource,
    watched,
    mentionedUserId: parsed.mentionedUserId,
    changeType: input.changeType,
    changeTypes,
    notificationUrl: input.notificationUrl,
    lifecycleNotificationUrl,
    clientState,
    expirationDateTime,
    ...encryption,
    latestSupportedTlsVersion: input.latestSupportedTlsVersion ?? null,
    createdDateTime: now.toISOString(),
    authorizationExpiresDateTime: authorizationExpiry(app, expirationDateTime),
    lifecycleSent: [],
    chatId: "chatId" in watched ? watched.chatId : null,
    quotaKeys: [],
  };
  const quotas = quotasFor(record.tenantId, record.appId, watched, input.resource);
  const stored = { ...record, quotaKeys: quotas.map((q) => q.key) };
  try {
    await n.subscriptions.insert(stored, quotas);
  } catch (error) {
    if (error instanceof QuotaExceededError) throw forbidden(error.quota.message);
    throw error;
  }
  return stored;
}

/**
 * Renews (a new expirationDateTime, which also reauthorizes with the caller's token), re-points
 * (a new notificationUrl, validated first) or changes the certificate fields.
 */
export async function updateSubscription(
  ctx: DomainContext,
  n: NotificationContext,
  caller: Caller,
  app: CallingApp,
  id: string,
  input: UpdateSubscriptionInput,
): Promise<SubscriptionRecord> {
  const changed = Object.entries(input).filter(([name, value]) => name !== "@odata.type" && value !== undefined);
  if (changed.length === 0) {
    throw badRequest(
      "No properties to update: give expirationDateTime, notificationUrl, includeResourceData, encryptionCertificate, encryptionCertificateId or latestSupportedTlsVersion.",
    );
  }
  const current = await visibleSubscription(n, caller, app, id, false);
  await authorizeWatch(ctx, caller, current.watched, current.resource);
  const now = n.clock();
  const renewedUntil =
    input.expirationDateTime === undefined ? undefined : checkExpiration(input.expirationDateTime, now, current.lifecycleNotificationUrl);
  const encryption = mergedEncryption(current, input);
  checkEncryption(encryption);
  const notificationUrl = input.notificationUrl ?? current.notificationUrl;
  if (notificationUrl !== current.notificationUrl) {
    checkDeliveryUrl(notificationUrl, n.settings, "notificationUrl");
    await handshake(n, "notificationUrl", notificationUrl);
  }
  const updated = await n.subscriptions.update(id, (stored) => {
    if (!visibleTo(stored, caller, app, false) || Date.parse(stored.expirationDateTime) <= now.getTime()) return undefined;
    const renewal =
      renewedUntil === undefined
        ? {}
        : { expirationDateTime: renewedUntil, authorizationExpiresDateTime: authorizationExpiry(app, renewedUntil), lifecycleSent: [] };
    const tls = input.latestSupportedTlsVersion === undefined ? {} : { latestSupportedTlsVersion: input.latestSupportedTlsVersion };
    return { ...stored, ...encryption, ...renewal, ...tls, notificationUrl };
  });
  if (!updated) throw gone(id);
  return updated;
}

/** Deletes it and cancels the deliveries still pending for it (subscription-delete.md). */
export async function deleteSubscription(n: NotificationContext, caller: Caller, app: CallingApp, id: string): Promise<void> {
  const record = await visibleSubscription(n, caller, app, id, false);
  checkWatchPermission(caller, record.watched.kind, record.resource);
  await n.deliveries.cancel(id, "subscription deleted", n.clock().toISOString());
  if (!(await n.subscriptions.delete(id))) throw gone(id);
}

/** Goes on under the caller's current token, without a new expiry (subscription-reauthorize.md). */
export async function reauthorizeSubscription(
  ctx: DomainContext,
  n: NotificationContext,
  caller: Caller,
  app: CallingApp,
  id: string,
): Promise<SubscriptionRecord> {
  const current = await visibleSubscription(n, caller, app, id, false);
  await authorizeWatch(ctx, caller, current.watched, current.resource);
  const now = n.clock().getTime();
  const updated = await n.subscriptions.update(id, (stored) =>
    visibleTo(stored, caller, app, false) && Date.parse(stored.expirationDateTime) > now
      ? { ...stored, authorizationExpiresDateTime: authorizationExpiry(app, stored.expirationDateTime), lifecycleSent: [] }
      : undefined,
  );
  if (!updated) throw gone(id);
  return updated;
}

/** `reauthorizationRequired` is due when the token that made or renewed it expires (or the subscription does). */
function authorizationExpiry(app: CallingApp, expirationDateTime: string): string {
  return app.tokenExpiresAt?.toISOString() ?? expirationDateTime;
}

function mergedEncryption(current: SubscriptionRecord, input: UpdateSubscriptionInput): EncryptionFields {
  return {
    includeResourceData: input.includeResourceData === undefined ? current.includeResourceData : (input.includeResourceData ?? false),
    encryptionCertificate:
      input.encryptionCertificate === undefined ? current.encryptionCertificate : blankToNull(input.encryptionCertificate),
    encryptionCertificateId:
      input.encryptionCertificateId === undefined ? current.encryptionCertificateId : blankToNull(input.encryptionCertificateId),
  };
}

async function handshake(n: NotificationContext, field: string, url: string): Promise<void> {
  const result = await validateEndpoint(url, n.settings);
  if (!result.ok) throw badRequest(describeHandshakeFailure(field, url, result.failure));
}
