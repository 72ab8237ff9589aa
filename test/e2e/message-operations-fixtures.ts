// What the message-operation tests of both Microsoft clients share (msgraph-sdk-message-operations
// and graph-client-message-operations): the documentation's request bodies for those operations.
import { tokenCommand } from "../../src/server/auth/token-command.js";

/** chatmessage-setreaction.md and chatmessage-unsetreaction.md, example 1: a heart with an arrow (U+1F498). */
export const HEART_WITH_ARROW = "💘";

/** The image of openapi.yaml's SendChatMessageRequest `inlineImage` example (chatmessage-post.md example 5, a 2×2 PNG). */
export const INLINE_PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAD0lEQVR4nGNgqLgCQhAKACEOBTHISWjoAAAAAElFTkSuQmCC";

/** chatmessage-update.md example 1, as written: a data loss prevention verdict in the docs' PascalCase. */
export const POLICY_VIOLATION_AS_DOCUMENTED = {
  policyTip: {
    generalText: "This item has been blocked by the administrator.",
    complianceUrl: "https://contoso.com/dlp-policy-page",
    matchedConditionDescriptions: ["Credit Card Number"],
  },
  verdictDetails: "AllowOverrideWithoutJustification,AllowFalsePositiveOverride",
  dlpAction: "BlockAccess",
};

/** An application token that may set policy verdicts (chatmessage-update.md's least privileged application permission). */
export const policyAppToken = (): Promise<string> => tokenCommand(["--app", "--roles", "Chat.UpdatePolicyViolation.All"], {});

/** `message@odata.bind` for pinning (chat-post-pinnedmessages.md): the message's Graph URL, raw chat id and all. */
export const messageBind = (chatId: string, messageId: string): string =>
  `https://graph.microsoft.com/v1.0/chats/${chatId}/messages/${messageId}`;

/** Bytes of a base64 string as an ArrayBuffer of their own. */
export function bytesOf(base64: string): ArrayBuffer {
  const bytes = Buffer.from(base64, "base64");
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}
