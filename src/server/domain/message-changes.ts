/**
 * Changes to a sent message: the sender's edit, a data loss prevention verdict set by an
 * application, soft deletion and its undo (chatmessage-update.md, chatmessage-softdelete.md,
 * chatmessage-undosoftdelete.md). Each runs under the chat's lock and replaces the stored message
 * in one write; every change moves `lastModifiedDateTime` on, so the message moves to the front
 * of the default list order and its etag changes.
 * Serves: updateChatMessage, softDeleteChatMessage, undoSoftDeleteChatMessage.
 */
import type { ChatRecord, MessageRecord } from "../store/types.js";
import { accessible, sameId } from "./access.js";
import type { Caller } from "./caller.js";
import type { DomainContext } from "./context.js";
import { badRequest, forbidden, notFound } from "./errors.js";
import type { MessageUpdateInput } from "./inputs.js";
import { editedContent } from "./message-edit.js";
import { visibleTo } from "./messages.js";
import { policyViolationOf } from "./policy-violation.js";

/** What a change makes of the message: its replacement, or undefined to leave it as it is. */
type MessageChange = (message: MessageRecord, at: string, chat: ChatRecord) => MessageRecord | undefined;

/** Runs `change` on a message the caller can see, under the chat's lock. */
export async function changeMessage(
  ctx: DomainContext,
  caller: Caller,
  chatId: string,
  messageId: string,
  change: MessageChange,
): Promise<void> {
  await ctx.store.change(chatId, async (current, read) => {
    const chat = accessible(caller, current, chatId);
    const message = await read.getMessage(messageId);
    if (!message || !visibleTo(caller, chat, message)) throw notFound(`Message '${messageId}' was not found in chat '${chatId}'.`);
    const updated = change(message, changeTime(ctx, message), chat);
    return { updatedMessage: updated, result: undefined };
  });
}

/**
 * When a change happens: the clock, but always after the message's last change, so every change
 * moves lastModifiedDateTime (and the etag) on, even within one millisecond.
 */
function changeTime(ctx: DomainContext, message: MessageRecord): string {
  return new Date(Math.max(ctx.clock().getTime(), Date.parse(message.lastModifiedDateTime) + 1)).toISOString();
}

function assertSender(caller: Caller, message: MessageRecord, what: string): asserts caller is Extract<Caller, { kind: "user" }> {
  if (caller.kind !== "user" || !sameId(caller.userId, message.fromUserId)) throw forbidden(`Only the sender of a message can ${what} it.`);
}

/** The properties a signed-in sender changes; an application changes only `policyViolation`. */
const SENDER_PROPERTIES = ["body", "subject", "importance", "mentions", "attachments", "hostedContents"] as const;

/** Updates a message: 204 for the sender's edit, 200 for an application's verdict. */
export async function updateMessage(
  ctx: DomainContext,
  caller: Caller,
  chatId: string,
  messageId: string,
  input: MessageUpdateInput,
): Promise<"edited" | "verdict"> {
  const changed = SENDER_PROPERTIES.filter((p) => input[p] !== undefined);
  const verdict = input.policyViolation === undefined ? undefined : policyViolationOf(input.policyViolation);
  if (caller.kind === "app") {
    if (changed.length > 0) throw forbidden(`An application can change only policyViolation, not ${changed.join(", ")}.`);
    if (verdict === undefined) throw badRequest("Nothing to change: an application sets policyViolation.");
    await changeMessage(ctx, caller, chatId, messageId, (message, at) => ({
      ...message,
      policyViolation: verdict,
      lastModifiedDateTime: at,
    }));
    return "verdict";
  }
  if (verdict !== undefined && verdict !== null) throw forbidden("Only an application can set policyViolation.");
  if (changed.length === 0) throw badRequest(`Nothing to change: send one of ${SENDER_PROPERTIES.join(", ")}.`);
  await changeMessage(ctx, caller, chatId, messageId, (message, at) => {
    assertSender(caller, message, "edit");
    if (message.deletedDateTime !== null) throw badRequest("A deleted message cannot be changed; undo the deletion first.");
    return {
      ...message,
      ...editedContent(ctx, message, input),
      subject: input.subject === undefined ? message.subject : input.subject,
      importance: input.importance ?? message.importance,
      lastEditedDateTime: at,
      lastModifiedDateTime: at,
    };
  });
  return "edited";
}

/** Soft-deletes the caller's own message; deleting a deleted message changes nothing. */
export function softDeleteMessage(ctx: DomainContext, caller: Caller, chatId: string, messageId: string): Promise<void> {
  return changeMessage(ctx, caller, chatId, messageId, (message, at) => {
    assertSender(caller, message, "delete");
    return message.deletedDateTime === null ? { ...message, deletedDateTime: at, lastModifiedDateTime: at } : undefined;
  });
}

/** Brings back the caller's own deleted message; for one that is not deleted, nothing changes. */
export function undoSoftDeleteMessage(ctx: DomainContext, caller: Caller, chatId: string, messageId: string): Promise<void> {
  return changeMessage(ctx, caller, chatId, messageId, (message, at) => {
    assertSender(caller, message, "restore");
    return message.deletedDateTime === null ? undefined : { ...message, deletedDateTime: null, lastModifiedDateTime: at };
  });
}
