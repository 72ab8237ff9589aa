// Requests that race over a real socket: one-on-one deduplication and roster changes must hold
// when the store's async steps interleave. Each race is also run against a store that breaks the
// rule, to prove the race can be lost.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Directory, type DirectoryUser } from "../../src/server/directory/directory.js";
import { MemoryChatStore } from "../../src/server/store/memory.js";
import type { ChatStore } from "../../src/server/store/types.js";
import { UnlockedStore } from "../support/broken-stores.js";
import { appToken, member, testApp, userToken, USERS } from "./helpers.js";

const TENANT = "dcd219dd-bc68-4b9b-bf0b-4a33a796be35";

async function listen(store: ChatStore, directory?: Directory): Promise<{ base: string; close: () => Promise<void> }> {
  const server: Server = testApp({ store, ...(directory && { directory }) }).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function post(url: string, token: string, body: unknown): Promise<{ status: number; json: { id?: string } }> {
  const res = await fetch(url, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as { id?: string } };
}

describe("createChat", () => {
  const store = new MemoryChatStore();
  let server: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => (server = await listen(store)));
  afterAll(() => server.close());

  it("creates exactly one oneOnOne chat when 200 identical requests race, in either member order", async () => {
    const token = await userToken(USERS.jacob);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        post(`${server.base}/chats`, token, {
          chatType: "oneOnOne",
          members: i % 2 ? [member(USERS.jacob), member(USERS.alex)] : [member("alex@contoso.com"), member(USERS.jacob)],
        }),
      ),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(new Set(results.map((r) => r.json.id))).toEqual(new Set([`19:${USERS.jacob}_${USERS.alex}@unq.gbl.spaces`]));
    expect((await store.getChat(`19:${USERS.jacob}_${USERS.alex}@unq.gbl.spaces`))?.members).toHaveLength(2);
  });

  it("creates a distinct group chat for each of 50 racing identical requests", async () => {
    const token = await userToken(USERS.megan);
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        post(`${server.base}/chats`, token, { chatType: "group", topic: "Race", members: [member(USERS.megan), member(USERS.lynne)] }),
      ),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(new Set(results.map((r) => r.json.id)).size).toBe(50);
  });
});

describe("addChatMember", () => {
  const users: DirectoryUser[] = Array.from({ length: 102 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    userPrincipalName: `user${i}@contoso.com`,
    displayName: `User ${i}`,
    mail: `user${i}@contoso.com`,
    userType: "Member",
    tenantId: TENANT,
  }));
  const directory = new Directory({ tenantId: TENANT, users });

  /** 100 racing adds to a two-member group chat: how many were acknowledged, and the roster after. */
  async function race(store: ChatStore): Promise<{ acknowledged: number; roster: number }> {
    const server = await listen(store, directory);
    try {
      const token = await appToken(["Chat.Create", "ChatMember.ReadWrite.All"]);
      const bind = (u: DirectoryUser) => ({ ...member(u.id), "user@odata.bind": `https://graph.microsoft.com/v1.0/users('${u.id}')` });
      const [first, second] = users;
      const chat = await post(`${server.base}/chats`, token, { chatType: "group", members: [bind(first!), bind(second!)] });
      const chatPath = `${server.base}/chats/${encodeURIComponent(chat.json.id!)}/members`;
      const adds = await Promise.all(users.slice(2).map((u) => post(chatPath, token, bind(u))));
      const roster = (await store.getChat(chat.json.id!))?.members.length ?? 0;
      return { acknowledged: adds.filter((a) => a.status === 201).length, roster };
    } finally {
      await server.close();
    }
  }

  it("keeps every member of 100 racing adds that it acknowledged", async () => {
    expect(await race(new MemoryChatStore())).toEqual({ acknowledged: 100, roster: 102 });
  });

  it("is a race a store without its per-chat lock loses: members acknowledged with 201 go missing", async () => {
    const { acknowledged, roster } = await race(new UnlockedStore());
    expect(acknowledged).toBe(100);
    expect(roster).toBeLessThan(102);
  });
});
