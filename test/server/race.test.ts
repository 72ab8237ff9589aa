// Concurrent creates over a real socket: one-on-one deduplication must hold when requests race.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { MemoryChatStore } from "../../src/server/store/memory.js";
import { member, testApp, userToken, USERS } from "./helpers.js";

describe("createChat under concurrency", () => {
  const store = new MemoryChatStore();
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = testApp({ store }).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function createMany(count: number, body: (i: number) => unknown, token: string): Promise<{ status: number; id: string }[]> {
    return Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const res = await fetch(`${base}/chats`, {
          method: "POST",
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
          body: JSON.stringify(body(i)),
        });
        return { status: res.status, id: ((await res.json()) as { id: string }).id };
      }),
    );
  }

  it("creates exactly one oneOnOne chat when 200 identical requests race, in either member order", async () => {
    const token = await userToken(USERS.jacob);
    const results = await createMany(
      200,
      (i) => ({
        chatType: "oneOnOne",
        members: i % 2 ? [member(USERS.jacob), member(USERS.alex)] : [member("alex@contoso.com"), member(USERS.jacob)],
      }),
      token,
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([`19:${USERS.jacob}_${USERS.alex}@unq.gbl.spaces`]));
    expect(store.get(`19:${USERS.jacob}_${USERS.alex}@unq.gbl.spaces`)?.members).toHaveLength(2);
  });

  it("creates a distinct group chat for each of 50 racing identical requests", async () => {
    const token = await userToken(USERS.megan);
    const results = await createMany(
      50,
      () => ({ chatType: "group", topic: "Race", members: [member(USERS.megan), member(USERS.lynne)] }),
      token,
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(new Set(results.map((r) => r.id)).size).toBe(50);
  });
});
