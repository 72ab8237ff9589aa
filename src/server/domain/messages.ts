/**
 * Messages in a chat: send, list newest first, get; and the one rule of who sees which message:
 * a member sees messages from its visibleHistoryStartDateTime on, applications see them all.
 * Serves: sendChatMessage, listChatMessages, getChatMessage (and the lastMessagePreview of
 * getChat and the chat lists).
 */
import type { ChatRecord, CountedPage, MessageCursor, MessageOrder, MessageRecord } from "../store/types.js";
import { accessible, memberOf, readableChat, sameId } from "./access.js";
import type { Caller } from "./caller.js";
import type { DomainContext } from "./context.js";
import { badRequest, forbidden, notFound } from "./errors.js";
import type { SendMessageInput } from "./inputs.js";
import { checkMessageSize, messageContent } from "./message-content.js";
import { comparableTime, writeTime } from "./time.js";

/** Whose eyes a message is seen through: a user (a member's visible history applies) or an application. */
export type Viewer = { readonly kind: "user"; readonly userId: string } | { readonly kind: "app" };

/** Sends a message; the message and the chat's new state are one write. */
export async function sendMessage(ctx: DomainContext, caller: Caller, chatId: string, input: SendMessageInput): Promise<MessageRecord> {
  // The body's own rules come first: an invalid body is a 400 before any 403 or 404.
  if (input.body.content.trim() === "") throw badRequest("The message body must not be empty.");
  checkMessageSize(input, input.subject);
  const content = messageContent(ctx.directory, input);
  if (caller.kind !== "user") throw forbidden("Sending messages needs a signed-in user.");
  return ctx.store.change(chatId, (current) => {
    const chat = accessible(caller, current, chatId);
    // Ids are the message's creation time in epoch milliseconds, bumped past the previous id so
    // ids and times stay unique and increasing within the chat, even for messages sent in the
    // same millisecond or after the system clock stepped back.
    const previous = chat.lastMessage ? Number(chat.lastMessage.id) : 0;
    const sentAt = Math.max(Date.parse(writeTime(chat, ctx.clock)), previous + 1);
    const at = new Date(sentAt).toISOString();
    const message: MessageRecord = {
      id: String(sentAt),
      chatId: chat.id,
      createdDateTime: at,
      lastModifiedDateTime: at,
      lastEditedDateTime: null,
      deletedDateTime: null,
      fromUserId: caller.userId,
      subject: input.subject ?? null,
      importance: input.importance ?? "normal",
      ...content,
      reactions: [],
      policyViolation: null,
    };
    const next: ChatRecord = {
      ...chat,
      lastMessage: message,
      lastUpdatedDateTime: at,
      // A new message brings a hidden chat back for everyone; the sender has read it.
      members: chat.members.map((m) => ({
        ...m,
        isHidden: false,
        ...(sameId(m.userId, caller.userId) && { lastMessageReadDateTime: at }),
      })),
    };
    return { chat: next, message, result: message };
  });
}

export interface MessageListQuery {
  readonly order: MessageOrder;
  readonly after?: MessageCursor | undefined;
  /** Bounds on the ordered property, both exclusive (a `$filter`). */
  readonly newerThan?: string | undefined;
  readonly olderThan?: string | undefined;
  readonly limit: number;
}

/** A page of the messages the caller may see, newest first in the query's order, and their count. */
export async function listMessages(
  ctx: DomainContext,
  caller: Caller,
  chatId: string,
  query: MessageListQuery,
): Promise<CountedPage<MessageRecord, MessageCursor>> {
  const chat = await readableChat(ctx, caller, chatId);
  return ctx.store.listMessages({ ...query, chatId: chat.id, since: visibleSince(caller, chat) });
}

export async function readMessage(ctx: DomainContext, caller: Caller, chatId: string, messageId: string): Promise<MessageRecord> {
  const chat = await readableChat(ctx, caller, chatId);
  const message = await ctx.store.getMessage(chat.id, messageId);
  if (!message || !visibleTo(caller, chat, message)) throw notFound(`Message '${messageId}' was not found in chat '${chatId}'.`);
  return message;
}

/** The chat's last message as `viewer` may see it: none if it is older than their visible history. */
export function lastMessageSeenBy(viewer: Viewer, chat: ChatRecord): MessageRecord | null {
  return chat.lastMessage && visibleTo(viewer, chat, chat.lastMessage) ? chat.lastMessage : null;
}

/** Whether `viewer` may see `message` of `chat`: a member from their visible-history start on, an application always. */
export function visibleTo(viewer: Viewer, chat: ChatRecord, message: MessageRecord): boolean {
  const since = visibleSince(viewer, chat);
  return since === undefined || message.createdDateTime >= since;
}

/** From when a viewer sees the chat's messages; undefined for applications (everything). */
function visibleSince(viewer: Viewer, chat: ChatRecord): string | undefined {
  if (viewer.kind !== "user") return undefined;
  const member = memberOf(chat, viewer.userId);
  return member ? comparableTime(member.visibleHistoryStartDateTime) : undefined;
}
