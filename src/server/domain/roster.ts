// The rules of a chat's roster, in one place: how member input names a user (`user@odata.bind`),
// which roles each kind of user may have, how many members a chat holds, and what a new
// membership looks like. Used by createChat, addChatMember, addChatMembers and the beta add-chats.
import type { Directory, DirectoryUser } from "../directory/directory.js";
import type { ChatRecord, ChatType, MemberRecord, MemberRole } from "../store/types.js";
import { memberOf } from "./access.js";
import { badRequest, conflict, notFound } from "./errors.js";
import { ALL_HISTORY, membershipId } from "./ids.js";
import type { BulkMemberInput, MemberInput } from "./inputs.js";
import { canonicalTime } from "./time.js";

export const MAX_GROUP_MEMBERS = 250;

export interface ResolvedMember {
  readonly user: DirectoryUser;
  readonly role: MemberRole;
}

// https://graph.microsoft.com/{v1.0|beta}/users('{key}') or .../users/{key}. The host is not
// checked, so binds built from this server's own base URL work as well. The key is opaque (the
// documentation's guest id is not valid hex) and may be percent-encoded; OData doubles quotes.
const BIND = /^https?:\/\/[^/?#\s]+\/(?:v1\.0|beta)\/users(?:\('((?:[^']|'')+)'\)|\/([^/?#()'\s]+))\/?$/i;

/** The user key (id or UPN) named by a `user@odata.bind` value. */
export function parseUserBind(bind: string): string {
  const match = BIND.exec(bind);
  const raw = match?.[1]?.replaceAll("''", "'") ?? match?.[2];
  if (raw === undefined) {
    throw badRequest(
      `Invalid value '${bind}' for 'user@odata.bind': expected https://graph.microsoft.com/v1.0/users('{id-or-userPrincipalName}').`,
    );
  }
  try {
    return decodeURIComponent(raw);
  } catch {
    throw badRequest(`Invalid percent-encoding in 'user@odata.bind' value '${bind}'.`);
  }
}

/** Resolves one member to its directory user and checks the role and tenant rules. */
export function resolveMember(input: MemberInput, directory: Directory): ResolvedMember {
  const key = parseUserBind(input["user@odata.bind"]);
  const user = directory.find(key);
  if (!user) throw badRequest(`User '${key}' was not found in the directory.`);
  if (input.tenantId != null && input.tenantId.toLowerCase() !== user.tenantId.toLowerCase()) {
    throw badRequest(`User '${key}' does not belong to tenant '${input.tenantId}'.`);
  }
  const role = input.roles[0];
  if (role === undefined || input.roles.length !== 1) {
    throw badRequest(`Member '${key}' must have exactly one role: 'owner' or 'guest'.`);
  }
  if (directory.isExternal(user)) {
    if (role !== "owner") throw badRequest(`Out-of-tenant user '${key}' must be assigned the 'owner' role.`);
  } else if (user.userType === "Guest" && role !== "guest") {
    throw badRequest(`In-tenant guest user '${key}' must be assigned the 'guest' role.`);
  }
  return { user, role };
}

/**
 * Resolves one member of a bulk add: an unknown user is `NotFound` there (one result among
 * several, as conversationmembers-add.md shows), and no role means the user's default role.
 */
export function resolveBulkMember(input: BulkMemberInput, directory: Directory): ResolvedMember {
  const key = parseUserBind(input["user@odata.bind"]);
  const user = directory.find(key);
  if (!user) throw notFound(`User '${key}' was not found.`);
  const roles = input.roles ?? [];
  return resolveMember({ ...input, roles: roles.length > 0 ? roles : [defaultRole(directory, user)] }, directory);
}

/** Resolves a whole roster; a user named twice (by id, by UPN or both) is rejected. */
export function resolveRoster(inputs: readonly MemberInput[], directory: Directory): ResolvedMember[] {
  const seen = new Set<string>();
  return inputs.map((input) => {
    const member = resolveMember(input, directory);
    const id = member.user.id.toLowerCase();
    if (seen.has(id)) throw badRequest(`User '${member.user.id}' is listed more than once in 'members'.`);
    seen.add(id);
    return member;
  });
}

/** How many members a new chat of each type has. */
export function checkRosterSize(chatType: ChatType, count: number): void {
  if (chatType === "oneOnOne" && count !== 2) throw badRequest("A one-on-one chat must have exactly two members.");
  if (chatType === "group" && (count < 2 || count > MAX_GROUP_MEMBERS)) {
    throw badRequest(`A group chat must have between 2 and ${MAX_GROUP_MEMBERS} members.`);
  }
}

/** The role a user gets when the operation does not name one. */
export function defaultRole(directory: Directory, user: DirectoryUser): MemberRole {
  return !directory.isExternal(user) && user.userType === "Guest" ? "guest" : "owner";
}

/** A membership record for a user joining `chatId`, seeing its history from `visibleFrom`. */
export function newMember(tenantId: string, chatId: string, member: ResolvedMember, visibleFrom = ALL_HISTORY): MemberRecord {
  return {
    id: membershipId(tenantId, chatId, member.user.id),
    userId: member.user.id,
    role: member.role,
    visibleHistoryStartDateTime: visibleFrom,
    isHidden: false,
    lastMessageReadDateTime: null,
  };
}

/** Checks one user joining an existing group chat at `now` and returns its membership (or throws). */
export function admit(
  directory: Directory,
  chat: ChatRecord,
  resolved: ResolvedMember,
  visibleHistoryStartDateTime: string | null | undefined,
  now: string,
): MemberRecord {
  if (memberOf(chat, resolved.user.id)) throw conflict(`User '${resolved.user.id}' is already a member of the chat.`);
  if (chat.members.length >= MAX_GROUP_MEMBERS) throw badRequest(`A group chat can have at most ${MAX_GROUP_MEMBERS} members.`);
  // Without visibleHistoryStartDateTime the new member sees nothing from before it joined: its
  // history starts after the latest message even if that one's time ran ahead of the clock.
  const afterLastMessage = chat.lastMessage ? new Date(Date.parse(chat.lastMessage.createdDateTime) + 1).toISOString() : now;
  const visibleFrom = visibleHistoryStartDateTime
    ? canonicalTime(visibleHistoryStartDateTime, "visibleHistoryStartDateTime")
    : afterLastMessage > now
      ? afterLastMessage
      : now;
  return newMember(directory.tenantId, chat.id, resolved, visibleFrom);
}

/** The chat without `userId`, changed at `now`; a chat keeps at least one member. */
export function dismiss(chat: ChatRecord, userId: string, now: string): ChatRecord {
  const leaving = memberOf(chat, userId);
  if (!leaving) throw notFound(`User '${userId}' is not a member of the chat.`);
  if (chat.members.length === 1) throw badRequest("The last member cannot be removed: a chat keeps at least one member.");
  return { ...chat, members: chat.members.filter((m) => m !== leaving), lastUpdatedDateTime: now };
}
