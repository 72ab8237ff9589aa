// Chat and membership ids in Graph's formats.
import { randomUUID } from "node:crypto";
import type { IdGenerator } from "./context.js";

export const randomIds: IdGenerator = {
  threadHex: () => randomUUID().replaceAll("-", ""),
};

/** One-on-one chats are keyed by their two members, so the id itself deduplicates them. */
export function oneOnOneChatId(userIdA: string, userIdB: string): string {
  const [first, second] = [userIdA.toLowerCase(), userIdB.toLowerCase()].sort();
  return `19:${first}_${second}@unq.gbl.spaces`;
}

export function groupChatId(ids: IdGenerator): string {
  return `19:${ids.threadHex()}@thread.v2`;
}

/**
 * Graph's membership ids are base64 of a `#`-joined (tenant, chat, user) tuple; base64url keeps
 * them free of `/` so they can sit in a URL path segment unescaped.
 */
export function membershipId(tenantId: string, chatId: string, userId: string): string {
  return Buffer.from(`0#${tenantId}#${chatId}#${userId}`, "utf8").toString("base64url");
}

/** `0001-01-01T00:00:00Z`: the member sees the chat's whole history. */
export const ALL_HISTORY = "0001-01-01T00:00:00Z";
