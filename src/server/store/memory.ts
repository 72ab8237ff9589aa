// The default store: a Map in process memory. Records are frozen so no caller can change stored
// state except through the store's own methods.
import type { ChatRecord, ChatStore, MemberRecord } from "./types.js";

export class MemoryChatStore implements ChatStore {
  private readonly chats = new Map<string, ChatRecord>();

  get(chatId: string): ChatRecord | undefined {
    return this.chats.get(chatId);
  }

  insertIfAbsent(chat: ChatRecord): { chat: ChatRecord; inserted: boolean } {
    const existing = this.chats.get(chat.id);
    if (existing) return { chat: existing, inserted: false };
    const stored = freeze(chat);
    this.chats.set(chat.id, stored);
    return { chat: stored, inserted: true };
  }

  addMember(chatId: string, member: MemberRecord, at: string): ChatRecord | undefined {
    const chat = this.chats.get(chatId);
    if (!chat) return undefined;
    if (chat.members.some((m) => m.userId === member.userId)) return chat;
    const updated = freeze({ ...chat, members: [...chat.members, member], lastUpdatedDateTime: at });
    this.chats.set(chatId, updated);
    return updated;
  }
}

function freeze(chat: ChatRecord): ChatRecord {
  return Object.freeze({ ...chat, members: Object.freeze(chat.members.map((m) => Object.freeze({ ...m }))) });
}
