// What a receiver gets (change-notifications-delivery-webhooks.md, resources/changenotification.md,
// teams-changenotifications-chatmessage.md and -chatmembership.md): after a change to a watched
// chat, a POST of {"value": [changeNotification]} as application/json, matching the spec's
// changeNotificationCollection, naming the subscription, its clientState and the changed resource.
import { asUser, memberId, type SuiteContext } from "../core/context.js";
import { CheckFailure, ensure } from "../core/failure.js";
import { chatPath, memberBody } from "../core/fixtures.js";
import { expectStatus } from "../core/http.js";
import type { ChangeNotificationCollection, ChatMember, ChatMessage, Subscription } from "../core/schemas.js";
import { inMinutes, receiverOf, subscribe, unsubscribe, watchedChat } from "../core/subscriptions.js";
import type { TokenKind } from "../core/types.js";
import type { SentRequest } from "../core/curl.js";
import type { Check } from "./check.js";

/** Graph answers within seconds; a bound, not a pause: the receiver is polled until then. */
export const DELIVERY_WAIT_MS = 10_000;

type ChangeNotification = ChangeNotificationCollection["value"][number];

interface Expected {
  subscription: Subscription;
  clientState: string;
  tenantId: string | null | undefined;
  resource: string;
  id: string;
  /** `@odata.type`, compared without regard to case: Graph writes the namespace both ways. */
  odataType: string;
  /** The request that made the change, shown with a failure. */
  cause: SentRequest;
}

/**
 * Waits for the change notification about `expected.id` at the subscription's notificationUrl and
 * checks the POST and the notification; fails with what came instead.
 */
async function expectNotification(ctx: SuiteContext, expected: Expected, what: string): Promise<void> {
  const url = expected.subscription.notificationUrl ?? "";
  const about = (body: string) => body.includes(JSON.stringify(expected.id).slice(1, -1));
  const post = await receiverOf(ctx).waitFor(url, (r) => r.validationToken === undefined && about(r.body), DELIVERY_WAIT_MS);
  if (!post) {
    const others = receiverOf(ctx)
      .requestsTo(url)
      .filter((r) => r.validationToken === undefined);
    throw new CheckFailure(
      `no notification about ${what} reached notificationUrl within ${DELIVERY_WAIT_MS / 1000} s` +
        (others.length > 0 ? `; it got ${others.length} other(s), e.g. ${others[0]?.body.slice(0, 200)}` : ""),
      expected.cause,
    );
  }
  ensure(post.method === "POST", `the notification came as a ${post.method}, not a POST`, expected.cause);
  ensure(
    /^application\/json\b/i.test(post.contentType ?? ""),
    `the notification's Content-Type is ${JSON.stringify(post.contentType)}, expected application/json`,
    expected.cause,
  );
  let json: unknown;
  try {
    json = JSON.parse(post.body);
  } catch {
    throw new CheckFailure(`the notification's body is not JSON: ${post.body.slice(0, 200)}`, expected.cause);
  }
  const validate = ctx.spec.schemaValidator("changeNotificationCollection");
  if (!validate(json)) {
    const first = validate.errors?.[0];
    throw new CheckFailure(
      `the notification does not match changeNotificationCollection: ${first?.instancePath || "(body)"} ${first?.message ?? ""}; body ${post.body.slice(0, 300)}`,
      expected.cause,
    );
  }
  const value = (json as ChangeNotificationCollection).value;
  const notification = value.find((n) => n.resourceData.id === expected.id);
  if (!notification)
    throw new CheckFailure(`no notification in the POST has resourceData.id ${expected.id}: ${post.body.slice(0, 300)}`, expected.cause);
  const problem = notificationProblem(notification, expected);
  if (problem) throw new CheckFailure(`${problem}; notification ${JSON.stringify(notification).slice(0, 400)}`, expected.cause);
}

function notificationProblem(n: ChangeNotification, expected: Expected): string | undefined {
  const { subscription } = expected;
  if (n.subscriptionId !== subscription.id) return `subscriptionId is ${n.subscriptionId}, expected ${subscription.id}`;
  if (n.changeType !== "created") return `changeType is ${n.changeType}, expected created`;
  if (n.clientState !== expected.clientState)
    return `clientState is ${JSON.stringify(n.clientState)}, expected the subscription's ${JSON.stringify(expected.clientState)}`;
  if (!n.tenantId || (expected.tenantId && n.tenantId.toLowerCase() !== expected.tenantId.toLowerCase()))
    return `tenantId is ${JSON.stringify(n.tenantId)}, expected the chat's ${expected.tenantId}`;
  if (Date.parse(n.subscriptionExpirationDateTime) !== Date.parse(subscription.expirationDateTime ?? ""))
    return `subscriptionExpirationDateTime is ${n.subscriptionExpirationDateTime}, the subscription's is ${subscription.expirationDateTime}`;
  if (n.resource !== expected.resource) return `resource is ${JSON.stringify(n.resource)}, expected ${JSON.stringify(expected.resource)}`;
  if (n.resourceData["@odata.type"].toLowerCase() !== expected.odataType.toLowerCase())
    return `resourceData @odata.type is ${n.resourceData["@odata.type"]}, expected ${expected.odataType}`;
  if (n.resourceData["@odata.id"] !== expected.resource)
    return `resourceData @odata.id is ${JSON.stringify(n.resourceData["@odata.id"])}, expected ${JSON.stringify(expected.resource)}`;
  return undefined;
}

/** Subscribes `as` to `suffix` of a new chat, runs `body`, and deletes the subscription. */
async function watching(
  ctx: SuiteContext,
  suffix: string,
  as: TokenKind,
  body: (chatId: string, tenantId: string | null | undefined, subscription: Subscription, clientState: string) => Promise<void>,
): Promise<void> {
  const { chat, now } = await watchedChat(ctx);
  const clientState = `contract-${ctx.seed}-${chat.id.length}`;
  const notificationUrl = receiverOf(ctx).endpoint();
  const request = {
    changeType: "created",
    notificationUrl,
    resource: `/chats/${chat.id}${suffix}`,
    expirationDateTime: inMinutes(now, 30),
    clientState,
  };
  const subscription = await subscribe(ctx, request, as);
  try {
    await body(chat.id, chat.tenantId, subscription, clientState);
  } finally {
    await unsubscribe(ctx, subscription.id ?? "", as);
  }
}

function messageNotified(): Check {
  return {
    name: "notifications: a message sent to a watched chat is POSTed to notificationUrl as a created chatMessage notification",
    needs: ["receiver"],
    run: (ctx) =>
      watching(ctx, "/messages", asUser(memberId(ctx, 0), ["Chat.Read"]), async (chatId, tenantId, subscription, clientState) => {
        const sent = await ctx.http.send({
          op: "sendChatMessage",
          method: "POST",
          path: chatPath(chatId, "/messages"),
          body: { body: { content: "notify me" } },
          as: asUser(memberId(ctx, 1)),
        });
        expectStatus(sent, [201], "sending a message to the watched chat");
        const id = (sent.json as ChatMessage).id;
        const resource = `chats('${chatId}')/messages('${id}')`;
        const odataType = "#Microsoft.Graph.chatMessage";
        const expected = { subscription, clientState, tenantId, resource, id, odataType, cause: sent.request };
        await expectNotification(ctx, expected, `message ${id}`);
      }),
  };
}

function memberNotified(): Check {
  return {
    name: "notifications: a member added to a watched chat is POSTed as a created aadUserConversationMember notification",
    needs: ["receiver"],
    run: (ctx) =>
      watching(ctx, "/members", asUser(memberId(ctx, 0), ["ChatMember.Read"]), async (chatId, tenantId, subscription, clientState) => {
        const added = await ctx.http.send({
          op: "addChatMember",
          method: "POST",
          path: chatPath(chatId, "/members"),
          body: memberBody(memberId(ctx, 3), "owner"),
          as: asUser(memberId(ctx, 0), ["ChatMember.ReadWrite"]),
        });
        expectStatus(added, [201], "adding member 3 to the watched chat");
        const id = (added.json as ChatMember).id;
        const resource = `chats('${chatId}')/members('${id}')`;
        const odataType = "#microsoft.graph.aadUserConversationMember";
        await expectNotification(
          ctx,
          { subscription, clientState, tenantId, resource, id, odataType, cause: added.request },
          `membership ${id}`,
        );
      }),
  };
}

export function deliveryChecks(): Check[] {
  return [messageNotified(), memberNotified()];
}
