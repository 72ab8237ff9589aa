// The PostgreSQL engine of the ChatStore (DATABASE_URL). Every write is one transaction: inserts
// deduplicate on the chats primary key (INSERT … ON CONFLICT DO NOTHING), and `change` holds the
// chat's row lock (SELECT … FOR UPDATE) while it runs, so writers of one chat queue up across all
// instances, and a rule checked inside a change (the roster limit, message id order) holds.
import type pg from "pg";
import {
  messageSortKey,
  type ChangeReader,
  type ChatChange,
  type ChatCursor,
  type ChatPageQuery,
  type ChatRecord,
  type ChatStore,
  type CountedPage,
  type MessagePageQuery,
  type MessageRecord,
  type MessageCursor,
} from "../types.js";
import { chatCountSql, chatPageSql } from "./lists.js";
import {
  CHAT_COLUMNS,
  CHAT_FROM,
  MESSAGE_COLUMNS,
  MESSAGE_PLACEHOLDERS,
  messageValues,
  toChat,
  toMessage,
  type ChatRow,
  type MessageRow,
} from "./rows.js";
import { messageCountSql, messagePageSql } from "./messages.js";
import { inTransaction, translated } from "./transaction.js";
import { insertMembers, writeChanges } from "./writes.js";

type Queryable = Pick<pg.PoolClient, "query">;

/** Message ids are digits that fit a bigint; anything else names no message. */
const MESSAGE_ID = /^\d{1,18}$/;

export class PostgresChatStore implements ChatStore {
  constructor(
    private readonly pool: pg.Pool,
    /** Whether close() ends the pool (false when the pool is shared with other users). */
    private readonly ownsPool = true,
  ) {}

  getChat(chatId: string): Promise<ChatRecord | undefined> {
    return this.run(async () => (await readChats(this.pool, [chatId]))[0]);
  }

  insertChatIfAbsent(chat: ChatRecord): Promise<{ chat: ChatRecord; inserted: boolean }> {
    return this.transaction(async (client) => {
      const inserted = await client.query(
        `INSERT INTO chats (id, chat_type, topic, tenant_id, created_date_time, last_updated_date_time, last_message_id, pinned_messages)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [
          chat.id,
          chat.chatType,
          chat.topic,
          chat.tenantId,
          chat.createdDateTime,
          chat.lastUpdatedDateTime,
          chat.lastMessage?.id ?? null,
          JSON.stringify(chat.pinnedMessages ?? []),
        ],
      );
      if (inserted.rowCount === 0) {
        // ON CONFLICT waited for the other insert to commit, so the chat it wrote is visible now.
        const existing = (await readChats(client, [chat.id]))[0];
        if (!existing) throw new Error(`chat ${chat.id} conflicted on insert but cannot be read`);
        return { chat: existing, inserted: false };
      }
      if (chat.lastMessage) await insertMessage(client, chat.lastMessage);
      await insertMembers(client, chat, chat.members);
      return { chat: (await readChats(client, [chat.id]))[0] ?? chat, inserted: true };
    });
  }

  change<R>(chatId: string, fn: (chat: ChatRecord | undefined, read: ChangeReader) => ChatChange<R> | Promise<ChatChange<R>>): Promise<R> {
    return this.transaction(async (client) => {
      // Lock first, then read in a new statement: under READ COMMITTED a locking read that had to
      // wait re-checks only the locked row, while its joins and subqueries (members, last message)
      // would still show the state from before the other writer committed.
      await client.query("SELECT 1 FROM chats WHERE id = $1 FOR UPDATE", [chatId]);
      const current = (await readChats(client, [chatId]))[0];
      const reader: ChangeReader = { getMessage: (messageId) => readMessage(client, chatId, messageId) };
      const { chat, message, updatedMessage, result } = await fn(current, reader);
      if (chat && (!current || chat.id !== chatId)) throw new Error(`change(${chatId}) may only replace that existing chat`);
      if (message && (!current || message.chatId !== chatId))
        throw new Error(`change(${chatId}) may only add messages to that existing chat`);
      if (updatedMessage && (updatedMessage.chatId !== chatId || !(await readMessage(client, chatId, updatedMessage.id))))
        throw new Error(`change(${chatId}) may only update an existing message of that chat`);
      if (message) await insertMessage(client, message);
      if (updatedMessage) await updateMessage(client, updatedMessage);
      if (chat && current) await writeChanges(client, current, chat);
      return result;
    });
  }

  listChatsForUser(query: ChatPageQuery): Promise<CountedPage<ChatRecord, ChatCursor>> {
    return this.run(async () => {
      const { text, values } = chatPageSql(query);
      const counting = chatCountSql(query);
      const [entries, count] = await Promise.all([
        this.pool.query<{ chat_id: string; sort_key: string }>(text, values).then((r) => r.rows),
        this.pool.query<{ count: number }>(counting.text, counting.values).then((r) => Number(r.rows[0]?.count ?? 0)),
      ]);
      const page = entries.slice(0, query.limit);
      const chats = new Map(
        (
          await readChats(
            this.pool,
            page.map((e) => e.chat_id),
          )
        ).map((c) => [c.id, c]),
      );
      // A chat cleared between the two reads is left out; its cursor still marks the place.
      const items = page.flatMap((e) => chats.get(e.chat_id) ?? []);
      const last = page[page.length - 1];
      return entries.length > query.limit && last ? { items, next: { key: last.sort_key, id: last.chat_id }, count } : { items, count };
    });
  }

  getMessage(chatId: string, messageId: string): Promise<MessageRecord | undefined> {
    return this.run(() => readMessage(this.pool, chatId, messageId));
  }

  listMessages(query: MessagePageQuery): Promise<CountedPage<MessageRecord, MessageCursor>> {
    return this.run(async () => {
      const page = messagePageSql(query);
      const counting = messageCountSql(query);
      const [rows, count] = await Promise.all([
        this.pool.query<MessageRow>(page.text, page.values).then((r) => r.rows),
        this.pool.query<{ count: number }>(counting.text, counting.values).then((r) => Number(r.rows[0]?.count ?? 0)),
      ]);
      const items = rows.slice(0, query.limit).map(toMessage);
      const last = items[items.length - 1];
      if (rows.length <= query.limit || !last) return { items, count };
      return { items, next: { key: messageSortKey(last, query.order), id: last.id }, count };
    });
  }

  clear(): Promise<void> {
    // One statement: every table empty at once, for every instance.
    return this.run(async () => void (await this.pool.query("TRUNCATE chats, chat_members, messages, user_chat_counts")));
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }

  private run<T>(work: () => Promise<T>): Promise<T> {
    return translated(work);
  }

  private transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, work);
  }
}

async function readChats(db: Queryable, ids: readonly string[]): Promise<ChatRecord[]> {
  if (ids.length === 0) return [];
  const rows = (await db.query<ChatRow>(`SELECT ${CHAT_COLUMNS} FROM ${CHAT_FROM} WHERE c.id = ANY($1::text[])`, [ids])).rows;
  const byId = new Map(rows.map((row) => [row.id, toChat(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function readMessage(db: Queryable, chatId: string, messageId: string): Promise<MessageRecord | undefined> {
  if (!MESSAGE_ID.test(messageId)) return undefined;
  const row = (await db.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE chat_id = $1 AND id = $2`, [chatId, messageId]))
    .rows[0];
  return row && toMessage(row);
}

async function insertMessage(db: Queryable, message: MessageRecord): Promise<void> {
  if (!MESSAGE_ID.test(message.id)) throw new Error(`message id ${message.id} is not a number of at most 18 digits`);
  await db.query(`INSERT INTO messages (${MESSAGE_COLUMNS}) VALUES (${MESSAGE_PLACEHOLDERS})`, messageValues(message));
}

/** Rewrites every column of a stored message (its chat and id stay). */
async function updateMessage(db: Queryable, message: MessageRecord): Promise<void> {
  await db.query(
    `UPDATE messages SET (${MESSAGE_COLUMNS}) = ROW(${MESSAGE_PLACEHOLDERS}) WHERE chat_id = $1 AND id = $2`,
    messageValues(message),
  );
}
