// Stores that break one promise of the ChatStore contract each, so tests can prove that the
// contract suite, the races and the conformance suite catch a server built on them.
import { MemoryChatStore } from "../../src/server/store/memory.js";
import type {
  ChangeReader,
  ChatChange,
  ChatRecord,
  CountedPage,
  MessageCursor,
  MessagePageQuery,
  MessageRecord,
} from "../../src/server/store/types.js";

type ChangeFn<R> = (chat: ChatRecord | undefined, read: ChangeReader) => ChatChange<R> | Promise<ChatChange<R>>;

/** Forgets oneOnOne deduplication: a repeat gets a fresh id. */
export class NoDedupStore extends MemoryChatStore {
  private copies = 0;
  override async insertChatIfAbsent(chat: ChatRecord): Promise<{ chat: ChatRecord; inserted: boolean }> {
    if (chat.chatType === "oneOnOne" && (await this.getChat(chat.id))) {
      return super.insertChatIfAbsent({ ...chat, id: chat.id.replace("@unq.gbl.spaces", `_copy${++this.copies}@unq.gbl.spaces`) });
    }
    return super.insertChatIfAbsent(chat);
  }
}

/** Drops every fifth message it is given, after the sender was told 201. */
export class LossyStore extends MemoryChatStore {
  private appended = 0;
  override change<R>(chatId: string, fn: ChangeFn<R>): Promise<R> {
    return super.change(chatId, async (chat, read) => {
      const outcome = await fn(chat, read);
      return outcome.message && ++this.appended % 5 === 0 ? { ...outcome, message: undefined } : outcome;
    });
  }
}

/** Undoes every fourth roster change right after reporting it done. */
export class ForgetfulStore extends MemoryChatStore {
  private changes = 0;
  override async change<R>(chatId: string, fn: ChangeFn<R>): Promise<R> {
    const before = await this.getChat(chatId);
    const result = await super.change(chatId, fn);
    const after = await this.getChat(chatId);
    if (before && after && after.members.length !== before.members.length && ++this.changes % 4 === 0) {
      await super.change(chatId, () => ({ chat: before, result: undefined }));
    }
    return result;
  }
}

/** Starts each next page of messages one message early: the cursor's message is listed twice. */
export class OverlappingPagesStore extends MemoryChatStore {
  override listMessages(query: MessagePageQuery): Promise<CountedPage<MessageRecord, MessageCursor>> {
    const { after } = query;
    // A cursor just past the last message seen (ties in a sort key go by id, newest first).
    return super.listMessages(after === undefined ? query : { ...query, after: { ...after, id: String(Number(after.id) + 1) } });
  }
}

/** Fails every read of a chat the way a failing disk or driver would: with `error`. */
export function failingStore(error: unknown): MemoryChatStore {
  return new (class extends MemoryChatStore {
    override getChat(): Promise<ChatRecord | undefined> {
      // Anything may be thrown, a string included: the server must cope with that too.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      return Promise.reject(error);
    }
  })();
}

/**
 * Runs changes without the per-chat lock: read, let other requests run for as long as a database
 * round trip takes, then write what it computed from that (possibly stale) read — the classic
 * lost update.
 */
export class UnlockedStore extends MemoryChatStore {
  override async change<R>(chatId: string, fn: ChangeFn<R>): Promise<R> {
    const current = await this.getChat(chatId);
    const outcome = await fn(current, { getMessage: (id) => this.getMessage(chatId, id) });
    await new Promise((resolve) => setTimeout(resolve, 2));
    return super.change(chatId, () => outcome);
  }
}
