/**
 * The deprecated beta "add chats" operation: adds a user to an existing group chat, or creates a
 * group chat of the user and the signed-in caller.
 * Serves: addChatsForMe, addChatsForUser.
 */
import type { DirectoryUser } from "../directory/directory.js";
import type { ChatRecord } from "../store/types.js";
import { accessible, memberOf, sameId } from "./access.js";
import type { Caller } from "./caller.js";
import { checkTopic, found, newChat, type ChatListOwner } from "./chats.js";
import type { DomainContext } from "./context.js";
import { badRequest, forbidden, notFound } from "./errors.js";
import { groupChatId } from "./ids.js";
import { defaultRole, newMember, type ResolvedMember } from "./roster.js";
import type { AddChatsInput } from "./inputs.js";
import { writeTime } from "./time.js";

/**
 * `POST …/chats/$ref`: adds the user to the existing group chat `id`, or creates a group chat
 * with `topic` whose members are the user and the signed-in caller.
 */
export async function addChats(ctx: DomainContext, caller: Caller, target: ChatListOwner, input: AddChatsInput): Promise<ChatRecord> {
  const user = targetUser(ctx, caller, target);
  const chatId = input.id;
  if (chatId !== undefined) {
    return ctx.store.change(chatId, (current) => {
      if (!current) throw notFound(`Chat '${chatId}' was not found.`);
      if (current.chatType !== "group") throw badRequest("Members can only be added to group chats; this is a one-on-one chat.");
      if (caller.kind === "user" && !memberOf(current, caller.userId)) {
        throw forbidden("The signed-in user must be a member of the chat to add someone to it.");
      }
      const chat = accessible(caller, current, chatId);
      if (memberOf(chat, user.id)) return { result: chat };
      const joined = newMember(ctx.directory.tenantId, chat.id, { user, role: defaultRole(ctx.directory, user) });
      const next = { ...chat, members: [...chat.members, joined], lastUpdatedDateTime: writeTime(chat, ctx.clock) };
      return { chat: next, result: next };
    });
  }
  const topic = checkTopic("group", input.topic);
  const roster: ResolvedMember[] = [{ user, role: defaultRole(ctx.directory, user) }];
  if (caller.kind === "user" && !sameId(caller.userId, user.id)) {
    const self = ctx.directory.find(caller.userId);
    if (self) roster.push({ user: self, role: defaultRole(ctx.directory, self) });
  }
  return (await ctx.store.insertChatIfAbsent(newChat(ctx, groupChatId(ctx.ids), "group", topic, roster))).chat;
}

function targetUser(ctx: DomainContext, caller: Caller, target: ChatListOwner): DirectoryUser {
  if (target.kind === "user") return found(ctx, target.userKey);
  if (caller.kind !== "user") throw badRequest("/me request is only valid with delegated authentication flow.");
  return found(ctx, caller.userId);
}
