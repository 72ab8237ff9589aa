// Paging while others write: walk a user's chats and a chat's messages with a small `$top` while
// chats are created and messages sent, at least one write landing between any two pages. Paging
// is keyset-based, so nothing may be seen twice and nothing that existed before the walk began
// may be missed; messages keep coming newest first.
import { odataString } from "../cases/generators.js";
import { asUser, memberId, type SuiteContext } from "../core/context.js";
import type { RequestSpec } from "../core/exchange.js";
import { chatPath, createGroupChat } from "../core/fixtures.js";
import { walkPages } from "../core/pages.js";
import type { Chat, ChatMessage } from "../core/schemas.js";
import { duplicates, settle } from "./support.js";

export interface PagedWalk {
  /** Items before the walk began. */
  before: number;
  pages: number;
  /** Writes that completed while the walk went on. */
  writesDuringWalk: number;
  repeated: number;
  missed: number;
  problems: string[];
}

export interface PagingRace {
  chats: PagedWalk;
  messages: PagedWalk;
  consistent: boolean;
}

const PAGE = 3;
const WRITERS = 4;
const EXISTING = 30;

/**
 * Writes (`write`) until stopped or `max` are done, `WRITERS` at a time; `landed(n)` resolves
 * once more than `n` have completed (at once if writing is over).
 */
function writer(write: (i: number) => Promise<unknown>, max: number) {
  let done = 0;
  let started = 0;
  let stopped = false;
  const waiting: (() => void)[] = [];
  const wake = () => waiting.splice(0).forEach((resolve) => resolve());
  const lane = async (): Promise<void> => {
    while (!stopped && started < max) {
      await write(started++).catch(() => undefined);
      done++;
      wake();
    }
  };
  const lanes = Promise.all(Array.from({ length: WRITERS }, lane)).then(() => {
    stopped = true;
    wake();
  });
  return {
    get done() {
      return done;
    },
    landed: (after: number) => new Promise<void>((resolve) => (stopped || done > after ? resolve() : waiting.push(resolve))),
    stop: async () => {
      stopped = true;
      wake();
      await lanes;
    },
  };
}

/** Walks `first` page by page while `write` runs, and compares with a walk made before. */
async function walkDuringWrites<T extends { id: string }>(
  ctx: SuiteContext,
  first: RequestSpec,
  write: (i: number) => Promise<unknown>,
  maxWrites: number,
  ordered?: (a: T, b: T) => boolean,
): Promise<PagedWalk> {
  const before = await walkPages<T>(ctx, { ...first, query: { ...first.query, $top: "50" } });
  const problems: string[] = [];
  const writes = writer(write, maxWrites);
  const seen: T[] = [];
  let pages = 0;
  let writesAtStart = 0;
  try {
    await walkPages<T>(ctx, { ...first, query: { ...first.query, $top: String(PAGE) } }, async (items) => {
      if (pages++ === 0) writesAtStart = writes.done;
      if (items.length > PAGE) problems.push(`a page of $top=${PAGE} holds ${items.length} items`);
      seen.push(...items);
      await writes.landed(writes.done);
    });
  } finally {
    await writes.stop();
  }
  const ids = seen.map((item) => item.id);
  const repeated = duplicates(ids);
  if (repeated.length > 0) problems.push(`${repeated.length} item(s) seen on two pages, e.g. ${repeated[0]}`);
  const missed = before.filter((item) => !ids.includes(item.id));
  if (missed.length > 0) problems.push(`${missed.length} item(s) that existed before the walk were never returned, e.g. ${missed[0]?.id}`);
  const outOfOrder = ordered ? seen.findIndex((item, i) => i > 0 && !ordered(seen[i - 1] as T, item)) : -1;
  if (outOfOrder > 0) problems.push(`${seen[outOfOrder - 1]?.id} is listed before ${seen[outOfOrder]?.id}, out of order`);
  const writesDuringWalk = writes.done - writesAtStart;
  if (pages > 1 && writesDuringWalk === 0) problems.push("no write completed while paging: the race proved nothing");
  return { before: before.length, pages, writesDuringWalk, repeated: repeated.length, missed: missed.length, problems };
}

export async function racePaging(ctx: SuiteContext, maxWrites: number): Promise<PagingRace> {
  const [pager, partner] = [memberId(ctx, 3), memberId(ctx, 0)];
  // Its own topic keeps the walk to this race's chats, whatever else the server holds.
  const topic = `paging race ${ctx.seed}`;
  const createChat = () => createGroupChat(ctx, [pager, partner], topic);
  await settle(Array.from({ length: EXISTING }, createChat));
  const chats = await walkDuringWrites<Chat>(
    ctx,
    { op: "listMyChats", method: "GET", path: "/me/chats", query: { $filter: `topic eq ${odataString(topic)}` }, as: asUser(pager) },
    createChat,
    maxWrites,
  );

  const chat = await createGroupChat(ctx, [pager, partner], "paging race messages");
  const send = (i: number) =>
    ctx.http.exchange({
      op: "sendChatMessage",
      method: "POST",
      path: chatPath(chat.id, "/messages"),
      body: { body: { content: `paging ${i}` } },
      as: asUser(partner),
    });
  for (let i = 0; i < EXISTING; i++) await send(i);
  const newestFirst = (a: ChatMessage, b: ChatMessage) => a.createdDateTime >= b.createdDateTime;
  const messages = await walkDuringWrites<ChatMessage>(
    ctx,
    { op: "listChatMessages", method: "GET", path: chatPath(chat.id, "/messages"), as: asUser(pager) },
    (i) => send(EXISTING + i),
    maxWrites,
    newestFirst,
  );
  return { chats, messages, consistent: chats.problems.length === 0 && messages.problems.length === 0 };
}
