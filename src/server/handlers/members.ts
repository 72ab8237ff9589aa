/**
 * Handlers of a chat's members.
 * Serves: listChatMembers, addChatMember, getChatMember, removeChatMember, addChatMembers,
 * removeChatMembers.
 */
import type { components, Readable } from "../../../generated/schema.js";
import {
  addMember,
  addMembers,
  listMembers,
  readMember,
  removeMember,
  removeMembers,
  type MemberDetails,
  type MemberResult,
} from "../domain/members.js";
import type { HandlerContext } from "./context.js";
import { chatSegment, presentMember } from "./present.js";
import type { HandlerMap } from "./types.js";

type Schemas = components["schemas"];
type MemberEntity = Readable<Schemas["memberEntityResponse"]>;
type ResultCollection = Readable<Schemas["actionResultPartCollectionResponse"]>;
type MemberOperation = "listChatMembers" | "addChatMember" | "getChatMember" | "removeChatMember" | "addChatMembers" | "removeChatMembers";

export function memberHandlers({ domain }: HandlerContext): Pick<HandlerMap, MemberOperation> {
  return {
    listChatMembers: async ({ caller, params, links }) => {
      const { chat, members } = await listMembers(domain, caller, params.chatId);
      const body = {
        "@odata.context": `${links.root}/$metadata#${chatSegment(chat.id)}/members`,
        "@odata.count": members.length,
        value: members.map(presentMember),
      };
      return { status: 200, body };
    },
    addChatMember: async ({ caller, params, body, links }) => {
      const added = await addMember(domain, caller, params.chatId, body);
      const location = `${links.root}/chats/${encodeURIComponent(params.chatId)}/members/${encodeURIComponent(added.member.id)}`;
      return { status: 201, body: entity(links.root, params.chatId, added), headers: { Location: location } };
    },
    getChatMember: async ({ caller, params, links }) => {
      const details = await readMember(domain, caller, params.chatId, params.membershipId);
      return { status: 200, body: entity(links.root, params.chatId, details) };
    },
    removeChatMember: async ({ caller, params }) => {
      await removeMember(domain, caller, params.chatId, params.membershipId);
      return { status: 204 };
    },
    // conversationmembers-add.md: 200 when every member was added, 207 when any failed.
    addChatMembers: async ({ caller, params, body, links }) => {
      const outcomes = await addMembers(domain, caller, params.chatId, body.values);
      return { status: outcomes.every((o) => o.error === null) ? 200 : 207, body: results(links.root, outcomes) };
    },
    // conversationmember-remove.md: 204 without a body when every user was removed, else 207.
    removeChatMembers: async ({ caller, params, body, links }) => {
      const outcomes = await removeMembers(
        domain,
        caller,
        params.chatId,
        body.values.map((v) => v["user@odata.bind"]),
      );
      return outcomes.every((o) => o.error === null) ? { status: 204 } : { status: 207, body: results(links.root, outcomes) };
    },
  };
}

function entity(root: string, chatId: string, details: MemberDetails): MemberEntity {
  return { "@odata.context": `${root}/$metadata#${chatSegment(chatId)}/members/$entity`, ...presentMember(details) };
}

function results(root: string, outcomes: readonly MemberResult[]): ResultCollection {
  return {
    "@odata.context": `${root}/$metadata#Collection(microsoft.graph.aadUserConversationMemberResult)`,
    value: outcomes.map((r) => ({ "@odata.type": "#microsoft.graph.aadUserConversationMemberResult", userId: r.userId, error: r.error })),
  };
}
