// Request pieces and setup steps shared by checks: member bodies and chats to work in.
import { asUser, memberId, type ImageMessage, type SuiteContext } from "./context.js";
import { CheckFailure } from "./failure.js";
import { expectStatus, seg } from "./http.js";
import type { Chat, ChatMember, ChatMessage, MemberInput, MemberList, Role } from "./schemas.js";

/** The `user@odata.bind` forms Graph documents; the key may be an id or a UPN. */
export const BIND_FORMS = [
  (key: string) => `https://graph.microsoft.com/v1.0/users('${key}')`,
  (key: string) => `https://graph.microsoft.com/beta/users('${key}')`,
  (key: string) => `https://graph.microsoft.com/v1.0/users/${key}`,
] as const;

/** A member of a create-chat or add-member body. */
export function memberBody(
  key: string,
  role: Role,
  form = 0,
  extra: Pick<MemberInput, "tenantId" | "visibleHistoryStartDateTime"> = {},
): MemberInput {
  const bind = BIND_FORMS[form % BIND_FORMS.length] ?? BIND_FORMS[0];
  return { "@odata.type": "#microsoft.graph.aadUserConversationMember", roles: [role], "user@odata.bind": bind(key), ...extra };
}

/** Creates a group chat of the given users as the first of them; fails the check otherwise. */
export async function createGroupChat(ctx: SuiteContext, userIds: string[], topic?: string): Promise<Chat> {
  const [caller] = userIds;
  if (!caller) throw new Error("createGroupChat needs users");
  const body = { chatType: "group", members: userIds.map((id) => memberBody(id, "owner")), ...(topic !== undefined && { topic }) };
  const created = await ctx.http.send({ op: "createChat", method: "POST", path: "/chats", body, as: asUser(caller) });
  expectStatus(created, [201], "setup: creating a group chat");
  return created.json as Chat;
}

/** A shared group chat of members 0–2, created once per run, for operations that only need one. */
export function sharedChat(ctx: SuiteContext): Promise<Chat> {
  let chat = ctx.fixtures.sharedChat;
  if (!chat) {
    chat = createGroupChat(ctx, [memberId(ctx, 0), memberId(ctx, 1), memberId(ctx, 2)], "contract suite");
    // A failed setup is retried by the next check rather than failing every later one.
    chat.catch(() => (ctx.fixtures.sharedChat = undefined));
    ctx.fixtures.sharedChat = chat;
  }
  return chat;
}

/** `/chats/{chatId}` plus a suffix. */
export const chatPath = (chatId: string, suffix = ""): string => `/chats/${seg(chatId)}${suffix}`;

/** Three messages sent to the shared chat by member 0, once per run; their ids. */
export function sharedMessages(ctx: SuiteContext): Promise<string[]> {
  let ids = ctx.fixtures.sharedMessages;
  if (!ids) {
    ids = (async () => {
      const chat = await sharedChat(ctx);
      const sent: string[] = [];
      for (const content of ["first", "second", "third"]) {
        const exchange = await ctx.http.send({
          op: "sendChatMessage",
          method: "POST",
          path: chatPath(chat.id, "/messages"),
          body: { body: { content } },
          as: asUser(memberId(ctx, 0)),
        });
        expectStatus(exchange, [201], "setup: sending a message");
        sent.push((exchange.json as ChatMessage).id);
      }
      return sent;
    })();
    ids.catch(() => (ctx.fixtures.sharedMessages = undefined));
    ctx.fixtures.sharedMessages = ids;
  }
  return ids;
}

/** The inline images of {@link sharedImageMessage}: a 2×2 PNG and a 1×1 GIF, so types differ too. */
const IMAGES = [
  {
    contentType: "image/png",
    base64: "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAD0lEQVR4nGNgqLgCQhAKACEOBTHISWjoAAAAAElFTkSuQmCC",
  },
  { contentType: "image/gif", base64: "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" },
] as const;

/**
 * A message with two inline images sent to the shared chat by member 0, once per run
 * (chatmessage-post.md, example 5). The images' ids are read from the URLs the answer's body
 * shows them at, `…/hostedContents/{id}/$value`, in the order the body references them.
 */
export function sharedImageMessage(ctx: SuiteContext): Promise<ImageMessage> {
  let message = ctx.fixtures.sharedImageMessage;
  if (!message) {
    message = (async () => {
      const chat = await sharedChat(ctx);
      const content = IMAGES.map((_, i) => `<img src="../hostedContents/${i + 1}/$value">`).join(" ");
      const hostedContents = IMAGES.map((image, i) => ({
        "@microsoft.graph.temporaryId": String(i + 1),
        contentBytes: image.base64,
        contentType: image.contentType,
      }));
      const exchange = await ctx.http.send({
        op: "sendChatMessage",
        method: "POST",
        path: chatPath(chat.id, "/messages"),
        body: { body: { contentType: "html", content }, hostedContents },
        as: asUser(memberId(ctx, 0)),
      });
      expectStatus(exchange, [201], "setup: sending a message with inline images");
      const sent = exchange.json as ChatMessage;
      const ids = [...sent.body.content.matchAll(/\/hostedContents\/([^/"]+)\/\$value/g)].map((m) => m[1] ?? "");
      if (ids.length !== IMAGES.length)
        throw new CheckFailure(`setup: the sent message's body shows ${ids.length} of 2 images`, exchange.request);
      const images = IMAGES.map((image, i) => ({
        id: ids[i] ?? "",
        contentType: image.contentType,
        bytes: Buffer.from(image.base64, "base64"),
      }));
      return { id: sent.id, images };
    })();
    message.catch(() => (ctx.fixtures.sharedImageMessage = undefined));
    ctx.fixtures.sharedImageMessage = message;
  }
  return message;
}

/** A chat's members, as member 0 sees them. */
export async function membersOf(ctx: SuiteContext, chatId: string): Promise<ChatMember[]> {
  const exchange = await ctx.http.send({
    op: "listChatMembers",
    method: "GET",
    path: chatPath(chatId, "/members"),
    as: asUser(memberId(ctx, 0)),
  });
  expectStatus(exchange, [200], "setup: listing a chat's members");
  return (exchange.json as MemberList).value;
}
