// The resource of a rich notification as a GET of it returns it to the subscriber
// (change-notifications-with-resource-data.md): a message, a chat (the subscriber's view of
// it), or a member — rendered by the same functions the handlers answer with.
import type { DomainContext } from "../domain/context.js";
import type { ResourceRenderer } from "../notifications/fan-out.js";
import { presentChat, presentMember } from "./present.js";
import { presentMessage } from "./present-message.js";

/** `root` is the service root absolute links in the resource start with (a notification has no request). */
export function resourceRenderer(domain: DomainContext, root: string): ResourceRenderer {
  return (event, viewerId) => {
    switch (event.kind) {
      case "message":
        return presentMessage(domain, event.message, root);
      case "chat":
        return presentChat(domain, event.chat, { viewerId }, root);
      case "member":
        return presentMember({ member: event.member, user: domain.directory.find(event.member.userId) });
    }
  };
}
