/**
 * The content of an edited message (chatmessage-update.md): what the edit sends replaces what the
 * message had, what it leaves out stays — mentions, cards and inline images the new body no
 * longer shows are dropped with their tags — and the result is checked as a new message is.
 * Serves: updateChatMessage.
 */
import type { MessageRecord } from "../store/types.js";
import type { DomainContext } from "./context.js";
import type { MessageContentInput, MessageUpdateInput } from "./inputs.js";
import { bodyTags, checkMessageSize, messageContent, type MessageContent } from "./message-content.js";

type Mentions = NonNullable<MessageContentInput["mentions"]>;
type Attachments = NonNullable<MessageContentInput["attachments"]>;
type HostedContents = NonNullable<MessageContentInput["hostedContents"]>;

export function editedContent(ctx: DomainContext, message: MessageRecord, input: MessageUpdateInput): MessageContent {
  const body = input.body ? { ...input.body, content: relative(message, input.body.content) } : message.body;
  const tags = bodyTags(body.content);
  const mentions: Mentions = input.mentions ?? message.mentions.filter((m) => tags.mentions.has(String(m.id))).map(mentionInput);
  const attachments: Attachments =
    input.attachments ?? message.attachments.filter((a) => a.id !== null && tags.attachments.has(a.id)).map(attachmentInput);
  const shown = [body.content, ...attachments.map((a) => a.content ?? "")].join("\n");
  const hostedContents: HostedContents =
    input.hostedContents ??
    message.hostedContents
      .filter((h) => shown.includes(`../hostedContents/${h.id}/$value`))
      .map((h) => ({ "@microsoft.graph.temporaryId": h.id, contentBytes: h.contentBytes, contentType: h.contentType }));
  const content: MessageContentInput = { body, mentions, attachments, hostedContents };
  checkMessageSize(content, input.subject === undefined ? message.subject : input.subject);
  return messageContent(ctx.directory, content);
}

/**
 * A body read from the API shows this message's inline images as absolute URLs; sent back in an
 * edit, they are references to the images the message keeps.
 */
function relative(message: MessageRecord, content: string): string {
  const absolute = new RegExp(`https?://[^"'\\s<>]*/chats/[^/"'\\s<>]+/messages/${message.id}/hostedContents/([^/"'\\s<>]+)/\\$value`, "g");
  return content.replace(absolute, (_, id: string) => `../hostedContents/${id}/$value`);
}

function mentionInput(mention: MessageRecord["mentions"][number]): Mentions[number] {
  const { user, application, conversation, tag } = mention.mentioned;
  return { id: mention.id, mentionText: mention.mentionText, mentioned: { user, application, conversation, tag } };
}

function attachmentInput(attachment: MessageRecord["attachments"][number]): Attachments[number] {
  return {
    id: attachment.id ?? "",
    contentType: attachment.contentType ?? "",
    contentUrl: attachment.contentUrl,
    content: attachment.content,
    name: attachment.name,
    thumbnailUrl: attachment.thumbnailUrl,
    teamsAppId: attachment.teamsAppId,
  };
}
