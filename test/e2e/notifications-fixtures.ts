// Shared by the change-notification end-to-end tests (notifications-*.test.ts): the typed client
// as a given user or application of the demo tenant, the chat operations whose changes are heard,
// and subscribing. Every call goes over HTTP to a server started with startServer().
import { createGraphChatClient, unwrap, type GraphChatClient } from "../../src/index.js";
import type { components, Readable, Writable } from "../../generated/schema.js";
import type { RunningServer } from "../../src/server/index.js";

type Schemas = components["schemas"];
export type Message = Readable<Schemas["chatMessage"]>;
export type Subscription = Readable<Schemas["subscription"]> & { readonly id: string };
export type SubscriptionRequest = Writable<Schemas["createSubscriptionRequest"]>;

export { DEMO_TENANT_ID } from "../../src/server/directory/demo-tenant.js";
import { LYNNE, MEGAN } from "./graph-http.js";

export { ADELE, ALEX, ISAIAH, JACOB, LYNNE, MEGAN } from "./graph-http.js";

/** The subscribing applications (subscriptions belong to the app of the token). */
export const APP = "44444444-4444-4444-8444-444444444444";
export const OTHER_APP = "55555555-5555-4555-8555-555555555555";

/** The typed client with a fixed token, without retries (a test sees every answer). */
export function clientWith(server: RunningServer, token: string): GraphChatClient {
  return createGraphChatClient({ baseUrl: server.baseUrl, getToken: () => token, retry: false });
}

/** A signed-in user of `APP` (or `appId`) with these delegated scopes (default Chat.ReadWrite and ChatMember.ReadWrite). */
export async function asUser(
  server: RunningServer,
  user: string,
  scopes = "Chat.ReadWrite ChatMember.ReadWrite",
  appId = APP,
): Promise<GraphChatClient> {
  return clientWith(server, await server.token(user, scopes, { appId }));
}

/** `APP` (or `appId`) itself, with these application permissions. */
export async function asApp(server: RunningServer, roles: string[], appId = APP): Promise<GraphChatClient> {
  return clientWith(server, await server.appToken(roles, { appId }));
}

export const memberBody = (userId: string) => ({
  "@odata.type": "#microsoft.graph.aadUserConversationMember" as const,
  roles: ["owner" as const],
  "user@odata.bind": `https://graph.microsoft.com/v1.0/users('${userId}')`,
});

/** A new group chat of these members, made by `client`; its id. */
export async function groupChat(client: GraphChatClient, members: readonly string[], topic = "Notifications"): Promise<string> {
  const chat = await unwrap(client.POST("/chats", { body: { chatType: "group", topic, members: members.map(memberBody) } }));
  return chat.id;
}

/** Sends a message; mentions `mentioned` (a user id) when given. */
export async function send(client: GraphChatClient, chatId: string, content: string, mentioned?: string): Promise<Message> {
  const body = mentioned
    ? {
        body: { contentType: "html" as const, content: `${content} <at id="0">you</at>` },
        mentions: [
          { id: 0, mentionText: "you", mentioned: { user: { id: mentioned, displayName: "you", userIdentityType: "aadUser" as const } } },
        ],
      }
    : { body: { contentType: "text" as const, content } };
  return unwrap(client.POST("/chats/{chatId}/messages", { params: { path: { chatId } }, body }));
}

/** Adds a member (seeing no history from before) and returns the membership id. */
export async function addMember(client: GraphChatClient, chatId: string, userId: string): Promise<string> {
  const added = await unwrap(client.POST("/chats/{chatId}/members", { params: { path: { chatId } }, body: memberBody(userId) }));
  if (!added.id) throw new Error("the added member has no id");
  return added.id;
}

/** Removes the member with this user id. */
export async function removeMember(client: GraphChatClient, chatId: string, userId: string): Promise<void> {
  const members = await unwrap(client.GET("/chats/{chatId}/members", { params: { path: { chatId } } }));
  const membership = members.value.find((m) => "userId" in m && m.userId === userId);
  if (!membership?.id) throw new Error(`${userId} is not a member of ${chatId}`);
  const { response } = await client.DELETE("/chats/{chatId}/members/{membershipId}", {
    params: { path: { chatId, membershipId: membership.id } },
  });
  if (response.status !== 204) throw new Error(`removing ${userId} answered ${response.status}`);
}

/** Subscribes and returns the 201's subscription; throws with the error otherwise. */
export async function subscribe(client: GraphChatClient, body: SubscriptionRequest): Promise<Subscription> {
  const created = await unwrap(client.POST("/subscriptions", { body }));
  if (!created.id) throw new Error("the subscription has no id");
  return { ...created, id: created.id };
}

/** An expirationDateTime `minutes` after the server's now (its clock may have been moved forward). */
export function minutesFrom(now: number, minutes: number): string {
  return new Date(now + minutes * 60_000).toISOString();
}

/**
 * Sends a message, lists messages and makes and deletes a subscription once, then resets the
 * server. The contract validator compiles an operation's schemas on its first request, which holds
 * the event loop — shared here by server and receiver — for up to seconds on a loaded machine: a
 * delivery in flight meanwhile could time out. Tests of time-outs warm up first so that they see
 * only the delays they set up themselves.
 */
export async function warmUp(server: RunningServer, notificationUrl: string): Promise<void> {
  const megan = await asUser(server, MEGAN);
  const chatId = await groupChat(megan, [MEGAN, LYNNE]);
  await send(megan, chatId, "warm-up");
  await unwrap(megan.GET("/chats/{chatId}/messages", { params: { path: { chatId }, query: { $top: 50 } } }));
  const body = {
    changeType: "created",
    notificationUrl,
    resource: `/chats/${chatId}/messages`,
    expirationDateTime: minutesFrom(Date.now(), 30),
  };
  const { id: subscriptionId } = await subscribe(megan, body);
  await megan.DELETE("/subscriptions/{subscriptionId}", { params: { path: { subscriptionId } } });
  await megan.GET("/subscriptions/{subscriptionId}", { params: { path: { subscriptionId } } });
  await server.reset();
}
