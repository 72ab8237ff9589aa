// The chat API over real HTTP for end-to-end tests of servers in other processes: plain fetch with
// a time limit on every request (no test may hang on a server that stopped answering), bodies read
// as the generated types, and development tokens for the demo tenant and for added users.
import { randomUUID } from "node:crypto";
import type { components, Readable } from "../../generated/schema.js";
import { mintDevToken } from "../../src/server/auth/mint.js";
import { DEMO_TENANT_ID, demoTenant } from "../../src/server/directory/demo-tenant.js";
import type { DirectoryData } from "../../src/server/directory/directory.js";

// Responses as a client reads them (the readOnly markers resolved).
type Schemas = components["schemas"];
export type Chat = Readable<Schemas["chatEntityResponse"]>;
export type ChatList = Readable<Schemas["chatCollectionResponse"]>;
export type Member = Readable<Schemas["memberEntityResponse"]>;
export type MemberList = Readable<Schemas["conversationMemberCollectionResponse"]>;
export type Message = Readable<Schemas["messageEntityResponse"]>;
export type MessageList = Readable<Schemas["chatMessageCollectionResponse"]>;
export type GraphErrorBody = Readable<Schemas["odataError"]>;

export const MEGAN = "8c0a1a67-50ce-4114-bb6c-da9c5dbcf6ca";
export const LYNNE = "82fe7758-5bb3-4f0d-a43f-e555fd399c6f";
export const ADELE = "8b081ef6-4792-4def-b2c9-c363a1bf41d5";
export const ISAIAH = "3626a173-f2bc-4883-bcf7-01514c3bfb82";
export const JACOB = "4595d2f2-7b31-446c-84fd-9b795e63114b";
export const ALEX = "5e6e7a25-b0a7-4cbe-8c0e-8a4b2b0cd5f3";

export interface Reply<T> {
  status: number;
  headers: Headers;
  text: string;
  /** The JSON body as the caller expects it (undefined when the body is empty). */
  body: T;
}

const tokens = new Map<string, Promise<string>>();

/** A delegated development token (Chat.ReadWrite) of a user of the demo tenant's id. */
export function tokenFor(userId: string): Promise<string> {
  let token = tokens.get(userId);
  if (!token) tokens.set(userId, (token = mintDevToken({ kind: "user", userId, tenantId: DEMO_TENANT_ID, expiresIn: "1h" })));
  return token;
}

/** One request; rejects after `timeoutMs` rather than waiting for a server that does not answer. */
export async function call<T>(
  url: string,
  { method = "GET", as, body, timeoutMs = 15_000 }: { method?: string; as?: string; body?: unknown; timeoutMs?: number } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = {};
  if (as !== undefined) headers.authorization = `Bearer ${await tokenFor(as)}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(url, {
    method,
    headers,
    ...(body !== undefined && { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    throw new Error(`${method} ${url} answered ${res.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  return { status: res.status, headers: res.headers, text, body: json as T };
}

export const memberBody = (userId: string) => ({
  "@odata.type": "#microsoft.graph.aadUserConversationMember",
  roles: ["owner"],
  "user@odata.bind": `https://graph.microsoft.com/v1.0/users('${userId}')`,
});

/** The chat operations on one server, `baseUrl` being its /v1.0 root. */
export class ChatApi {
  constructor(readonly baseUrl: string) {}

  createChat(as: string, chatType: "oneOnOne" | "group", memberIds: readonly string[], topic?: string): Promise<Reply<Chat>> {
    const body = { chatType, members: memberIds.map(memberBody), ...(topic !== undefined && { topic }) };
    return call<Chat>(`${this.baseUrl}/chats`, { method: "POST", as, body });
  }

  getChat(as: string, chatId: string, expand?: "members" | "lastMessagePreview"): Promise<Reply<Chat>> {
    return call<Chat>(`${this.chat(chatId)}${expand ? `?$expand=${expand}` : ""}`, { as });
  }

  addMember(as: string, chatId: string, userId: string): Promise<Reply<Member>> {
    return call<Member>(`${this.chat(chatId)}/members`, { method: "POST", as, body: memberBody(userId) });
  }

  listMembers(as: string, chatId: string): Promise<Reply<MemberList>> {
    return call<MemberList>(`${this.chat(chatId)}/members`, { as });
  }

  sendMessage(as: string, chatId: string, content: string): Promise<Reply<Message>> {
    return call<Message>(`${this.chat(chatId)}/messages`, { method: "POST", as, body: { body: { content } } });
  }

  getMessage(as: string, chatId: string, messageId: string): Promise<Reply<Message>> {
    return call<Message>(`${this.chat(chatId)}/messages/${messageId}`, { as });
  }

  /** Every message of the chat, newest first, following `@odata.nextLink` pages of 50. */
  allMessages(as: string, chatId: string): Promise<Message[]> {
    return this.all<Message>(as, `${this.chat(chatId)}/messages?$top=50`);
  }

  /** Every chat of the signed-in user, following `@odata.nextLink` pages of 50. */
  allChats(as: string): Promise<Chat[]> {
    return this.all<Chat>(as, `${this.baseUrl}/me/chats?$top=50`);
  }

  private chat(chatId: string): string {
    return `${this.baseUrl}/chats/${encodeURIComponent(chatId)}`;
  }

  private async all<T>(as: string, first: string): Promise<T[]> {
    const items: T[] = [];
    for (let url: string | undefined = first, pages = 0; url; pages++) {
      if (pages > 1_000) throw new Error(`more than 1,000 pages from ${first}`);
      const page: Reply<{ value: T[]; "@odata.nextLink"?: string }> = await call(url, { as });
      if (page.status !== 200) throw new Error(`GET ${url} answered ${page.status}: ${page.text}`);
      items.push(...page.body.value);
      url = page.body["@odata.nextLink"];
    }
    return items;
  }
}

/** The demo tenant plus `count` more members of it (ids are fresh UUIDs), as PUT /_admin/directory takes it. */
export function demoTenantWith(count: number): { data: DirectoryData; added: string[] } {
  const added = Array.from({ length: count }, () => randomUUID());
  const users = added.map((id, i) => ({
    id,
    userPrincipalName: `user${i}-${id.slice(0, 8)}@contoso.com`,
    displayName: `Test User ${i}`,
    mail: null,
    userType: "Member" as const,
    tenantId: DEMO_TENANT_ID,
  }));
  return { data: { tenantId: DEMO_TENANT_ID, users: [...demoTenant.users, ...users] }, added };
}

/** Runs `work` over `items` with at most `limit` at a time; resolves to the results in order. */
export async function inParallel<I, R>(items: readonly I[], limit: number, work: (item: I, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i] as I, i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Polls `check` every 50 ms until it returns true; false if `ms` passed first. */
export async function eventually(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
