// Graph's rules for creating a subscription (graph-notifications-facts.md): the validation
// handshake comes before the 201 and a failed one leaves nothing behind; lifetimes, rich
// notifications and the per-chat quota. Reading, changing and deleting subscriptions are in
// subscription-access.ts, delivery in notification-delivery.ts.
import type { SuiteContext } from "../core/context.js";
import type { Exchange } from "../core/exchange.js";
import { CheckFailure, ensure } from "../core/failure.js";
import { expectStatus } from "../core/http.js";
import type { EndpointBehaviour, ReceivedRequest } from "../core/receiver.js";
import type { Subscription, SubscriptionList } from "../core/schemas.js";
import {
  inMinutes,
  messagesBody,
  postSubscription,
  receiverOf,
  subscribe,
  unsubscribe,
  watchedChat,
  watcher,
} from "../core/subscriptions.js";
import type { TokenKind } from "../core/types.js";
import type { Check } from "./check.js";
import { deliveryChecks } from "./notification-delivery.js";
import { subscriptionAccessChecks } from "./subscription-access.js";

const RECEIVER = ["receiver"] as const;

// What encodeURIComponent leaves as it is, and %XX escapes: a token that survives any decoder.
const URL_ENCODED = /^(?:[A-Za-z0-9\-_.!~*'()]|%[0-9A-Fa-f]{2})+$/;

const isValidation = (r: ReceivedRequest): boolean => r.validationToken !== undefined;

/** Fails unless `exchange` is a 400; a subscription it made anyway is deleted first. */
async function expectRefused(ctx: SuiteContext, exchange: Exchange, as: TokenKind, why: string): Promise<void> {
  const id = (exchange.json as Subscription | undefined)?.id;
  if (exchange.status === 201 && typeof id === "string") await unsubscribe(ctx, id, as);
  expectStatus(exchange, [400], why);
}

function validationProblem(field: string, request: ReceivedRequest): string | undefined {
  const raw = request.rawValidationToken ?? "";
  if (request.method !== "POST") return `${field}'s validation request was a ${request.method}, not a POST`;
  if (!/^text\/plain\b/i.test(request.contentType ?? ""))
    return `${field}'s validation request had Content-Type ${JSON.stringify(request.contentType)}, expected text/plain`;
  if (request.body !== "")
    return `${field}'s validation request had a body (${JSON.stringify(request.body.slice(0, 60))}); Graph sends none`;
  if (!URL_ENCODED.test(raw)) return `${field}'s validationToken is not URL-encoded in the query: ${JSON.stringify(raw.slice(0, 80))}`;
  return undefined;
}

function handshakeFirst(): Check {
  return {
    name: "notifications: notificationUrl and lifecycleNotificationUrl get a validation request (POST, text/plain, URL-encoded token) before the 201",
    needs: RECEIVER,
    run: async (ctx) => {
      const receiver = receiverOf(ctx);
      const { chat, now } = await watchedChat(ctx);
      const [url, lifecycle] = [receiver.endpoint(), receiver.endpoint()];
      const body = messagesBody(chat.id, url, now, { lifecycleNotificationUrl: lifecycle, expirationDateTime: inMinutes(now, 120) });
      const created = await postSubscription(ctx, body, watcher(ctx));
      // Read at once: what the receiver holds now came before the answer did.
      const seen = [url, lifecycle].map((target) => receiver.requestsTo(target).find(isValidation));
      try {
        expectStatus(created, [201], "a subscription whose endpoints answer the validation request");
        ["notificationUrl", "lifecycleNotificationUrl"].forEach((field, i) => {
          const request = seen[i];
          ensure(request, `${field} got no validation request before the 201`, created.request);
          const problem = validationProblem(field, request);
          if (problem) throw new CheckFailure(problem, created.request);
        });
      } finally {
        const id = (created.json as Subscription | undefined)?.id;
        if (created.status === 201 && id) await unsubscribe(ctx, id, watcher(ctx));
      }
    },
  };
}

const FAILURES: [EndpointBehaviour, string][] = [
  ["fail-status", "answers 500"],
  ["wrong-body", "answers 200 with another text"],
  ["raw-token", "echoes the token still URL-encoded"],
  ["not-text", "answers the token as application/json"],
];

function failedHandshake(): Check {
  return {
    name: "notifications: a failed validation handshake is a 400 and leaves no subscription",
    needs: RECEIVER,
    run: async (ctx) => {
      const receiver = receiverOf(ctx);
      const attempts = [
        ...FAILURES.map(([behaviour, what]) => ({
          what: `a notificationUrl that ${what}`,
          url: receiver.endpoint(behaviour),
          lifecycle: false,
        })),
        { what: "a lifecycleNotificationUrl that answers 500", url: receiver.endpoint("fail-status"), lifecycle: true },
      ];
      for (const attempt of attempts) {
        // A chat each: a subscription wrongly kept would make the next one a quota 403.
        const { chat, now } = await watchedChat(ctx);
        const body = attempt.lifecycle
          ? messagesBody(chat.id, receiver.endpoint(), now, {
              lifecycleNotificationUrl: attempt.url,
              expirationDateTime: inMinutes(now, 120),
            })
          : messagesBody(chat.id, attempt.url, now);
        const created = await postSubscription(ctx, body, watcher(ctx));
        await expectRefused(ctx, created, watcher(ctx), attempt.what);
        ensure(
          receiver.requestsTo(attempt.url).some(isValidation),
          `${attempt.what} was refused without a validation request to it`,
          created.request,
        );
        const listed = await ctx.http.send({ op: "listSubscriptions", method: "GET", path: "/subscriptions", as: watcher(ctx) });
        expectStatus(listed, [200], "listing subscriptions after the refusal");
        const kept = (listed.json as SubscriptionList).value.find((s) => s.resource === body.resource);
        ensure(!kept, `after the 400 for ${attempt.what}, subscription ${kept?.id} to ${body.resource} is listed`, listed.request);
      }
    },
  };
}

/** A create that must be a 400 because of `extra` alone: the endpoints answer the handshake. */
function refused(name: string, extra: (now: number, lifecycleUrl: string) => Record<string, unknown>, message?: RegExp): Check {
  return {
    name,
    needs: RECEIVER,
    run: async (ctx) => {
      const receiver = receiverOf(ctx);
      const { chat, now } = await watchedChat(ctx);
      const created = await postSubscription(
        ctx,
        messagesBody(chat.id, receiver.endpoint(), now, extra(now, receiver.endpoint())),
        watcher(ctx),
      );
      await expectRefused(ctx, created, watcher(ctx), "the rule was not enforced");
      const said = (created.json as { error?: { message?: unknown } }).error?.message;
      if (message && !(typeof said === "string" && message.test(said)))
        throw new CheckFailure(`the 400's message does not match ${message}: ${JSON.stringify(said)}`, created.request);
    },
  };
}

function lifetimeRules(): Check[] {
  return [
    refused("notifications: an expirationDateTime more than 4,320 minutes ahead is a 400", (now, lifecycle) => ({
      expirationDateTime: inMinutes(now, 4330),
      lifecycleNotificationUrl: lifecycle,
    })),
    // teams-changenotifications-chatmessage.md quotes the message: "lifecycleNotificationUrl is a required property …".
    refused(
      "notifications: an expirationDateTime more than 1 hour ahead without lifecycleNotificationUrl is a 400 naming lifecycleNotificationUrl",
      (now) => ({ expirationDateTime: inMinutes(now, 90) }),
      /lifecycleNotificationUrl/,
    ),
    refused("notifications: an expirationDateTime in the past is a 400", (now) => ({ expirationDateTime: inMinutes(now, -10) })),
    refused("notifications: includeResourceData without encryptionCertificate is a 400", () => ({ includeResourceData: true })),
  ];
}

function onePerChat(): Check {
  return {
    name: "notifications: a second subscription of one application to one chat's messages is a 403",
    needs: RECEIVER,
    run: async (ctx) => {
      const receiver = receiverOf(ctx);
      const { chat, now } = await watchedChat(ctx);
      const first = await subscribe(ctx, messagesBody(chat.id, receiver.endpoint(), now), watcher(ctx));
      try {
        const second = await postSubscription(ctx, messagesBody(chat.id, receiver.endpoint(), now), watcher(ctx));
        const id = (second.json as Subscription | undefined)?.id;
        if (second.status === 201 && id) await unsubscribe(ctx, id, watcher(ctx));
        expectStatus(second, [403], "a second subscription to the same chat's messages by the same application");
      } finally {
        await unsubscribe(ctx, first.id ?? "", watcher(ctx));
      }
    },
  };
}

/** Ours, not Graph's (graph-notifications-facts.md, "Where it may deliver"): Graph delivers to any public https URL. */
function loopbackOnly(): Check {
  return {
    name: "reference server: an http notificationUrl on a host that is not loopback is a 400",
    referenceDecision: true,
    run: async (ctx) => {
      const { chat, now } = await watchedChat(ctx);
      const created = await postSubscription(ctx, messagesBody(chat.id, "http://example.com/notifications", now), watcher(ctx));
      await expectRefused(ctx, created, watcher(ctx), "a notificationUrl the server must never POST to");
    },
  };
}

/** Every check of change notifications. */
export function notificationChecks(): Check[] {
  return [
    handshakeFirst(),
    failedHandshake(),
    ...lifetimeRules(),
    onePerChat(),
    loopbackOnly(),
    ...subscriptionAccessChecks(),
    ...deliveryChecks(),
  ];
}
