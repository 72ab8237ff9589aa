// The spec's schemas under the names the suite uses, all from generated/schema.d.ts. An answer is
// read through them only after Http has checked its body against the documented schema.
import type { components, Readable, Writable } from "../../../generated/schema.js";

type Schemas = components["schemas"];

/** A member's role (`owner` or `guest`). */
export type Role = Schemas["conversationMemberRole"];

/** A chat as the server answers it. */
export type Chat = Readable<Schemas["chat"]>;

/** A member of a chat as the server answers it. */
export type ChatMember = Readable<Schemas["aadUserConversationMember"]>;

/** A member as a create-chat or add-member body sends it. */
export type MemberInput = Writable<Schemas["aadUserConversationMember"]>;

/** A message as the server answers it. */
export type ChatMessage = Readable<Schemas["chatMessage"]>;

/** A page of chats. */
export type ChatList = Readable<Schemas["chatCollectionResponse"]>;

/** A chat's members. */
export type MemberList = Readable<Schemas["conversationMemberCollectionResponse"]>;

/** A page of messages. */
export type MessageList = Readable<Schemas["chatMessageCollectionResponse"]>;

/** The per-member results of a bulk add or remove. */
export type BulkResults = Readable<Schemas["actionResultPartCollectionResponse"]>;

/** A pinned message as the server answers a pin. */
export type PinnedMessage = Readable<Schemas["pinnedChatMessageInfo"]>;

/** A chat's pinned messages. */
export type PinnedList = Readable<Schemas["pinnedChatMessageInfoCollectionResponse"]>;

/** A subscription as the server answers it. */
export type Subscription = Readable<Schemas["subscription"]>;

/** A page of subscriptions. */
export type SubscriptionList = Readable<Schemas["subscriptionCollectionResponse"]>;

/** What a notificationUrl receives. */
export type ChangeNotificationCollection = Schemas["changeNotificationCollection"];
