// Puts change notifications together for one app: the stores (memory, or the database's), the
// signing key, the service that turns the chat store's writes into deliveries, and the chat
// store wrapped so that every committed write is heard.
import type { Logger } from "pino";
import type { SharedState } from "../store/shared.js";
import type { ChatStore } from "../store/types.js";
import type { NotificationContext } from "./context.js";
import { encryptResourceData, parseEncryptionCertificate, type EncryptionCertificate } from "./encryption.js";
import type { ResourceRenderer } from "./fan-out.js";
import { finishBodies } from "./finish.js";
import { NotificationKeys } from "./keys.js";
import { MemoryDeliveryQueue } from "./memory-deliveries.js";
import { MemorySubscriptionStore } from "./memory-subscriptions.js";
import { notifyingStore } from "./notifying-store.js";
import { NotificationService } from "./service.js";
import type { NotificationSettings } from "./settings.js";
import type { DeliveryQueue, SubscriptionRecord, SubscriptionStore } from "./types.js";

export interface NotificationParts {
  readonly store: ChatStore;
  readonly settings: NotificationSettings;
  readonly clock: () => Date;
  readonly logger: Logger;
  readonly render: ResourceRenderer;
  /** A database's stores (shared by every instance); default: this process's memory. */
  readonly subscriptions?: SubscriptionStore | undefined;
  readonly deliveries?: DeliveryQueue | undefined;
  readonly shared?: SharedState | undefined;
}

export interface Notifications {
  readonly context: NotificationContext;
  readonly service: NotificationService;
  readonly keys: NotificationKeys;
  /** The chat store to use from now on: the given one, reporting its writes. */
  readonly store: ChatStore;
}

export function assembleNotifications(parts: NotificationParts): Notifications {
  const { settings, logger } = parts;
  const deliveries =
    parts.deliveries ??
    new MemoryDeliveryQueue({
      maxPending: settings.maxQueuedDeliveries,
      onOverflow: (dropped) =>
        logger.warn(
          { deliveryId: dropped.id, subscriptionId: dropped.subscriptionId, url: dropped.url },
          `notification dropped: more than ${settings.maxQueuedDeliveries} deliveries were waiting (NOTIFICATION_MAX_QUEUE)`,
        ),
    });
  const context: NotificationContext = {
    subscriptions: parts.subscriptions ?? new MemorySubscriptionStore(),
    deliveries,
    settings,
    clock: parts.clock,
  };
  const keys = new NotificationKeys(parts.shared);
  const service = new NotificationService(context, { render: parts.render, encrypt: encrypter() }, finishBodies(context, keys), logger, {
    sharedQueue: parts.deliveries !== undefined,
  });
  return { context, service, keys, store: notifyingStore(parts.store, service.sink) };
}

/** Encrypts for a subscription's certificate, parsed once per certificate (it was checked at create). */
function encrypter(): (subscription: SubscriptionRecord, json: string) => unknown {
  const parsed = new Map<string, EncryptionCertificate>();
  return (subscription, json) => {
    const der = subscription.encryptionCertificate ?? "";
    let certificate = parsed.get(der);
    if (!certificate) {
      if (parsed.size >= 1_000) parsed.clear(); // bounded: certificates of deleted subscriptions go too
      parsed.set(der, (certificate = parseEncryptionCertificate(der)));
    }
    return encryptResourceData(json, certificate, subscription.encryptionCertificateId ?? "");
  };
}
