// The default store: process memory. Each user has two sorted indexes of their chats (by last
// update, by last message), kept current on every write, so listing a page never scans or sorts
// the whole store. Records are frozen: stored state changes only through `change`, which runs
// one writer per chat at a time (a promise chain per chat id).
import { matchesChatFilter } from "./chat-filter.js";
import { KeyedLock } from "./keyed-lock.js";
import { MessageLog } from "./message-log.js";
import { SortedIndex } from "./sorted-index.js";
import {
  chatSortKey,
  type ChangeReader,
  type ChatChange,
  type ChatCursor,
  type ChatFilter,
  type ChatOrder,
  type CountedPage,
  type ChatPageQuery,
  type ChatRecord,
  type ChatStore,
  type MessagePageQuery,
  type MessageRecord,
  type MessageCursor,
} from "./types.js";

const ORDERS: readonly ChatOrder[] = ["lastUpdated", "lastMessage"];

export class MemoryChatStore implements ChatStore {
  private readonly chats = new Map<string, ChatRecord>();
  private readonly byUser = new Map<string, Record<ChatOrder, SortedIndex>>();
  private readonly messages = new Map<string, MessageLog>();
  private readonly locks = new KeyedLock();

  getChat(chatId: string): Promise<ChatRecord | undefined> {
    return Promise.resolve(this.chats.get(chatId));
  }

  insertChatIfAbsent(chat: ChatRecord): Promise<{ chat: ChatRecord; inserted: boolean }> {
    return this.locks.run(chat.id, () => {
      const existing = this.chats.get(chat.id);
      if (existing) return { chat: existing, inserted: false };
      const stored = freezeChat(chat);
      this.chats.set(chat.id, stored);
      this.reindex(undefined, stored);
      return { chat: stored, inserted: true };
    });
  }

  change<R>(chatId: string, fn: (chat: ChatRecord | undefined, read: ChangeReader) => ChatChange<R> | Promise<ChatChange<R>>): Promise<R> {
    return this.locks.run(chatId, async () => {
      const current = this.chats.get(chatId);
      const reader: ChangeReader = { getMessage: (messageId) => this.getMessage(chatId, messageId) };
      const { chat, message, updatedMessage, result } = await fn(current, reader);
      // Checked before anything is written, so a wrong change writes nothing.
      if (chat && (!current || chat.id !== chatId)) throw new Error(`change(${chatId}) may only replace that existing chat`);
      if (message && (!current || message.chatId !== chatId))
        throw new Error(`change(${chatId}) may only add messages to that existing chat`);
      const log = this.messages.get(chatId);
      if (updatedMessage && (updatedMessage.chatId !== chatId || !log?.get(updatedMessage.id)))
        throw new Error(`change(${chatId}) may only update an existing message of that chat`);
      const appended = message && freezeMessage(message);
      if (appended) this.messageLog(chatId).append(appended);
      const updated = updatedMessage && freezeMessage(updatedMessage);
      if (updated) log?.replace(updated);
      if (chat && current) {
        // The chat's last message is usually the one stored already, or the one appended here.
        const frozen = new Map<MessageRecord, MessageRecord>();
        if (current.lastMessage) frozen.set(current.lastMessage, current.lastMessage);
        if (message && appended) frozen.set(message, appended);
        const next = freezeChat(chat, frozen);
        this.chats.set(chatId, next);
        this.reindex(current, next);
      }
      // The chat's last message reads as updated, as the database's join of the two tables does.
      const stored = this.chats.get(chatId);
      if (updated && stored?.lastMessage?.id === updated.id) this.chats.set(chatId, Object.freeze({ ...stored, lastMessage: updated }));
      return result;
    });
  }

  listChatsForUser(query: ChatPageQuery): Promise<CountedPage<ChatRecord, ChatCursor>> {
    const index = this.byUser.get(query.userId.toLowerCase())?.[query.order];
    if (!index) return Promise.resolve({ items: [], count: 0 });
    const { filter } = query;
    const items: ChatRecord[] = [];
    let last: ChatCursor | undefined;
    let next: ChatCursor | undefined;
    for (const entry of index.idsAfter(query.after)) {
      const chat = this.chats.get(entry.id);
      if (!chat || (filter && !matchesChatFilter(chat, filter))) continue;
      // One match beyond the page proves there is a next page (no empty last pages).
      if (items.length === query.limit) {
        next = last;
        break;
      }
      items.push(chat);
      last = entry;
    }
    // Unfiltered, the index's size is the count; a filter is counted over the user's chats.
    const count = filter ? this.countMatches(index, filter) : index.size;
    return Promise.resolve(next ? { items, next, count } : { items, count });
  }

  private countMatches(index: SortedIndex, filter: ChatFilter): number {
    let count = 0;
    for (const entry of index.idsAfter()) {
      const chat = this.chats.get(entry.id);
      if (chat && matchesChatFilter(chat, filter)) count++;
    }
    return count;
  }

  getMessage(chatId: string, messageId: string): Promise<MessageRecord | undefined> {
    return Promise.resolve(this.messages.get(chatId)?.get(messageId));
  }

  listMessages(query: MessagePageQuery): Promise<CountedPage<MessageRecord, MessageCursor>> {
    return Promise.resolve(this.messages.get(query.chatId)?.page(query) ?? { items: [], count: 0 });
  }

  clear(): Promise<void> {
    this.chats.clear();
    this.byUser.clear();
    this.messages.clear();
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private messageLog(chatId: string): MessageLog {
    let log = this.messages.get(chatId);
    if (!log) this.messages.set(chatId, (log = new MessageLog()));
    return log;
  }

  /** Moves a chat within its members' indexes after a write (or places it, for a new chat). */
  private reindex(before: ChatRecord | undefined, after: ChatRecord): void {
    const oldMembers = new Set(before?.members.map((m) => m.userId.toLowerCase()) ?? []);
    const newMembers = new Set(after.members.map((m) => m.userId.toLowerCase()));
    for (const order of ORDERS) {
      const oldKey = before && chatSortKey(before, order);
      const newKey = chatSortKey(after, order);
      for (const user of oldMembers) {
        if (oldKey !== undefined && (!newMembers.has(user) || oldKey !== newKey)) this.indexOf(user)[order].remove(oldKey, after.id);
      }
      for (const user of newMembers) {
        if (!oldMembers.has(user) || oldKey !== newKey) this.indexOf(user)[order].insert(newKey, after.id);
      }
    }
  }

  private indexOf(userId: string): Record<ChatOrder, SortedIndex> {
    let indexes = this.byUser.get(userId);
    if (!indexes) {
      indexes = { lastUpdated: new SortedIndex(), lastMessage: new SortedIndex() };
      this.byUser.set(userId, indexes);
    }
    return indexes;
  }
}

/**
 * The chat as stored. `frozen` maps messages to their stored (frozen) copies, so a last message
 * that is one of them is not copied again on every write of the chat.
 */
function freezeChat(chat: ChatRecord, frozen: ReadonlyMap<MessageRecord, MessageRecord> = new Map()): ChatRecord {
  return Object.freeze({
    ...chat,
    members: Object.freeze(chat.members.map((m) => Object.freeze({ ...m }))),
    lastMessage: chat.lastMessage && (frozen.get(chat.lastMessage) ?? freezeMessage(chat.lastMessage)),
    // Only when present, so a chat without pins reads back exactly as it was written.
    ...(chat.pinnedMessages && { pinnedMessages: frozenCopy(chat.pinnedMessages) }),
  });
}

/** Stored messages are shared by every reader, so nothing in them may change after the write. */
function freezeMessage(message: MessageRecord): MessageRecord {
  return frozenCopy(message);
}

/** A deep copy, frozen throughout (plain data only: what a message record holds). */
function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  if (value && typeof value === "object") {
    return Object.freeze(Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, frozenCopy(inner)]))) as T;
  }
  return value;
}
