/**
 * generated from openapi.yaml — do not edit.
 * Regenerate with `npm run generate`; `npm run check-generated` fails when this file is stale.
 */
/**
 * Operations that serve another operation under an alternative path (`x-graph-alias-of`), each
 * with the operationId it is an alias of. Handlers, permissions, throttling and faults are keyed
 * by the canonical operationId.
 */
export interface OperationAliases {
    addChatMemberForMe: "addChatMember";
    addChatMemberForUser: "addChatMember";
    addChatMembersForMe: "addChatMembers";
    addChatMembersForUser: "addChatMembers";
    getChatForMe: "getChat";
    getChatForUser: "getChat";
    getChatMemberForMe: "getChatMember";
    getChatMemberForUser: "getChatMember";
    getChatMessageForMe: "getChatMessage";
    getChatMessageForUser: "getChatMessage";
    hideChatForUserForMe: "hideChatForUser";
    hideChatForUserForUser: "hideChatForUser";
    listChatMembersForMe: "listChatMembers";
    listChatMembersForUser: "listChatMembers";
    listChatMessagesForMe: "listChatMessages";
    listChatMessagesForUser: "listChatMessages";
    markChatReadForUserForMe: "markChatReadForUser";
    markChatReadForUserForUser: "markChatReadForUser";
    markChatUnreadForUserForMe: "markChatUnreadForUser";
    markChatUnreadForUserForUser: "markChatUnreadForUser";
    removeChatMemberForMe: "removeChatMember";
    removeChatMemberForUser: "removeChatMember";
    removeChatMembersForMe: "removeChatMembers";
    removeChatMembersForUser: "removeChatMembers";
    sendChatMessageForMe: "sendChatMessage";
    sendChatMessageForUser: "sendChatMessage";
    unhideChatForUserForMe: "unhideChatForUser";
    unhideChatForUserForUser: "unhideChatForUser";
    updateChatForMe: "updateChat";
    updateChatForUser: "updateChat";
}
