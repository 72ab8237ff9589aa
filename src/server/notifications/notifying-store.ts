// A ChatStore that reports every committed write's change events. It wraps any engine, so the
// memory store and PostgreSQL produce the same events, and the domain stays unaware of them.
import type { ChangeReader, ChatChange, ChatRecord, ChatStore, MessageRecord } from "../store/types.js";
import { eventsOfChange, eventsOfInsert, type ChangeEvent } from "./events.js";

/** Receives a committed write's events; must not throw (delivery is its own business). */
export type ChangeSink = (events: readonly ChangeEvent[]) => void;

export function notifyingStore(store: ChatStore, sink: ChangeSink): ChatStore {
  return {
    getChat: (chatId) => store.getChat(chatId),
    listChatsForUser: (query) => store.listChatsForUser(query),
    getMessage: (chatId, messageId) => store.getMessage(chatId, messageId),
    listMessages: (query) => store.listMessages(query),
    clear: () => store.clear(),
    close: () => store.close(),
    async insertChatIfAbsent(chat) {
      const stored = await store.insertChatIfAbsent(chat);
      if (stored.inserted) sink(eventsOfInsert(stored.chat));
      return stored;
    },
    async change<R>(
      chatId: string,
      fn: (chat: ChatRecord | undefined, read: ChangeReader) => ChatChange<R> | Promise<ChatChange<R>>,
    ): Promise<R> {
      let seen: { before: ChatRecord | undefined; change: ChatChange<R>; previous: MessageRecord | undefined } | undefined;
      const result = await store.change(chatId, async (before, read) => {
        const change = await fn(before, read);
        // Only a message that is deleted now needs the one it replaces (was this write the deletion?):
        // edits and reactions cost no extra read.
        const previous = change.updatedMessage?.deletedDateTime ? await read.getMessage(change.updatedMessage.id) : undefined;
        seen = { before, change, previous };
        return change;
      });
      // Only a committed change gets here: when fn or the commit throws, nothing is reported.
      if (seen) {
        const events = eventsOfChange(seen.before, seen.change, seen.previous);
        if (events.length > 0) sink(events);
      }
      return result;
    },
  };
}
