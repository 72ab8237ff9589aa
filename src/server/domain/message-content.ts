/**
 * What a message carries besides its text — mentions, attachments (cards, file references) and
 * inline images — checked against the body that refers to them (chatmessage-post.md,
 * chat-post-messages.md): every `<at id="n">` has the mention `n` and every mention its tag,
 * every `<attachment id="x">` has the attachment `x` and every attachment its tag, every inline
 * image is referenced as `../hostedContents/{temporaryId}/$value` and every such reference has its
 * image; and the message's total size. Serves: sendChatMessage (and the message edit, which takes
 * the same parts).
 */
import { createHash } from "node:crypto";
import type { Directory } from "../directory/directory.js";
import type { AttachmentRecord, HostedContentRecord, MentionRecord } from "../store/types.js";
import { badRequest, tooLarge } from "./errors.js";
import type { MessageContentInput } from "./inputs.js";

/** Teams' limit on a message's total size (text, cards and inline images), in bytes: 28 KB. */
export const MAX_MESSAGE_BYTES = 28 * 1024;

/** A content type that is an image, as inline images must be and are served with. */
export type ImageType = `image/${string}`;

export interface MessageContent {
  readonly body: { readonly contentType: "text" | "html"; readonly content: string };
  readonly mentions: readonly MentionRecord[];
  readonly attachments: readonly AttachmentRecord[];
  readonly hostedContents: readonly HostedContentRecord[];
}

const AT_TAG = /<at\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi;
const ATTACHMENT_TAG = /<attachment\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi;
/** How a body or a card points at an inline image sent with it, and, once stored, at the stored image. */
export const HOSTED_REFERENCE = /\.\.\/hostedContents\/([^/"'\s<>]+)\/\$value/g;
const CARD = /^application\/vnd\.microsoft\.card\.[a-z0-9.-]+$/i;
const IMAGE = /^image\/[a-z0-9.+-]+$/i;
export const isImageType = (contentType: string): contentType is ImageType => IMAGE.test(contentType);
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Fails with 413 when the message is over Graph's total message size limit: its body content,
 * subject, attachments' content and the decoded bytes of its inline images together (decided for
 * the issue: Graph's limit is on the total; docs/graph-decisions.md, "Message size"). One rule for
 * sending and for editing. It runs before the parts are checked, so it counts what it cannot yet
 * trust: invalid base64 is counted at the size it claims, and refused as invalid afterwards.
 */
export function checkMessageSize(input: MessageContentInput, subject: string | null | undefined): void {
  const utf8 = (text: string | null | undefined) => Buffer.byteLength(text ?? "", "utf8");
  let size = utf8(input.body.content) + utf8(subject);
  for (const attachment of input.attachments ?? []) size += utf8(attachment.content);
  for (const image of input.hostedContents ?? []) size += Buffer.byteLength(image.contentBytes.replace(/\s+/g, ""), "base64");
  if (size > MAX_MESSAGE_BYTES) {
    throw tooLarge(
      `The message is ${size} bytes; the limit is ${MAX_MESSAGE_BYTES} bytes (28 KB) for the content, subject, attachments and inline images together.`,
    );
  }
}

/**
 * The checked parts of a message about to be stored. Inline images get their permanent ids and
 * the references to them are rewritten to those ids (still relative: the API shows them as
 * absolute URLs under the base URL the reader used).
 */
export function messageContent(directory: Directory, input: MessageContentInput): MessageContent {
  const content = input.body.content;
  const mentions = checkMentions(directory, content, input.mentions ?? []);
  const attachments = checkAttachments(content, input.attachments ?? []);
  const images = checkHostedContents(input.hostedContents ?? []);
  // Cards may show the inline images too (chatmessage-post.md, example 6).
  const referencing = [content, ...attachments.map((a) => a.content ?? "")];
  const referenced = new Set(referencing.flatMap((text) => [...text.matchAll(HOSTED_REFERENCE)].map((m) => m[1] ?? "")));
  for (const id of referenced) {
    if (!images.has(id))
      throw badRequest(`The message refers to '../hostedContents/${id}/$value', but no hosted content has that temporaryId.`);
  }
  const hostedContents: HostedContentRecord[] = [];
  const permanent = new Map<string, string>();
  for (const [temporaryId, image] of images) {
    if (!referenced.has(temporaryId)) {
      throw badRequest(`Hosted content '${temporaryId}' is not referenced in the message as '../hostedContents/${temporaryId}/$value'.`);
    }
    const id = hostedContentId(hostedContents.length, image.contentBytes);
    permanent.set(temporaryId, id);
    hostedContents.push({ id, ...image });
  }
  const rewrite = (text: string) =>
    text.replace(HOSTED_REFERENCE, (_, temporaryId: string) => `../hostedContents/${permanent.get(temporaryId)}/$value`);
  return {
    body: { contentType: input.body.contentType ?? "text", content: rewrite(content) },
    mentions,
    attachments: attachments.map((a) => (a.content === null ? a : { ...a, content: rewrite(a.content) })),
    hostedContents,
  };
}

/**
 * The n-th image's id, unique within its message (the path names the message) and the same for
 * the same image. Graph's ids are base64 text too; clients treat them as opaque.
 */
function hostedContentId(index: number, contentBytes: string): string {
  const digest = createHash("sha256").update(contentBytes).digest("hex").slice(0, 32);
  return Buffer.from(`id=x_${index}-${digest},type=1`).toString("base64url");
}

function tagIds(content: string, tag: RegExp): string[] {
  return [...content.matchAll(tag)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

/** The ids of the `<at id="…">` and `<attachment id="…">` tags in a body. */
export function bodyTags(content: string): { mentions: Set<string>; attachments: Set<string> } {
  return { mentions: new Set(tagIds(content, AT_TAG)), attachments: new Set(tagIds(content, ATTACHMENT_TAG)) };
}

function checkMentions(directory: Directory, content: string, input: NonNullable<MessageContentInput["mentions"]>): MentionRecord[] {
  const tags = new Set(tagIds(content, AT_TAG));
  const seen = new Set<string>();
  const mentions = input.map((mention): MentionRecord => {
    const id = String(mention.id);
    if (seen.has(id)) throw badRequest(`Two mentions have the id ${id}; each <at id="…"> in the body has exactly one mention.`);
    seen.add(id);
    if (!tags.has(id)) throw badRequest(`Mention ${id} has no <at id="${id}"> in the message body.`);
    const { user, application, conversation, tag } = mention.mentioned;
    // Messages read back from Graph carry every identity kind, the unused ones null.
    const named = [user, application, conversation, tag].filter((identity) => identity !== null && identity !== undefined);
    if (named.length !== 1) throw badRequest(`Mention ${id} must name exactly one of user, application, conversation or tag.`);
    let mentionedUser: MentionRecord["mentioned"]["user"] = null;
    if (user) {
      const found = directory.find(user.id);
      if (!found) throw badRequest(`Mention ${id} names user '${user.id}', who is not in the directory.`);
      mentionedUser = {
        id: found.id,
        displayName: user.displayName ?? found.displayName,
        userIdentityType: user.userIdentityType ?? "aadUser",
      };
    }
    return {
      id: mention.id,
      mentionText: mention.mentionText,
      mentioned: {
        application: application ?? null,
        device: null,
        user: mentionedUser,
        conversation: conversation ?? null,
        tag: tag ?? null,
      },
    };
  });
  for (const id of tags) {
    if (!seen.has(id)) throw badRequest(`The body has <at id="${id}"> but no mention has the id ${id}.`);
  }
  return mentions;
}

function checkAttachments(content: string, input: NonNullable<MessageContentInput["attachments"]>): AttachmentRecord[] {
  const tags = new Set(tagIds(content, ATTACHMENT_TAG));
  const seen = new Set<string>();
  const attachments = input.map((attachment): AttachmentRecord => {
    const { id, contentType } = attachment;
    if (seen.has(id)) throw badRequest(`Two attachments have the id '${id}'.`);
    seen.add(id);
    if (!tags.has(id)) throw badRequest(`Attachment '${id}' has no <attachment id="${id}"></attachment> in the message body.`);
    checkAttachmentKind(attachment);
    return {
      id,
      contentType,
      contentUrl: attachment.contentUrl ?? null,
      content: attachment.content ?? null,
      name: attachment.name ?? null,
      thumbnailUrl: attachment.thumbnailUrl ?? null,
      teamsAppId: attachment.teamsAppId ?? null,
    };
  });
  for (const id of tags) {
    if (!seen.has(id)) throw badRequest(`The body has <attachment id="${id}"> but no attachment has that id.`);
  }
  return attachments;
}

/** A card carries its JSON in `content`; a file reference points at the file and names it. */
function checkAttachmentKind(attachment: NonNullable<MessageContentInput["attachments"]>[number]): void {
  const { id, contentType } = attachment;
  if (contentType === "reference") {
    if (!attachment.contentUrl || !attachment.name) throw badRequest(`File attachment '${id}' needs a contentUrl and a name.`);
    if (!URL.canParse(attachment.contentUrl)) throw badRequest(`File attachment '${id}' has a contentUrl that is not a URL.`);
    return;
  }
  if (CARD.test(contentType) || contentType === "messageReference") {
    if (!isJsonObject(attachment.content))
      throw badRequest(`Attachment '${id}' (${contentType}) needs its content as a JSON object in a string.`);
    return;
  }
  throw badRequest(
    `Attachment '${id}' has contentType '${contentType}'. Supported: 'reference' (a file), 'application/vnd.microsoft.card.*' (a card), 'messageReference'.`,
  );
}

function isJsonObject(text: string | null | undefined): boolean {
  if (!text) return false;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

function checkHostedContents(input: NonNullable<MessageContentInput["hostedContents"]>): Map<string, Omit<HostedContentRecord, "id">> {
  const images = new Map<string, Omit<HostedContentRecord, "id">>();
  for (const hosted of input) {
    const temporaryId = hosted["@microsoft.graph.temporaryId"];
    if (images.has(temporaryId)) throw badRequest(`Two hosted contents have the temporaryId '${temporaryId}'.`);
    if (!isImageType(hosted.contentType))
      throw badRequest(`Hosted content '${temporaryId}' has contentType '${hosted.contentType}'; only images can be sent inline.`);
    const bytes = hosted.contentBytes.replace(/\s+/g, "");
    if (bytes === "" || !BASE64.test(bytes)) throw badRequest(`Hosted content '${temporaryId}' has contentBytes that are not base64.`);
    images.set(temporaryId, { contentType: hosted.contentType.toLowerCase(), contentBytes: bytes });
  }
  return images;
}
