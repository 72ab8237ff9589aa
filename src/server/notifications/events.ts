// What changed, as the change-notification resources name it, derived from a committed write:
// the chat before and the change that was stored. Deriving events from the store's writes (not
// from each operation) means every write — sends, edits, reactions, soft deletes, roster changes,
// topics, whatever is added later — is heard, and nothing is heard of a write that did not commit.
import type { ChatChange, ChatRecord, MemberRecord, MessageRecord } from "../store/types.js";
import type { ChangeType } from "./types.js";

export type ChangeEvent =
  | { readonly kind: "message"; readonly changeType: ChangeType; readonly chat: ChatRecord; readonly message: MessageRecord }
  /** `chat` is the chat after the change; for a removed member, `member` is the record they had. */
  | { readonly kind: "member"; readonly changeType: ChangeType; readonly chat: ChatRecord; readonly member: MemberRecord }
  | { readonly kind: "chat"; readonly changeType: ChangeType; readonly chat: ChatRecord };

/** The events of a change of `before` (undefined: the change created nothing and read no chat). */
export function eventsOfChange(
  before: ChatRecord | undefined,
  change: ChatChange<unknown>,
  previousMessage: MessageRecord | undefined,
): ChangeEvent[] {
  if (!before) return [];
  const after = change.chat ?? before;
  const events: ChangeEvent[] = [];
  if (change.message) events.push({ kind: "message", changeType: "created", chat: after, message: change.message });
  if (change.updatedMessage) {
    const deleted = change.updatedMessage.deletedDateTime !== null && previousMessage?.deletedDateTime === null;
    events.push({ kind: "message", changeType: deleted ? "deleted" : "updated", chat: after, message: change.updatedMessage });
  }
  if (change.chat) events.push(...rosterEvents(before, change.chat), ...chatEvents(before, change.chat));
  return events;
}

/** A chat that was stored for the first time. */
export function eventsOfInsert(chat: ChatRecord): ChangeEvent[] {
  return [{ kind: "chat", changeType: "created", chat }];
}

function rosterEvents(before: ChatRecord, after: ChatRecord): ChangeEvent[] {
  const old = new Map(before.members.map((m) => [m.userId.toLowerCase(), m]));
  const now = new Map(after.members.map((m) => [m.userId.toLowerCase(), m]));
  const events: ChangeEvent[] = [];
  for (const [key, member] of now) {
    const was = old.get(key);
    if (!was) events.push({ kind: "member", changeType: "created", chat: after, member });
    else if (was.role !== member.role) events.push({ kind: "member", changeType: "updated", chat: after, member });
  }
  for (const [key, member] of old) if (!now.has(key)) events.push({ kind: "member", changeType: "deleted", chat: after, member });
  return events;
}

/**
 * A chat is `updated` when what every member sees of it changed: its topic or its roster. A
 * member's own view (hidden, read up to) and a new last message are not changes of the chat.
 */
function chatEvents(before: ChatRecord, after: ChatRecord): ChangeEvent[] {
  const roster = (chat: ChatRecord) =>
    chat.members
      .map((m) => `${m.userId.toLowerCase()}:${m.role}`)
      .sort()
      .join(",");
  const changed = before.topic !== after.topic || roster(before) !== roster(after);
  return changed ? [{ kind: "chat", changeType: "updated", chat: after }] : [];
}
