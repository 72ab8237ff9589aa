/**
 * Which subscriptions a caller sees, and reading them (subscription-get.md, subscription-list.md):
 * the calling app's own — another app's is a 404, as on Graph — and, for a signed-in user, only
 * those made for them. Expired subscriptions are gone: 404, never listed.
 * Serves: listSubscriptions, getSubscription (and the lookups of the writes in subscriptions.ts).
 */
import type { NotificationContext } from "../notifications/context.js";
import type { SubscriptionRecord } from "../notifications/types.js";
import { sameId } from "./access.js";
import type { Caller } from "./caller.js";
import { notFound } from "./errors.js";
import { checkWatchPermission } from "./subscription-rules.js";

/** The application behind the call, from its token. */
export interface CallingApp {
  readonly appId: string;
  readonly tokenExpiresAt: Date | undefined;
}

export interface SubscriptionPage {
  readonly items: readonly SubscriptionRecord[];
  readonly next?: string | undefined;
}

/**
 * A page of the subscriptions the caller may see (subscription-list.md): an application's, every
 * one it made; a signed-in user's, the ones this app made for them — or, with
 * Subscription.Read.All, the ones any app made for them.
 */
export async function listSubscriptions(
  n: NotificationContext,
  caller: Caller,
  app: CallingApp,
  page: { readonly after?: string | undefined; readonly limit: number },
): Promise<SubscriptionPage> {
  const now = n.clock().getTime();
  const shown = (record: SubscriptionRecord) =>
    visibleTo(record, caller, app, anyApp(caller)) && Date.parse(record.expirationDateTime) > now;
  if (anyApp(caller)) {
    const all = [...(await n.subscriptions.all())].filter(shown).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const { after } = page;
    const rest = after === undefined ? all : all.filter((record) => record.id > after);
    const items = rest.slice(0, page.limit);
    return { items, next: rest.length > page.limit ? items.at(-1)?.id : undefined };
  }
  // Expired ones may still be stored: pages are topped up from the next so none comes back short.
  const items: SubscriptionRecord[] = [];
  let after = page.after;
  do {
    const userId = caller.kind === "user" ? caller.userId : undefined;
    const batch = await n.subscriptions.list({ appId: app.appId, userId, after, limit: page.limit - items.length });
    items.push(...batch.items.filter(shown));
    after = batch.next;
  } while (items.length < page.limit && after !== undefined);
  return { items, next: after };
}

/** One subscription the caller may see; with Subscription.Read.All a signed-in user sees any app's made for them. */
export async function getSubscription(n: NotificationContext, caller: Caller, app: CallingApp, id: string): Promise<SubscriptionRecord> {
  const record = await visibleSubscription(n, caller, app, id, anyApp(caller));
  if (!anyApp(caller)) checkWatchPermission(caller, record.watched.kind, record.resource);
  return record;
}

/** A signed-in user with Subscription.Read.All reads every app's subscriptions for them (subscription-list.md). */
export function anyApp(caller: Caller): boolean {
  return caller.kind === "user" && caller.scopes.has("Subscription.Read.All");
}

export function visibleTo(record: SubscriptionRecord, caller: Caller, app: CallingApp, ofAnyApp: boolean): boolean {
  if (!sameId(record.tenantId, caller.tenantId)) return false;
  if (!ofAnyApp && !sameId(record.appId, app.appId)) return false;
  return caller.kind === "app" || (record.userId !== null && sameId(record.userId, caller.userId));
}

export async function visibleSubscription(
  n: NotificationContext,
  caller: Caller,
  app: CallingApp,
  id: string,
  ofAnyApp: boolean,
): Promise<SubscriptionRecord> {
  const record = await n.subscriptions.get(id);
  if (!record || !visibleTo(record, caller, app, ofAnyApp) || Date.parse(record.expirationDateTime) <= n.clock().getTime()) {
    throw gone(id);
  }
  return record;
}

export function gone(id: string) {
  return notFound(`Subscription '${id}' was not found.`);
}
