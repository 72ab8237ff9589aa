// The rules of chats: create (with one-on-one deduplication), read, update, and the deprecated
// beta "add chats" operation. Pure functions over the injected context; no HTTP here.
import type { DirectoryUser } from "../directory/directory.js";
import type { ChatRecord, ChatType, MemberRecord, MemberRole } from "../store/types.js";
import { accessibleChat, assertAccess, memberOf, sameId } from "./access.js";
import type { Caller } from "./caller.js";
import type { DomainContext } from "./context.js";
import { badRequest, forbidden, notFound } from "./errors.js";
import { ALL_HISTORY, groupChatId, membershipId, oneOnOneChatId } from "./ids.js";
import { resolveRoster, type MemberInput, type ResolvedMember } from "./members.js";
import { writeTime } from "./time.js";

export const MAX_GROUP_MEMBERS = 250;
export const MAX_TOPIC_LENGTH = 250;

export interface CreateChatInput {
  readonly chatType: ChatType;
  readonly topic?: string | null | undefined;
  readonly members: readonly MemberInput[];
}

/**
 * Creates a chat. A one-on-one chat between two users exists at most once: asking again returns
 * the stored chat with `created: false`, whatever order the members come in.
 */
export function createChat(ctx: DomainContext, caller: Caller, input: CreateChatInput): { chat: ChatRecord; created: boolean } {
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
  const { chat, inserted } = ctx.store.insertIfAbsent(newChat(ctx, id, input.chatType, topic, roster));
  return { chat, created: inserted };
}

/** Reads a chat the caller may see: members of it, or applications of the chat's tenant. */
export function getChat(ctx: DomainContext, caller: Caller, chatId: string): ChatRecord {
  return accessibleChat(ctx, caller, chatId);
}

/** Sets or clears a group chat's topic. */
export function updateChat(ctx: DomainContext, caller: Caller, chatId: string, input: { topic: string | null }): ChatRecord {
  checkTopicText(input.topic);
  const chat = accessibleChat(ctx, caller, chatId);
  const topic = checkTopic(chat.chatType, input.topic);
  return mustExist(
    ctx.store.update(chat.id, (current) => ({ ...current, topic, lastUpdatedDateTime: writeTime(current, ctx.clock) })),
    chatId,
  );
}

export type AddChatsTarget = { readonly kind: "me" } | { readonly kind: "user"; readonly userKey: string };

export interface AddChatsInput {
  readonly id?: string | undefined;
  readonly topic?: string | null | undefined;
}

/**
 * The deprecated beta `POST …/chats/$ref`: adds the user to the existing group chat `id`, or
 * creates a group chat with `topic` whose members are the user and the signed-in caller.
 */
export function addChats(ctx: DomainContext, caller: Caller, target: AddChatsTarget, input: AddChatsInput): ChatRecord {
  const user = targetUser(ctx, caller, target);
  if (input.id !== undefined) {
    const chat = ctx.store.get(input.id);
    if (!chat) throw notFound(`Chat '${input.id}' was not found.`);
    if (chat.chatType !== "group") throw badRequest("Members can only be added to group chats; this is a one-on-one chat.");
    if (caller.kind === "user" && !memberOf(chat, caller.userId)) {
      throw forbidden("The signed-in user must be a member of the chat to add someone to it.");
    }
    assertAccess(caller, chat);
    const updated = ctx.store.update(chat.id, (current) =>
      memberOf(current, user.id)
        ? current
        : {
            ...current,
            members: [...current.members, newMember(ctx, current.id, { user, role: defaultRole(ctx, user) }, ALL_HISTORY)],
            lastUpdatedDateTime: writeTime(current, ctx.clock),
          },
    );
    return mustExist(updated, input.id);
  }
  const topic = checkTopic("group", input.topic);
  const roster: ResolvedMember[] = [{ user, role: defaultRole(ctx, user) }];
  if (caller.kind === "user" && !sameId(caller.userId, user.id)) {
    const self = ctx.directory.find(caller.userId);
    if (self) roster.push({ user: self, role: defaultRole(ctx, self) });
  }
  return ctx.store.insertIfAbsent(newChat(ctx, groupChatId(ctx.ids), "group", topic, roster)).chat;
}

/** A chat as created now, every member seeing its whole (empty) history. */
function newChat(ctx: DomainContext, id: string, chatType: ChatType, topic: string | null, roster: readonly ResolvedMember[]): ChatRecord {
  const now = ctx.clock().toISOString();
  return {
    id,
    chatType,
    topic,
    tenantId: ctx.directory.tenantId,
    createdDateTime: now,
    lastUpdatedDateTime: now,
    members: roster.map((m) => newMember(ctx, id, m, ALL_HISTORY)),
    lastMessage: null,
  };
}

/** A membership record for a user joining `chatId` now. */
export function newMember(ctx: DomainContext, chatId: string, member: ResolvedMember, visibleFrom: string): MemberRecord {
  return {
    id: membershipId(ctx.directory.tenantId, chatId, member.user.id),
    userId: member.user.id,
    role: member.role,
    visibleHistoryStartDateTime: visibleFrom,
    isHidden: false,
    lastMessageReadDateTime: null,
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

export function mustExist(chat: ChatRecord | undefined, chatId: string): ChatRecord {
  // A chat can vanish between read and write only if another writer removed it.
  if (!chat) throw notFound(`Chat '${chatId}' was not found.`);
  return chat;
}

function targetUser(ctx: DomainContext, caller: Caller, target: AddChatsTarget): DirectoryUser {
  if (target.kind === "me") {
    if (caller.kind !== "user") throw badRequest("/me request is only valid with delegated authentication flow.");
    const me = ctx.directory.find(caller.userId);
    if (!me) throw notFound(`User '${caller.userId}' was not found.`);
    return me;
  }
  const user = ctx.directory.find(target.userKey);
  if (!user) throw notFound(`User '${target.userKey}' was not found.`);
  return user;
}

function checkRosterSize(chatType: ChatType, count: number): void {
  if (chatType === "oneOnOne" && count !== 2) throw badRequest("A one-on-one chat must have exactly two members.");
  if (chatType === "group" && (count < 2 || count > MAX_GROUP_MEMBERS)) {
    throw badRequest(`A group chat must have between 2 and ${MAX_GROUP_MEMBERS} members.`);
  }
}

/** The role a user gets when the operation does not name one. */
export function defaultRole(ctx: DomainContext, user: DirectoryUser): MemberRole {
  return !ctx.directory.isExternal(user) && user.userType === "Guest" ? "guest" : "owner";
}

export interface MemberDetails {
  readonly member: MemberRecord;
  /** Undefined only when the directory was replaced after the chat was created. */
  readonly user: DirectoryUser | undefined;
}

/** The chat's members with their directory entries, in the order they joined. */
export function describeMembers(ctx: DomainContext, chat: ChatRecord): MemberDetails[] {
  return chat.members.map((member) => ({ member, user: ctx.directory.find(member.userId) }));
}
