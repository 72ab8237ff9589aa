// Teams' limit on the size of a message (28 KB), counted over everything the message carries:
// the body's text, the subject, the cards' content and the bytes of its inline images. Checked
// before the chat is looked up, so an oversized message is a 413 whatever else is wrong.
// Serves: sendChatMessage, updateChatMessage.
import { tooLarge } from "./errors.js";
import type { MessageContentInput } from "./inputs.js";

/** In UTF-8 bytes (and decoded bytes for images). */
export const MAX_MESSAGE_BYTES = 28 * 1024;

export function checkMessageSize(content: MessageContentInput, subject: string | null | undefined): void {
  const text = (value: string | null | undefined) => Buffer.byteLength(value ?? "", "utf8");
  const size =
    text(content.body.content) +
    text(subject) +
    (content.attachments ?? []).reduce((sum, a) => sum + text(a.content), 0) +
    (content.hostedContents ?? []).reduce((sum, h) => sum + Buffer.byteLength(h.contentBytes, "base64"), 0);
  if (size > MAX_MESSAGE_BYTES) {
    throw tooLarge(
      `The message is ${size} bytes; the limit is ${MAX_MESSAGE_BYTES} bytes (28 KB) for the text, subject, cards and inline images together.`,
    );
  }
}
