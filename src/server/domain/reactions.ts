/**
 * Reactions to a message (chatmessage-setreaction.md, chatmessage-unsetreaction.md): any member
 * who sees the message reacts with one emoji or a legacy name; each user has at most one reaction
 * of each type, so setting it again and removing an absent one change nothing. A reaction that
 * changes the message moves its lastModifiedDateTime on, as Graph's does.
 * Serves: setChatMessageReaction, unsetChatMessageReaction.
 */
import type { ReactionRecord } from "../store/types.js";
import { sameId } from "./access.js";
import type { Caller } from "./caller.js";
import type { DomainContext } from "./context.js";
import { badRequest, forbidden } from "./errors.js";
import type { ReactionInput } from "./inputs.js";
import { changeMessage } from "./message-changes.js";

/** The legacy reaction names Graph takes, with the name it shows for each. */
const LEGACY: Readonly<Record<string, string>> = {
  like: "Like",
  angry: "Angry",
  sad: "Sad",
  laugh: "Laugh",
  heart: "Heart",
  surprised: "Surprised",
};

/** Names of the emoji Teams offers first; other emoji are shown without a name. */
const EMOJI_NAMES: Readonly<Record<string, string>> = {
  "👍": "Like",
  "❤️": "Heart",
  "💘": "Heart with arrow",
  "😆": "Laugh",
  "😮": "Surprised",
  "😢": "Sad",
  "😠": "Angry",
};

// Made with the first reaction: building a segmenter loads ICU data (about 25 ms of every start).
let segmenter: Intl.Segmenter | undefined;
const EMOJI = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator})/u;

/** The stored type and shown name of a reaction, or a 400 naming what is accepted. */
function reactionOf(input: ReactionInput): { reactionType: string; displayName: string | null } {
  const type = input.reactionType;
  const legacy = LEGACY[type.toLowerCase()];
  if (legacy) return { reactionType: type.toLowerCase(), displayName: legacy };
  const graphemes = [...(segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" })).segment(type)];
  if (graphemes.length === 1 && EMOJI.test(type)) return { reactionType: type, displayName: EMOJI_NAMES[type] ?? null };
  throw badRequest(`'${type}' is not a reaction: send one emoji, or one of ${Object.keys(LEGACY).join(", ")}.`);
}

function userOf(caller: Caller): string {
  if (caller.kind !== "user") throw forbidden("Reacting needs a signed-in user.");
  return caller.userId;
}

export function setReaction(ctx: DomainContext, caller: Caller, chatId: string, messageId: string, input: ReactionInput): Promise<void> {
  const { reactionType, displayName } = reactionOf(input);
  const userId = userOf(caller);
  return changeMessage(ctx, caller, chatId, messageId, (message, at) => {
    if (message.deletedDateTime !== null) throw badRequest("A deleted message cannot be reacted to.");
    if (message.reactions.some((r) => r.reactionType === reactionType && sameId(r.userId, userId))) return undefined;
    const reaction: ReactionRecord = { reactionType, displayName, createdDateTime: at, userId };
    return { ...message, reactions: [...message.reactions, reaction], lastModifiedDateTime: at };
  });
}

export function unsetReaction(ctx: DomainContext, caller: Caller, chatId: string, messageId: string, input: ReactionInput): Promise<void> {
  const { reactionType } = reactionOf(input);
  const userId = userOf(caller);
  return changeMessage(ctx, caller, chatId, messageId, (message, at) => {
    const kept = message.reactions.filter((r) => !(r.reactionType === reactionType && sameId(r.userId, userId)));
    return kept.length === message.reactions.length ? undefined : { ...message, reactions: kept, lastModifiedDateTime: at };
  });
}
