// A stored message as the API shows it (chatmessage-get.md): the sender and the users who reacted
// named from the directory, inline images as absolute URLs under the base URL the reader used,
// and a soft-deleted message without its content.
import type { components, Readable } from "../../../generated/schema.js";
import type { DomainContext } from "../domain/context.js";
import { HOSTED_REFERENCE } from "../domain/message-content.js";
import type { MessageRecord, ReactionRecord } from "../store/types.js";

type Schemas = components["schemas"];
export type MessageBody = Readable<Schemas["chatMessage"]>;
type FromBody = Readable<Schemas["chatMessageFromIdentitySet"]>;
type ReactionBody = Schemas["chatMessageReaction"];

export function presentMessage(ctx: DomainContext, message: MessageRecord, root: string): MessageBody {
  const deleted = message.deletedDateTime !== null;
  return {
    id: message.id,
    replyToId: null,
    // Changes with every change of the message, as Graph's does.
    etag: String(Date.parse(message.lastModifiedDateTime)),
    messageType: "message",
    createdDateTime: message.createdDateTime,
    lastModifiedDateTime: message.lastModifiedDateTime,
    lastEditedDateTime: message.lastEditedDateTime,
    deletedDateTime: message.deletedDateTime,
    subject: deleted ? null : message.subject,
    summary: null,
    chatId: message.chatId,
    importance: message.importance,
    locale: "en-us",
    webUrl: null,
    channelIdentity: null,
    policyViolation: message.policyViolation,
    eventDetail: null,
    from: presentFrom(ctx, message.fromUserId),
    body: messageBody(message, root),
    attachments: deleted
      ? []
      : message.attachments.map((a) => (a.content === null ? a : { ...a, content: absolute(message, a.content, root) })),
    mentions: deleted ? [] : [...message.mentions],
    reactions: message.reactions.map((r) => presentReaction(ctx, r)),
  };
}

/** The body with inline images as URLs a client can fetch; empty while the message is deleted. */
export function messageBody(message: MessageRecord, root: string): { contentType: "text" | "html"; content: string } {
  const content = message.deletedDateTime === null ? absolute(message, message.body.content, root) : "";
  return { contentType: message.body.contentType, content };
}

export function presentFrom(ctx: DomainContext, userId: string): FromBody {
  const user = ctx.directory.find(userId);
  return {
    application: null,
    device: null,
    user: {
      "@odata.type": "#microsoft.graph.teamworkUserIdentity",
      id: userId,
      displayName: user?.displayName ?? null,
      userIdentityType: "aadUser",
      tenantId: user?.tenantId ?? null,
    },
  };
}

function presentReaction(ctx: DomainContext, reaction: ReactionRecord): ReactionBody {
  return {
    reactionType: reaction.reactionType,
    displayName: reaction.displayName,
    reactionContentUrl: null,
    createdDateTime: reaction.createdDateTime,
    user: {
      application: null,
      device: null,
      user: { id: reaction.userId, displayName: ctx.directory.find(reaction.userId)?.displayName ?? null, userIdentityType: "aadUser" },
    },
  };
}

/** `../hostedContents/{id}/$value` as `{root}/chats/{chatId}/messages/{id}/hostedContents/{id}/$value` (chatmessage-post.md, example 5). */
function absolute(message: MessageRecord, text: string, root: string): string {
  if (message.hostedContents.length === 0) return text;
  const base = `${root}/chats/${message.chatId}/messages/${message.id}/hostedContents/`;
  return text.replace(HOSTED_REFERENCE, (_, id: string) => `${base}${id}/$value`);
}
