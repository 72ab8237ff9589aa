// Rendering stored chats as API bodies typed by the contract; the response validator checks
// each one against openapi.yaml again on the way out.
import type { components, Readable } from "../../../generated/schema.js";
import type { Caller } from "../domain/caller.js";
import { describeMembers } from "../domain/chats.js";
import type { DomainContext } from "../domain/context.js";
import type { ChatRecord } from "../store/types.js";

export type ChatBody = Readable<components["schemas"]["chatEntityResponse"]>;
type MemberBody = Readable<components["schemas"]["aadUserConversationMember"]>;

export interface PresentOptions {
  /** `{origin}{/v1.0|/beta}` of the request. */
  readonly root: string;
  readonly expandMembers?: boolean;
}

export function presentChat(ctx: DomainContext, caller: Caller, chat: ChatRecord, options: PresentOptions): ChatBody {
  const body: ChatBody = {
    "@odata.context": `${options.root}/$metadata#chats/$entity`,
    id: chat.id,
    topic: chat.topic,
    createdDateTime: chat.createdDateTime,
    lastUpdatedDateTime: chat.lastUpdatedDateTime,
    chatType: chat.chatType,
    tenantId: chat.tenantId,
    webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0?tenantId=${chat.tenantId}`,
    isHiddenForAllMembers: false,
    onlineMeetingInfo: null,
    viewpoint: caller.kind === "user" ? { isHidden: false, lastMessageReadDateTime: null } : null,
  };
  if (options.expandMembers) {
    body["members@odata.context"] = `${options.root}/$metadata#chats('${encodeURIComponent(chat.id)}')/members`;
    body.members = presentMembers(ctx, chat);
  }
  return body;
}

export function presentMembers(ctx: DomainContext, chat: ChatRecord): MemberBody[] {
  return describeMembers(ctx, chat).map(({ member, user }) => ({
    "@odata.type": "#microsoft.graph.aadUserConversationMember",
    id: member.id,
    displayName: user?.displayName ?? null,
    roles: [member.role],
    visibleHistoryStartDateTime: member.visibleHistoryStartDateTime,
    userId: member.userId,
    email: user?.mail ?? null,
    tenantId: user?.tenantId ?? null,
  }));
}
