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
    getChatMessageHostedContentForMe: "getChatMessageHostedContent";
    getChatMessageHostedContentForUser: "getChatMessageHostedContent";
    getChatMessageHostedContentValueForMe: "getChatMessageHostedContentValue";
    getChatMessageHostedContentValueForUser: "getChatMessageHostedContentValue";
    hideChatForUserForMe: "hideChatForUser";
    hideChatForUserForUser: "hideChatForUser";
    listChatMembersForMe: "listChatMembers";
    listChatMembersForUser: "listChatMembers";
    listChatMessageHostedContentsForMe: "listChatMessageHostedContents";
    listChatMessageHostedContentsForUser: "listChatMessageHostedContents";
    listChatMessagesForMe: "listChatMessages";
    listChatMessagesForUser: "listChatMessages";
    listChatPinnedMessagesForMe: "listChatPinnedMessages";
    listChatPinnedMessagesForUser: "listChatPinnedMessages";
    markChatReadForUserForMe: "markChatReadForUser";
    markChatReadForUserForUser: "markChatReadForUser";
    markChatUnreadForUserForMe: "markChatUnreadForUser";
    markChatUnreadForUserForUser: "markChatUnreadForUser";
    pinChatMessageForMe: "pinChatMessage";
    pinChatMessageForUser: "pinChatMessage";
    removeChatMemberForMe: "removeChatMember";
    removeChatMemberForUser: "removeChatMember";
    removeChatMembersForMe: "removeChatMembers";
    removeChatMembersForUser: "removeChatMembers";
    sendChatMessageForMe: "sendChatMessage";
    sendChatMessageForUser: "sendChatMessage";
    setChatMessageReactionForMe: "setChatMessageReaction";
    setChatMessageReactionForUser: "setChatMessageReaction";
    softDeleteChatMessageForMe: "softDeleteChatMessage";
    softDeleteChatMessageForUser: "softDeleteChatMessage";
    undoSoftDeleteChatMessageForMe: "undoSoftDeleteChatMessage";
    undoSoftDeleteChatMessageForUser: "undoSoftDeleteChatMessage";
    unhideChatForUserForMe: "unhideChatForUser";
    unhideChatForUserForUser: "unhideChatForUser";
    unpinChatMessageForMe: "unpinChatMessage";
    unpinChatMessageForUser: "unpinChatMessage";
    unsetChatMessageReactionForMe: "unsetChatMessageReaction";
    unsetChatMessageReactionForUser: "unsetChatMessageReaction";
    updateChatForMe: "updateChat";
    updateChatForUser: "updateChat";
    updateChatMessageForMe: "updateChatMessage";
    updateChatMessageForUser: "updateChatMessage";
}
