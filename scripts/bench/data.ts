// The benchmark's chats, the same in every store: group chats of the demo tenant's first member
// user (the "bench user", whose list every page request reads) and two of the others, one second
// apart, with no messages, as POST /chats stores them.
import { DEMO_TENANT_ID, demoDirectory } from "../../src/server/directory/demo-tenant.js";
import { ALL_HISTORY, membershipId } from "../../src/server/domain/ids.js";
import type { ChatRecord } from "../../src/server/store/types.js";

export const BENCH_TENANT_ID = DEMO_TENANT_ID;
/** Chat number 0's creation time; chat i is i seconds later. */
export const BENCH_START = Date.parse("2026-01-01T00:00:00Z");

export interface BenchUsers {
  readonly me: string;
  /** The other members; chat i has `me`, others[i % n] and others[(i + 1) % n]. */
  readonly others: readonly string[];
}

export function benchUsers(): BenchUsers {
  const members = demoDirectory().users.filter((user) => user.tenantId === DEMO_TENANT_ID && user.userType !== "Guest");
  const [me, ...others] = members.map((user) => user.id);
  if (!me || others.length < 2) throw new Error("the demo tenant needs three member users");
  return { me, others };
}

/** Bench chat number `i` with the id `id`. */
export function benchChat({ me, others }: BenchUsers, i: number, id: string): ChatRecord {
  const time = new Date(BENCH_START + i * 1000).toISOString();
  const users = [me, others[i % others.length] ?? "", others[(i + 1) % others.length] ?? ""];
  return {
    id,
    chatType: "group",
    topic: `Bench ${i}`,
    tenantId: BENCH_TENANT_ID,
    createdDateTime: time,
    lastUpdatedDateTime: time,
    members: users.map((userId) => ({
      id: membershipId(BENCH_TENANT_ID, id, userId),
      userId,
      role: "owner",
      visibleHistoryStartDateTime: ALL_HISTORY,
      isHidden: false,
      lastMessageReadDateTime: null,
    })),
    lastMessage: null,
  };
}
