// graph-chat-contract/notifications: helpers for a webhook that receives Graph's change
// notifications (or the reference server's). Node only (node:crypto), and framework-free apart
// from handleValidation's structural (req, res), so it is kept out of the browser-safe client entry.
export { validationResponse, handleValidation } from "./validation.js";
export type { ValidationResponse, RequestLike, ResponseLike } from "./validation.js";
export { checkClientState } from "./client-state.js";
export type { ClientStateCheck } from "./client-state.js";
export { decryptResourceData, NotificationDecryptionError, DataSignatureMismatchError } from "./decrypt.js";
export type { DecryptOptions, NotificationDecryptionFailure } from "./decrypt.js";
export {
  verifyValidationToken,
  verifyValidationTokens,
  MICROSOFT_JWKS_URL,
  GRAPH_NOTIFICATION_PUBLISHER_APP_ID,
} from "./validation-tokens.js";
export type { ValidationTokenOptions } from "./validation-tokens.js";
export type {
  ChangeType,
  LifecycleEvent,
  ChangeNotificationEncryptedContent,
  ResourceData,
  ChangeNotification,
  ChangeNotificationCollection,
  LifecycleNotification,
  LifecycleNotificationCollection,
} from "./types.js";
