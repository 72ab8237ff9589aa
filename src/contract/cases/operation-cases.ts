// Every operation's contract case, keyed by operationId. Typed by the generated operations: an
// operation without a case, or a case under a name that is no operationId, does not compile.
// Invalid requests are mutations of these cases' requests (fuzz/request-mutations.ts).
import type { CanonicalOperationId } from "../../shared/operations.js";
import { addChatsCases } from "./add-chats.js";
import type { OperationCase } from "./case.js";
import { chatListCases } from "./chat-lists.js";
import { chatCases } from "./chats.js";
import { hostedContentCases } from "./hosted-contents.js";
import { memberCases } from "./members.js";
import { messageChangeCases } from "./message-changes.js";
import { messageCases } from "./messages.js";
import { pinCases } from "./pins.js";
import { subscriptionCases } from "./subscriptions.js";

export const operationCases = {
  ...chatCases,
  ...chatListCases,
  ...memberCases,
  ...messageCases,
  ...messageChangeCases,
  ...hostedContentCases,
  ...addChatsCases,
  ...pinCases,
  ...subscriptionCases,
} satisfies Record<CanonicalOperationId, OperationCase>;

/**
 * The order the spec-driven checks run the cases in, and the order the fuzz numbers them by. It
 * is the order they had as a list, kept so that a seed sends the same requests it always did.
 */
export const CASE_ORDER = [
  "createChat",
  "getChat",
  "updateChat",
  "listChats",
  "listMyChats",
  "listUserChats",
  "hideChatForUser",
  "unhideChatForUser",
  "markChatReadForUser",
  "markChatUnreadForUser",
  "sendChatMessage",
  "addChatMember",
  "listChatMembers",
  "getChatMember",
  "removeChatMember",
  "addChatMembers",
  "removeChatMembers",
  "listChatMessages",
  "getChatMessage",
  "addChatsForMe",
  "addChatsForUser",
  "updateChatMessage",
  "softDeleteChatMessage",
  "undoSoftDeleteChatMessage",
  "setChatMessageReaction",
  "unsetChatMessageReaction",
  "listChatPinnedMessages",
  "pinChatMessage",
  "unpinChatMessage",
  "listChatMessageHostedContents",
  "getChatMessageHostedContent",
  "getChatMessageHostedContentValue",
  "createSubscription",
  "listSubscriptions",
  "getSubscription",
  "updateSubscription",
  "deleteSubscription",
  "reauthorizeSubscription",
] as const satisfies readonly CanonicalOperationId[];

// An operation missing from CASE_ORDER would never be checked or fuzzed: then this does not compile.
type Unordered = Exclude<CanonicalOperationId, (typeof CASE_ORDER)[number]>;
const _everyCaseOrdered: [Unordered] extends [never] ? true : Unordered = true;
