/**
 * Contract cases of createSubscription, listSubscriptions, getSubscription, updateSubscription,
 * deleteSubscription, reauthorizeSubscription. Each subscription watches a chat made for it (one
 * per application per chat resource is allowed) and points at an endpoint of the run's receiver,
 * which answers the validation request; every case deletes what it made, since a subscription
 * goes on delivering and counts against quotas.
 */
import fc from "fast-check";
import type { SuiteContext } from "../core/context.js";
import type { Exchange } from "../core/exchange.js";
import type { Subscription, SubscriptionList } from "../core/schemas.js";
import {
  inMinutes,
  receiverOf,
  subscriptionFor,
  subscriptionPath,
  unsubscribe,
  watchedChat,
  type MadeSubscription,
} from "../core/subscriptions.js";
import { callerArb, defineCase, fieldIs, type CaseMap } from "./case.js";
import { resourceOf, targetArb } from "./subscription-targets.js";

/** subscription.md: the TLS versions a receiver may name. */
const TLS_VERSIONS = ["v1_0", "v1_1", "v1_2", "v1_3"] as const;

/** Without lifecycleNotificationUrl at most an hour; with one, up to 4,320 minutes (kept clear of both edges). */
const lifetimeArb = fc.oneof(
  fc.record({ lifecycle: fc.constant(false), minutes: fc.integer({ min: 5, max: 55 }) }),
  fc.record({ lifecycle: fc.constant(true), minutes: fc.integer({ min: 5, max: 4200 }) }),
);

const NEEDS = ["receiver"] as const;

/** Whether a validation request reached `url` (by the time the answer that needed it came). */
const validated = (ctx: SuiteContext, url: string): boolean =>
  receiverOf(ctx)
    .requestsTo(url)
    .some((r) => r.validationToken !== undefined);

const sameInstant = (a: unknown, b: string): boolean => typeof a === "string" && Date.parse(a) === Date.parse(b);

/** subscription-list.md: "clientState … not returned for security purposes" (null or absent). */
const clientStateHidden = (s: Subscription): string | undefined =>
  s.clientState === null || s.clientState === undefined
    ? undefined
    : `subscription ${s.id} shows clientState ${JSON.stringify(s.clientState)}`;

const deleteMade = (ctx: SuiteContext, made: MadeSubscription) => () => unsubscribe(ctx, made.id, made.creator);

const createSubscription = defineCase({
  needs: NEEDS,
  plans: (ctx) =>
    fc.record({
      target: targetArb(ctx),
      lifetime: lifetimeArb,
      clientState: fc.option(fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 128 }), { nil: undefined }),
      tls: fc.option(fc.constantFrom(...TLS_VERSIONS), { nil: undefined }),
      odataType: fc.boolean(),
      plainData: fc.boolean(),
    }),
  prepare: async (ctx, plan) => {
    const { chat, now } = await watchedChat(ctx);
    const receiver = receiverOf(ctx);
    const lifecycleNotificationUrl = plan.lifetime.lifecycle ? receiver.endpoint() : undefined;
    const body = {
      ...(plan.odataType && { "@odata.type": "#microsoft.graph.subscription" }),
      changeType: plan.target.changeTypes.join(","),
      notificationUrl: receiver.endpoint(),
      resource: resourceOf(ctx, plan.target, chat.id),
      expirationDateTime: inMinutes(now, plan.lifetime.minutes),
      ...(lifecycleNotificationUrl !== undefined && { lifecycleNotificationUrl }),
      ...(plan.clientState !== undefined && { clientState: plan.clientState }),
      ...(plan.tls !== undefined && { latestSupportedTlsVersion: plan.tls }),
      ...(plan.plainData && { includeResourceData: false }),
    };
    return {
      request: { op: "createSubscription", method: "POST", path: "/subscriptions", body, as: plan.target.caller },
      status: 201,
      verify: ({ json }) => {
        const made = json as Subscription;
        if (typeof made.id !== "string" || made.id === "") return "the new subscription has no id";
        const echoed =
          fieldIs(json, "resource", body.resource) ??
          fieldIs(json, "changeType", body.changeType) ??
          fieldIs(json, "notificationUrl", body.notificationUrl);
        if (echoed) return echoed;
        if (!sameInstant(made.expirationDateTime, body.expirationDateTime))
          return `expirationDateTime is ${made.expirationDateTime}, expected ${body.expirationDateTime}`;
        // subscription-post-subscriptions.md's answers echo the clientState just sent.
        if ((made.clientState ?? null) !== (plan.clientState ?? null))
          return `clientState is ${JSON.stringify(made.clientState)}, not as sent`;
        if ((made.lifecycleNotificationUrl ?? null) !== (lifecycleNotificationUrl ?? null))
          return `lifecycleNotificationUrl is ${JSON.stringify(made.lifecycleNotificationUrl)}, not as sent`;
        if (!validated(ctx, body.notificationUrl)) return "no validation request reached notificationUrl before the 201";
        if (lifecycleNotificationUrl !== undefined && !validated(ctx, lifecycleNotificationUrl))
          return "no validation request reached lifecycleNotificationUrl before the 201";
        return undefined;
      },
      // An invalid variant that was accepted made one too.
      cleanup: async (exchange: Exchange | undefined) => {
        const id = (exchange?.json as Subscription | undefined)?.id;
        if (exchange?.status === 201 && typeof id === "string") await unsubscribe(ctx, id, plan.target.caller);
      },
    };
  },
});

const listSubscriptions = defineCase({
  needs: NEEDS,
  plans: (ctx) => fc.record({ caller: callerArb(ctx, "listSubscriptions") }),
  prepare: async (ctx, plan) => {
    const made = await subscriptionFor(ctx, plan.caller);
    return {
      request: { op: "listSubscriptions", method: "GET", path: "/subscriptions", as: plan.caller },
      status: 200,
      verify: ({ json }) => {
        const page = json as SubscriptionList;
        const shown = page.value.map(clientStateHidden).find(Boolean);
        if (shown) return shown;
        // Paged by the server: the one just made may be on a later page.
        if (page["@odata.nextLink"] === undefined && !page.value.some((s) => s.id === made.id))
          return `the subscription just made (${made.id}) is not listed`;
        return undefined;
      },
      cleanup: deleteMade(ctx, made),
    };
  },
});

const getSubscription = defineCase({
  needs: NEEDS,
  plans: (ctx) => fc.record({ caller: callerArb(ctx, "getSubscription") }),
  prepare: async (ctx, plan) => {
    const made = await subscriptionFor(ctx, plan.caller);
    return {
      request: { op: "getSubscription", method: "GET", path: subscriptionPath(made.id), as: plan.caller },
      status: 200,
      verify: ({ json }) =>
        fieldIs(json, "id", made.id) ??
        fieldIs(json, "resource", made.resource) ??
        fieldIs(json, "notificationUrl", made.notificationUrl) ??
        clientStateHidden(json as Subscription),
      cleanup: deleteMade(ctx, made),
    };
  },
});

const updateSubscription = defineCase({
  needs: NEEDS,
  plans: (ctx) =>
    fc.record({
      caller: callerArb(ctx, "updateSubscription"),
      // subscription-update.md: a renewal, a new notificationUrl, or both.
      change: fc.constantFrom("renew", "repoint", "both"),
      minutes: fc.integer({ min: 5, max: 55 }),
      tls: fc.option(fc.constantFrom(...TLS_VERSIONS), { nil: undefined }),
    }),
  prepare: async (ctx, plan) => {
    const made = await subscriptionFor(ctx, plan.caller);
    const expirationDateTime = plan.change === "repoint" ? undefined : inMinutes(made.now, plan.minutes);
    const notificationUrl = plan.change === "renew" ? undefined : receiverOf(ctx).endpoint();
    const body = {
      ...(expirationDateTime !== undefined && { expirationDateTime }),
      ...(notificationUrl !== undefined && { notificationUrl }),
      ...(plan.tls !== undefined && { latestSupportedTlsVersion: plan.tls }),
    };
    return {
      request: { op: "updateSubscription", method: "PATCH", path: subscriptionPath(made.id), body, as: plan.caller },
      status: 200,
      verify: ({ json }) => {
        const updated = json as Subscription;
        if (expirationDateTime !== undefined && !sameInstant(updated.expirationDateTime, expirationDateTime))
          return `expirationDateTime is ${updated.expirationDateTime}, expected ${expirationDateTime}`;
        if (notificationUrl === undefined) return fieldIs(json, "notificationUrl", made.notificationUrl);
        // subscription-update.md: a new notificationUrl is validated as on create.
        return (
          fieldIs(json, "notificationUrl", notificationUrl) ??
          (validated(ctx, notificationUrl) ? undefined : "the new notificationUrl got no validation request")
        );
      },
      cleanup: deleteMade(ctx, made),
    };
  },
});

const deleteSubscription = defineCase({
  needs: NEEDS,
  plans: (ctx) => fc.record({ caller: callerArb(ctx, "deleteSubscription") }),
  prepare: async (ctx, plan) => {
    const made = await subscriptionFor(ctx, plan.caller);
    return {
      request: { op: "deleteSubscription", method: "DELETE", path: subscriptionPath(made.id), as: plan.caller },
      status: 204,
      cleanup: async (exchange) => (exchange?.status === 204 ? undefined : deleteMade(ctx, made)()),
    };
  },
});

const reauthorizeSubscription = defineCase({
  needs: NEEDS,
  plans: (ctx) => fc.record({ caller: callerArb(ctx, "reauthorizeSubscription") }),
  prepare: async (ctx, plan) => {
    const made = await subscriptionFor(ctx, plan.caller);
    return {
      request: { op: "reauthorizeSubscription", method: "POST", path: subscriptionPath(made.id, "/reauthorize"), as: plan.caller },
      status: 204,
      cleanup: deleteMade(ctx, made),
    };
  },
});

export const subscriptionCases = {
  createSubscription,
  listSubscriptions,
  getSubscription,
  updateSubscription,
  deleteSubscription,
  reauthorizeSubscription,
} satisfies CaseMap;
