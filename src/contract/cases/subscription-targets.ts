// What a createSubscription request may watch, and who may ask: the chat resources of
// teams-changenotifications-chat*.md with their change types, each with the least permissions the
// pages name (graph-notifications-facts.md's table), so a generated valid request is valid on Graph.
import fc from "fast-check";
import { asApp, asUser, memberId, type SuiteContext } from "../core/context.js";
import type { TokenKind } from "../core/types.js";

export type TargetKind =
  "chatMessages" | "chat" | "chatMembers" | "chats" | "allChatMessages" | "allChatMembers" | "myMessages" | "userMessages";

interface TargetRule {
  changeTypes: readonly string[];
  /** Delegated scopes (the signed-in user is member 0: a member of the chat, and themself). */
  delegated: readonly string[];
  application: readonly string[];
  /** `$filter=mentions/any(…)` may narrow it (message resources). */
  mentions: boolean;
}

const MESSAGES = ["created", "updated", "deleted"] as const;

const TARGETS: Record<TargetKind, TargetRule> = {
  chatMessages: { changeTypes: MESSAGES, delegated: ["Chat.Read", "Chat.ReadWrite"], application: ["Chat.Read.All"], mentions: true },
  chat: { changeTypes: ["updated", "deleted"], delegated: ["Chat.ReadBasic"], application: ["Chat.ReadBasic.All"], mentions: false },
  chatMembers: {
    changeTypes: ["created", "updated", "deleted"],
    delegated: ["ChatMember.Read"],
    application: ["ChatMember.Read.All"],
    mentions: false,
  },
  chats: { changeTypes: ["created", "updated"], delegated: [], application: ["Chat.ReadBasic.All", "Chat.Read.All"], mentions: false },
  allChatMessages: { changeTypes: MESSAGES, delegated: [], application: ["Chat.Read.All"], mentions: true },
  allChatMembers: { changeTypes: ["created", "updated", "deleted"], delegated: [], application: ["ChatMember.Read.All"], mentions: false },
  myMessages: { changeTypes: MESSAGES, delegated: ["Chat.Read", "Chat.ReadWrite"], application: [], mentions: true },
  userMessages: { changeTypes: MESSAGES, delegated: ["Chat.Read", "Chat.ReadWrite"], application: ["Chat.Read.All"], mentions: true },
};

/** A resource to watch, a caller allowed to, the change types asked for (in the order sent). */
export interface TargetPlan {
  kind: TargetKind;
  caller: TokenKind;
  changeTypes: string[];
  mentions: boolean;
}

export function targetArb(ctx: SuiteContext): fc.Arbitrary<TargetPlan> {
  const user = memberId(ctx, 0);
  const kinds = Object.keys(TARGETS) as TargetKind[];
  return fc.constantFrom(...kinds).chain((kind) => {
    const rule = TARGETS[kind];
    const callers: fc.Arbitrary<TokenKind>[] = [];
    if (rule.delegated.length > 0) callers.push(fc.constantFrom(...rule.delegated).map((scope) => asUser(user, [scope])));
    if (rule.application.length > 0) callers.push(fc.constantFrom(...rule.application).map((role) => asApp([role])));
    return fc.record({
      kind: fc.constant(kind),
      caller: fc.oneof(...callers),
      changeTypes: fc.shuffledSubarray([...rule.changeTypes], { minLength: 1 }),
      mentions: rule.mentions ? fc.boolean() : fc.constant(false),
    });
  });
}

/** The `resource` of a plan, for the chat made for it. Ids are written as Graph's pages write them, unencoded. */
export function resourceOf(ctx: SuiteContext, plan: TargetPlan, chatId: string): string {
  const path = {
    chatMessages: `/chats/${chatId}/messages`,
    chat: `/chats/${chatId}`,
    chatMembers: `/chats/${chatId}/members`,
    chats: "/chats",
    allChatMessages: "/chats/getAllMessages",
    allChatMembers: "/chats/getAllMembers",
    myMessages: "/me/chats/getAllMessages",
    // A signed-in user may watch only their own; an application, anyone's.
    userMessages: `/users/${"app" in plan.caller ? memberId(ctx, 1) : memberId(ctx, 0)}/chats/getAllMessages`,
  }[plan.kind];
  return plan.mentions ? `${path}?$filter=mentions/any(u: u/mentioned/user/id eq '${memberId(ctx, 1)}')` : path;
}
