// Graph's rule for a removed member: gone from the member list, and no longer able to read or
// write the chat.
import { asUser, memberId } from "../core/context.js";
import type { RequestSpec } from "../core/exchange.js";
import { CheckFailure, ensure } from "../core/failure.js";
import { chatPath, createGroupChat } from "../core/fixtures.js";
import { expectStatus } from "../core/http.js";
import type { MemberList } from "../core/schemas.js";
import type { Check } from "./check.js";

/** A removed member leaves the member list and loses access to the chat. */
export function useAfterDelete(): Check {
  return {
    name: "graph: a removed member is gone from the member list and loses access",
    run: async (ctx) => {
      const [a, b, c] = [memberId(ctx, 0), memberId(ctx, 1), memberId(ctx, 2)];
      const chat = await createGroupChat(ctx, [a, b, c]);
      const members = async () => {
        const listed = await ctx.http.send({ op: "listChatMembers", method: "GET", path: chatPath(chat.id, "/members"), as: asUser(a) });
        expectStatus(listed, [200], "listing members");
        return { listed, value: (listed.json as MemberList).value };
      };
      const membership = (await members()).value.find((m) => m.userId === c);
      if (!membership) throw new CheckFailure(`user ${c} is not among the members of a chat just created with them`);
      const removed = await ctx.http.send({
        op: "removeChatMember",
        method: "DELETE",
        path: chatPath(chat.id, `/members/${encodeURIComponent(membership.id)}`),
        // chat-delete-members.md: removing takes ChatMember.ReadWrite, not Chat.ReadWrite.
        as: asUser(a, ["ChatMember.ReadWrite"]),
      });
      expectStatus(removed, [204], "removing a member");
      const after = await members();
      ensure(
        !after.value.some((m) => m.userId === c || m.id === membership.id),
        `the removed member ${c} is still listed`,
        after.listed.request,
      );
      const gone = await ctx.http.send({
        op: "getChatMember",
        method: "GET",
        path: chatPath(chat.id, `/members/${encodeURIComponent(membership.id)}`),
        // chat-delete-members.md: removing takes ChatMember.ReadWrite, not Chat.ReadWrite.
        as: asUser(a, ["ChatMember.ReadWrite"]),
      });
      expectStatus(gone, [404], "getting the removed membership");
      const probes: Omit<RequestSpec, "as">[] = [
        { op: "getChat", method: "GET", path: chatPath(chat.id) },
        { op: "listChatMessages", method: "GET", path: chatPath(chat.id, "/messages") },
        { op: "sendChatMessage", method: "POST", path: chatPath(chat.id, "/messages"), body: { body: { content: "still here?" } } },
      ];
      for (const probe of probes) {
        const exchange = await ctx.http.send({ ...probe, as: asUser(c) });
        expectStatus(exchange, [403, 404], `the removed member can still ${probe.op}`);
      }
    },
  };
}
