// runRaces: the concurrency checks over real sockets — 1,000 creates of one oneOnOne pair at once,
// 200 roster changes and sends on one group chat at once, paging during writes. Every answer is
// also checked against openapi.yaml, as in the fuzz.
import type { SuiteContext } from "../core/context.js";
import { toCurl } from "../core/curl.js";
import type { Exchange } from "../core/exchange.js";
import { Http } from "../core/http.js";
import { loadContract } from "../core/spec.js";
import { Tally, type Counts } from "../core/tally.js";
import { tokenGetter } from "../core/tokens.js";
import { NodeTransport } from "../core/transport.js";
import type { ContractUsers, TokenSource } from "../core/types.js";
import { demoUsers } from "../core/users.js";
import { raceOneOnOne, type OneOnOneRace } from "./one-on-one.js";
import { racePaging, type PagingRace } from "./paging.js";
import type { MessageRace, RosterRace } from "./roster-outcome.js";
import { raceRoster } from "./roster.js";

export interface RaceOptions {
  /** The server's origin, e.g. `http://127.0.0.1:3000`. */
  baseUrl: string;
  tokens: TokenSource;
  users?: ContractUsers;
  /** Seeds the roster race's operations. Default 1. */
  seed?: number;
  /** Concurrent creates of one oneOnOne pair. Default 1,000. */
  creates?: number;
  /** Concurrent member adds/removes and sends on one group chat. Default 200. */
  rosterOperations?: number;
  /** Most writes made during each paging walk. Default 100. */
  pagingWrites?: number;
  /** Called after each race with a one-line summary. */
  onPhase?: (line: string) => void;
  /** Findings kept per kind. Default 20. */
  keepFailures?: number;
}

export interface RaceReport extends Counts {
  oneOnOne: OneOnOneRace;
  roster: RosterRace;
  messages: MessageRace;
  paging: PagingRace;
  /** Distinct chats the oneOnOne creates returned: must be 1. */
  chatsCreatedInRace: number;
  /** Messages answered 201 but not listed: must be 0. */
  messagesLost: number;
  rosterConsistent: boolean;
  pagingConsistent: boolean;
  durationMs: number;
}

type Phase<T> = (ctx: SuiteContext) => Promise<T>;

export async function runRaces(options: RaceOptions): Promise<RaceReport> {
  const started = Date.now();
  const creates = options.creates ?? 1_000;
  const tally = new Tally(options.keepFailures);
  const spec = loadContract();
  const seed = options.seed ?? 1;
  // A socket per concurrent request, so the requests really are in flight together.
  const transport = new NodeTransport(options.baseUrl, { sockets: Math.max(creates, options.rosterOperations ?? 200, 16) });
  const observe = (exchange: Exchange, problem: string | undefined) =>
    tally.answered(exchange.status, problem, toCurl(exchange.request), exchange.status >= 500 ? JSON.stringify(exchange.json) : undefined);
  const ctx: SuiteContext = {
    spec,
    http: new Http({ origin: transport.origin, fetch: transport.fetch, token: tokenGetter(options.tokens), spec, seed, observe }),
    users: options.users ?? demoUsers(),
    seed,
    runs: 1,
    fixtures: {},
  };
  const say = options.onPhase ?? (() => undefined);
  let took = "";
  /** Runs a race; one that cannot finish (setup refused, no response) is reported as failed. */
  const phase = async <T>(name: string, run: Phase<T>, failed: (reason: string) => T): Promise<T> => {
    tally.startStep(name, name);
    const began = Date.now();
    try {
      return await run(ctx);
    } catch (error) {
      return failed(`${name} could not finish: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      took = `${((Date.now() - began) / 1000).toFixed(1)} s`;
    }
  };
  try {
    const oneOnOne = await phase(
      "oneOnOne race",
      (c) => raceOneOnOne(c, creates),
      (reason) => ({ requests: creates, byStatus: {}, chats: 0, listedOnce: false, problems: [reason] }),
    );
    say(
      `race: ${creates} concurrent creates of one oneOnOne pair → ${describeStatuses(oneOnOne.byStatus)}; ${oneOnOne.chats} chat(s); ${oneOnOne.listedOnce ? "listed once by each member" : "NOT listed once by each member"} (${took})`,
    );
    const operations = options.rosterOperations ?? 200;
    const { roster, messages } = await phase(
      "roster race",
      (c) => raceRoster(c, operations),
      (reason) => ({
        roster: { operations, byStatus: {}, members: 0, consistent: false, problems: [reason] },
        messages: { sent: 0, lost: 0, duplicated: 0, orderConsistent: false, problems: [reason] },
      }),
    );
    say(
      `race: ${operations} concurrent member adds/removes and sends on one group chat → ${describeStatuses(roster.byStatus)}; roster ${roster.consistent ? "consistent" : "INCONSISTENT"} (${roster.members} members); ${messages.sent} messages sent, ${messages.lost} lost (${took})`,
    );
    const paging = await phase(
      "paging race",
      (c) => racePaging(c, options.pagingWrites ?? 100),
      (reason) => {
        const walk = { before: 0, pages: 0, writesDuringWalk: 0, repeated: 0, missed: 0, problems: [reason] };
        return { chats: walk, messages: walk, consistent: false };
      },
    );
    const walk = (name: string, w: PagingRace["chats"]) =>
      `${name}: ${w.pages} pages during ${w.writesDuringWalk} writes, ${w.repeated} repeated, ${w.missed} missed`;
    say(`race: paging with $top=3 during writes → ${walk("chats", paging.chats)}; ${walk("messages", paging.messages)} (${took})`);
    return {
      ...tally.counts,
      oneOnOne,
      roster,
      messages,
      paging,
      chatsCreatedInRace: oneOnOne.chats,
      messagesLost: messages.lost,
      rosterConsistent: roster.consistent && messages.orderConsistent && messages.problems.length === 0,
      pagingConsistent: paging.consistent,
      durationMs: Date.now() - started,
    };
  } finally {
    transport.close();
  }
}

function describeStatuses(byStatus: Record<string, number>): string {
  const entries = Object.entries(byStatus).sort(([a], [b]) => a.localeCompare(b));
  return entries.length ? entries.map(([status, n]) => `${n}×${status}`).join(", ") : "no answers";
}
