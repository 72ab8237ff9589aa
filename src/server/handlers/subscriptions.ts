/**
 * Handlers of change-notification subscriptions (subscription-post-subscriptions.md,
 * subscription-list.md, subscription-get.md, subscription-update.md, subscription-delete.md,
 * subscription-reauthorize.md).
 * Serves: createSubscription, listSubscriptions, getSubscription, updateSubscription,
 * deleteSubscription, reauthorizeSubscription.
 */
import type { components, Readable } from "../../../generated/schema.js";
import { anyApp } from "../domain/subscription-reads.js";
import {
  createSubscription,
  deleteSubscription,
  getSubscription,
  listSubscriptions,
  reauthorizeSubscription,
  updateSubscription,
} from "../domain/subscriptions.js";
import type { SubscriptionRecord } from "../notifications/types.js";
import type { HandlerContext } from "./context.js";
import type { HandlerMap } from "./types.js";

type Schemas = components["schemas"];
type SubscriptionBody = Readable<Schemas["subscription"]>;
type SubscriptionCollection = Readable<Schemas["subscriptionCollectionResponse"]>;
type SubscriptionOperation =
  "createSubscription" | "listSubscriptions" | "getSubscription" | "updateSubscription" | "deleteSubscription" | "reauthorizeSubscription";

/** Server-driven paging as subscription-list.md describes it; Graph names no page size, 100 is ours. */
const PAGE_SIZE = 100;

// Graph's default when the subscriber names none (subscription.md).
const TLS_VERSIONS = ["v1_0", "v1_1", "v1_2", "v1_3"] as const;

const isId = (value: unknown): value is string => typeof value === "string";

export function subscriptionHandlers({ domain, notifications: n, skipTokens }: HandlerContext): Pick<HandlerMap, SubscriptionOperation> {
  return {
    createSubscription: async ({ caller, appId, tokenExpiresAt, body, links }) => {
      const record = await createSubscription(domain, n, caller, { appId, tokenExpiresAt }, body);
      // The create and update examples echo clientState: the caller has just sent it.
      const entity = { "@odata.context": `${links.root}/$metadata#subscriptions/$entity`, ...present(record, true) };
      return { status: 201, body: entity };
    },
    listSubscriptions: async ({ caller, appId, tokenExpiresAt, query, links, base }) => {
      const whose = caller.kind === "user" ? caller.userId.toLowerCase() : "";
      // A token only continues the list it came from: same app, user and reach (own app or any).
      const scope = JSON.stringify([base, "/subscriptions", appId.toLowerCase(), whose, anyApp(caller)]);
      const after = query.$skiptoken === undefined ? undefined : skipTokens.decode(query.$skiptoken, scope, isId);
      const page = await listSubscriptions(n, caller, { appId, tokenExpiresAt }, { after, limit: PAGE_SIZE });
      const body: SubscriptionCollection = {
        "@odata.context": `${links.root}/$metadata#subscriptions`,
        value: page.items.map((record) => present(record, false)),
      };
      if (page.next !== undefined) body["@odata.nextLink"] = links.nextLink(skipTokens.encode(scope, page.next));
      return { status: 200, body };
    },
    getSubscription: async ({ caller, appId, tokenExpiresAt, params, links }) => {
      const record = await getSubscription(n, caller, { appId, tokenExpiresAt }, params.subscriptionId);
      return { status: 200, body: { "@odata.context": `${links.root}/$metadata#subscriptions/$entity`, ...present(record, false) } };
    },
    updateSubscription: async ({ caller, appId, tokenExpiresAt, params, body, links }) => {
      const record = await updateSubscription(domain, n, caller, { appId, tokenExpiresAt }, params.subscriptionId, body);
      return { status: 200, body: { "@odata.context": `${links.root}/$metadata#subscriptions/$entity`, ...present(record, true) } };
    },
    deleteSubscription: async ({ caller, appId, tokenExpiresAt, params }) => {
      await deleteSubscription(n, caller, { appId, tokenExpiresAt }, params.subscriptionId);
      return { status: 204 };
    },
    reauthorizeSubscription: async ({ caller, appId, tokenExpiresAt, params }) => {
      await reauthorizeSubscription(domain, n, caller, { appId, tokenExpiresAt }, params.subscriptionId);
      return { status: 204 };
    },
  };
}

/**
 * The subscription resource (subscription.md). `clientState` is null on reads: subscription-list.md
 * says it is "not returned for security purposes" (graph-notifications-facts.md's decision).
 */
function present(record: SubscriptionRecord, withClientState: boolean): SubscriptionBody {
  return {
    id: record.id,
    resource: record.resource,
    applicationId: record.appId,
    changeType: record.changeType,
    clientState: withClientState ? record.clientState : null,
    notificationUrl: record.notificationUrl,
    notificationQueryOptions: null,
    lifecycleNotificationUrl: record.lifecycleNotificationUrl,
    expirationDateTime: record.expirationDateTime,
    creatorId: record.userId ?? record.appId,
    includeResourceData: record.includeResourceData,
    latestSupportedTlsVersion: TLS_VERSIONS.find((version) => version === record.latestSupportedTlsVersion) ?? "v1_2",
    encryptionCertificate: record.encryptionCertificate,
    encryptionCertificateId: record.encryptionCertificateId,
    notificationUrlAppId: null,
    notificationContentType: "application/json",
  };
}
