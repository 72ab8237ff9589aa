// Rendering stored records as API bodies typed by the contract; the response validator checks
// each one against openapi.yaml again on the way out. Which message a viewer may preview is the
// domain's rule (messages.ts); this file only shapes what the domain hands it.
import type { components, Readable } from "../../../generated/schema.js";
import type { DomainContext } from "../domain/context.js";
import { describeMembers, type MemberDetails } from "../domain/members.js";
import { lastMessageSeenBy, type Viewer } from "../domain/messages.js";
import { memberOf } from "../domain/access.js";
import type { ChatRecord } from "../store/types.js";
import { messageBody, presentFrom } from "./present-message.js";

type Schemas = components["schemas"];
export type ChatBody = Readable<Schemas["chatEntityResponse"]>;
type ChatItem = Readable<Schemas["chat"]>;
export type MemberBody = Readable<Schemas["aadUserConversationMember"]>;

export interface ChatView {
  /** Whose viewpoint to show and through whose eyes to preview the last message; null: an application's. */
  readonly viewerId: string | null;
  readonly expandMembers?: boolean;
  readonly expandLastMessage?: boolean;
}

/** `chats('19%3A…%40thread.v2')`: how OData contexts name one chat. */
export const chatSegment = (chatId: string) => `chats('${encodeURIComponent(chatId)}')`;

/** `$expand=members,lastMessagePreview` as flags. */
export function expandOptions(expand: string | undefined): { expandMembers: boolean; expandLastMessage: boolean } {
  const parts = new Set((expand ?? "").split(","));
  return { expandMembers: parts.has("members"), expandLastMessage: parts.has("lastMessagePreview") };
}

/** `chats`, `chats(members())`, `chats(members(),lastMessagePreview())`: the entity set as expanded. */
export function expandedSet(set: string, view: { expandMembers?: boolean; expandLastMessage?: boolean }): string {
  const expanded = [view.expandMembers && "members()", view.expandLastMessage && "lastMessagePreview()"].filter(Boolean);
  return expanded.length > 0 ? `${set}(${expanded.join(",")})` : set;
}

export function presentChatEntity(ctx: DomainContext, chat: ChatRecord, root: string, view: ChatView): ChatBody {
  return { "@odata.context": `${root}/$metadata#${expandedSet("chats", view)}/$entity`, ...presentChat(ctx, chat, view, root) };
}

/** A chat as `view` sees it; expanded parts carry their own `@odata.context` (chat-get.md, chat-list.md). */
export function presentChat(ctx: DomainContext, chat: ChatRecord, view: ChatView, root: string): ChatItem {
  const viewer = view.viewerId === null ? undefined : memberOf(chat, view.viewerId);
  const body: ChatItem = {
    id: chat.id,
    topic: chat.topic,
    createdDateTime: chat.createdDateTime,
    lastUpdatedDateTime: chat.lastUpdatedDateTime,
    chatType: chat.chatType,
    tenantId: chat.tenantId,
    webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0?tenantId=${chat.tenantId}`,
    isHiddenForAllMembers: false,
    onlineMeetingInfo: null,
    viewpoint: viewer ? { isHidden: viewer.isHidden, lastMessageReadDateTime: viewer.lastMessageReadDateTime } : null,
  };
  if (view.expandMembers) {
    body["members@odata.context"] = `${root}/$metadata#${chatSegment(chat.id)}/members`;
    body.members = describeMembers(ctx, chat).map(presentMember);
  }
  if (view.expandLastMessage) {
    const eyes: Viewer = view.viewerId === null ? { kind: "app" } : { kind: "user", userId: view.viewerId };
    const last = lastMessageSeenBy(eyes, chat);
    body["lastMessagePreview@odata.context"] = `${root}/$metadata#${chatSegment(chat.id)}/lastMessagePreview/$entity`;
    body.lastMessagePreview = last && {
      id: last.id,
      createdDateTime: last.createdDateTime,
      isDeleted: last.deletedDateTime !== null,
      messageType: "message",
      body: messageBody(last, root),
      from: presentFrom(ctx, last.fromUserId),
    };
  }
  return body;
}

export function presentMember({ member, user }: MemberDetails): MemberBody {
  return {
    "@odata.type": "#microsoft.graph.aadUserConversationMember",
    id: member.id,
    displayName: user?.displayName ?? null,
    roles: [member.role],
    visibleHistoryStartDateTime: member.visibleHistoryStartDateTime,
    userId: member.userId,
    email: user?.mail ?? null,
    tenantId: user?.tenantId ?? null,
  };
}
