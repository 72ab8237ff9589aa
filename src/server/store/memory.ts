// The default store: process memory. Each user has two sorted indexes of their chats (by last
// update, by last message), kept current on every write, so listing a page never scans or sorts
// the whole store. Records are frozen: stored state changes only through the store's methods.
import { SortedIndex } from "./sorted-index.js";
import {
  chatSortKey,
  type ChatCursor,
  type ChatOrder,
  type ChatPageQuery,
  type ChatRecord,
  type ChatStore,
  type MessagePageQuery,
  type MessageRecord,
  type Page,
} from "./types.js";

const ORDERS: readonly ChatOrder[] = ["lastUpdated", "lastMessage"];

interface ChatMessages {
  /** Oldest first; ids increase, so a binary search finds any id. */
  readonly list: MessageRecord[];
}

export class MemoryChatStore implements ChatStore {
  private readonly chats = new Map<string, ChatRecord>();
  private readonly byUser = new Map<string, Record<ChatOrder, SortedIndex>>();
  private readonly messages = new Map<string, ChatMessages>();

  get(chatId: string): ChatRecord | undefined {
    return this.chats.get(chatId);
  }

  insertIfAbsent(chat: ChatRecord): { chat: ChatRecord; inserted: boolean } {
    const existing = this.chats.get(chat.id);
    if (existing) return { chat: existing, inserted: false };
    const stored = freeze(chat);
    this.chats.set(chat.id, stored);
    this.reindex(undefined, stored);
    return { chat: stored, inserted: true };
  }

  update(chatId: string, change: (chat: ChatRecord) => ChatRecord): ChatRecord | undefined {
    const current = this.chats.get(chatId);
    if (!current) return undefined;
    const next = freeze({ ...change(current), id: chatId });
    this.chats.set(chatId, next);
    this.reindex(current, next);
    return next;
  }

  listForUser(query: ChatPageQuery): Page<ChatRecord, ChatCursor> {
    const index = this.byUser.get(query.userId.toLowerCase())?.[query.order];
    if (!index) return { items: [] };
    const items: ChatRecord[] = [];
    let last: ChatCursor | undefined;
    for (const entry of index.idsAfter(query.after)) {
      const chat = this.chats.get(entry.id);
      if (!chat || (query.where && !query.where(chat))) continue;
      // One match beyond the page proves there is a next page (no empty last pages).
      if (items.length === query.limit) return { items, next: last };
      items.push(chat);
      last = entry;
    }
    return { items };
  }

  appendMessage(message: MessageRecord): void {
    const messages = this.messages.get(message.chatId) ?? { list: [] };
    messages.list.push(Object.freeze({ ...message, body: Object.freeze({ ...message.body }) }));
    this.messages.set(message.chatId, messages);
  }

  getMessage(chatId: string, messageId: string): MessageRecord | undefined {
    const list = this.messages.get(chatId)?.list ?? [];
    const at = firstIdAtLeast(list, messageId);
    return list[at]?.id === messageId ? list[at] : undefined;
  }

  listMessages(query: MessagePageQuery): Page<MessageRecord, string> {
    const list = this.messages.get(query.chatId)?.list ?? [];
    let end = query.before === undefined ? list.length : firstIdAtLeast(list, query.before);
    const start = query.since === undefined ? 0 : firstCreatedAtLeast(list, query.since);
    const items: MessageRecord[] = [];
    while (end > start && items.length < query.limit) items.push(list[--end] as MessageRecord);
    const last = items[items.length - 1];
    return end > start && last ? { items, next: last.id } : { items };
  }

  clear(): void {
    this.chats.clear();
    this.byUser.clear();
    this.messages.clear();
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

/** Message ids are digit strings of growing value: compare by length, then text. */
function idBefore(a: string, b: string): boolean {
  return a.length < b.length || (a.length === b.length && a < b);
}

function firstIdAtLeast(list: readonly MessageRecord[], id: string): number {
  return lowerBound(list, (m) => idBefore(m.id, id));
}

function firstCreatedAtLeast(list: readonly MessageRecord[], time: string): number {
  return lowerBound(list, (m) => m.createdDateTime < time);
}

function lowerBound(list: readonly MessageRecord[], isBefore: (m: MessageRecord) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isBefore(list[mid] as MessageRecord)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function freeze(chat: ChatRecord): ChatRecord {
  return Object.freeze({ ...chat, members: Object.freeze(chat.members.map((m) => Object.freeze({ ...m }))) });
}
