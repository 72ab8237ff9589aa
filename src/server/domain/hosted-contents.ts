/**
 * The inline images of a message, read through the message (chatmessage-list-hostedcontents.md,
 * chatmessagehostedcontent-get.md): whoever may read the message may read its images, and nobody
 * else, so every read goes through readMessage and its rules (the chat exists, the caller may
 * act on it, the message is in the caller's visible history; 404/403 otherwise). A soft-deleted
 * message shows no content, so it has no images to show either until it is undone.
 * Serves: listChatMessageHostedContents, getChatMessageHostedContent,
 * getChatMessageHostedContentValue.
 */
import type { HostedContentRecord } from "../store/types.js";
import type { Caller } from "./caller.js";
import type { DomainContext } from "./context.js";
import { notFound } from "./errors.js";
import { isImageType, type ImageType } from "./message-content.js";
import { readMessage } from "./messages.js";

/** Where an inline image is: its chat, its message and its own id. */
export interface HostedContentAddress {
  readonly chatId: string;
  readonly messageId: string;
  readonly hostedContentId: string;
}

/** An image's bytes and the type they are served as. */
export interface HostedContentValue {
  readonly contentType: ImageType;
  readonly bytes: Buffer;
}

/** The message's inline images, in the order they were sent; none while it is deleted. */
export async function listHostedContents(
  ctx: DomainContext,
  caller: Caller,
  chatId: string,
  messageId: string,
): Promise<readonly HostedContentRecord[]> {
  const message = await readMessage(ctx, caller, chatId, messageId);
  return message.deletedDateTime === null ? message.hostedContents : [];
}

/** One inline image of the message; 404 when the message has none by that id (or is deleted). */
export async function readHostedContent(ctx: DomainContext, caller: Caller, at: HostedContentAddress): Promise<HostedContentRecord> {
  const images = await listHostedContents(ctx, caller, at.chatId, at.messageId);
  // Ids are base64 text, so case matters: an id differing in case is another id.
  const image = images.find((h) => h.id === at.hostedContentId);
  if (!image) throw notFound(`Hosted content '${at.hostedContentId}' was not found in message '${at.messageId}'.`);
  return image;
}

/** One inline image's bytes, decoded from how they are stored. */
export async function readHostedContentValue(ctx: DomainContext, caller: Caller, at: HostedContentAddress): Promise<HostedContentValue> {
  const image = await readHostedContent(ctx, caller, at);
  // Sending accepts images only (message-content.ts), so anything else in the store is corrupt;
  // it must not be served under a content type the contract does not allow.
  if (!isImageType(image.contentType)) throw new Error(`hosted content ${image.id} is stored as '${image.contentType}', not an image`);
  return { contentType: image.contentType, bytes: Buffer.from(image.contentBytes, "base64") };
}
