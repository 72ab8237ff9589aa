// The races (runRaces) over real sockets against startServer on 127.0.0.1: one chat for 1,000
// concurrent creates of a oneOnOne pair, a roster and message list that add up after 200
// concurrent changes and sends, paging that neither repeats nor misses during writes. Then the
// same races against stores broken in one way each, which they must catch.
import { jest } from "@jest/globals";
import { pino } from "pino";
import { runRaces, type RaceReport } from "../../src/contract/index.js";
import { DEMO_TENANT_ID, mintDevToken, startServer, type ChatStore } from "../../src/server/index.js";
import { ForgetfulStore, LossyStore, NoDedupStore, OverlappingPagesStore } from "../support/broken-stores.js";
import type { TokenKind } from "../../src/contract/index.js";

// A thousand requests in flight on a loaded 2-core machine: this bounds a hang, not speed.
jest.setTimeout(120_000);

const devTokens = (kind: TokenKind): Promise<string> =>
  "app" in kind
    ? mintDevToken({ kind: "app", tenantId: DEMO_TENANT_ID, roles: kind.roles })
    : mintDevToken({ kind: "user", userId: kind.user, tenantId: DEMO_TENANT_ID, scopes: kind.scopes.join(" ") });

async function race(options: { store?: ChatStore; creates?: number } = {}): Promise<RaceReport> {
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    logger: pino({ level: "silent" }),
    ...(options.store && { store: options.store }),
  });
  try {
    return await runRaces({ baseUrl: server.url, tokens: devTokens, seed: 5, creates: options.creates ?? 1_000, rosterOperations: 200 });
  } finally {
    await server.close();
  }
}

describe("the reference server under concurrency", () => {
  let report: RaceReport;
  beforeAll(async () => {
    report = await race();
  });

  it("creates exactly one chat when 1,000 creates of one oneOnOne pair race, and each member lists it once", () => {
    expect(report.oneOnOne.problems).toEqual([]);
    expect(report.oneOnOne.byStatus).toEqual({ 201: 1_000 });
    expect(report.chatsCreatedInRace).toBe(1);
    expect(report.oneOnOne.listedOnce).toBe(true);
  });

  it("keeps a roster that the successful adds and removes explain after 200 concurrent changes and sends", () => {
    expect(report.roster.problems).toEqual([]);
    expect(report.rosterConsistent).toBe(true);
    // The race did race: adds, removes and sends both succeeded and were refused.
    expect(report.roster.byStatus).toEqual(
      expect.objectContaining({
        201: expect.any(Number),
        204: expect.any(Number),
        207: expect.any(Number),
        404: expect.any(Number),
        409: expect.any(Number),
      }),
    );
  });

  it("lists every message that was answered 201 exactly once, newest first", () => {
    expect(report.messages.problems).toEqual([]);
    expect(report.messages.sent).toBeGreaterThan(20);
    expect(report.messagesLost).toBe(0);
    expect(report.messages.duplicated).toBe(0);
  });

  it("pages chats and messages with $top=3 without repeats or misses while chats are created and messages sent", () => {
    expect(report.paging.chats.problems).toEqual([]);
    expect(report.paging.messages.problems).toEqual([]);
    for (const walk of [report.paging.chats, report.paging.messages]) {
      expect(walk.pages).toBeGreaterThanOrEqual(10);
      expect(walk.writesDuringWalk).toBeGreaterThanOrEqual(walk.pages - 1);
    }
    expect(report.pagingConsistent).toBe(true);
  });

  it("answers every race request within the contract", () => {
    expect(report.failures).toEqual([]);
    expect([report.fiveHundreds, report.schemaViolations, report.noResponse]).toEqual([0, 0, 0]);
    expect(report.requestsSent).toBeGreaterThan(1_300);
  });
});

describe("the races catch a server that", () => {
  it("creates a second oneOnOne chat for the same pair", async () => {
    const report = await race({ store: new NoDedupStore(), creates: 100 });
    expect(report.chatsCreatedInRace).toBeGreaterThan(1);
    expect(report.oneOnOne.problems).toContainEqual(expect.stringMatching(/^the creates returned \d+ different chats/));
  });

  it("loses messages it answered 201 for", async () => {
    const report = await race({ store: new LossyStore(), creates: 10 });
    expect(report.messagesLost).toBeGreaterThan(0);
    expect(report.messages.problems).toContainEqual(expect.stringMatching(/message\(s\) answered 201 are not listed/));
    expect(report.rosterConsistent).toBe(false);
  });

  it("forgets roster changes it reported done", async () => {
    const report = await race({ store: new ForgetfulStore(), creates: 10 });
    expect(report.rosterConsistent).toBe(false);
    expect(report.roster.problems).toContainEqual(expect.stringMatching(/^user \S+: .* but the roster says/));
  });

  it("repeats an item on the next page", async () => {
    const report = await race({ store: new OverlappingPagesStore(), creates: 10 });
    expect(report.pagingConsistent).toBe(false);
    expect(report.paging.messages.problems).toContainEqual(expect.stringMatching(/item\(s\) seen on two pages/));
  });
});
