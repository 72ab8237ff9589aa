// What the domain accepts, picked from the contract's request schemas (generated types), so a rule
// can never take a shape the API does not: the handlers pass validated request bodies straight in.
import type { components, Writable } from "../../../generated/schema.js";

type Schemas = components["schemas"];

/** One member as createChat, addChatMember and addChatMembers take it. */
export type MemberInput = Pick<
  Writable<Schemas["aadUserConversationMember"]>,
  "user@odata.bind" | "roles" | "tenantId" | "visibleHistoryStartDateTime"
>;

/** One member as the bulk add action takes it: `roles` may be empty (conversationmembers-add.md). */
export type BulkMemberInput = Pick<
  Writable<Schemas["bulkMemberToAdd"]>,
  "user@odata.bind" | "roles" | "tenantId" | "visibleHistoryStartDateTime"
>;

export type CreateChatInput = Pick<Writable<Schemas["createChatRequest"]>, "chatType" | "topic"> & {
  readonly members: readonly MemberInput[];
};

/** The parts of a message that refer to each other: the body and what its tags name. */
export type MessageContentInput = Pick<Writable<Schemas["chatMessageSendRequest"]>, "body" | "mentions" | "attachments" | "hostedContents">;

export type SendMessageInput = MessageContentInput & Pick<Writable<Schemas["chatMessageSendRequest"]>, "subject" | "importance">;

/** A user named in the body of hideForUser, unhideForUser and markChatRead/UnreadForUser. */
export type UserReference = Pick<Writable<Schemas["teamworkUserIdentity"]>, "id" | "tenantId">;

export type AddChatsInput = Pick<Writable<Schemas["addChatsRequest"]>, "id" | "topic">;

/** The changes an update of a message may carry (the rest of a message sent back is ignored). */
export type MessageUpdateInput = Pick<
  Writable<Schemas["chatMessageUpdateRequest"]>,
  "body" | "subject" | "importance" | "mentions" | "attachments" | "hostedContents" | "policyViolation"
>;

/** A reaction as setReaction and unsetReaction take it. */
export type ReactionInput = Writable<Schemas["chatMessageReactionRequest"]>;

/** A subscription as createSubscription takes it (read-only properties are refused by the contract). */
export type CreateSubscriptionInput = Pick<
  Writable<Schemas["createSubscriptionRequest"]>,
  | "resource"
  | "changeType"
  | "notificationUrl"
  | "lifecycleNotificationUrl"
  | "expirationDateTime"
  | "clientState"
  | "includeResourceData"
  | "encryptionCertificate"
  | "encryptionCertificateId"
  | "latestSupportedTlsVersion"
>;

/** What updateSubscription may change. */
export type UpdateSubscriptionInput = Omit<Writable<Schemas["updateSubscriptionRequest"]>, "@odata.type">;
