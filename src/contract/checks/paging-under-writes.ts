// Graph's paging rule: `@odata.nextLink` pages neither repeat nor skip chats while new ones are
// created between pages.
import { asUser, memberId, type SuiteContext } from "../core/context.js";
import type { Exchange } from "../core/exchange.js";
import { CheckFailure, ensure } from "../core/failure.js";
import { createGroupChat } from "../core/fixtures.js";
import { expectStatus } from "../core/http.js";
import type { ChatList } from "../core/schemas.js";
import type { Check } from "./check.js";

/** Paging by `@odata.nextLink` while chats are created: no chat twice, none that existed skipped. */
export function pagingUnderWrites(): Check {
  return {
    name: "graph: paging with @odata.nextLink neither repeats nor skips while chats are created",
    run: async (ctx) => {
      const [pager, other] = [memberId(ctx, 3), memberId(ctx, 0)];
      for (let i = 0; i < 5; i++) await createGroupChat(ctx, [pager, other], `paging ${i}`);
      const before = new Set<string>();
      await walk(ctx, pager, 50, (ids) => ids.forEach((id) => before.add(id)));
      const seen: string[] = [];
      let lastRequest: Exchange["request"] | undefined;
      await walk(ctx, pager, 2, async (ids, exchange) => {
        lastRequest = exchange.request;
        ensure(ids.length <= 2, `a page of $top=2 has ${ids.length} chats (next pages must keep $top)`, exchange.request);
        const repeated = ids.find((id) => seen.includes(id));
        ensure(!repeated, `chat ${repeated} appeared on two pages`, exchange.request);
        seen.push(...ids);
        // A write between pages: a new chat of the pager, newest of all.
        await createGroupChat(ctx, [pager, other], "created while paging");
      });
      const skipped = [...before].filter((id) => !seen.includes(id));
      ensure(
        skipped.length === 0,
        `${skipped.length} chat(s) that existed before paging began were never returned, e.g. ${skipped[0]}`,
        lastRequest,
      );
    },
  };
}

/** Lists the user's chats page by page, following `@odata.nextLink` to the end. */
async function walk(
  ctx: SuiteContext,
  user: string,
  top: number,
  onPage: (ids: string[], exchange: Exchange) => void | Promise<void>,
): Promise<void> {
  let next: string | undefined = "/chats";
  for (let page = 0; next; page++) {
    if (page > 5000) throw new CheckFailure("more than 5000 pages: @odata.nextLink never ends");
    const exchange = await ctx.http.send({
      op: "listChats",
      method: "GET",
      path: next,
      ...(page === 0 && { query: { $top: String(top) } }),
      as: asUser(user),
    });
    expectStatus(exchange, [200], "listing chats");
    const json = exchange.json as ChatList;
    await onPage(
      json.value.map((c) => c.id),
      exchange,
    );
    next = json["@odata.nextLink"];
    ensure(next === undefined || /^https?:\/\//.test(next), `@odata.nextLink ${next} is not an absolute URL`, exchange.request);
  }
}
