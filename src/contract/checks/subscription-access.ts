// Graph's rules for reading and changing subscriptions (subscription-*.md): clientState is never
// read back, a subscription belongs to the application that made it, a deleted one is gone,
// reauthorizing keeps the expiry, and a new notificationUrl must pass the handshake first.
import type { SuiteContext } from "../core/context.js";
import type { Exchange } from "../core/exchange.js";
import { CheckFailure, ensure } from "../core/failure.js";
import { expectStatus } from "../core/http.js";
import type { Subscription, SubscriptionList } from "../core/schemas.js";
import {
  inMinutes,
  messagesBody,
  receiverOf,
  subscribe,
  subscriptionPath,
  unsubscribe,
  watchedChat,
  watcher,
} from "../core/subscriptions.js";
import { SECOND_APP_ID } from "../core/tokens.js";
import type { TokenKind } from "../core/types.js";
import type { Check } from "./check.js";

const RECEIVER = ["receiver"] as const;

/**
 * Runs `body` with a new subscription of member 0 to a chat's messages (with a clientState), then
 * deletes it whatever happened.
 */
async function withSubscription(ctx: SuiteContext, body: (made: Subscription, now: number) => Promise<void>): Promise<void> {
  const { chat, now } = await watchedChat(ctx);
  const made = await subscribe(
    ctx,
    messagesBody(chat.id, receiverOf(ctx).endpoint(), now, { clientState: "never-read-back" }),
    watcher(ctx),
  );
  try {
    await body(made, now);
  } finally {
    await unsubscribe(ctx, made.id ?? "", watcher(ctx));
  }
}

const get = (ctx: SuiteContext, id: string, as: TokenKind): Promise<Exchange> =>
  ctx.http.send({ op: "getSubscription", method: "GET", path: subscriptionPath(id), as });

/** Every subscription `as` can list, following @odata.nextLink (a bounded number of pages). */
async function listAll(ctx: SuiteContext, as: TokenKind): Promise<{ value: Subscription[]; last: Exchange }> {
  const value: Subscription[] = [];
  let next: string | undefined = "/subscriptions";
  let last: Exchange | undefined;
  for (let page = 0; next !== undefined && page < 50; page++) {
    last = await ctx.http.send({ op: "listSubscriptions", method: "GET", path: next, as });
    expectStatus(last, [200], "listing subscriptions");
    const body = last.json as SubscriptionList;
    value.push(...body.value);
    next = body["@odata.nextLink"];
  }
  if (!last) throw new Error("no page listed");
  return { value, last };
}

function clientStateNeverRead(): Check {
  return {
    name: "notifications: GET and list return clientState as null, never as set",
    needs: RECEIVER,
    run: (ctx) =>
      withSubscription(ctx, async (made) => {
        const got = await get(ctx, made.id ?? "", watcher(ctx));
        expectStatus(got, [200], "getting the subscription just made");
        const read = (got.json as Subscription).clientState;
        ensure(read === null || read === undefined, `GET returned clientState ${JSON.stringify(read)}`, got.request);
        const { value, last } = await listAll(ctx, watcher(ctx));
        const listed = value.find((s) => s.id === made.id);
        ensure(listed, `the subscription just made (${made.id}) is not listed`, last.request);
        ensure(
          listed.clientState === null || listed.clientState === undefined,
          `the list returned clientState ${JSON.stringify(listed.clientState)}`,
          last.request,
        );
      }),
  };
}

function otherApplication(): Check {
  return {
    name: "notifications: another application's subscription is a 404 to get, update, reauthorize and delete, and is not listed",
    needs: ["receiver", "secondApp"],
    run: (ctx) =>
      withSubscription(ctx, async (made, now) => {
        const id = made.id ?? "";
        const other: TokenKind = { ...watcher(ctx), appId: SECOND_APP_ID };
        const attempts = [
          { op: "getSubscription", method: "GET", path: subscriptionPath(id) },
          { op: "updateSubscription", method: "PATCH", path: subscriptionPath(id), body: { expirationDateTime: inMinutes(now, 45) } },
          { op: "reauthorizeSubscription", method: "POST", path: subscriptionPath(id, "/reauthorize") },
          { op: "deleteSubscription", method: "DELETE", path: subscriptionPath(id) },
        ] as const;
        for (const attempt of attempts) {
          const exchange = await ctx.http.send({ ...attempt, as: other });
          expectStatus(exchange, [404], `${attempt.op} by another application (the same user)`);
        }
        const { value, last } = await listAll(ctx, other);
        ensure(!value.some((s) => s.id === id), `another application lists subscription ${id}`, last.request);
        // Its owner still has it: the other application's DELETE must not have removed it.
        expectStatus(await get(ctx, id, watcher(ctx)), [200], "the owner getting it after the other application's attempts");
      }),
  };
}

function deletedIsGone(): Check {
  return {
    name: "notifications: a deleted subscription is a 404 to get and to delete again, and is not listed",
    needs: RECEIVER,
    run: (ctx) =>
      withSubscription(ctx, async (made) => {
        const id = made.id ?? "";
        const deleted = await ctx.http.send({ op: "deleteSubscription", method: "DELETE", path: subscriptionPath(id), as: watcher(ctx) });
        expectStatus(deleted, [204], "deleting the subscription");
        expectStatus(await get(ctx, id, watcher(ctx)), [404], "getting it after the 204");
        const again = await ctx.http.send({ op: "deleteSubscription", method: "DELETE", path: subscriptionPath(id), as: watcher(ctx) });
        expectStatus(again, [404], "deleting it again");
        const { value, last } = await listAll(ctx, watcher(ctx));
        ensure(!value.some((s) => s.id === id), `the deleted subscription ${id} is still listed`, last.request);
      }),
  };
}

function reauthorizeKeepsExpiry(): Check {
  return {
    name: "notifications: reauthorize answers 204 and leaves expirationDateTime as it was",
    needs: RECEIVER,
    run: (ctx) =>
      withSubscription(ctx, async (made) => {
        const id = made.id ?? "";
        const done = await ctx.http.send({
          op: "reauthorizeSubscription",
          method: "POST",
          path: subscriptionPath(id, "/reauthorize"),
          as: watcher(ctx),
        });
        expectStatus(done, [204], "reauthorizing the subscription");
        const got = await get(ctx, id, watcher(ctx));
        expectStatus(got, [200], "getting it after reauthorizing");
        const expiry = (got.json as Subscription).expirationDateTime;
        ensure(
          Date.parse(expiry ?? "") === Date.parse(made.expirationDateTime ?? ""),
          `expirationDateTime moved from ${made.expirationDateTime} to ${expiry}`,
          got.request,
        );
      }),
  };
}

function repointValidated(): Check {
  return {
    name: "notifications: moving notificationUrl to an endpoint that fails the handshake is a 400 and keeps the old one",
    needs: RECEIVER,
    run: (ctx) =>
      withSubscription(ctx, async (made) => {
        const id = made.id ?? "";
        const failing = receiverOf(ctx).endpoint("fail-status");
        const moved = await ctx.http.send({
          op: "updateSubscription",
          method: "PATCH",
          path: subscriptionPath(id),
          body: { notificationUrl: failing },
          as: watcher(ctx),
        });
        expectStatus(moved, [400], "a new notificationUrl that answers the validation request with 500");
        if (
          !receiverOf(ctx)
            .requestsTo(failing)
            .some((r) => r.validationToken !== undefined)
        )
          throw new CheckFailure("the new notificationUrl was refused without a validation request to it", moved.request);
        const got = await get(ctx, id, watcher(ctx));
        expectStatus(got, [200], "getting it after the refused update");
        const url = (got.json as Subscription).notificationUrl;
        ensure(
          url === made.notificationUrl,
          `notificationUrl is ${url} after the refused update, was ${made.notificationUrl}`,
          got.request,
        );
      }),
  };
}

export function subscriptionAccessChecks(): Check[] {
  return [clientStateNeverRead(), otherApplication(), deletedIsGone(), reauthorizeKeepsExpiry(), repointValidated()];
}
