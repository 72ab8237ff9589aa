// Messages in a chat: send, list newest first, get. A member sees messages from its
// visibleHistoryStartDateTime on; applications see all of them.
import type { ChatRecord, MessageRecord, Page } from "../store/types.js";
import { accessibleChat, memberOf, sameId } from "./access.js";
import type { Caller } from "./caller.js";
import { mustExist } from "./chats.js";
import type { DomainContext } from "./context.js";
import { badRequest, forbidden, notFound, tooLarge } from "./errors.js";
import { comparableTime, writeTime } from "./time.js";

/** Teams' limit on a message's size (body and all), in UTF-8 bytes. */
export const MAX_MESSAGE_BYTES = 28 * 1024;

export interface SendMessageInput {
  readonly body: { readonly contentType?: "text" | "html" | undefined; readonly content: string };
  readonly subject?: string | null | undefined;
  readonly importance?: "normal" | "high" | "urgent" | undefined;
}

export function sendMessage(ctx: DomainContext, caller: Caller, chatId: string, input: SendMessageInput): MessageRecord {
  // The body's own rules come first: an invalid body is a 400 before any 403 or 404.
  if (input.body.content.trim() === "") throw badRequest("The message body must not be empty.");
  const size = Buffer.byteLength(input.body.content, "utf8") + Buffer.byteLength(input.subject ?? "", "utf8");
  if (size > MAX_MESSAGE_BYTES)
    throw tooLarge(`The message is ${size} bytes; the limit is ${MAX_MESSAGE_BYTES} bytes (28 KB) for the content and subject together.`);
  if (caller.kind !== "user") throw forbidden("Sending messages needs a signed-in user.");
  const chat = accessibleChat(ctx, caller, chatId);
  let message: MessageRecord | undefined;
  mustExist(
    ctx.store.update(chat.id, (current) => {
      // Ids are the message's creation time in epoch milliseconds, bumped past the previous id
      // so ids and times stay unique and increasing within the chat, even for messages sent in
      // the same millisecond or after the system clock stepped back.
      const previous = current.lastMessage ? Number(current.lastMessage.id) : 0;
      const sentAt = Math.max(Date.parse(writeTime(current, ctx.clock)), previous + 1);
      message = {
        id: String(sentAt),
        chatId: current.id,
        createdDateTime: new Date(sentAt).toISOString(),
        fromUserId: caller.userId,
        body: { contentType: input.body.contentType ?? "text", content: input.body.content },
        subject: input.subject ?? null,
        importance: input.importance ?? "normal",
      };
      const at = message.createdDateTime;
      return {
        ...current,
        lastMessage: message,
        lastUpdatedDateTime: at,
        // A new message brings a hidden chat back for everyone; the sender has read it.
        members: current.members.map((m) => ({
          ...m,
          isHidden: false,
          ...(sameId(m.userId, caller.userId) && { lastMessageReadDateTime: at }),
        })),
      };
    }),
    chatId,
  );
  const sent = message as MessageRecord;
  ctx.store.appendMessage(sent);
  return sent;
}

export function listMessages(
  ctx: DomainContext,
  caller: Caller,
  chatId: string,
  query: { before?: string | undefined; limit: number },
): Page<MessageRecord, string> {
  const chat = accessibleChat(ctx, caller, chatId);
  return ctx.store.listMessages({ chatId: chat.id, before: query.before, since: visibleSince(caller, chat), limit: query.limit });
}

export function getMessage(ctx: DomainContext, caller: Caller, chatId: string, messageId: string): MessageRecord {
  const chat = accessibleChat(ctx, caller, chatId);
  const message = ctx.store.getMessage(chat.id, messageId);
  const since = visibleSince(caller, chat);
  if (!message || (since !== undefined && message.createdDateTime < since)) {
    throw notFound(`Message '${messageId}' was not found in chat '${chatId}'.`);
  }
  return message;
}

/** From when a viewer sees the chat's messages; undefined for applications (everything). */
export function visibleSince(caller: Caller | { kind: "user"; userId: string }, chat: ChatRecord): string | undefined {
  if (caller.kind !== "user") return undefined;
  const member = memberOf(chat, caller.userId);
  return member ? comparableTime(member.visibleHistoryStartDateTime) : undefined;
}
