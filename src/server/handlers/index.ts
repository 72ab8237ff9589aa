// The one map from operationId to handler. Its type (HandlerMap) lists every canonical
// operation of the generated contract, so a missing, extra or misspelt handler fails to compile.
import { addChatsHandlers } from "./add-chats.js";
import { chatListHandlers } from "./chat-lists.js";
import { chatHandlers } from "./chats.js";
import type { HandlerContext } from "./context.js";
import { hostedContentHandlers } from "./hosted-contents.js";
import { memberHandlers } from "./members.js";
import { messageChangeHandlers } from "./message-changes.js";
import { messageHandlers } from "./messages.js";
import { pinHandlers } from "./pins.js";
import { subscriptionHandlers } from "./subscriptions.js";
import type { HandlerMap } from "./types.js";

export function createHandlers(context: HandlerContext): HandlerMap {
  return {
    ...chatHandlers(context),
    ...chatListHandlers(context),
    ...memberHandlers(context),
    ...messageHandlers(context),
    ...messageChangeHandlers(context),
    ...hostedContentHandlers(context),
    ...addChatsHandlers(context),
    ...pinHandlers(context),
    ...subscriptionHandlers(context),
  };
}
