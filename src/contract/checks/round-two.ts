// Graph's documented behaviours that a schema cannot show (../shared "Round 2"): every chat,
// member and message operation under /me/chats and /users/{id}/chats, bulk member results as
// 200/207 and 204/207, message parts checked against the body, the message list's options, and
// the update-topic rule. A server that answers 200 where Graph answers 207, or 404 on
// /me/chats/{id}, fails here.
import fc from "fast-check";
import type { OperationCase, Prepared } from "../cases/case.js";
import { operationCases } from "../cases/operation-cases.js";
import { asUser, memberId, type SuiteContext } from "../core/context.js";
import { CheckFailure, ensure } from "../core/failure.js";
import { chatPath, createGroupChat, memberBody, sharedChat, sharedMessages } from "../core/fixtures.js";
import { expectStatus, seg } from "../core/http.js";
import { namedSeed } from "../core/seed.js";
import type { BulkResults, ChatMessage, MessageList } from "../core/schemas.js";
import type { CanonicalOperationId, OperationId } from "../../shared/operations.js";
import type { Check } from "./check.js";

/** chat-get.md, chat-list-members.md, chat-list-messages.md, chatmessage-get.md: the other addresses of a chat. */
function alternativeAddressing(): Check {
  return {
    name: "graph: every chat, member and message operation also answers under /me/chats/{chatId} and /users/{userId}/chats/{chatId}",
    run: async (ctx) => {
      const aliases = [...ctx.spec.operations.values()].filter(
        (op) => op.canonical !== op.operationId && /^\/(me|users\/\{userId\})\/chats\/\{chatId\}/.test(op.path),
      );
      ensure(aliases.length > 0, "the spec has no /me/chats/{chatId} or /users/{userId}/chats/{chatId} operations");
      for (const alias of aliases) {
        const c = operationCases[alias.canonical as CanonicalOperationId] as (typeof operationCases)[CanonicalOperationId] | undefined;
        if (!c) continue;
        const prepared = await userRequest(ctx, alias.operationId, c);
        const as = prepared.request.as;
        const user = as !== null && "user" in as ? as.user : memberId(ctx, 0);
        // softDelete and undoSoftDelete are documented under /users/{userId}/chats/… only.
        const path = prepared.request.path.replace(/^\/users\/[^/]+(?=\/chats\/)/, "");
        if (!path.startsWith("/chats/")) throw new Error(`${alias.canonical}'s request is not under /chats/: ${path}`);
        const prefix = alias.path.startsWith("/me/") ? "/me" : `/users/${seg(user)}`;
        const exchange = await ctx.http.send({ ...prepared.request, op: alias.operationId as OperationId, path: `${prefix}${path}` });
        expectStatus(
          exchange,
          [prepared.status],
          `${alias.operationId} (${alias.method} ${alias.path}) did not answer as ${alias.canonical}`,
        );
        const problem = prepared.verify?.(exchange);
        if (problem)
          throw new CheckFailure(`${alias.operationId} answered differently from ${alias.canonical}: ${problem}`, exchange.request);
      }
    },
  };
}

/**
 * A valid request of the alias's canonical operation made by a signed-in user (an alias under
 * /me has no other caller): the first generated plan whose request is a user's, with a plan's
 * `caller` (where the case has one) set to member 0 with a delegated scope.
 */
async function userRequest(ctx: SuiteContext, aliasId: string, c: OperationCase): Promise<Prepared> {
  const canonical = ctx.spec.operation(aliasId).canonical;
  const scope = ctx.spec.operation(canonical).permissions.delegated[0] ?? "Chat.ReadWrite";
  for (const plan of fc.sample(c.plans(ctx), { numRuns: 20, seed: namedSeed(ctx.seed, aliasId) })) {
    const prepared = await c.prepare(ctx, { ...(plan as object), caller: asUser(memberId(ctx, 0), [scope]) });
    if (prepared.request.as !== null && "user" in prepared.request.as) return prepared;
  }
  throw new Error(`no generated ${canonical} request is a signed-in user's`);
}

/** conversationmembers-add.md: all added → 200; any failed → 207 with a result per item. */
function bulkAddResults(): Check {
  return {
    name: "graph: bulk add answers 207 with an error for the item that failed, 200 when all were added",
    run: async (ctx) => {
      const [a, b, c, d] = [0, 1, 2, 3].map((i) => memberId(ctx, i)) as [string, string, string, string];
      const chat = await createGroupChat(ctx, [a, b]);
      const add = (users: string[]) =>
        ctx.http.send({
          op: "addChatMembers",
          method: "POST",
          path: chatPath(chat.id, "/members/add"),
          body: { values: users.map((u) => memberBody(u, "owner")) },
          as: asUser(a),
        });
      const mixed = await add([c, b]);
      expectStatus(mixed, [207], "one new user and one member already in the chat");
      const results = (mixed.json as BulkResults).value;
      ensure(results.length === 2, `${results.length} results for 2 items`, mixed.request);
      ensure(
        results.some((r) => r.userId === c && r.error === null),
        `no successful result for ${c}`,
        mixed.request,
      );
      ensure(
        results.some((r) => r.error !== null),
        "no result carries the error of the member already in the chat",
        mixed.request,
      );
      expectStatus(await add([d]), [200], "every user added");
    },
  };
}

/** conversationmember-remove.md: all removed → 204 without a body; any failed → 207. */
function bulkRemoveResults(): Check {
  return {
    name: "graph: bulk remove answers 204 without a body when all were removed, 207 when one was not a member",
    run: async (ctx) => {
      const [a, b, c, d] = [0, 1, 2, 3].map((i) => memberId(ctx, i)) as [string, string, string, string];
      const chat = await createGroupChat(ctx, [a, b, c]);
      const remove = (users: string[]) =>
        ctx.http.send({
          op: "removeChatMembers",
          method: "POST",
          path: chatPath(chat.id, "/members/remove"),
          body: {
            values: users.map((u) => ({
              "@odata.type": "microsoft.graph.aadUserConversationMember",
              "user@odata.bind": memberBody(u, "owner")["user@odata.bind"],
            })),
          },
          as: asUser(a, ["ChatMember.ReadWrite"]),
        });
      const removed = await remove([b]);
      expectStatus(removed, [204], "removing a member");
      ensure(removed.json === undefined, `a 204 with a body: ${String(JSON.stringify(removed.json)).slice(0, 100)}`, removed.request);
      const partly = await remove([c, d]);
      expectStatus(partly, [207], "removing a member and a user who is not one");
      const results = (partly.json as BulkResults).value;
      ensure(
        results.some((r) => r.error !== null),
        "no result carries the error of the user who was not a member",
        partly.request,
      );
    },
  };
}

/** chatmessage-post.md: mentions are kept, and an <at> tag without its mention is a 400. */
function messageParts(): Check {
  return {
    name: "graph: a message's mentions are kept, and an <at> tag without its mention is a 400",
    run: async (ctx) => {
      const chat = await sharedChat(ctx);
      const [a, b] = [memberId(ctx, 0), memberId(ctx, 1)];
      const send = (body: unknown) =>
        ctx.http.send({ op: "sendChatMessage", method: "POST", path: chatPath(chat.id, "/messages"), body, as: asUser(a) });
      const content = { contentType: "html", content: 'Hi <at id="0">you</at>' };
      const mentions = [{ id: 0, mentionText: "you", mentioned: { user: { id: b, displayName: "you", userIdentityType: "aadUser" } } }];
      const sent = await send({ body: content, mentions });
      expectStatus(sent, [201], "a message with a mention");
      const kept = (sent.json as ChatMessage).mentions[0];
      ensure(kept?.id === 0 && kept.mentioned.user?.id === b, `the mention came back as ${JSON.stringify(kept)}`, sent.request);
      expectStatus(await send({ body: content }), [400], "an <at> tag without its mention");
    },
  };
}

/** chat-list-messages.md: $orderby (any case), a $filter on the ordered property, @odata.count. */
function messageListOptions(): Check {
  return {
    name: "graph: message lists take $orderBy and a $filter on the ordered property, and carry @odata.count",
    run: async (ctx) => {
      const chat = await sharedChat(ctx);
      await sharedMessages(ctx);
      const list = (query: Record<string, string>) =>
        ctx.http.send({ op: "listChatMessages", method: "GET", path: chatPath(chat.id, "/messages"), query, as: asUser(memberId(ctx, 0)) });
      const all = await list({ $orderBy: "createdDateTime desc" });
      expectStatus(all, [200], "$orderBy=createdDateTime desc");
      const body = all.json as MessageList;
      ensure(
        typeof body["@odata.count"] === "number" && body["@odata.count"] >= body.value.length,
        `@odata.count is ${String(body["@odata.count"])}`,
        all.request,
      );
      const none = await list({ $orderby: "createdDateTime desc", $filter: "createdDateTime lt 1970-01-02T00:00:00Z" });
      expectStatus(none, [200], "a createdDateTime range with $orderby on it");
      ensure((none.json as MessageList).value.length === 0, "the filter createdDateTime lt 1970-01-02 let messages through", none.request);
      const ignored = await list({ $filter: "createdDateTime lt 1970-01-02T00:00:00Z" });
      expectStatus(ignored, [200], "a filter without $orderby");
      ensure(
        (ignored.json as MessageList).value.length > 0,
        "a filter without $orderby on its property was applied; the page says it is ignored",
        ignored.request,
      );
    },
  };
}

/** chat-patch.md: a topic with ':' is a 400. */
function updateTopicColon(): Check {
  return {
    name: "graph: updating a topic to one containing ':' is a 400",
    run: async (ctx) => {
      const chat = await createGroupChat(ctx, [memberId(ctx, 0), memberId(ctx, 1)]);
      const patched = await ctx.http.send({
        op: "updateChat",
        method: "PATCH",
        path: chatPath(chat.id),
        body: { topic: "a:b" },
        as: asUser(memberId(ctx, 0)),
      });
      expectStatus(patched, [400], "a topic with ':'");
    },
  };
}

export function roundTwoChecks(): Check[] {
  return [alternativeAddressing(), bulkAddResults(), bulkRemoveResults(), messageParts(), messageListOptions(), updateTopicColon()];
}
