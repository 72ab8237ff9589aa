// Members of a chat: list, get, add and remove, one at a time or in bulk. Only group chats change
// their roster; every change stamps the chat's lastUpdatedDateTime.
import type { ChatRecord, MemberRecord } from "../store/types.js";
import { accessibleChat, assertGroup, memberOf, sameId } from "./access.js";
import type { Caller } from "./caller.js";
import { MAX_GROUP_MEMBERS, describeMembers, mustExist, newMember, type MemberDetails } from "./chats.js";
import type { DomainContext } from "./context.js";
import { badRequest, conflict, DomainError, notFound } from "./errors.js";
import { parseUserBind, resolveMember, type MemberInput } from "./members.js";
import { canonicalTime, writeTime } from "./time.js";

export interface AddMemberInput extends MemberInput {
  readonly visibleHistoryStartDateTime?: string | null | undefined;
}

/** One member's outcome in a bulk operation: `error` null when it worked. */
export interface MemberResult {
  readonly userId: string;
  readonly error: { readonly code: string; readonly message: string } | null;
}

export function listMembers(ctx: DomainContext, caller: Caller, chatId: string): { chat: ChatRecord; members: MemberDetails[] } {
  const chat = accessibleChat(ctx, caller, chatId);
  return { chat, members: describeMembers(ctx, chat) };
}

export function getMember(ctx: DomainContext, caller: Caller, chatId: string, membershipId: string): MemberDetails {
  const chat = accessibleChat(ctx, caller, chatId);
  const found = describeMembers(ctx, chat).find((d) => d.member.id === membershipId);
  if (!found) throw notFound(`Member '${membershipId}' was not found in chat '${chatId}'.`);
  return found;
}

/** Adds one user; 409 when already a member. */
export function addMember(ctx: DomainContext, caller: Caller, chatId: string, input: AddMemberInput): MemberRecord {
  const chat = accessibleChat(ctx, caller, chatId);
  assertGroup(chat, "Adding members");
  let added: MemberRecord | undefined;
  mustExist(
    ctx.store.update(chat.id, (current) => {
      const now = writeTime(current, ctx.clock);
      added = admit(ctx, current, input, now);
      return { ...current, members: [...current.members, added], lastUpdatedDateTime: now };
    }),
    chatId,
  );
  return added as MemberRecord;
}

/** Removes one membership; a chat keeps at least one member. */
export function removeMember(ctx: DomainContext, caller: Caller, chatId: string, membershipId: string): void {
  const chat = accessibleChat(ctx, caller, chatId);
  const target = chat.members.find((m) => m.id === membershipId);
  if (!target) throw notFound(`Member '${membershipId}' was not found in chat '${chatId}'.`);
  assertGroup(chat, "Removing members");
  mustExist(
    ctx.store.update(chat.id, (current) => dismiss(current, target.userId, writeTime(current, ctx.clock))),
    chatId,
  );
}

/** Adds several users; each gets its own result and a failure does not stop the others. */
export function addMembers(ctx: DomainContext, caller: Caller, chatId: string, inputs: readonly AddMemberInput[]): MemberResult[] {
  return eachMember(ctx, caller, chatId, "Adding members", inputs, (chat, input, now) => {
    const outcome = attempt(() => admit(ctx, chat, input, now));
    const added = outcome.value;
    return {
      chat: added && { ...chat, members: [...chat.members, added], lastUpdatedDateTime: now },
      userId: added?.userId ?? resultUserId(ctx, input),
      error: outcome.error,
    };
  });
}

/** Removes several users by id; someone who is not a member gets a NotFound result. */
export function removeMembers(ctx: DomainContext, caller: Caller, chatId: string, userIds: readonly string[]): MemberResult[] {
  return eachMember(ctx, caller, chatId, "Removing members", userIds, (chat, key, now) => {
    // userId may also be a user principal name; results name the user by id when known.
    const userId = ctx.directory.find(key)?.id ?? key;
    const outcome = attempt(() => dismiss(chat, userId, now));
    return { chat: outcome.value, userId, error: outcome.error };
  });
}

/**
 * A bulk change: applies `step` to each item in one atomic update of the chat, carrying the
 * chat from step to step, and collects one result per item.
 */
function eachMember<T>(
  ctx: DomainContext,
  caller: Caller,
  chatId: string,
  what: string,
  items: readonly T[],
  step: (chat: ChatRecord, item: T, now: string) => MemberResult & { chat: ChatRecord | undefined },
): MemberResult[] {
  const chat = accessibleChat(ctx, caller, chatId);
  assertGroup(chat, what);
  const results: MemberResult[] = [];
  ctx.store.update(chat.id, (current) => {
    const now = writeTime(current, ctx.clock);
    return items.reduce((next, item) => {
      const { chat: changed, userId, error } = step(next, item, now);
      results.push({ userId, error });
      return changed ?? next;
    }, current);
  });
  return results;
}

/** Checks one new member against the chat and returns its record (throws a DomainError). */
function admit(ctx: DomainContext, chat: ChatRecord, input: AddMemberInput, now: string): MemberRecord {
  const resolved = resolveMember(input, ctx.directory);
  if (memberOf(chat, resolved.user.id)) throw conflict(`User '${resolved.user.id}' is already a member of the chat.`);
  if (chat.members.length >= MAX_GROUP_MEMBERS) throw badRequest(`A group chat can have at most ${MAX_GROUP_MEMBERS} members.`);
  // Without visibleHistoryStartDateTime the new member sees nothing from before it joined: its
  // history starts after the latest message even if that one's time ran ahead of the clock.
  const afterLastMessage = chat.lastMessage ? new Date(Date.parse(chat.lastMessage.createdDateTime) + 1).toISOString() : now;
  const visibleFrom = input.visibleHistoryStartDateTime
    ? canonicalTime(input.visibleHistoryStartDateTime, "visibleHistoryStartDateTime")
    : afterLastMessage > now
      ? afterLastMessage
      : now;
  return newMember(ctx, chat.id, resolved, visibleFrom);
}

function dismiss(chat: ChatRecord, userId: string, now: string): ChatRecord {
  if (!memberOf(chat, userId)) throw notFound(`User '${userId}' is not a member of the chat.`);
  if (chat.members.length === 1) throw badRequest("The last member cannot be removed: a chat keeps at least one member.");
  return { ...chat, members: chat.members.filter((m) => !sameId(m.userId, userId)), lastUpdatedDateTime: now };
}

function attempt<T>(run: () => T): { value?: T; error: MemberResult["error"] } {
  try {
    return { value: run(), error: null };
  } catch (error) {
    if (error instanceof DomainError) return { error: { code: error.code, message: error.message } };
    throw error;
  }
}

/** Who a failed member input named: the user's id when the directory knows it, else the key. */
function resultUserId(ctx: DomainContext, input: MemberInput): string {
  try {
    const key = parseUserBind(input["user@odata.bind"]);
    return ctx.directory.find(key)?.id ?? key;
  } catch {
    return input["user@odata.bind"];
  }
}
