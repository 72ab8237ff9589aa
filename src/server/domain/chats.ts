/**
 * The rules of chats: create (with one-on-one deduplication), read, set the topic, and list a
 * user's chats.
 * Serves: createChat, getChat, updateChat, listChats, listMyChats, listUserChats.
 */
import type { DirectoryUser } from "../directory/directory.js";
import type { ChatCondition, ChatCursor, ChatOrder, ChatRecord, ChatType, CountedPage } from "../store/types.js";
import { accessible, readableChat, sameId } from "./access.js";
import type { Caller } from "./caller.js";
import type { DomainContext } from "./context.js";
import { badRequest, forbidden, notFound } from "./errors.js";
import { groupChatId, oneOnOneChatId } from "./ids.js";
import type { CreateChatInput } from "./inputs.js";
import { checkRosterSize, newMember, resolveRoster, type ResolvedMember } from "./roster.js";
import { writeTime } from "./time.js";

export const MAX_TOPIC_LENGTH = 250;

/**
 * Creates a chat. A one-on-one chat between two users exists at most once: asking again returns
 * the stored chat with `created: false`, whatever order the members come in.
 */
export async function createChat(
  ctx: DomainContext,
  caller: Caller,
  input: CreateChatInput,
): Promise<{ chat: ChatRecord; created: boolean }> {
  const { chat, inserted } = await ctx.store.insertChatIfAbsent(planChat(ctx, caller, input));
  return { chat, created: inserted };
}

/** The chat `input` asks for, checked against every rule of create chat; nothing is stored yet. */
export function planChat(ctx: DomainContext, caller: Caller, input: CreateChatInput): ChatRecord {
  const topic = checkTopic(input.chatType, input.topic);
  checkRosterSize(input.chatType, input.members.length);
  const roster = resolveRoster(input.members, ctx.directory);
  if (caller.kind === "user" && !roster.some((m) => sameId(m.user.id, caller.userId))) {
    const name = ctx.directory.find(caller.userId)?.userPrincipalName ?? caller.userId;
    throw forbidden(
      `The signed-in user '${name}' must be one of the chat's members. Sign in as one of them, or use an application token with Chat.Create.`,
    );
  }
  const [first, second] = roster;
  const id = input.chatType === "oneOnOne" && first && second ? oneOnOneChatId(first.user.id, second.user.id) : groupChatId(ctx.ids);
  return newChat(ctx, id, input.chatType, topic, roster);
}

/** A chat the caller may see: members of it, or applications of the chat's tenant. */
export function readChat(ctx: DomainContext, caller: Caller, chatId: string): Promise<ChatRecord> {
  return readableChat(ctx, caller, chatId);
}

/** Sets or clears a group chat's topic; chat-patch.md refuses a `:` in it (create chat does not). */
export async function setTopic(ctx: DomainContext, caller: Caller, chatId: string, topic: string | null): Promise<ChatRecord> {
  checkTopicText(topic);
  if (topic?.includes(":")) throw badRequest("The chat topic must not contain ':'.");
  return ctx.store.change(chatId, (current) => {
    const chat = accessible(caller, current, chatId);
    const next = { ...chat, topic: checkTopic(chat.chatType, topic), lastUpdatedDateTime: writeTime(chat, ctx.clock) };
    return { chat: next, result: next };
  });
}

/** Whose chats a list shows: the signed-in user's own, or a named user's. */
export type ChatListOwner = { readonly kind: "me" } | { readonly kind: "user"; readonly userKey: string };

/** A `$filter` condition on chats, before a member's display name is looked up in the directory. */
export type ChatListCondition = ChatCondition | { readonly kind: "memberNamed"; readonly displayName: string };

export interface ChatListQuery {
  readonly order: ChatOrder;
  readonly after?: ChatCursor | undefined;
  readonly limit: number;
  readonly conditions?: readonly ChatListCondition[] | undefined;
}

/** A page of a user's chats, and how many match in all: one's own, or (applications, or oneself) any user's. */
export async function listChats(
  ctx: DomainContext,
  caller: Caller,
  owner: ChatListOwner,
  query: ChatListQuery,
): Promise<{ user: DirectoryUser; page: CountedPage<ChatRecord, ChatCursor> }> {
  const user = listOwner(ctx, caller, owner);
  const { conditions, ...rest } = query;
  const filter = conditions?.map((c) => (c.kind === "memberNamed" ? membersNamed(ctx, c.displayName) : c));
  return { user, page: await ctx.store.listChatsForUser({ userId: user.id, ...rest, filter }) };
}

/** The directory's users of that display name, as a member condition (case-insensitive, as Graph's reader). */
function membersNamed(ctx: DomainContext, displayName: string): ChatCondition {
  const wanted = displayName.toLowerCase();
  return { kind: "hasMember", userIds: ctx.directory.users.filter((u) => u.displayName.toLowerCase() === wanted).map((u) => u.id) };
}

function listOwner(ctx: DomainContext, caller: Caller, owner: ChatListOwner): DirectoryUser {
  if (owner.kind === "me") {
    if (caller.kind !== "user") throw badRequest("/me request is only valid with delegated authentication flow.");
    return found(ctx, caller.userId);
  }
  const user = found(ctx, owner.userKey);
  if (caller.kind === "user" && !sameId(caller.userId, user.id)) {
    throw forbidden("A signed-in user can only list their own chats; use an application token for other users.");
  }
  return user;
}

/** A directory user by id or UPN, or 404. */
export function found(ctx: DomainContext, key: string): DirectoryUser {
  const user = ctx.directory.find(key);
  if (!user) throw notFound(`User '${key}' was not found.`);
  return user;
}

/** A chat as created now, every member seeing its whole (empty) history. */
export function newChat(
  ctx: DomainContext,
  id: string,
  chatType: ChatType,
  topic: string | null,
  roster: readonly ResolvedMember[],
): ChatRecord {
  const now = ctx.clock().toISOString();
  const tenantId = ctx.directory.tenantId;
  return {
    id,
    chatType,
    topic,
    tenantId,
    createdDateTime: now,
    lastUpdatedDateTime: now,
    members: roster.map((m) => newMember(tenantId, id, m)),
    lastMessage: null,
  };
}

/** Topic rules: none on one-on-one chats; otherwise absent/null or 1–250 non-blank characters. */
export function checkTopic(chatType: ChatType, topic: string | null | undefined): string | null {
  if (topic == null) return null;
  if (chatType === "oneOnOne") throw badRequest("Setting topic is not allowed for 1-on-1 chats.");
  return checkTopicText(topic);
}

/** The rules a topic's text follows whatever the chat (checked before the chat is looked up). */
function checkTopicText(topic: string | null | undefined): string | null {
  if (topic == null) return null;
  if (topic.trim() === "") throw badRequest("The chat topic must not be empty or only whitespace.");
  // Code points, as JSON Schema's maxLength counts them (an emoji is one character, not two).
  if ([...topic].length > MAX_TOPIC_LENGTH) throw badRequest(`The chat topic must be at most ${MAX_TOPIC_LENGTH} characters.`);
  return topic;
}
