// The server's notification signing key: made on first use (an RSA key takes a moment to
// generate, which start-up should not pay), stored in the database when there is one so every
// instance signs with the same key across restarts, and published as a JWKS.
import type { SharedState } from "../store/shared.js";
import {
  createNotificationKey,
  exportNotificationKey,
  importNotificationKey,
  notificationJwks,
  signValidationToken,
  type NotificationJwks,
  type NotificationKey,
} from "./validation-tokens.js";

const DOCUMENT = "notification-signing-key";

export class NotificationKeys {
  private key: Promise<NotificationKey> | undefined;

  constructor(private readonly shared?: SharedState) {}

  /** The public key set receivers verify `validationTokens` with (`/.well-known/notification-keys`). */
  async jwks(): Promise<NotificationJwks> {
    return notificationJwks((await this.current()).publicJwk);
  }

  /** A validation token for the subscribing app in its tenant, valid from `now` for an hour. */
  async sign(tenantId: string, appId: string, now: Date): Promise<string> {
    const key = await this.current();
    return signValidationToken(key.privateKey, { tenantId, appId, kid: key.kid, now });
  }

  private current(): Promise<NotificationKey> {
    this.key ??= this.load().catch((error: unknown) => {
      this.key = undefined; // a database hiccup should not poison every later signature
      throw error;
    });
    return this.key;
  }

  private async load(): Promise<NotificationKey> {
    if (!this.shared) return createNotificationKey();
    return importNotificationKey(await this.shared.document(DOCUMENT, async () => exportNotificationKey(await createNotificationKey())));
  }
}
