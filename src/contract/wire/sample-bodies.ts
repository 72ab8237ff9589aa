// One valid body per write operation, for the fuzz to break in raw ways (bytes, content types,
// JSON tricks): when the sample is valid, a refusal can only be for the breakage. They act on the
// fuzz's own chat (`{chat-raw}` is filled in with its id) as member 0.
import type { components, Writable } from "../../../generated/schema.js";
import type { ContractUsers } from "../core/types.js";

type Schemas = components["schemas"];
type Member = Writable<Schemas["aadUserConversationMember"]>;

const member = (userId: string): Member => ({
  "@odata.type": "#microsoft.graph.aadUserConversationMember",
  roles: ["owner"],
  "user@odata.bind": `https://graph.microsoft.com/v1.0/users('${userId}')`,
});

/** A valid JSON body of the operation, or undefined when it takes none. */
export function sampleBody(operationId: string, users: ContractUsers): unknown {
  const [first, second, , , fifth, sixth] = users.members.map((m) => m.id);
  const caller = first ?? "";
  // Users 4 and 5 are not in the fuzz's chat: adding them works once, then conflicts (409).
  const outsider = fifth ?? second ?? "";
  const otherOutsider = sixth ?? outsider;
  const self: Writable<Schemas["chatUserRequest"]> = { user: { id: caller } };
  switch (operationId) {
    case "createChat":
      return { chatType: "group", members: [member(caller), member(second ?? "")] } satisfies Writable<Schemas["createChatRequest"]>;
    case "updateChat":
      return { topic: "fuzz" } satisfies Writable<Schemas["chatUpdate"]>;
    case "hideChatForUser":
    case "unhideChatForUser":
    case "markChatReadForUser":
      return self;
    case "markChatUnreadForUser":
      return { ...self, lastMessageReadDateTime: "2026-01-01T00:00:00Z" } satisfies Writable<Schemas["markChatUnreadRequest"]>;
    case "addChatMember":
      return member(outsider);
    case "addChatMembers":
      return { values: [member(otherOutsider)] } satisfies Writable<Schemas["membersAddRequest"]>;
    case "removeChatMembers":
      return {
        values: [
          { "@odata.type": "microsoft.graph.aadUserConversationMember", "user@odata.bind": member(otherOutsider)["user@odata.bind"] },
        ],
      } satisfies Writable<Schemas["membersRemoveRequest"]>;
    case "sendChatMessage":
      return { body: { content: "fuzz" } };
    case "updateChatMessage":
      return { subject: "fuzz" } satisfies Writable<Schemas["chatMessageUpdateRequest"]>;
    case "setChatMessageReaction":
    case "unsetChatMessageReaction":
      return { reactionType: "👍" } satisfies Writable<Schemas["chatMessageReactionRequest"]>;
    case "pinChatMessage":
      return { "message@odata.bind": "https://graph.microsoft.com/v1.0/chats/{chat-raw}/messages/{message}" } satisfies Writable<
        Schemas["pinChatMessageRequest"]
      >;
    case "addChatsForMe":
      return { "@odata.type": "#microsoft.graph.chat" } satisfies Writable<Schemas["addChatsRequest"]>;
    case "addChatsForUser":
      return { id: "{chat-raw}" } satisfies Writable<Schemas["addChatsRequest"]>;
    default:
      return undefined;
  }
}
