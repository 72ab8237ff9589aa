/**
 * Members of a chat: list, get, add and remove, one at a time or in bulk. Only group chats change
 * their roster (rules in roster.ts); every change stamps the chat's lastUpdatedDateTime.
 * Serves: listChatMembers, getChatMember, addChatMember, removeChatMember, addChatMembers,
 * removeChatMembers.
 */
import type { DirectoryUser } from "../directory/directory.js";
import type { ChatRecord, MemberRecord } from "../store/types.js";
import { accessible, assertGroup, readableChat } from "./access.js";
import type { Caller } from "./caller.js";
import type { DomainContext } from "./context.js";
import { DomainError, notFound } from "./errors.js";
import type { BulkMemberInput, MemberInput } from "./inputs.js";
import { admit, dismiss, parseUserBind, resolveBulkMember, resolveMember } from "./roster.js";
import { writeTime } from "./time.js";

/** A membership with its directory entry. */
export interface MemberDetails {
  readonly member: MemberRecord;
  /** Undefined only when the directory was replaced after the chat was created. */
  readonly user: DirectoryUser | undefined;
}

/** One member's outcome in a bulk operation: `error` null when it worked. */
export interface MemberResult {
  readonly userId: string;
  readonly error: { readonly code: string; readonly message: string } | null;
}

/** The chat's members with their directory entries, in the order they joined. */
export function describeMembers(ctx: DomainContext, chat: ChatRecord): MemberDetails[] {
  return chat.members.map((member) => ({ member, user: ctx.directory.find(member.userId) }));
}

export async function listMembers(
  ctx: DomainContext,
  caller: Caller,
  chatId: string,
): Promise<{ chat: ChatRecord; members: MemberDetails[] }> {
  const chat = await readableChat(ctx, caller, chatId);
  return { chat, members: describeMembers(ctx, chat) };
}

export async function readMember(ctx: DomainContext, caller: Caller, chatId: string, membershipId: string): Promise<MemberDetails> {
  return findMember(ctx, await readableChat(ctx, caller, chatId), membershipId);
}

/** Adds one user; 409 when already a member. */
export async function addMember(ctx: DomainContext, caller: Caller, chatId: string, input: MemberInput): Promise<MemberDetails> {
  return ctx.store.change(chatId, (current) => {
    const chat = accessible(caller, current, chatId);
    assertGroup(chat, "Adding members");
    const now = writeTime(chat, ctx.clock);
    const added = admit(ctx.directory, chat, resolveMember(input, ctx.directory), input.visibleHistoryStartDateTime, now);
    const next = { ...chat, members: [...chat.members, added], lastUpdatedDateTime: now };
    return { chat: next, result: findMember(ctx, next, added.id) };
  });
}

/** Removes one membership; a chat keeps at least one member. */
export async function removeMember(ctx: DomainContext, caller: Caller, chatId: string, membershipId: string): Promise<void> {
  return ctx.store.change(chatId, (current) => {
    const chat = accessible(caller, current, chatId);
    const { member } = findMember(ctx, chat, membershipId);
    assertGroup(chat, "Removing members");
    return { chat: dismiss(chat, member.userId, writeTime(chat, ctx.clock)), result: undefined };
  });
}

/** Adds several users; each gets its own result and a failure does not stop the others. */
export function addMembers(
  ctx: DomainContext,
  caller: Caller,
  chatId: string,
  inputs: readonly BulkMemberInput[],
): Promise<MemberResult[]> {
  return eachMember(ctx, caller, chatId, "Adding members", inputs, (chat, input, now) => {
    const outcome = attempt(() =>
      admit(ctx.directory, chat, resolveBulkMember(input, ctx.directory), input.visibleHistoryStartDateTime, now),
    );
    const added = outcome.value;
    return {
      chat: added && { ...chat, members: [...chat.members, added], lastUpdatedDateTime: now },
      userId: added?.userId ?? resultUserId(ctx, input["user@odata.bind"]),
      error: outcome.error,
    };
  });
}

/**
 * Removes several users, each named by `user@odata.bind` (id or UPN); someone who is not a member
 * gets a NotFound result.
 */
export function removeMembers(ctx: DomainContext, caller: Caller, chatId: string, binds: readonly string[]): Promise<MemberResult[]> {
  return eachMember(ctx, caller, chatId, "Removing members", binds, (chat, bind, now) => {
    const outcome = attempt(() => {
      const key = parseUserBind(bind);
      return dismiss(chat, ctx.directory.find(key)?.id ?? key, now);
    });
    return { chat: outcome.value, userId: resultUserId(ctx, bind), error: outcome.error };
  });
}

function findMember(ctx: DomainContext, chat: ChatRecord, membershipId: string): MemberDetails {
  const member = chat.members.find((m) => m.id === membershipId);
  if (!member) throw notFound(`Member '${membershipId}' was not found in chat '${chat.id}'.`);
  return { member, user: ctx.directory.find(member.userId) };
}

/**
 * A bulk change: applies `step` to each item in one atomic write of the chat, carrying the chat
 * from step to step, and collects one result per item.
 */
function eachMember<T>(
  ctx: DomainContext,
  caller: Caller,
  chatId: string,
  what: string,
  items: readonly T[],
  step: (chat: ChatRecord, item: T, now: string) => MemberResult & { chat: ChatRecord | undefined },
): Promise<MemberResult[]> {
  return ctx.store.change(chatId, (current) => {
    const start = accessible(caller, current, chatId);
    assertGroup(start, what);
    const now = writeTime(start, ctx.clock);
    const results: MemberResult[] = [];
    let chat = start;
    for (const item of items) {
      const { chat: changed, userId, error } = step(chat, item, now);
      results.push({ userId, error });
      chat = changed ?? chat;
    }
    return { chat: chat === start ? undefined : chat, result: results };
  });
}

function attempt<T>(run: () => T): { value?: T; error: MemberResult["error"] } {
  try {
    return { value: run(), error: null };
  } catch (error) {
    if (error instanceof DomainError) return { error: { code: error.code, message: error.message } };
    throw error;
  }
}

/** Who an item named: the user's id when the directory knows it, else the key (or the bind as given). */
function resultUserId(ctx: DomainContext, bind: string): string {
  try {
    const key = parseUserBind(bind);
    return ctx.directory.find(key)?.id ?? key;
  } catch {
    return bind;
  }
}
