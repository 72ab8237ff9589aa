// Which limit applies to which operation, and what it counts by, in Graph's words: "per app per
// tenant", "per user", "per chat" (../shared/graph-chat-facts.md, "Throttling").
import type { CanonicalOperationId } from "../../shared/operations.js";
import type { ThrottleRuleName } from "./limits.js";

/** What a rule's buckets are keyed by (always within one tenant). */
export type RuleScope = "app" | "user" | "chat";

export interface ThrottleRule {
  readonly name: ThrottleRuleName;
  readonly scope: RuleScope;
  /** The operations the rule counts (aliases count as their canonical operation); absent: every operation. */
  readonly operations?: ReadonlySet<CanonicalOperationId>;
  /** For the 429 message: what the limit is on. */
  readonly what: string;
}

const LIST_CHATS = new Set<CanonicalOperationId>(["listChats", "listMyChats", "listUserChats"]);
// Graph states "POST/DELETE members"; the bulk add and remove actions are member writes too.
const MEMBER_WRITES = new Set<CanonicalOperationId>(["addChatMember", "removeChatMember", "addChatMembers", "removeChatMembers"]);
const SEND_MESSAGE = new Set<CanonicalOperationId>(["sendChatMessage"]);

/** Most specific first: of equally tight buckets, the first one is the one reported. */
export const RULES: readonly ThrottleRule[] = [
  { name: "membersPerChat", scope: "chat", operations: MEMBER_WRITES, what: "adding or removing members of one chat" },
  { name: "sendMessagePerChat", scope: "chat", operations: SEND_MESSAGE, what: "sending messages to one chat" },
  { name: "listChatsPerUser", scope: "user", operations: LIST_CHATS, what: "listing one user's chats" },
  { name: "sendMessagePerApp", scope: "app", operations: SEND_MESSAGE, what: "sending chat messages, per application and tenant" },
  { name: "listChatsPerApp", scope: "app", operations: LIST_CHATS, what: "listing chats, per application and tenant" },
  { name: "app", scope: "app", what: "chat API calls, per application and tenant" },
];
