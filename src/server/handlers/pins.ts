/**
 * Handlers of a chat's pinned messages (chat-list-pinnedmessages.md, chat-post-pinnedmessages.md,
 * chat-delete-pinnedmessages.md). A pin's id is its message's id.
 * Serves: listChatPinnedMessages, pinChatMessage, unpinChatMessage.
 */
import type { components, Readable } from "../../../generated/schema.js";
import { listPins, pinMessage, unpinMessage } from "../domain/pins.js";
import type { HandlerContext } from "./context.js";
import { chatSegment } from "./present.js";
import { presentMessage } from "./present-message.js";
import type { HandlerMap } from "./types.js";

type Schemas = components["schemas"];
type PinnedCollection = Readable<Schemas["pinnedChatMessageInfoCollectionResponse"]>;
type PinnedEntity = Readable<Schemas["pinnedChatMessageInfoEntityResponse"]>;

const PINNED_TYPE = "#microsoft.graph.pinnedChatMessageInfo";

export function pinHandlers({
  domain,
}: HandlerContext): Pick<HandlerMap, "listChatPinnedMessages" | "pinChatMessage" | "unpinChatMessage"> {
  return {
    listChatPinnedMessages: async ({ caller, params, query, links }) => {
      const pins = await listPins(domain, caller, params.chatId);
      const expand = query.$expand === "message";
      // `pinnedMessages(message())` when expanded, as chats name their expanded members (Round 2).
      const set = expand ? "pinnedMessages(message())" : "pinnedMessages";
      const body: PinnedCollection = {
        "@odata.context": `${links.root}/$metadata#${chatSegment(params.chatId)}/${set}`,
        "@odata.count": pins.length,
        value: pins.map(({ pin, message }) => ({
          "@odata.type": PINNED_TYPE,
          id: pin.messageId,
          ...(expand && { message: presentMessage(domain, message, links.root) }),
        })),
      };
      return { status: 200, body };
    },
    // No Location header: the page's 201 has none.
    pinChatMessage: async ({ caller, params, body, links }) => {
      const pin = await pinMessage(domain, caller, params.chatId, body["message@odata.bind"]);
      const entity: PinnedEntity = {
        "@odata.context": `${links.root}/$metadata#${chatSegment(params.chatId)}/pinnedMessages/$entity`,
        "@odata.type": PINNED_TYPE,
        id: pin.messageId,
      };
      return { status: 201, body: entity };
    },
    unpinChatMessage: async ({ caller, params }) => {
      await unpinMessage(domain, caller, params.chatId, params.pinnedMessageId);
      return { status: 204 };
    },
  };
}
