/**
 * Pinned messages of a chat: list (most recently pinned first), pin, unpin. Any member may do
 * each (the pages name no role), and applications as their permissions allow. A pin changes
 * neither the message nor the chat's lastUpdatedDateTime (docs/graph-decisions.md), so pinning
 * moves no chat in anyone's list.
 * Serves: listChatPinnedMessages, pinChatMessage, unpinChatMessage.
 */
import type { MessageRecord, PinRecord } from "../store/types.js";
import { accessible, readableChat } from "./access.js";
import type { Caller } from "./caller.js";
import type { DomainContext } from "./context.js";
import { badRequest, conflict, notFound } from "./errors.js";
import { visibleTo } from "./messages.js";

/** A pin with the message it pins. */
export interface PinnedMessage {
  readonly pin: PinRecord;
  readonly message: MessageRecord;
}

// {scheme}://{host}/{v1.0|beta}/chats/{chatId}/messages/{messageId} (chat-post-pinnedmessages.md).
// The host is not checked, so binds built from this server's own base URL work as well as
// Graph's, as with user binds (roster.ts); the ids may be percent-encoded.
const BIND = /^https?:\/\/[^/?#\s]+\/(?:v1\.0|beta)\/chats\/([^/?#\s]+)\/messages\/([^/?#\s]+)\/?$/i;

/** The id of the message a `message@odata.bind` names, which must be a message of chat `chatId`. */
export function parseMessageBind(bind: string, chatId: string): string {
  const match = BIND.exec(bind);
  const [rawChat, rawMessage] = [match?.[1], match?.[2]];
  if (rawChat === undefined || rawMessage === undefined) {
    throw badRequest(
      `Invalid value '${bind}' for 'message@odata.bind': expected https://graph.microsoft.com/v1.0/chats/{chatId}/messages/{messageId}.`,
    );
  }
  const boundChat = decode(rawChat, bind);
  if (boundChat !== chatId) {
    throw badRequest(`'message@odata.bind' names a message of chat '${boundChat}'; only messages of chat '${chatId}' can be pinned in it.`);
  }
  return decode(rawMessage, bind);
}

function decode(raw: string, bind: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw badRequest(`Invalid percent-encoding in 'message@odata.bind' value '${bind}'.`);
  }
}

/** The pins of the messages the caller may see, most recently pinned first, each with its message. */
export async function listPins(ctx: DomainContext, caller: Caller, chatId: string): Promise<PinnedMessage[]> {
  const chat = await readableChat(ctx, caller, chatId);
  const pins = [...(chat.pinnedMessages ?? [])].reverse();
  const messages = await Promise.all(pins.map((pin) => ctx.store.getMessage(chat.id, pin.messageId)));
  // A pin of a message before the caller's visible history is not theirs to know of.
  return pins.flatMap((pin, i) => {
    const message = messages[i];
    return message && visibleTo(caller, chat, message) ? [{ pin, message }] : [];
  });
}

/** Pins the message `bind` names; 409 when it is pinned already. */
export function pinMessage(ctx: DomainContext, caller: Caller, chatId: string, bind: string): Promise<PinRecord> {
  // The body's own rules come first: a bind naming no message of this chat is a 400 before any 403 or 404.
  const messageId = parseMessageBind(bind, chatId);
  // Checked and written under the chat's lock, so racing pins of one message make one pin.
  return ctx.store.change(chatId, async (current, read) => {
    const chat = accessible(caller, current, chatId);
    const message = await read.getMessage(messageId);
    if (!message || !visibleTo(caller, chat, message)) {
      throw badRequest(`'message@odata.bind' names message '${messageId}', which was not found in chat '${chatId}'.`);
    }
    const pins = chat.pinnedMessages ?? [];
    if (pins.some((p) => p.messageId === message.id)) throw conflict(`Message '${message.id}' is already pinned in chat '${chatId}'.`);
    const pin: PinRecord = {
      messageId: message.id,
      pinnedDateTime: ctx.clock().toISOString(),
      pinnedByUserId: caller.kind === "user" ? caller.userId : null,
    };
    return { chat: { ...chat, pinnedMessages: [...pins, pin] }, result: pin };
  });
}

/** Unpins a message; 404 when it is not pinned (or not visible to the caller). */
export function unpinMessage(ctx: DomainContext, caller: Caller, chatId: string, pinnedMessageId: string): Promise<void> {
  return ctx.store.change(chatId, async (current, read) => {
    const chat = accessible(caller, current, chatId);
    const pins = chat.pinnedMessages ?? [];
    const pin = pins.find((p) => p.messageId === pinnedMessageId);
    const message = pin && (await read.getMessage(pin.messageId));
    if (!pin || !message || !visibleTo(caller, chat, message)) {
      throw notFound(`Pinned message '${pinnedMessageId}' was not found in chat '${chatId}'.`);
    }
    return { chat: { ...chat, pinnedMessages: pins.filter((p) => p.messageId !== pin.messageId) }, result: undefined };
  });
}
