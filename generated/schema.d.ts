/**
 * generated from openapi.yaml — do not edit.
 * Regenerate with `npm run generate`; `npm run check-generated` fails when this file is stale.
 */
export type $Read<T> = {
    readonly $read: T;
};
export type $Write<T> = {
    readonly $write: T;
};
export type Readable<T> = T extends $Write<any> ? never : T extends $Read<infer U> ? Readable<U> : T extends (infer E)[] ? Readable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]>;
} : T;
export type Writable<T> = T extends $Read<any> ? never : T extends $Write<infer U> ? Writable<U> : T extends (infer E)[] ? Writable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]>;
} & {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never;
} : T;
export interface paths {
    "/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List chats
         * @description Lists the chats the signed-in user is a member of (hidden ones too, with
         *     `viewpoint.isHidden: true`), most recently updated first. Server-driven paging: `$top`
         *     (1–50, default 20) sets the page size and `@odata.nextLink` (an absolute URL with an
         *     opaque `$skiptoken`) gives the next page until it is absent. Chats created while paging
         *     neither repeat nor shift the pages already promised. Needs a delegated token.
         *
         *     Permissions — delegated: `Chat.ReadBasic`, `Chat.Read`, `Chat.ReadWrite`; application: not supported.
         */
        get: operations["listChats"];
        put?: never;
        /**
         * Create chat
         * @description Create a new chat object.
         *
         *     Only one one-on-one chat can exist between two members. If a one-on-one chat already
         *     exists, this operation returns the existing chat (same id, `201`) and does not create a
         *     new one; group chats are never deduplicated.
         *
         *     Rules: `oneOnOne` chats have exactly two members and no topic; `group` chats have 2–250
         *     members and an optional topic of at most 250 characters (an empty or whitespace-only
         *     topic is rejected). Each member is bound with `user@odata.bind` to a user by id or user
         *     principal name and has the role `owner` or `guest`; in-tenant guest users must be
         *     `guest`, out-of-tenant (federated) users must be `owner`. A user may appear only once.
         *     With a delegated token the signed-in user must be one of the members.
         *
         *     Permissions — delegated: `Chat.Create`, `Chat.ReadWrite`; application: `Chat.Create`.
         */
        post: operations["createChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        /**
         * Get chat
         * @description Get one chat. The signed-in user must be a member of it (`403` otherwise); application
         *     tokens read any chat of the tenant. `$expand=members` includes the chat's members and
         *     `$expand=lastMessagePreview` its latest message (both: `members,lastMessagePreview`).
         *
         *     Permissions — delegated: `Chat.ReadBasic`, `Chat.Read`, `Chat.ReadWrite`; application:
         *     `Chat.ReadBasic.All`, `Chat.Read.All`, `Chat.ReadWrite.All`.
         */
        get: operations["getChat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update chat
         * @description Changes a group chat's topic (`null` removes it). A topic on a `oneOnOne` chat is a
         *     `400`, as is an empty or whitespace-only topic or one over 250 characters. Updates
         *     `lastUpdatedDateTime`. Members only (`403`). A topic containing `:` is a `400`, as
         *     chat-patch.md says for updates (create chat keeps its own rules).
         *
         *     Permissions (chat-patch.md) — delegated: `Chat.ReadWrite`; application: `Chat.ReadWrite.All`.
         */
        patch: operations["updateChat"];
        trace?: never;
    };
    "/chats/{chatId}/hideForUser": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide chat for user
         * @description Hides the chat for the user in the body, who must be the signed-in user and a member.
         *     The chat keeps working; it shows `viewpoint.isHidden: true` for that user until it is
         *     unhidden or a new message arrives.
         *
         *     Permissions — delegated: `Chat.ReadWrite`; application: not supported.
         */
        post: operations["hideChatForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/unhideForUser": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unhide chat for user
         * @description Unhides the chat for the user in the body, who must be the signed-in user and a member.
         *
         *     Permissions — delegated: `Chat.ReadWrite`; application: not supported.
         */
        post: operations["unhideChatForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/markChatReadForUser": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark chat read for user
         * @description Marks the chat read for the user in the body (the signed-in user, a member):
         *     `viewpoint.lastMessageReadDateTime` becomes the time of the request.
         *
         *     Permissions — delegated: `Chat.ReadWrite`; application: not supported.
         */
        post: operations["markChatReadForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/markChatUnreadForUser": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark chat unread for user
         * @description Marks the chat unread for the user in the body (the signed-in user, a member) from
         *     `lastMessageReadDateTime`: `viewpoint.lastMessageReadDateTime` becomes that time. Without
         *     it, only the last message becomes unread: the read mark moves to just before the last
         *     message the user can see (1 ms earlier), or to `null` when there is none.
         *
         *     Permissions — delegated: `Chat.ReadWrite`; application: not supported.
         */
        post: operations["markChatUnreadForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        /**
         * List members of a chat
         * @description All members of the chat, in the order they joined (at most 250, one page). Members only.
         *
         *     Permissions — delegated: `ChatMember.Read`, `ChatMember.ReadWrite`, `Chat.ReadBasic`, `Chat.Read`, `Chat.ReadWrite`; application: `ChatMember.Read.All`, `ChatMember.ReadWrite.All`, `Chat.ReadBasic.All`, `Chat.Read.All`, `Chat.ReadWrite.All`.
         */
        get: operations["listChatMembers"];
        put?: never;
        /**
         * Add member to a chat
         * @description Adds a user to a group chat (`oneOnOne` chats are a `400`). Roles and tenant rules as for
         *     create chat. `visibleHistoryStartDateTime` says how much history the new member sees:
         *     `0001-01-01T00:00:00Z` for all of it; absent means none before the moment of adding.
         *     A user who is already a member is a `409`; a chat of 250 members is full (`400`).
         *     `201` with the member and its URL in `Location`.
         *
         *     Permissions — delegated: `ChatMember.ReadWrite`, `Chat.ReadWrite`; application: `ChatMember.ReadWrite.All`, `Chat.ReadWrite.All`.
         */
        post: operations["addChatMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/members/{membershipId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A membership id as returned in a member's `id`. */
                membershipId: components["parameters"]["membershipId"];
            };
            cookie?: never;
        };
        /**
         * Get member of a chat
         * @description One member by its membership id. Members only.
         *
         *     Permissions — delegated: `ChatMember.Read`, `ChatMember.ReadWrite`, `Chat.ReadBasic`, `Chat.Read`, `Chat.ReadWrite`; application: `ChatMember.Read.All`, `ChatMember.ReadWrite.All`, `Chat.ReadBasic.All`, `Chat.Read.All`, `Chat.ReadWrite.All`.
         */
        get: operations["getChatMember"];
        put?: never;
        post?: never;
        /**
         * Remove member from a chat
         * @description Removes a member from a group chat (a member may remove itself). `oneOnOne` chats keep
         *     their two members (`400`), and a chat keeps at least one member (`400`).
         *
         *     Permissions (chat-delete-members.md) — delegated: `ChatMember.ReadWrite`; application:
         *     `ChatMember.ReadWrite.All`.
         */
        delete: operations["removeChatMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/members/add": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add members in bulk
         * @description Adds up to 200 users to a group chat, as conversationmembers-add.md documents the action.
         *     Each gets its own result, in request order: `error: null` when added, otherwise the
         *     reason — `NotFound` (unknown user), `Conflict` (already a member), `BadRequest` (a role
         *     rule, or the chat is full) — and the others are still added. `roles: []` adds a member
         *     with the default role (`owner`; `guest` for in-tenant guests). All added: `200`; any
         *     failed: `207` (also when all failed). A whole-request `400` only for a malformed body,
         *     more than 200 items or a `oneOnOne` chat.
         *
         *     Permissions — delegated: `ChatMember.ReadWrite`, `Chat.ReadWrite`; application: `ChatMember.ReadWrite.All`, `Chat.ReadWrite.All`.
         */
        post: operations["addChatMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/members/remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove members in bulk
         * @description Removes up to 20 users, named by `user@odata.bind` (id or user principal name), from a
         *     group chat, as conversationmember-remove.md documents the action. All removed: `204`, no
         *     body; any failed: `207` with one result per user in request order (`NotFound` for someone
         *     who is not a member; `BadRequest` for the last member, whom a chat keeps). A
         *     whole-request `400` only for a malformed body, more than 20 items or a `oneOnOne` chat.
         *
         *     Permissions (as remove member) — delegated: `ChatMember.ReadWrite`; application: `ChatMember.ReadWrite.All`.
         */
        post: operations["removeChatMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        /**
         * List messages in a chat
         * @description The chat's messages, newest first: by `lastModifiedDateTime` (the default; an edit, a
         *     reaction or a deletion moves a message up) or by `createdDateTime` (`$orderby`), ties by
         *     id. `$filter` narrows to a date range of the ordered property (see the parameter).
         *     `@odata.count` is how many match in all. Paging as for chats: `$top` 1–50 (default 20),
         *     then `@odata.nextLink`; a message whose sort key changes during a walk moves (it may be
         *     missed or seen twice), as in Graph. A member sees only messages from its
         *     `visibleHistoryStartDateTime` on.
         *
         *     Permissions — delegated: `Chat.Read`, `Chat.ReadWrite`; application: `Chat.Read.All`, `Chat.ReadWrite.All`.
         */
        get: operations["listChatMessages"];
        put?: never;
        /**
         * Send message in a chat
         * @description Sends a message as the signed-in user (a member). `body.contentType` is `text` (the
         *     default) or `html`; `body.content` must not be blank. The whole message is at most 28 KB,
         *     Graph's total message size limit (`413` above): content and `subject` (UTF-8), the
         *     attachments' `content` and the decoded bytes of the inline images together. Updates the
         *     chat's `lastUpdatedDateTime` and `lastMessagePreview`, and unhides the chat for members
         *     who had hidden it.
         *
         *     Permissions (chat-post-messages.md, chatmessage-post.md) — delegated: `ChatMessage.Send`,
         *     `Chat.ReadWrite`, `Group.ReadWrite.All`; application: not supported.
         */
        post: operations["sendChatMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        /**
         * Get message in a chat
         * @description One message. A member does not see messages from before its
         *     `visibleHistoryStartDateTime` (`404`).
         *
         *     Permissions — delegated: `Chat.Read`, `Chat.ReadWrite`; application: `Chat.Read.All`, `Chat.ReadWrite.All`.
         */
        get: operations["getChatMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a message in a chat
         * @description Changes a message (chatmessage-update.md). A signed-in user may change only their own
         *     messages: `body`, `subject`, `importance`, `mentions`, `attachments` and `hostedContents`,
         *     checked as on send; `lastEditedDateTime` and `lastModifiedDateTime` become the time of the
         *     change, which moves the message to the front of the default list order. Answer: `204`.
         *     An application may change only `policyViolation` (a data loss prevention verdict); answer:
         *     `200` without a body. Read-only properties of the message (`from`, `messageType`, `locale`, …)
         *     may be sent back as read and are ignored, as Graph's examples send them; so are `reactions`
         *     (use setReaction). A deleted message cannot be changed (`400`).
         *
         *     Permissions — delegated: `Chat.ReadWrite`; application: `Chat.UpdatePolicyViolation.All`, `Chat.ReadWrite.All`.
         */
        patch: operations["updateChatMessage"];
        trace?: never;
    };
    "/me/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List chats (signed-in user)
         * @description The same as `GET /chats`: the signed-in user's chats. `/me` needs a delegated token
         *     (an application token is a `400`).
         *
         *     Permissions — delegated: `Chat.ReadBasic`, `Chat.Read`, `Chat.ReadWrite`; application: not supported.
         */
        get: operations["listMyChats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        /**
         * List a user's chats
         * @description The chats a user is a member of, by the user's id or user principal name. A delegated
         *     caller may only list its own chats (`403` for anyone else's); an application lists any
         *     user's. `viewpoint` is that user's. Paging and query options as for `GET /chats`.
         *
         *     Permissions — delegated: `Chat.ReadBasic`, `Chat.Read`, `Chat.ReadWrite`; application: `Chat.ReadBasic.All`, `Chat.Read.All`, `Chat.ReadWrite.All`.
         */
        get: operations["listUserChats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/$ref": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add chats (signed-in user)
         * @deprecated
         * @description Deprecated beta operation, served only under `/beta`. Adds the signed-in user to an
         *     existing group chat named by `id` (the caller must already be a member, so this is a
         *     no-op that returns the chat) or, without `id`, creates a group chat with the given topic
         *     whose only member is the caller. A `oneOnOne` chat cannot be the target (`400`).
         *     `createdDateTime` and `lastUpdatedDateTime` in the body are accepted and ignored.
         *     Prefer `POST /chats` and `POST /chats/{chatId}/members`.
         *
         *     Needs a delegated token. Permissions — delegated: `Chat.Create`, `Chat.ReadWrite`.
         */
        post: operations["addChatsForMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/$ref": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add chats (a user)
         * @deprecated
         * @description Deprecated beta operation, served only under `/beta`. Adds the user to an existing group
         *     chat named by `id` or, without `id`, creates a group chat with the given topic whose
         *     members are the user and the signed-in caller (only the user for application tokens).
         *     A delegated caller can only add users to chats it is a member of (`403`). A `oneOnOne`
         *     chat cannot be the target (`400`); an unknown user or chat is `404`.
         *     Prefer `POST /chats` and `POST /chats/{chatId}/members`.
         *
         *     Permissions — delegated: `Chat.Create`, `Chat.ReadWrite`; application: `Chat.Create`.
         */
        post: operations["addChatsForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        /**
         * Get chat (/me)
         * @description `GET /chats/{chatId}` (getChat) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        get: operations["getChatForMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update chat (/me)
         * @description `PATCH /chats/{chatId}` (updateChat) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        patch: operations["updateChatForMe"];
        trace?: never;
    };
    "/me/chats/{chatId}/hideForUser": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide chat for user (/me)
         * @description `POST /chats/{chatId}/hideForUser` (hideChatForUser) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        post: operations["hideChatForUserForMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/unhideForUser": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unhide chat for user (/me)
         * @description `POST /chats/{chatId}/unhideForUser` (unhideChatForUser) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        post: operations["unhideChatForUserForMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/markChatReadForUser": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark chat read for user (/me)
         * @description `POST /chats/{chatId}/markChatReadForUser` (markChatReadForUser) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        post: operations["markChatReadForUserForMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/markChatUnreadForUser": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark chat unread for user (/me)
         * @description `POST /chats/{chatId}/markChatUnreadForUser` (markChatUnreadForUser) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        post: operations["markChatUnreadForUserForMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        /**
         * List members of a chat (/me)
         * @description `GET /chats/{chatId}/members` (listChatMembers) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        get: operations["listChatMembersForMe"];
        put?: never;
        /**
         * Add member to a chat (/me)
         * @description `POST /chats/{chatId}/members` (addChatMember) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        post: operations["addChatMemberForMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/members/{membershipId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A membership id as returned in a member's `id`. */
                membershipId: components["parameters"]["membershipId"];
            };
            cookie?: never;
        };
        /**
         * Get member of a chat (/me)
         * @description `GET /chats/{chatId}/members/{membershipId}` (getChatMember) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        get: operations["getChatMemberForMe"];
        put?: never;
        post?: never;
        /**
         * Remove member from a chat (/me)
         * @description `DELETE /chats/{chatId}/members/{membershipId}` (removeChatMember) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        delete: operations["removeChatMemberForMe"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/members/add": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add members in bulk (/me)
         * @description `POST /chats/{chatId}/members/add` (addChatMembers) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        post: operations["addChatMembersForMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/members/remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove members in bulk (/me)
         * @description `POST /chats/{chatId}/members/remove` (removeChatMembers) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        post: operations["removeChatMembersForMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        /**
         * List messages in a chat (/me)
         * @description `GET /chats/{chatId}/messages` (listChatMessages) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        get: operations["listChatMessagesForMe"];
        put?: never;
        /**
         * Send message in a chat (/me)
         * @description `POST /chats/{chatId}/messages` (sendChatMessage) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        post: operations["sendChatMessageForMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        /**
         * Get message in a chat (/me)
         * @description `GET /chats/{chatId}/messages/{messageId}` (getChatMessage) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        get: operations["getChatMessageForMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a message in a chat (/me)
         * @description `PATCH /chats/{chatId}/messages/{messageId}` (updateChatMessage) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        patch: operations["updateChatMessageForMe"];
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        /**
         * Get chat (/users/{userId})
         * @description `GET /chats/{chatId}` (getChat) addressed through a user (id or user principal name), as Graph's
         *     documentation shows it: the same rules, permissions and answers. A signed-in user may
         *     name only themself (`403` for anyone else); an application names any user of the
         *     tenant who is a member of the chat (`404` when the user is unknown or not a member).
         */
        get: operations["getChatForUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update chat (/users/{userId})
         * @description `PATCH /chats/{chatId}` (updateChat) addressed through a user (id or user principal name), as Graph's
         *     documentation shows it: the same rules, permissions and answers. A signed-in user may
         *     name only themself (`403` for anyone else); an application names any user of the
         *     tenant who is a member of the chat (`404` when the user is unknown or not a member).
         */
        patch: operations["updateChatForUser"];
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/hideForUser": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide chat for user (/users/{userId})
         * @description `POST /chats/{chatId}/hideForUser` (hideChatForUser) addressed through a user (id or user principal name), as Graph's
         *     documentation shows it: the same rules, permissions and answers. A signed-in user may
         *     name only themself (`403` for anyone else); an application names any user of the
         *     tenant who is a member of the chat (`404` when the user is unknown or not a member).
         */
        post: operations["hideChatForUserForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/unhideForUser": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unhide chat for user (/users/{userId})
         * @description `POST /chats/{chatId}/unhideForUser` (unhideChatForUser) addressed through a user (id or user principal name), as Graph's
         *     documentation shows it: the same rules, permissions and answers. A signed-in user may
         *     name only themself (`403` for anyone else); an application names any user of the
         *     tenant who is a member of the chat (`404` when the user is unknown or not a member).
         */
        post: operations["unhideChatForUserForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/markChatReadForUser": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark chat read for user (/users/{userId})
         * @description `POST /chats/{chatId}/markChatReadForUser` (markChatReadForUser) addressed through a user (id or user principal name), as Graph's
         *     documentation shows it: the same rules, permissions and answers. A signed-in user may
         *     name only themself (`403` for anyone else); an application names any user of the
         *     tenant who is a member of the chat (`404` when the user is unknown or not a member).
         */
        post: operations["markChatReadForUserForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/markChatUnreadForUser": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark chat unread for user (/users/{userId})
         * @description `POST /chats/{chatId}/markChatUnreadForUser` (markChatUnreadForUser) addressed through a user (id or user principal name), as Graph's
         *     documentation shows it: the same rules, permissions and answers. A signed-in user may
         *     name only themself (`403` for anyone else); an application names any user of the
         *     tenant who is a member of the chat (`404` when the user is unknown or not a member).
         */
        post: operations["markChatUnreadForUserForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        /**
         * List members of a chat (/users/{userId})
         * @description `GET /chats/{chatId}/members` (listChatMembers) addressed through a user (id or user principal name), as Graph's
         *     documentation shows it: the same rules, permissions and answers. A signed-in user may
         *     name only themself (`403` for anyone else); an application names any user of the
         *     tenant who is a member of the chat (`404` when the user is unknown or not a member).
         */
        get: operations["listChatMembersForUser"];
        put?: never;
        /**
         * Add member to a chat (/users/{userId})
         * @description `POST /chats/{chatId}/members` (addChatMember) addressed through a user (id or user principal name), as Graph's
         *     documentation shows it: the same rules, permissions and answers. A signed-in user may
         *     name only themself (`403` for anyone else); an application names any user of the
         *     tenant who is a member of the chat (`404` when the user is unknown or not a member).
         */
        post: operations["addChatMemberForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/members/{membershipId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A membership id as returned in a member's `id`. */
                membershipId: components["parameters"]["membershipId"];
            };
            cookie?: never;
        };
        /**
         * Get member of a chat (/users/{userId})
         * @description `GET /chats/{chatId}/members/{membershipId}` (getChatMember) addressed through a user (id or user principal name), as Graph's
         *     documentation shows it: the same rules, permissions and answers. A signed-in user may
         *     name only themself (`403` for anyone else); an application names any user of the
         *     tenant who is a member of the chat (`404` when the user is unknown or not a member).
         */
        get: operations["getChatMemberForUser"];
        put?: never;
        post?: never;
        /**
         * Remove member from a chat (/users/{userId})
         * @description `DELETE /chats/{chatId}/members/{membershipId}` (removeChatMember) addressed through a user (id or user principal name), as Graph's
         *     documentation shows it: the same rules, permissions and answers. A signed-in user may
         *     name only themself (`403` for anyone else); an application names any user of the
         *     tenant who is a member of the chat (`404` when the user is unknown or not a member).
         */
        delete: operations["removeChatMemberForUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/members/add": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add members in bulk (/users/{userId})
         * @description `POST /chats/{chatId}/members/add` (addChatMembers) addressed through a user (id or user principal name), as Graph's
         *     documentation shows it: the same rules, permissions and answers. A signed-in user may
         *     name only themself (`403` for anyone else); an application names any user of the
         *     tenant who is a member of the chat (`404` when the user is unknown or not a member).
         */
        post: operations["addChatMembersForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/members/remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove members in bulk (/users/{userId})
         * @description `POST /chats/{chatId}/members/remove` (removeChatMembers) addressed through a user (id or user principal name), as Graph's
         *     documentation shows it: the same rules, permissions and answers. A signed-in user may
         *     name only themself (`403` for anyone else); an application names any user of the
         *     tenant who is a member of the chat (`404` when the user is unknown or not a member).
         */
        post: operations["removeChatMembersForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        /**
         * List messages in a chat (/users/{userId})
         * @description `GET /chats/{chatId}/messages` (listChatMessages) addressed through a user (id or user principal name), as Graph's
         *     documentation shows it: the same rules, permissions and answers. A signed-in user may
         *     name only themself (`403` for anyone else); an application names any user of the
         *     tenant who is a member of the chat (`404` when the user is unknown or not a member).
         */
        get: operations["listChatMessagesForUser"];
        put?: never;
        /**
         * Send message in a chat (/users/{userId})
         * @description `POST /chats/{chatId}/messages` (sendChatMessage) addressed through a user (id or user principal name), as Graph's
         *     documentation shows it: the same rules, permissions and answers. A signed-in user may
         *     name only themself (`403` for anyone else); an application names any user of the
         *     tenant who is a member of the chat (`404` when the user is unknown or not a member).
         */
        post: operations["sendChatMessageForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        /**
         * Get message in a chat (/users/{userId})
         * @description `GET /chats/{chatId}/messages/{messageId}` (getChatMessage) addressed through a user (id or user principal name), as Graph's
         *     documentation shows it: the same rules, permissions and answers. A signed-in user may
         *     name only themself (`403` for anyone else); an application names any user of the
         *     tenant who is a member of the chat (`404` when the user is unknown or not a member).
         */
        get: operations["getChatMessageForUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a message in a chat (/users)
         * @description `PATCH /chats/{chatId}/messages/{messageId}` (updateChatMessage) addressed through a user, as Graph's documentation shows it: the
         *     same rules, permissions and answers. A signed-in user may address only themself (`403`
         *     otherwise); an application addresses a member of the chat.
         */
        patch: operations["updateChatMessageForUser"];
        trace?: never;
    };
    "/chats/{chatId}/messages/{messageId}/softDelete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Soft-delete a message
         * @description Deletes a message the signed-in user sent, keeping its place (chatmessage-softdelete.md):
         *     it keeps its id, gets `deletedDateTime` and shows an empty body, no mentions and no attachments
         *     to everyone until undone; the chat's `lastMessagePreview` shows `isDeleted: true`. Deleting a
         *     deleted message again changes nothing. Answer: `204`.
         *
         *     The documentation page shows this action under `/users/{userId}/chats/{chatId}/…`
         *     (softDelete…ForUser here) and `/me/chats/…`; Graph's metadata, and the SDKs generated from
         *     it, also bind it to the chat's message directly, as here.
         *
         *     Permissions — delegated: `Chat.ReadWrite`; application: not supported.
         */
        post: operations["softDeleteChatMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/messages/{messageId}/softDelete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Soft-delete a message (/users)
         * @description `POST /chats/{chatId}/messages/{messageId}/softDelete` (softDeleteChatMessage) addressed through a user, as Graph's documentation shows it (the page's own path): the same
         *     rules, permissions and answers. A signed-in user may address only themself (`403` otherwise).
         */
        post: operations["softDeleteChatMessageForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/messages/{messageId}/softDelete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Soft-delete a message (/me)
         * @description `POST /chats/{chatId}/messages/{messageId}/softDelete` (softDeleteChatMessage) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        post: operations["softDeleteChatMessageForMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/messages/{messageId}/undoSoftDelete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo soft-deleting a message
         * @description Brings back a message the signed-in user deleted, whole (chatmessage-undosoftdelete.md).
         *     Undoing for a message that is not deleted changes nothing. Answer: `204`.
         *
         *     The documentation page shows this action under `/users/{userId}/chats/{chatId}/…`
         *     (softDelete…ForUser here) and `/me/chats/…`; Graph's metadata, and the SDKs generated from
         *     it, also bind it to the chat's message directly, as here.
         *
         *     Permissions — delegated: `Chat.ReadWrite`; application: not supported.
         */
        post: operations["undoSoftDeleteChatMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/messages/{messageId}/undoSoftDelete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo soft-deleting a message (/users)
         * @description `POST /chats/{chatId}/messages/{messageId}/undoSoftDelete` (undoSoftDeleteChatMessage) addressed through a user, as Graph's documentation shows it (the page's own path): the same
         *     rules, permissions and answers. A signed-in user may address only themself (`403` otherwise).
         */
        post: operations["undoSoftDeleteChatMessageForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/messages/{messageId}/undoSoftDelete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo soft-deleting a message (/me)
         * @description `POST /chats/{chatId}/messages/{messageId}/undoSoftDelete` (undoSoftDeleteChatMessage) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        post: operations["undoSoftDeleteChatMessageForMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/messages/{messageId}/setReaction": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * React to a message
         * @description Adds the signed-in user's reaction to a message (chatmessage-setreaction.md): any member,
         *     one reaction per user and type (setting it again changes nothing), `reactionType` one emoji
         *     or a legacy name (`like`, `angry`, `sad`, `laugh`, `heart`, `surprised`). The message's
         *     `lastModifiedDateTime` moves on. Answer: `204`.
         *
         *     Permissions — delegated: `ChatMessage.Send`, `Chat.ReadWrite`; application: not supported.
         */
        post: operations["setChatMessageReaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/messages/{messageId}/setReaction": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * React to a message (/me)
         * @description `POST /chats/{chatId}/messages/{messageId}/setReaction` (setChatMessageReaction) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        post: operations["setChatMessageReactionForMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/messages/{messageId}/setReaction": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * React to a message (/users)
         * @description `POST /chats/{chatId}/messages/{messageId}/setReaction` (setChatMessageReaction) addressed through a user, as Graph's documentation shows it: the
         *     same rules, permissions and answers. A signed-in user may address only themself (`403`
         *     otherwise); an application addresses a member of the chat.
         */
        post: operations["setChatMessageReactionForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/messages/{messageId}/unsetReaction": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a reaction from a message
         * @description Removes the signed-in user's reaction of that type (chatmessage-unsetreaction.md); removing
         *     one that is not there changes nothing. Answer: `204`.
         *
         *     Permissions — delegated: `ChatMessage.Send`, `Chat.ReadWrite`; application: not supported.
         */
        post: operations["unsetChatMessageReaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/messages/{messageId}/unsetReaction": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a reaction from a message (/me)
         * @description `POST /chats/{chatId}/messages/{messageId}/unsetReaction` (unsetChatMessageReaction) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        post: operations["unsetChatMessageReactionForMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/messages/{messageId}/unsetReaction": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a reaction from a message (/users)
         * @description `POST /chats/{chatId}/messages/{messageId}/unsetReaction` (unsetChatMessageReaction) addressed through a user, as Graph's documentation shows it: the
         *     same rules, permissions and answers. A signed-in user may address only themself (`403`
         *     otherwise); an application addresses a member of the chat.
         */
        post: operations["unsetChatMessageReactionForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/pinnedMessages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        /**
         * List pinned messages in a chat
         * @description The chat's pinned messages, most recently pinned first (chat-list-pinnedmessages.md); each
         *     item's `id` is the pinned message's id. `$expand=message` includes each message as the caller
         *     may see it.
         *
         *     Permissions — delegated: `Chat.Read`, `Chat.ReadWrite`; application: `ChatMessage.Read.All`, `Chat.Read.All`, `Chat.ReadWrite.All`.
         */
        get: operations["listChatPinnedMessages"];
        put?: never;
        /**
         * Pin a message in a chat
         * @description Pins a message of this chat, named by `message@odata.bind` (chat-post-pinnedmessages.md).
         *     A message of another chat, or one that is not there, is a `400`; pinning a pinned message
         *     again is a `409`. Answer: `201` with the pinned message's info.
         *
         *     Permissions — delegated: `ChatMessage.Send`, `Chat.ReadWrite`; application: `Chat.ReadWrite.All`.
         */
        post: operations["pinChatMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/pinnedMessages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        /**
         * List pinned messages in a chat (/me)
         * @description `GET /chats/{chatId}/pinnedMessages` (listChatPinnedMessages) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        get: operations["listChatPinnedMessagesForMe"];
        put?: never;
        /**
         * Pin a message in a chat (/me)
         * @description `POST /chats/{chatId}/pinnedMessages` (pinChatMessage) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        post: operations["pinChatMessageForMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/pinnedMessages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        /**
         * List pinned messages in a chat (/users)
         * @description `GET /chats/{chatId}/pinnedMessages` (listChatPinnedMessages) addressed through a user, as Graph's documentation shows it: the
         *     same rules, permissions and answers. A signed-in user may address only themself (`403`
         *     otherwise); an application addresses a member of the chat.
         */
        get: operations["listChatPinnedMessagesForUser"];
        put?: never;
        /**
         * Pin a message in a chat (/users)
         * @description `POST /chats/{chatId}/pinnedMessages` (pinChatMessage) addressed through a user, as Graph's documentation shows it: the
         *     same rules, permissions and answers. A signed-in user may address only themself (`403`
         *     otherwise); an application addresses a member of the chat.
         */
        post: operations["pinChatMessageForUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/pinnedMessages/{pinnedMessageId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A pinned message's id (the message's own id). */
                pinnedMessageId: components["parameters"]["pinnedMessageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unpin a message in a chat
         * @description Unpins a message (chat-delete-pinnedmessages.md); an id that is not pinned is a `404`.
         *     Answer: `204`.
         *
         *     Permissions — delegated: `Chat.ReadWrite`; application: `Chat.ReadWrite.All`.
         */
        delete: operations["unpinChatMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/pinnedMessages/{pinnedMessageId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A pinned message's id (the message's own id). */
                pinnedMessageId: components["parameters"]["pinnedMessageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unpin a message in a chat (/me)
         * @description `DELETE /chats/{chatId}/pinnedMessages/{pinnedMessageId}` (unpinChatMessage) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        delete: operations["unpinChatMessageForMe"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/pinnedMessages/{pinnedMessageId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A pinned message's id (the message's own id). */
                pinnedMessageId: components["parameters"]["pinnedMessageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unpin a message in a chat (/users)
         * @description `DELETE /chats/{chatId}/pinnedMessages/{pinnedMessageId}` (unpinChatMessage) addressed through a user, as Graph's documentation shows it: the
         *     same rules, permissions and answers. A signed-in user may address only themself (`403`
         *     otherwise); an application addresses a member of the chat.
         */
        delete: operations["unpinChatMessageForUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/messages/{messageId}/hostedContents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        /**
         * List the inline images of a message
         * @description The inline images sent with a message (chatmessage-list-hostedcontents.md), their bytes
         *     left out as Graph leaves them out; fetch one's bytes from
         *     `…/hostedContents/{hostedContentId}/$value`.
         *
         *     Permissions — delegated: `Chat.Read`, `Chat.ReadWrite`; application: `Chat.Read.All`, `Chat.ReadWrite.All`.
         */
        get: operations["listChatMessageHostedContents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/messages/{messageId}/hostedContents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        /**
         * List the inline images of a message (/me)
         * @description `GET /chats/{chatId}/messages/{messageId}/hostedContents` (listChatMessageHostedContents) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        get: operations["listChatMessageHostedContentsForMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/messages/{messageId}/hostedContents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        /**
         * List the inline images of a message (/users)
         * @description `GET /chats/{chatId}/messages/{messageId}/hostedContents` (listChatMessageHostedContents) addressed through a user, as Graph's documentation shows it: the
         *     same rules, permissions and answers. A signed-in user may address only themself (`403`
         *     otherwise); an application addresses a member of the chat.
         */
        get: operations["listChatMessageHostedContentsForUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/messages/{messageId}/hostedContents/{hostedContentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
                /** @description An inline image's id, as the message's body and hostedContents list name it. */
                hostedContentId: components["parameters"]["hostedContentId"];
            };
            cookie?: never;
        };
        /**
         * Get an inline image of a message
         * @description One inline image's entry (chatmessagehostedcontent-get.md), without its bytes.
         *
         *     Permissions — delegated: `Chat.Read`, `Chat.ReadWrite`; application: `Chat.Read.All`, `Chat.ReadWrite.All`.
         */
        get: operations["getChatMessageHostedContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/messages/{messageId}/hostedContents/{hostedContentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
                /** @description An inline image's id, as the message's body and hostedContents list name it. */
                hostedContentId: components["parameters"]["hostedContentId"];
            };
            cookie?: never;
        };
        /**
         * Get an inline image of a message (/me)
         * @description `GET /chats/{chatId}/messages/{messageId}/hostedContents/{hostedContentId}` (getChatMessageHostedContent) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        get: operations["getChatMessageHostedContentForMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/messages/{messageId}/hostedContents/{hostedContentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
                /** @description An inline image's id, as the message's body and hostedContents list name it. */
                hostedContentId: components["parameters"]["hostedContentId"];
            };
            cookie?: never;
        };
        /**
         * Get an inline image of a message (/users)
         * @description `GET /chats/{chatId}/messages/{messageId}/hostedContents/{hostedContentId}` (getChatMessageHostedContent) addressed through a user, as Graph's documentation shows it: the
         *     same rules, permissions and answers. A signed-in user may address only themself (`403`
         *     otherwise); an application addresses a member of the chat.
         */
        get: operations["getChatMessageHostedContentForUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/messages/{messageId}/hostedContents/{hostedContentId}/$value": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
                /** @description An inline image's id, as the message's body and hostedContents list name it. */
                hostedContentId: components["parameters"]["hostedContentId"];
            };
            cookie?: never;
        };
        /**
         * Get the bytes of an inline image
         * @description The image's bytes, with its content type (chatmessagehostedcontent-get.md, example 2).
         *
         *     Permissions — delegated: `Chat.Read`, `Chat.ReadWrite`; application: `Chat.Read.All`, `Chat.ReadWrite.All`.
         */
        get: operations["getChatMessageHostedContentValue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/chats/{chatId}/messages/{messageId}/hostedContents/{hostedContentId}/$value": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
                /** @description An inline image's id, as the message's body and hostedContents list name it. */
                hostedContentId: components["parameters"]["hostedContentId"];
            };
            cookie?: never;
        };
        /**
         * Get the bytes of an inline image (/me)
         * @description `GET /chats/{chatId}/messages/{messageId}/hostedContents/{hostedContentId}/$value` (getChatMessageHostedContentValue) addressed through the signed-in user, as Graph's documentation shows it:
         *     the same rules, permissions and answers. Delegated tokens only: an application token
         *     gets `400` (there is no signed-in user).
         */
        get: operations["getChatMessageHostedContentValueForMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/chats/{chatId}/messages/{messageId}/hostedContents/{hostedContentId}/$value": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
                /** @description An inline image's id, as the message's body and hostedContents list name it. */
                hostedContentId: components["parameters"]["hostedContentId"];
            };
            cookie?: never;
        };
        /**
         * Get the bytes of an inline image (/users)
         * @description `GET /chats/{chatId}/messages/{messageId}/hostedContents/{hostedContentId}/$value` (getChatMessageHostedContentValue) addressed through a user, as Graph's documentation shows it: the
         *     same rules, permissions and answers. A signed-in user may address only themself (`403`
         *     otherwise); an application addresses a member of the chat.
         */
        get: operations["getChatMessageHostedContentValueForUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subscriptions
         * @description The calling application's subscriptions (subscription-list.md): with a delegated token, those
         *     this app made for the signed-in user; with an application token, every one this app made.
         *     `clientState` is `null` here, "for security purposes". Server-driven paging: 100 per page,
         *     then `@odata.nextLink`.
         *
         *     Permissions — the permission the subscription's resource needs (see createSubscription).
         */
        get: operations["listSubscriptions"];
        put?: never;
        /**
         * Create subscription
         * @description Subscribes the calling application to changes of a chat resource (subscription-post-subscriptions.md,
         *     teams-changenotifications-chat*.md). Before answering, the server validates `notificationUrl`
         *     — and `lifecycleNotificationUrl` — by POSTing `?validationToken=…` to it: the endpoint must
         *     answer 200 with the decoded token as `text/plain` within 10 seconds, or the create fails with
         *     `400` and nothing is stored.
         *
         *     | resource | changeType | delegated (the caller must be a member / the user) | application |
         *     |---|---|---|---|
         *     | `/chats/{id}/messages` | created, updated, deleted | `Chat.Read`, `Chat.ReadWrite` | `Chat.Read.All`, `Chat.ReadWrite.All` |
         *     | `/chats/getAllMessages` | created, updated, deleted | — | `Chat.Read.All`, `Chat.ReadWrite.All` |
         *     | `/users/{id}/chats/getAllMessages`, `/me/chats/getAllMessages` | created, updated, deleted | `Chat.Read`, `Chat.ReadWrite` | `Chat.Read.All`, `Chat.ReadWrite.All` |
         *     | `/chats` | created, updated | — | `Chat.ReadBasic.All`, `Chat.Read.All`, `Chat.ReadWrite.All` |
         *     | `/chats/{id}` | updated, deleted | `Chat.ReadBasic`, `Chat.Read`, `Chat.ReadWrite` | `Chat.ReadBasic.All`, `Chat.Read.All`, `Chat.ReadWrite.All` |
         *     | `/chats/{id}/members`, `/chats/getAllMembers` | created, updated, deleted | `ChatMember.Read`, `ChatMember.ReadWrite` (`/chats/{id}/members` only) | `ChatMember.Read.All`, `ChatMember.ReadWrite.All` |
         *
         *     Message resources may carry `?$filter=mentions/any(u: u/mentioned/user/id eq '{userId}')`.
         *     Rules: `expirationDateTime` in the future and at most 4,320 minutes ahead; more than one hour
         *     ahead needs `lifecycleNotificationUrl`; `includeResourceData: true` needs
         *     `encryptionCertificate` (base64 DER X.509, RSA 2048–4096 bits) and `encryptionCertificateId`;
         *     notification URLs must be on a host the server may deliver to (loopback, or one listed in
         *     `NOTIFICATION_ALLOWED_HOSTS` over https). Quotas (`403`): one subscription per app per chat
         *     resource, 10 per user for a user's getAllMessages, 10,000 per tenant.
         */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A subscription's id (a GUID). */
                subscriptionId: components["parameters"]["subscriptionId"];
            };
            cookie?: never;
        };
        /**
         * Get subscription
         * @description One of the calling application's subscriptions (subscription-get.md); another app's, or an
         *     expired or deleted one, is a `404`. `clientState` is `null` (see listSubscriptions).
         *
         *     Permissions — the permission the subscription's resource needs (see createSubscription).
         */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        /**
         * Delete subscription
         * @description Deletes one of the calling application's subscriptions (subscription-delete.md); deliveries
         *     still pending for it are cancelled. Answer: `204`.
         *
         *     Permissions — the permission the subscription's resource needs (see createSubscription).
         */
        delete: operations["deleteSubscription"];
        options?: never;
        head?: never;
        /**
         * Update subscription
         * @description Renews a subscription (subscription-update.md): a new `expirationDateTime` (same rules as on
         *     create), a new `notificationUrl` (validated again before the change is kept), or new
         *     certificate fields. `lifecycleNotificationUrl` cannot be changed: delete and re-create.
         *     A renewal also reauthorizes the subscription with the caller's token.
         *
         *     Permissions — the permission the subscription's resource needs (see createSubscription).
         */
        patch: operations["updateSubscription"];
        trace?: never;
    };
    "/subscriptions/{subscriptionId}/reauthorize": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A subscription's id (a GUID). */
                subscriptionId: components["parameters"]["subscriptionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reauthorize subscription
         * @description Answers a `reauthorizationRequired` lifecycle notification (subscription-reauthorize.md):
         *     the subscription goes on under the caller's current token, without a new expiry. No body.
         *     Answer: `204`.
         *
         *     Permissions — the permission the subscription's resource needs (see createSubscription).
         */
        post: operations["reauthorizeSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    changeNotification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a subscription's notificationUrl receives
         * @description Change notifications (change-notifications-delivery-webhooks.md). Answer `2xx` (Graph
         *     suggests `202`) within 3 seconds, then process; otherwise the delivery is retried with
         *     back-off for up to 4 hours. Before a subscription is kept, the same URL first receives
         *     `POST {notificationUrl}?validationToken={token}` (text/plain, empty body), to be answered
         *     `200` with the decoded token as `text/plain` within 10 seconds.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["changeNotificationCollection"];
                };
            };
            responses: {
                /** @description Received. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    lifecycleNotification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a subscription's lifecycleNotificationUrl receives
         * @description Lifecycle notifications (change-notifications-lifecycle-events.md): `reauthorizationRequired`
         *     (reauthorize or renew the subscription) and `subscriptionRemoved` (create it again).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["lifecycleNotificationCollection"];
                };
            };
            responses: {
                /** @description Received. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description The kind of chat. Only `oneOnOne` and `group` can be created.
         * @enum {string}
         */
        chatType: "oneOnOne" | "group" | "meeting" | "unknownFutureValue";
        /**
         * @description A member's role. `owner` for ordinary members and federated users; `guest` for in-tenant guest users.
         * @enum {string}
         */
        conversationMemberRole: "owner" | "guest";
        /** @description The chat as the signed-in user sees it. */
        chatViewpoint: {
            /** @description Whether the signed-in user has hidden the chat. */
            isHidden: boolean;
            /**
             * Format: date-time
             * @description When the signed-in user last read the chat.
             */
            lastMessageReadDateTime: string | null;
        };
        /** @description A member of a conversation (base type). */
        conversationMember: {
            /** @description The member's OData type. Required on input. */
            "@odata.type": string;
            /** @description Opaque, stable id of the membership (one per chat and user). */
            id: $Read<string>;
            /** @description The user's display name, from the directory. */
            displayName: $Read<string | null>;
            /** @description The member's role; exactly one of `owner` or `guest`. */
            roles: components["schemas"]["conversationMemberRole"][];
            /**
             * Format: date-time
             * @description From when the member sees the chat's history; `0001-01-01T00:00:00Z` means all of it.
             */
            visibleHistoryStartDateTime?: string | null;
        };
        /** @description A Microsoft Entra user in a chat. */
        aadUserConversationMember: components["schemas"]["conversationMember"] & {
            /** @enum {string} */
            "@odata.type": "#microsoft.graph.aadUserConversationMember";
            /** @description The user's id. */
            userId: $Read<string | null>;
            /** @description The user's email address. */
            email: $Read<string | null>;
            /** @description The user's home tenant. On input, optional; names the tenant of an out-of-tenant (federated) user. */
            tenantId?: string | null;
            /**
             * @description The user to add: `https://graph.microsoft.com/v1.0/users('{id-or-upn}')`,
             *     `https://graph.microsoft.com/beta/users('{id-or-upn}')` or
             *     `https://graph.microsoft.com/v1.0/users/{id-or-upn}`. Input only.
             */
            "user@odata.bind": $Write<string>;
        };
        /** @description A chat between two or more users. */
        chat: {
            /**
             * @description `19:{userIdA}_{userIdB}@unq.gbl.spaces` for one-on-one chats (the two user ids in
             *     ascending order), `19:{32 hex digits}@thread.v2` for group chats.
             */
            id: $Read<string>;
            /** @description The chat's title; group chats only. `null` when there is none. */
            topic: string | null;
            /** Format: date-time */
            createdDateTime: $Read<string>;
            /**
             * Format: date-time
             * @description When the chat was last changed (topic, members or messages).
             */
            lastUpdatedDateTime: $Read<string>;
            chatType: components["schemas"]["chatType"];
            /** @description The tenant the chat was created in. */
            tenantId: $Read<string | null>;
            /** @description A link to the chat in Microsoft Teams. */
            webUrl: $Read<string | null>;
            isHiddenForAllMembers: $Read<boolean | null>;
            /** @description Meeting details; always `null` for chats created through this API. */
            onlineMeetingInfo: $Read<null>;
            /** @description The chat as the signed-in user sees it; `null` for application tokens. */
            viewpoint: $Read<components["schemas"]["chatViewpoint"] | null>;
            /** @description The latest message; only with `$expand=lastMessagePreview` (`null` when there is none). */
            lastMessagePreview?: $Read<components["schemas"]["chatMessageInfo"] | null>;
            /** @description The chat's members; only with `$expand=members`. */
            members?: $Read<components["schemas"]["aadUserConversationMember"][]>;
            /** @description With `$expand=members`: `{base}/$metadata#chats('{chatId}')/members`. */
            "members@odata.context"?: $Read<string>;
            /** @description With `$expand=lastMessagePreview`: `{base}/$metadata#chats('{chatId}')/lastMessagePreview/$entity`. */
            "lastMessagePreview@odata.context"?: $Read<string>;
        };
        /** @description One chat, with its OData annotations. */
        chatEntityResponse: components["schemas"]["chat"] & {
            /** @description `{base}/$metadata#chats/$entity`; with `$expand=members`: `…#chats(members())/$entity`. */
            "@odata.context": string;
        };
        /** @description The body of `POST /chats`. */
        createChatRequest: {
            /** @enum {string} */
            "@odata.type"?: "#microsoft.graph.chat";
            /**
             * @description Only `oneOnOne` and `group` can be created.
             * @enum {string}
             */
            chatType: "oneOnOne" | "group";
            /** @description The chat's title; only for group chats. Absent or `null` means none. */
            topic?: string | null;
            /** @description Every participant, including the signed-in user. 2 for `oneOnOne`, 2–250 for `group`. */
            members: components["schemas"]["aadUserConversationMember"][];
        };
        /**
         * @description The body of the deprecated beta `POST /me/chats/$ref` and `POST /users/{userId}/chats/$ref`.
         *     A chat object: `id` names an existing group chat; without it a new group chat is made.
         *     `createdDateTime` and `lastUpdatedDateTime` are accepted and ignored.
         */
        addChatsRequest: {
            /** @enum {string} */
            "@odata.type"?: "#microsoft.graph.chat";
            /** @description An existing group chat to add the user to. */
            id?: string;
            /** @description The topic of the new group chat (ignored when `id` is given). */
            topic?: string | null;
            /**
             * Format: date-time
             * @description Accepted and ignored.
             */
            createdDateTime?: string;
            /**
             * Format: date-time
             * @description Accepted and ignored.
             */
            lastUpdatedDateTime?: string;
        };
        /** @description The chat the user was added to, with the beta response's `@odata.type`. */
        addChatsResponse: components["schemas"]["chatEntityResponse"] & {
            /** @enum {string} */
            "@odata.type": "#microsoft.graph.chat";
        };
        /** @description A user, as chat operations name one. */
        teamworkUserIdentity: {
            /** @enum {string} */
            "@odata.type"?: "#microsoft.graph.teamworkUserIdentity";
            id: string;
            displayName?: $Read<string | null>;
            /** @enum {string|null} */
            userIdentityType?: "aadUser" | "onPremiseAadUser" | "anonymousGuest" | "federatedUser" | "personalMicrosoftAccountUser" | "skypeUser" | "phoneUser" | "unknownFutureValue" | null;
            tenantId?: string | null;
        };
        /** @description The body of hideForUser, unhideForUser and markChatReadForUser. */
        chatUserRequest: {
            user: components["schemas"]["teamworkUserIdentity"];
        };
        /** @description The body of markChatUnreadForUser. */
        markChatUnreadRequest: {
            user: components["schemas"]["teamworkUserIdentity"];
            /**
             * Format: date-time
             * @description The chat counts as read up to this time; default just before the last message (only it becomes unread).
             */
            lastMessageReadDateTime?: string;
        };
        /** @description The body of `PATCH /chats/{chatId}`; only the topic can change. */
        chatUpdate: {
            /** @enum {string} */
            "@odata.type"?: "#microsoft.graph.chat";
            topic: string | null;
        };
        itemBody: {
            /**
             * @default text
             * @enum {string}
             */
            contentType: "text" | "html";
            /** @description The message text or HTML; not blank; counts toward the message's 28 KB total (with the subject, attachments and inline images). */
            content: string;
        };
        /** @description An application or device. */
        identity: {
            id: string;
            displayName?: string | null;
        };
        chatMessageFromIdentitySet: {
            /** @description Set for messages sent by an application; always `null` here. */
            application: components["schemas"]["identity"] | null;
            /** @description Set for messages sent from a device; always `null` here. */
            device: components["schemas"]["identity"] | null;
            user: components["schemas"]["teamworkUserIdentity"] | null;
        };
        /** @description A message in a chat, as every read shows it. */
        chatMessage: {
            /** @description Digits, increasing in the chat (milliseconds since the epoch). */
            id: $Read<string>;
            replyToId: $Read<null>;
            etag: $Read<string>;
            /** @enum {string} */
            messageType: $Read<"message" | "chatEvent" | "typing" | "unknownFutureValue" | "systemEventMessage">;
            /** Format: date-time */
            createdDateTime: $Read<string>;
            /**
             * Format: date-time
             * @description The last change of any kind (an edit, a reaction, a deletion); lists order by it by default.
             */
            lastModifiedDateTime: $Read<string>;
            /** Format: date-time */
            lastEditedDateTime: $Read<string | null>;
            /** Format: date-time */
            deletedDateTime: $Read<string | null>;
            subject: string | null;
            summary: $Read<null>;
            chatId: $Read<string>;
            /**
             * @default normal
             * @enum {string}
             */
            importance: "normal" | "high" | "urgent";
            locale: $Read<string>;
            webUrl: $Read<null>;
            /** @description Set for channel messages only; always `null` in a chat. */
            channelIdentity: $Read<null>;
            /** @description A data loss prevention verdict set by an application; `null` when there is none. */
            policyViolation: components["schemas"]["chatMessagePolicyViolation"] | null;
            eventDetail: $Read<null>;
            from: $Read<components["schemas"]["chatMessageFromIdentitySet"]>;
            body: components["schemas"]["itemBody"];
            attachments: $Read<components["schemas"]["chatMessageAttachment"][]>;
            mentions: $Read<components["schemas"]["chatMessageMention"][]>;
            reactions: $Read<components["schemas"]["chatMessageReaction"][]>;
        };
        /**
         * @description The body of send message (chat-post-messages.md, chatmessage-post.md). Only `body` is
         *     required. Each `<at id="n">` in the body needs the mention with `id` n and each mention
         *     its tag; each `<attachment id="x">` needs the attachment with `id` x and each attachment
         *     its tag; each hosted content is referenced in the body as
         *     `../hostedContents/{temporaryId}/$value` and each reference has its hosted content.
         */
        chatMessageSendRequest: {
            /** @enum {string} */
            "@odata.type"?: "#microsoft.graph.chatMessage" | "microsoft.graph.chatMessage";
            body: components["schemas"]["itemBody"];
            subject?: string | null;
            /** @enum {string} */
            importance?: "normal" | "high" | "urgent";
            mentions?: components["schemas"]["chatMessageMentionInput"][];
            attachments?: components["schemas"]["chatMessageAttachmentInput"][];
            hostedContents?: components["schemas"]["chatMessageHostedContentInput"][];
            /** @description Accepted empty and ignored, as the documentation's examples send it. */
            reactions?: unknown[];
        };
        /** @description A card or a file reference in a message. */
        chatMessageAttachment: {
            id: string | null;
            /** @description `reference` for a file, `application/vnd.microsoft.card.{adaptive|thumbnail|hero|…}` for a card. */
            contentType: string | null;
            contentUrl: string | null;
            /** @description A card's JSON, as a string. */
            content: string | null;
            name: string | null;
            thumbnailUrl: string | null;
            teamsAppId: string | null;
        };
        chatMessageAttachmentInput: {
            id: string;
            contentType: string;
            contentUrl?: string | null;
            content?: string | null;
            name?: string | null;
            thumbnailUrl?: string | null;
            teamsAppId?: string | null;
        };
        chatMessageMention: {
            /** @description Matches `<at id="…">` in the message's body. */
            id: number;
            mentionText: string;
            mentioned: components["schemas"]["chatMessageMentionedIdentitySet"];
        };
        chatMessageMentionInput: {
            id: number;
            mentionText: string;
            mentioned: components["schemas"]["chatMessageMentionedInput"];
        };
        /**
         * @description Exactly one of `user`, `application`, `conversation` or `tag` set; the others absent or
         *     `null`, as a message read back from Graph carries them (chatmessage-update.md, example 3).
         */
        chatMessageMentionedInput: {
            user?: components["schemas"]["mentionedUser"] | null;
            application?: components["schemas"]["mentionedIdentity"] | null;
            conversation?: components["schemas"]["mentionedConversation"] | null;
            tag?: components["schemas"]["mentionedIdentity"] | null;
            device?: null;
        };
        chatMessageMentionedIdentitySet: {
            application: components["schemas"]["mentionedIdentity"] | null;
            device: null;
            user: components["schemas"]["mentionedUser"] | null;
            conversation: components["schemas"]["mentionedConversation"] | null;
            tag: components["schemas"]["mentionedIdentity"] | null;
        };
        mentionedUser: {
            /** @enum {string} */
            "@odata.type"?: "#microsoft.graph.teamworkUserIdentity";
            id: string;
            displayName?: string | null;
            /** @enum {string|null} */
            userIdentityType?: "aadUser" | "onPremiseAadUser" | "anonymousGuest" | "federatedUser" | "personalMicrosoftAccountUser" | "skypeUser" | "phoneUser" | "unknownFutureValue" | "emailUser" | "azureCommunicationServicesUser" | null;
            tenantId?: string | null;
        };
        mentionedIdentity: {
            id: string;
            displayName?: string | null;
            applicationIdentityType?: string | null;
        };
        mentionedConversation: {
            id: string;
            displayName?: string | null;
            /** @enum {string|null} */
            conversationIdentityType?: "team" | "channel" | "chat" | "unknownFutureValue" | null;
        };
        /** @description An inline image sent with the message (chatmessage-post.md, example 5). */
        chatMessageHostedContentInput: {
            "@microsoft.graph.temporaryId": string;
            /** @description The image, base64. */
            contentBytes: string;
            /** @description An image type (`image/png`, `image/jpeg`, `image/gif`, …); anything else is a `400`. */
            contentType: string;
        };
        chatMessageReaction: {
            /** @description A Unicode emoji, or a legacy name (like, angry, sad, laugh, heart, surprised). */
            reactionType: string;
            /** @description The reaction's name (e.g. `Heart`), not the user's. */
            displayName: string | null;
            reactionContentUrl: string | null;
            /** Format: date-time */
            createdDateTime: string;
            user: components["schemas"]["chatMessageReactionIdentitySet"];
        };
        chatMessageReactionIdentitySet: {
            application: null;
            device: null;
            user: components["schemas"]["mentionedUser"];
        };
        /** @description A data loss prevention verdict (chatmessage-update.md, application example). */
        chatMessagePolicyViolation: {
            /** @enum {string|null} */
            dlpAction?: "none" | "notifySender" | "blockAccess" | "blockAccessExternal" | null;
            justificationText?: string | null;
            policyTip?: {
                complianceUrl?: string | null;
                generalText?: string | null;
                matchedConditionDescriptions?: string[] | null;
            } | null;
            /** @enum {string|null} */
            userAction?: "none" | "override" | "reportFalsePositive" | null;
            /**
             * @description Flags, comma-separated: `none`, `allowFalsePositiveOverride`,
             *     `allowOverrideWithoutJustification`, `allowOverrideWithJustification`.
             */
            verdictDetails?: string | null;
        };
        /** @description A preview of a chat's latest message (`lastMessagePreview`). */
        chatMessageInfo: {
            id: string;
            /** Format: date-time */
            createdDateTime: string;
            isDeleted: boolean;
            /** @enum {string} */
            messageType: "message" | "chatEvent" | "typing" | "unknownFutureValue" | "systemEventMessage";
            body: components["schemas"]["itemBody"];
            from: components["schemas"]["chatMessageFromIdentitySet"];
        };
        /** @description One message, with its OData context. */
        messageEntityResponse: components["schemas"]["chatMessage"] & {
            "@odata.context": string;
        };
        /** @description One member, with its OData context. */
        memberEntityResponse: components["schemas"]["aadUserConversationMember"] & {
            "@odata.context": string;
        };
        chatCollectionResponse: {
            /** @description `{base}/$metadata#chats`; with `$expand`: `…#chats(members())`, `…#chats(lastMessagePreview())` or both. */
            "@odata.context": string;
            /** @description How many chats match the query in all (every page), as Graph's lists say. */
            "@odata.count": number;
            /** @description The next page's absolute URL; absent on the last page. */
            "@odata.nextLink"?: string;
            value: components["schemas"]["chat"][];
        };
        conversationMemberCollectionResponse: {
            "@odata.context": string;
            "@odata.count"?: number;
            value: components["schemas"]["aadUserConversationMember"][];
        };
        chatMessageCollectionResponse: {
            "@odata.context": string;
            /** @description How many messages the query matches in all (every page), as chat-list-messages.md shows. */
            "@odata.count": number;
            /** @description The next page's absolute URL; absent on the last page. */
            "@odata.nextLink"?: string;
            value: components["schemas"]["chatMessage"][];
        };
        /** @description The body of the bulk add action (conversationmembers-add.md). */
        membersAddRequest: {
            values: components["schemas"]["bulkMemberToAdd"][];
        };
        /** @description One user to add; `roles` may be empty (the default role). */
        bulkMemberToAdd: {
            /**
             * @description With or without the leading `#`, as Graph's own examples write it.
             * @enum {string}
             */
            "@odata.type": "microsoft.graph.aadUserConversationMember" | "#microsoft.graph.aadUserConversationMember";
            roles?: components["schemas"]["conversationMemberRole"][];
            "user@odata.bind": string;
            tenantId?: string | null;
            /** Format: date-time */
            visibleHistoryStartDateTime?: string | null;
        };
        /** @description The body of the bulk remove action (conversationmember-remove.md). */
        membersRemoveRequest: {
            values: {
                /** @enum {string} */
                "@odata.type": "microsoft.graph.aadUserConversationMember" | "#microsoft.graph.aadUserConversationMember";
                /** @description The user to remove, by id or user principal name. */
                "user@odata.bind": string;
            }[];
        };
        publicError: {
            code: string;
            message: string;
        };
        aadUserConversationMemberResult: {
            /** @enum {string} */
            "@odata.type": "#microsoft.graph.aadUserConversationMemberResult";
            userId: string;
            error: components["schemas"]["publicError"] | null;
        };
        actionResultPartCollectionResponse: {
            "@odata.context": string;
            value: components["schemas"]["aadUserConversationMemberResult"][];
        };
        /** @description The Graph error envelope. */
        odataError: {
            error: components["schemas"]["mainError"];
        };
        mainError: {
            /** @description A Graph error code such as `BadRequest` or `InvalidAuthenticationToken`. */
            code: string;
            /** @description What went wrong, for people. */
            message: string;
            innerError: components["schemas"]["innerError"];
        };
        innerError: {
            /**
             * Format: date-time
             * @description When the error happened (UTC).
             */
            date: string;
            /** @description Equals the `request-id` response header. */
            "request-id": string;
            /** @description Equals the `client-request-id` response header. */
            "client-request-id": string;
        };
        /**
         * @description The body of update message (chatmessage-update.md). A signed-in sender changes `body`,
         *     `subject`, `importance`, `mentions`, `attachments`, `hostedContents` (checked as on
         *     send); an application changes only `policyViolation`. The message's other properties may
         *     be sent back as read (the documentation's examples do) and are ignored.
         */
        chatMessageUpdateRequest: {
            /** @enum {string} */
            "@odata.type"?: "#microsoft.graph.chatMessage" | "microsoft.graph.chatMessage";
            body?: components["schemas"]["itemBody"];
            subject?: string | null;
            /** @enum {string} */
            importance?: "normal" | "high" | "urgent";
            mentions?: components["schemas"]["chatMessageMentionInput"][];
            attachments?: components["schemas"]["chatMessageAttachmentInput"][];
            hostedContents?: components["schemas"]["chatMessageHostedContentInput"][];
            policyViolation?: components["schemas"]["chatMessagePolicyViolationInput"];
            /** @description Ignored (reactions are set with setReaction). */
            reactions?: unknown[];
            id?: unknown;
            replyToId?: unknown;
            etag?: unknown;
            messageType?: unknown;
            createdDateTime?: unknown;
            lastModifiedDateTime?: unknown;
            lastEditedDateTime?: unknown;
            deletedDateTime?: unknown;
            summary?: unknown;
            chatId?: unknown;
            locale?: unknown;
            webUrl?: unknown;
            channelIdentity?: unknown;
            onBehalfOf?: unknown;
            eventDetail?: unknown;
            from?: unknown;
        };
        /**
         * @description A data loss prevention verdict as an application sets it (chatmessage-update.md, example
         *     1). `verdictDetails` may combine values with commas; enum values are taken in any case.
         */
        chatMessagePolicyViolationInput: {
            dlpAction?: string | null;
            justificationText?: string | null;
            policyTip?: {
                complianceUrl?: string | null;
                generalText?: string | null;
                matchedConditionDescriptions?: string[] | null;
            } | null;
            userAction?: string | null;
            verdictDetails?: string | null;
        };
        chatMessageReactionRequest: {
            /** @description One emoji (`💘`), or a legacy name (`like`, `angry`, `sad`, `laugh`, `heart`, `surprised`). */
            reactionType: string;
        };
        pinChatMessageRequest: {
            /** @description `https://graph.microsoft.com/v1.0/chats/{chatId}/messages/{messageId}` (any host; this chat's message). */
            "message@odata.bind": string;
        };
        pinnedChatMessageInfo: {
            /** @enum {string} */
            "@odata.type"?: "#microsoft.graph.pinnedChatMessageInfo";
            /** @description The pinned message's id. */
            id: string;
            message?: components["schemas"]["chatMessage"];
        };
        pinnedChatMessageInfoEntityResponse: components["schemas"]["pinnedChatMessageInfo"] & {
            "@odata.context": string;
        };
        pinnedChatMessageInfoCollectionResponse: {
            "@odata.context": string;
            "@odata.count": number;
            value: components["schemas"]["pinnedChatMessageInfo"][];
        };
        /** @description An inline image's entry; its bytes come from `…/$value` (`contentBytes` and `contentType` are null here, as in Graph). */
        chatMessageHostedContent: {
            id: string;
            contentBytes: string | null;
            contentType: string | null;
        };
        chatMessageHostedContentEntityResponse: components["schemas"]["chatMessageHostedContent"] & {
            "@odata.context": string;
        };
        chatMessageHostedContentCollectionResponse: {
            "@odata.context": string;
            "@odata.count": number;
            value: components["schemas"]["chatMessageHostedContent"][];
        };
        /** @description A subscription of an application to changes of a chat resource (resources/subscription.md). */
        subscription: {
            /** @enum {string} */
            "@odata.type"?: "#microsoft.graph.subscription";
            id?: $Read<string>;
            /** @description The resource to watch, relative to the service root (e.g. `/chats/{id}/messages`). */
            resource?: string;
            /** @description `created`, `updated`, `deleted`, comma-joined (which ones the resource supports: see createSubscription). */
            changeType?: string;
            /** @description Where change notifications are POSTed (validated before the subscription is kept). */
            notificationUrl?: string;
            /** @description Where lifecycle notifications are POSTed; needed for lifetimes over one hour; fixed at create. */
            lifecycleNotificationUrl?: string | null;
            /**
             * Format: date-time
             * @description When the subscription ends; at most 4,320 minutes ahead.
             */
            expirationDateTime?: string;
            /** @description Sent back in every notification so the receiver knows it is from this subscription; never returned by reads. */
            clientState?: string | null;
            applicationId?: $Read<string | null>;
            /** @description The user (delegated) or application that made the subscription. */
            creatorId?: $Read<string | null>;
            /** @description Rich notifications — the resource, encrypted with `encryptionCertificate`, in each notification. */
            includeResourceData?: boolean | null;
            /** @description Base64 DER X.509 certificate with an RSA public key (2048–4096 bits) the resource data is encrypted for. */
            encryptionCertificate?: string | null;
            /** @description The app's own name of that certificate, echoed in each `encryptedContent`. */
            encryptionCertificateId?: string | null;
            /** @enum {string|null} */
            latestSupportedTlsVersion?: "v1_0" | "v1_1" | "v1_2" | "v1_3" | null;
            notificationContentType?: $Read<string | null>;
            notificationQueryOptions?: $Read<string | null>;
            notificationUrlAppId?: $Read<string | null>;
            lifecycleNotificationUrlAppId?: $Read<string | null>;
        };
        createSubscriptionRequest: WithRequired<components["schemas"]["subscription"], "changeType" | "notificationUrl" | "resource" | "expirationDateTime">;
        /** @description What a renewal may change; `lifecycleNotificationUrl`, `resource` and `changeType` cannot be changed. */
        updateSubscriptionRequest: {
            /** @enum {string} */
            "@odata.type"?: "#microsoft.graph.subscription";
            /** Format: date-time */
            expirationDateTime?: string;
            notificationUrl?: string;
            includeResourceData?: boolean | null;
            encryptionCertificate?: string | null;
            encryptionCertificateId?: string | null;
            /** @enum {string|null} */
            latestSupportedTlsVersion?: "v1_0" | "v1_1" | "v1_2" | "v1_3" | null;
        };
        subscriptionEntityResponse: components["schemas"]["subscription"] & {
            "@odata.context": string;
        };
        subscriptionCollectionResponse: {
            "@odata.context": string;
            "@odata.nextLink"?: string;
            value: components["schemas"]["subscription"][];
        };
        /** @description Which resource changed (resources/resourcedata.md). */
        resourceData: {
            /** @description `#Microsoft.Graph.chatMessage`, `#microsoft.graph.chat` or `#microsoft.graph.aadUserConversationMember` (each as Graph's pages show it). */
            "@odata.type": string;
            "@odata.id": string;
            id: string;
        };
        /** @description The changed resource, encrypted for the subscription's certificate (resources/changenotificationencryptedcontent.md). */
        changeNotificationEncryptedContent: {
            /** @description Base64 AES-256-CBC (PKCS7; IV = the key's first 16 bytes) of the resource's JSON. */
            data: string;
            /** @description Base64 HMAC-SHA256 of the `data` bytes, keyed with the symmetric key. */
            dataSignature: string;
            /** @description Base64 of the 32-byte symmetric key, RSA-OAEP (SHA-1) encrypted with the certificate's public key. */
            dataKey: string;
            encryptionCertificateId: string;
            /** @description Uppercase hex SHA-1 of the certificate (DER). */
            encryptionCertificateThumbprint: string;
        };
        /** @description One change (resources/changenotification.md). */
        changeNotification: {
            id?: string | null;
            subscriptionId: string;
            /** @enum {string} */
            changeType: "created" | "updated" | "deleted";
            clientState?: string | null;
            tenantId: string;
            /** Format: date-time */
            subscriptionExpirationDateTime: string;
            /** @description The changed resource, e.g. `chats('19:…@thread.v2')/messages('1612289765949')`. */
            resource: string;
            resourceData: components["schemas"]["resourceData"];
            encryptedContent?: components["schemas"]["changeNotificationEncryptedContent"];
        };
        /** @description What a notification endpoint receives. */
        changeNotificationCollection: {
            value: components["schemas"]["changeNotification"][];
            /** @description With resource data only — one JWT per app and tenant, signed by the notification key (`/.well-known/notification-keys`). */
            validationTokens?: string[];
        };
        lifecycleNotification: {
            subscriptionId: string;
            /** Format: date-time */
            subscriptionExpirationDateTime: string;
            tenantId: string;
            clientState?: string | null;
            /** @enum {string} */
            lifecycleEvent: "reauthorizationRequired" | "subscriptionRemoved" | "missed";
        };
        lifecycleNotificationCollection: {
            value: components["schemas"]["lifecycleNotification"][];
        };
    };
    responses: {
        /** @description The chat. */
        GetChatOk: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["chatEntityResponse"];
            };
        };
        /** @description The updated chat. */
        UpdateChatOk: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["chatEntityResponse"];
            };
        };
        /** @description Done; no body. */
        HideChatForUserNoContent: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Done; no body. */
        UnhideChatForUserNoContent: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Done; no body. */
        MarkChatReadForUserNoContent: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Done; no body. */
        MarkChatUnreadForUserNoContent: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The chat's members. */
        ListChatMembersOk: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["conversationMemberCollectionResponse"];
            };
        };
        /** @description The new member. */
        AddChatMemberCreated: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                /** @description The new member's URL. */
                Location?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["memberEntityResponse"];
            };
        };
        /** @description The member. */
        GetChatMemberOk: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["memberEntityResponse"];
            };
        };
        /** @description Removed; no body. */
        RemoveChatMemberNoContent: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Every member was added; one result per member, in request order. */
        AddChatMembersOk: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["actionResultPartCollectionResponse"];
            };
        };
        /** @description Every user was removed; no body. */
        RemoveChatMembersNoContent: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Some items failed (or all did); one result per item, in request order. */
        ChatMembersMultiStatus: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["actionResultPartCollectionResponse"];
            };
        };
        /** @description One page of messages. */
        ListChatMessagesOk: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["chatMessageCollectionResponse"];
            };
        };
        /** @description The sent message. */
        SendChatMessageCreated: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["messageEntityResponse"];
            };
        };
        /** @description The message. */
        GetChatMessageOk: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["messageEntityResponse"];
            };
        };
        /** @description The chat the user now belongs to. */
        AddChatsCreated: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["addChatsResponse"];
            };
        };
        /** @description The body or query is malformed or breaks a rule (`BadRequest`). */
        BadRequest: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description The token is missing, malformed, expired or not trusted (`InvalidAuthenticationToken`). */
        Unauthorized: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description The token lacks the permission, or the signed-in user may not act on this chat (`Forbidden`). */
        Forbidden: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description The chat, user or path does not exist (`NotFound`). */
        NotFound: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description The path does not support the method (`MethodNotAllowed`); `Allow` lists the ones it does. */
        MethodNotAllowed: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                Allow: components["headers"]["Allow"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description The write conflicts with the current state, e.g. the user is already a member (`Conflict`). */
        Conflict: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description The body is larger than the server accepts (`RequestEntityTooLarge`). */
        RequestEntityTooLarge: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description The body is not `application/json` (`UnsupportedMediaType`). */
        UnsupportedMediaType: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description Throttled (`TooManyRequests`); retry after `Retry-After` seconds (whole seconds, until the limit that refused allows a request again). */
        TooManyRequests: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                "Retry-After": components["headers"]["Retry-After"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description The server failed (`InternalServerError`); nothing of its internals is shown. */
        InternalServerError: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description The service is temporarily unavailable (`ServiceUnavailable`); retry after `Retry-After` seconds. */
        ServiceUnavailable: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description An upstream service answered badly (`BadGateway`); transient, retry later. */
        BadGateway: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description An upstream service did not answer in time (`GatewayTimeout`); transient, retry after `Retry-After` seconds when sent. */
        GatewayTimeout: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description The service has no storage left for the request (`InsufficientStorage`). */
        InsufficientStorage: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description Changed (an application setting policyViolation); no body. */
        UpdateChatMessageOk: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Changed; no body. */
        UpdateChatMessageNoContent: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Deleted; no body. */
        SoftDeleteChatMessageNoContent: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Restored; no body. */
        UndoSoftDeleteChatMessageNoContent: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Reacted; no body. */
        SetChatMessageReactionNoContent: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Reaction removed; no body. */
        UnsetChatMessageReactionNoContent: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Unpinned; no body. */
        UnpinChatMessageNoContent: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The pinned messages. */
        ListChatPinnedMessagesOk: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["pinnedChatMessageInfoCollectionResponse"];
            };
        };
        /** @description The pinned message. */
        PinChatMessageCreated: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["pinnedChatMessageInfoEntityResponse"];
            };
        };
        /** @description The inline images. */
        ListChatMessageHostedContentsOk: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["chatMessageHostedContentCollectionResponse"];
            };
        };
        /** @description The inline image. */
        GetChatMessageHostedContentOk: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["chatMessageHostedContentEntityResponse"];
            };
        };
        /** @description The image's bytes, with its content type. */
        GetChatMessageHostedContentValueOk: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "image/*": string;
            };
        };
        /** @description One page of the app's subscriptions. */
        ListSubscriptionsOk: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["subscriptionCollectionResponse"];
            };
        };
        /** @description The subscription, after both endpoints answered the validation request. */
        CreateSubscriptionCreated: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["subscriptionEntityResponse"];
            };
        };
        /** @description The subscription. */
        GetSubscriptionOk: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["subscriptionEntityResponse"];
            };
        };
        /** @description The renewed subscription. */
        UpdateSubscriptionOk: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["subscriptionEntityResponse"];
            };
        };
        /** @description Deleted; no body. */
        DeleteSubscriptionNoContent: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Reauthorized; no body. */
        ReauthorizeSubscriptionNoContent: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
        chatId: string;
        /** @description A user's id or user principal name. */
        userId: string;
        /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
        clientRequestId: string;
        /** @description A membership id as returned in a member's `id`. */
        membershipId: string;
        /** @description A message id (digits). */
        messageId: string;
        /**
         * @description `true` or `false`. Lists carry `@odata.count` (the number of matching items, not of the
         *     page) either way, as Graph's list pages show it; the option is accepted because Graph's
         *     SDKs send it.
         */
        count: boolean;
        /** @description Page size, 1–50 (default 20). Next pages keep it. */
        top: number;
        /** @description Opaque continuation token from `@odata.nextLink`; do not build it yourself. */
        skiptoken: string;
        /** @description Related entities to include. */
        chatExpand: "members" | "lastMessagePreview" | "members,lastMessagePreview" | "lastMessagePreview,members";
        /**
         * @description An OData filter over chats. Supported: `topic eq '…'` (or `eq null`), `chatType eq '…'`,
         *     `id eq '…'`, `members/any(m: m/microsoft.graph.aadUserConversationMember/userId eq '…')`
         *     (also without the cast), `members/any(o: o/displayName eq '…')` (a member's display name;
         *     `displayname` as chat-list.md writes it), `installedApps/any(a: a/teamsApp/id eq '…')`
         *     (chats with that app installed: none here, since apps cannot be installed), any lambda
         *     variable name, combined with `and` and parentheses. Anything else is a `400` naming what is
         *     not supported.
         */
        chatFilter: string;
        /** @description `lastUpdatedDateTime desc` (the default) or `lastMessagePreview/createdDateTime desc` (chats without messages last). */
        chatOrderby: "lastUpdatedDateTime desc" | "lastMessagePreview/createdDateTime desc";
        /** @description `lastModifiedDateTime desc` (the default) or `createdDateTime desc` (chat-list-messages.md: descending only). */
        messagesOrderby: "lastModifiedDateTime desc" | "createdDateTime desc";
        /**
         * @description A date range on the property the list is ordered by (chat-list-messages.md):
         *     `lastModifiedDateTime gt …` and/or `lastModifiedDateTime lt …` with
         *     `$orderby=lastModifiedDateTime desc`, `createdDateTime lt …` with
         *     `$orderby=createdDateTime desc`, joined with `and`. The filter applies only when the URL
         *     itself has `$orderby` on the same property; otherwise it is ignored, as the page says.
         *     Other filter shapes are a `400`.
         */
        messagesFilter: string;
        /** @description An inline image's id, as the message's body and hostedContents list name it. */
        hostedContentId: string;
        /** @description A pinned message's id (the message's own id). */
        pinnedMessageId: string;
        /** @description A subscription's id (a GUID). */
        subscriptionId: string;
        /** @description `message`: each pinned message's message, as the caller may see it. */
        pinnedExpand: "message";
    };
    requestBodies: {
        UpdateChatRequest: {
            content: {
                "application/json": components["schemas"]["chatUpdate"];
            };
        };
        HideChatForUserRequest: {
            content: {
                "application/json": components["schemas"]["chatUserRequest"];
            };
        };
        UnhideChatForUserRequest: {
            content: {
                "application/json": components["schemas"]["chatUserRequest"];
            };
        };
        MarkChatReadForUserRequest: {
            content: {
                "application/json": components["schemas"]["chatUserRequest"];
            };
        };
        MarkChatUnreadForUserRequest: {
            content: {
                "application/json": components["schemas"]["markChatUnreadRequest"];
            };
        };
        AddChatMemberRequest: {
            content: {
                "application/json": components["schemas"]["aadUserConversationMember"];
            };
        };
        AddChatMembersRequest: {
            content: {
                "application/json": components["schemas"]["membersAddRequest"];
            };
        };
        RemoveChatMembersRequest: {
            content: {
                "application/json": components["schemas"]["membersRemoveRequest"];
            };
        };
        SendChatMessageRequest: {
            content: {
                "application/json": components["schemas"]["chatMessageSendRequest"];
            };
        };
        UpdateChatMessageRequest: {
            content: {
                "application/json": components["schemas"]["chatMessageUpdateRequest"];
            };
        };
        ChatMessageReactionRequest: {
            content: {
                "application/json": components["schemas"]["chatMessageReactionRequest"];
            };
        };
        PinChatMessageRequest: {
            content: {
                "application/json": components["schemas"]["pinChatMessageRequest"];
            };
        };
        CreateSubscriptionRequest: {
            content: {
                "application/json": components["schemas"]["createSubscriptionRequest"];
            };
        };
        UpdateSubscriptionRequest: {
            content: {
                "application/json": components["schemas"]["updateSubscriptionRequest"];
            };
        };
    };
    headers: {
        /** @description The server's id for this request; equals `innerError.request-id` in errors. */
        "request-id": string;
        /** @description The caller's `client-request-id` when sent, otherwise the same value as `request-id`. */
        "client-request-id": string;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
        /** @description The methods the path supports. */
        Allow: string;
        /** @description The authentication scheme the server expects (`Bearer`). */
        "WWW-Authenticate": string;
        /** @description Requests the limit that applies allows at once (its burst). Sent by the reference server when its throttling model is on, on 429 answers (the limit that refused) and on successful ones (the limit with the fewest requests left). */
        "RateLimit-Limit": number;
        /** @description Requests still allowed now under that limit; `0` on a 429. */
        "RateLimit-Remaining": number;
        /** @description Seconds until that limit is fully restored (whole seconds, rounded up). */
        "RateLimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listChats: {
        parameters: {
            query?: {
                /**
                 * @description `true` or `false`. Lists carry `@odata.count` (the number of matching items, not of the
                 *     page) either way, as Graph's list pages show it; the option is accepted because Graph's
                 *     SDKs send it.
                 */
                $count?: components["parameters"]["count"];
                /** @description Page size, 1–50 (default 20). Next pages keep it. */
                $top?: components["parameters"]["top"];
                /** @description Opaque continuation token from `@odata.nextLink`; do not build it yourself. */
                $skiptoken?: components["parameters"]["skiptoken"];
                /** @description Related entities to include. */
                $expand?: components["parameters"]["chatExpand"];
                /**
                 * @description An OData filter over chats. Supported: `topic eq '…'` (or `eq null`), `chatType eq '…'`,
                 *     `id eq '…'`, `members/any(m: m/microsoft.graph.aadUserConversationMember/userId eq '…')`
                 *     (also without the cast), `members/any(o: o/displayName eq '…')` (a member's display name;
                 *     `displayname` as chat-list.md writes it), `installedApps/any(a: a/teamsApp/id eq '…')`
                 *     (chats with that app installed: none here, since apps cannot be installed), any lambda
                 *     variable name, combined with `and` and parentheses. Anything else is a `400` naming what is
                 *     not supported.
                 */
                $filter?: components["parameters"]["chatFilter"];
                /** @description `lastUpdatedDateTime desc` (the default) or `lastMessagePreview/createdDateTime desc` (chats without messages last). */
                $orderby?: components["parameters"]["chatOrderby"];
            };
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of chats; follow `@odata.nextLink` for the next. */
            200: {
                headers: {
                    "request-id": components["headers"]["request-id"];
                    "client-request-id": components["headers"]["client-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["chatCollectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    createChat: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["createChatRequest"];
            };
        };
        responses: {
            /** @description The new chat, or for `oneOnOne` the existing chat between the two users. */
            201: {
                headers: {
                    "request-id": components["headers"]["request-id"];
                    "client-request-id": components["headers"]["client-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["chatEntityResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChat: {
        parameters: {
            query?: {
                /** @description Related entities to include. */
                $expand?: components["parameters"]["chatExpand"];
            };
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetChatOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateChat: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateChatRequest"];
        responses: {
            200: components["responses"]["UpdateChatOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    hideChatForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["HideChatForUserRequest"];
        responses: {
            204: components["responses"]["HideChatForUserNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    unhideChatForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UnhideChatForUserRequest"];
        responses: {
            204: components["responses"]["UnhideChatForUserNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    markChatReadForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MarkChatReadForUserRequest"];
        responses: {
            204: components["responses"]["MarkChatReadForUserNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    markChatUnreadForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MarkChatUnreadForUserRequest"];
        responses: {
            204: components["responses"]["MarkChatUnreadForUserNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listChatMembers: {
        parameters: {
            query?: {
                /**
                 * @description `true` or `false`. Lists carry `@odata.count` (the number of matching items, not of the
                 *     page) either way, as Graph's list pages show it; the option is accepted because Graph's
                 *     SDKs send it.
                 */
                $count?: components["parameters"]["count"];
            };
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListChatMembersOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    addChatMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AddChatMemberRequest"];
        responses: {
            201: components["responses"]["AddChatMemberCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChatMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A membership id as returned in a member's `id`. */
                membershipId: components["parameters"]["membershipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetChatMemberOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    removeChatMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A membership id as returned in a member's `id`. */
                membershipId: components["parameters"]["membershipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["RemoveChatMemberNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    addChatMembers: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AddChatMembersRequest"];
        responses: {
            200: components["responses"]["AddChatMembersOk"];
            207: components["responses"]["ChatMembersMultiStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    removeChatMembers: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RemoveChatMembersRequest"];
        responses: {
            204: components["responses"]["RemoveChatMembersNoContent"];
            207: components["responses"]["ChatMembersMultiStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listChatMessages: {
        parameters: {
            query?: {
                /**
                 * @description `true` or `false`. Lists carry `@odata.count` (the number of matching items, not of the
                 *     page) either way, as Graph's list pages show it; the option is accepted because Graph's
                 *     SDKs send it.
                 */
                $count?: components["parameters"]["count"];
                /** @description Page size, 1–50 (default 20). Next pages keep it. */
                $top?: components["parameters"]["top"];
                /** @description Opaque continuation token from `@odata.nextLink`; do not build it yourself. */
                $skiptoken?: components["parameters"]["skiptoken"];
                /** @description `lastModifiedDateTime desc` (the default) or `createdDateTime desc` (chat-list-messages.md: descending only). */
                $orderby?: components["parameters"]["messagesOrderby"];
                /**
                 * @description A date range on the property the list is ordered by (chat-list-messages.md):
                 *     `lastModifiedDateTime gt …` and/or `lastModifiedDateTime lt …` with
                 *     `$orderby=lastModifiedDateTime desc`, `createdDateTime lt …` with
                 *     `$orderby=createdDateTime desc`, joined with `and`. The filter applies only when the URL
                 *     itself has `$orderby` on the same property; otherwise it is ignored, as the page says.
                 *     Other filter shapes are a `400`.
                 */
                $filter?: components["parameters"]["messagesFilter"];
            };
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListChatMessagesOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    sendChatMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["SendChatMessageRequest"];
        responses: {
            201: components["responses"]["SendChatMessageCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChatMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetChatMessageOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateChatMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateChatMessageRequest"];
        responses: {
            200: components["responses"]["UpdateChatMessageOk"];
            204: components["responses"]["UpdateChatMessageNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listMyChats: {
        parameters: {
            query?: {
                /**
                 * @description `true` or `false`. Lists carry `@odata.count` (the number of matching items, not of the
                 *     page) either way, as Graph's list pages show it; the option is accepted because Graph's
                 *     SDKs send it.
                 */
                $count?: components["parameters"]["count"];
                /** @description Page size, 1–50 (default 20). Next pages keep it. */
                $top?: components["parameters"]["top"];
                /** @description Opaque continuation token from `@odata.nextLink`; do not build it yourself. */
                $skiptoken?: components["parameters"]["skiptoken"];
                /** @description Related entities to include. */
                $expand?: components["parameters"]["chatExpand"];
                /**
                 * @description An OData filter over chats. Supported: `topic eq '…'` (or `eq null`), `chatType eq '…'`,
                 *     `id eq '…'`, `members/any(m: m/microsoft.graph.aadUserConversationMember/userId eq '…')`
                 *     (also without the cast), `members/any(o: o/displayName eq '…')` (a member's display name;
                 *     `displayname` as chat-list.md writes it), `installedApps/any(a: a/teamsApp/id eq '…')`
                 *     (chats with that app installed: none here, since apps cannot be installed), any lambda
                 *     variable name, combined with `and` and parentheses. Anything else is a `400` naming what is
                 *     not supported.
                 */
                $filter?: components["parameters"]["chatFilter"];
                /** @description `lastUpdatedDateTime desc` (the default) or `lastMessagePreview/createdDateTime desc` (chats without messages last). */
                $orderby?: components["parameters"]["chatOrderby"];
            };
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of chats; follow `@odata.nextLink` for the next. */
            200: {
                headers: {
                    "request-id": components["headers"]["request-id"];
                    "client-request-id": components["headers"]["client-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["chatCollectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listUserChats: {
        parameters: {
            query?: {
                /**
                 * @description `true` or `false`. Lists carry `@odata.count` (the number of matching items, not of the
                 *     page) either way, as Graph's list pages show it; the option is accepted because Graph's
                 *     SDKs send it.
                 */
                $count?: components["parameters"]["count"];
                /** @description Page size, 1–50 (default 20). Next pages keep it. */
                $top?: components["parameters"]["top"];
                /** @description Opaque continuation token from `@odata.nextLink`; do not build it yourself. */
                $skiptoken?: components["parameters"]["skiptoken"];
                /** @description Related entities to include. */
                $expand?: components["parameters"]["chatExpand"];
                /**
                 * @description An OData filter over chats. Supported: `topic eq '…'` (or `eq null`), `chatType eq '…'`,
                 *     `id eq '…'`, `members/any(m: m/microsoft.graph.aadUserConversationMember/userId eq '…')`
                 *     (also without the cast), `members/any(o: o/displayName eq '…')` (a member's display name;
                 *     `displayname` as chat-list.md writes it), `installedApps/any(a: a/teamsApp/id eq '…')`
                 *     (chats with that app installed: none here, since apps cannot be installed), any lambda
                 *     variable name, combined with `and` and parentheses. Anything else is a `400` naming what is
                 *     not supported.
                 */
                $filter?: components["parameters"]["chatFilter"];
                /** @description `lastUpdatedDateTime desc` (the default) or `lastMessagePreview/createdDateTime desc` (chats without messages last). */
                $orderby?: components["parameters"]["chatOrderby"];
            };
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the user's chats. */
            200: {
                headers: {
                    "request-id": components["headers"]["request-id"];
                    "client-request-id": components["headers"]["client-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["chatCollectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    addChatsForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["addChatsRequest"];
            };
        };
        responses: {
            201: components["responses"]["AddChatsCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    addChatsForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["addChatsRequest"];
            };
        };
        responses: {
            201: components["responses"]["AddChatsCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChatForMe: {
        parameters: {
            query?: {
                /** @description Related entities to include. */
                $expand?: components["parameters"]["chatExpand"];
            };
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetChatOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateChatForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateChatRequest"];
        responses: {
            200: components["responses"]["UpdateChatOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    hideChatForUserForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["HideChatForUserRequest"];
        responses: {
            204: components["responses"]["HideChatForUserNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    unhideChatForUserForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UnhideChatForUserRequest"];
        responses: {
            204: components["responses"]["UnhideChatForUserNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    markChatReadForUserForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MarkChatReadForUserRequest"];
        responses: {
            204: components["responses"]["MarkChatReadForUserNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    markChatUnreadForUserForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MarkChatUnreadForUserRequest"];
        responses: {
            204: components["responses"]["MarkChatUnreadForUserNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listChatMembersForMe: {
        parameters: {
            query?: {
                /**
                 * @description `true` or `false`. Lists carry `@odata.count` (the number of matching items, not of the
                 *     page) either way, as Graph's list pages show it; the option is accepted because Graph's
                 *     SDKs send it.
                 */
                $count?: components["parameters"]["count"];
            };
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListChatMembersOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    addChatMemberForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AddChatMemberRequest"];
        responses: {
            201: components["responses"]["AddChatMemberCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChatMemberForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A membership id as returned in a member's `id`. */
                membershipId: components["parameters"]["membershipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetChatMemberOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    removeChatMemberForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A membership id as returned in a member's `id`. */
                membershipId: components["parameters"]["membershipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["RemoveChatMemberNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    addChatMembersForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AddChatMembersRequest"];
        responses: {
            200: components["responses"]["AddChatMembersOk"];
            207: components["responses"]["ChatMembersMultiStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    removeChatMembersForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RemoveChatMembersRequest"];
        responses: {
            204: components["responses"]["RemoveChatMembersNoContent"];
            207: components["responses"]["ChatMembersMultiStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listChatMessagesForMe: {
        parameters: {
            query?: {
                /**
                 * @description `true` or `false`. Lists carry `@odata.count` (the number of matching items, not of the
                 *     page) either way, as Graph's list pages show it; the option is accepted because Graph's
                 *     SDKs send it.
                 */
                $count?: components["parameters"]["count"];
                /** @description Page size, 1–50 (default 20). Next pages keep it. */
                $top?: components["parameters"]["top"];
                /** @description Opaque continuation token from `@odata.nextLink`; do not build it yourself. */
                $skiptoken?: components["parameters"]["skiptoken"];
                /** @description `lastModifiedDateTime desc` (the default) or `createdDateTime desc` (chat-list-messages.md: descending only). */
                $orderby?: components["parameters"]["messagesOrderby"];
                /**
                 * @description A date range on the property the list is ordered by (chat-list-messages.md):
                 *     `lastModifiedDateTime gt …` and/or `lastModifiedDateTime lt …` with
                 *     `$orderby=lastModifiedDateTime desc`, `createdDateTime lt …` with
                 *     `$orderby=createdDateTime desc`, joined with `and`. The filter applies only when the URL
                 *     itself has `$orderby` on the same property; otherwise it is ignored, as the page says.
                 *     Other filter shapes are a `400`.
                 */
                $filter?: components["parameters"]["messagesFilter"];
            };
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListChatMessagesOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    sendChatMessageForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["SendChatMessageRequest"];
        responses: {
            201: components["responses"]["SendChatMessageCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChatMessageForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetChatMessageOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateChatMessageForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateChatMessageRequest"];
        responses: {
            200: components["responses"]["UpdateChatMessageOk"];
            204: components["responses"]["UpdateChatMessageNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChatForUser: {
        parameters: {
            query?: {
                /** @description Related entities to include. */
                $expand?: components["parameters"]["chatExpand"];
            };
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetChatOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateChatForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateChatRequest"];
        responses: {
            200: components["responses"]["UpdateChatOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    hideChatForUserForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["HideChatForUserRequest"];
        responses: {
            204: components["responses"]["HideChatForUserNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    unhideChatForUserForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UnhideChatForUserRequest"];
        responses: {
            204: components["responses"]["UnhideChatForUserNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    markChatReadForUserForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MarkChatReadForUserRequest"];
        responses: {
            204: components["responses"]["MarkChatReadForUserNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    markChatUnreadForUserForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MarkChatUnreadForUserRequest"];
        responses: {
            204: components["responses"]["MarkChatUnreadForUserNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listChatMembersForUser: {
        parameters: {
            query?: {
                /**
                 * @description `true` or `false`. Lists carry `@odata.count` (the number of matching items, not of the
                 *     page) either way, as Graph's list pages show it; the option is accepted because Graph's
                 *     SDKs send it.
                 */
                $count?: components["parameters"]["count"];
            };
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListChatMembersOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    addChatMemberForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AddChatMemberRequest"];
        responses: {
            201: components["responses"]["AddChatMemberCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChatMemberForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A membership id as returned in a member's `id`. */
                membershipId: components["parameters"]["membershipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetChatMemberOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    removeChatMemberForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A membership id as returned in a member's `id`. */
                membershipId: components["parameters"]["membershipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["RemoveChatMemberNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    addChatMembersForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AddChatMembersRequest"];
        responses: {
            200: components["responses"]["AddChatMembersOk"];
            207: components["responses"]["ChatMembersMultiStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    removeChatMembersForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RemoveChatMembersRequest"];
        responses: {
            204: components["responses"]["RemoveChatMembersNoContent"];
            207: components["responses"]["ChatMembersMultiStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listChatMessagesForUser: {
        parameters: {
            query?: {
                /**
                 * @description `true` or `false`. Lists carry `@odata.count` (the number of matching items, not of the
                 *     page) either way, as Graph's list pages show it; the option is accepted because Graph's
                 *     SDKs send it.
                 */
                $count?: components["parameters"]["count"];
                /** @description Page size, 1–50 (default 20). Next pages keep it. */
                $top?: components["parameters"]["top"];
                /** @description Opaque continuation token from `@odata.nextLink`; do not build it yourself. */
                $skiptoken?: components["parameters"]["skiptoken"];
                /** @description `lastModifiedDateTime desc` (the default) or `createdDateTime desc` (chat-list-messages.md: descending only). */
                $orderby?: components["parameters"]["messagesOrderby"];
                /**
                 * @description A date range on the property the list is ordered by (chat-list-messages.md):
                 *     `lastModifiedDateTime gt …` and/or `lastModifiedDateTime lt …` with
                 *     `$orderby=lastModifiedDateTime desc`, `createdDateTime lt …` with
                 *     `$orderby=createdDateTime desc`, joined with `and`. The filter applies only when the URL
                 *     itself has `$orderby` on the same property; otherwise it is ignored, as the page says.
                 *     Other filter shapes are a `400`.
                 */
                $filter?: components["parameters"]["messagesFilter"];
            };
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListChatMessagesOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    sendChatMessageForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["SendChatMessageRequest"];
        responses: {
            201: components["responses"]["SendChatMessageCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChatMessageForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetChatMessageOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateChatMessageForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateChatMessageRequest"];
        responses: {
            200: components["responses"]["UpdateChatMessageOk"];
            204: components["responses"]["UpdateChatMessageNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    softDeleteChatMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["SoftDeleteChatMessageNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    softDeleteChatMessageForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["SoftDeleteChatMessageNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    softDeleteChatMessageForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["SoftDeleteChatMessageNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    undoSoftDeleteChatMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["UndoSoftDeleteChatMessageNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    undoSoftDeleteChatMessageForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["UndoSoftDeleteChatMessageNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    undoSoftDeleteChatMessageForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["UndoSoftDeleteChatMessageNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    setChatMessageReaction: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ChatMessageReactionRequest"];
        responses: {
            204: components["responses"]["SetChatMessageReactionNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    setChatMessageReactionForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ChatMessageReactionRequest"];
        responses: {
            204: components["responses"]["SetChatMessageReactionNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    setChatMessageReactionForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ChatMessageReactionRequest"];
        responses: {
            204: components["responses"]["SetChatMessageReactionNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    unsetChatMessageReaction: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ChatMessageReactionRequest"];
        responses: {
            204: components["responses"]["UnsetChatMessageReactionNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    unsetChatMessageReactionForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ChatMessageReactionRequest"];
        responses: {
            204: components["responses"]["UnsetChatMessageReactionNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    unsetChatMessageReactionForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ChatMessageReactionRequest"];
        responses: {
            204: components["responses"]["UnsetChatMessageReactionNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listChatPinnedMessages: {
        parameters: {
            query?: {
                /** @description `message`: each pinned message's message, as the caller may see it. */
                $expand?: components["parameters"]["pinnedExpand"];
            };
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListChatPinnedMessagesOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    pinChatMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PinChatMessageRequest"];
        responses: {
            201: components["responses"]["PinChatMessageCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listChatPinnedMessagesForMe: {
        parameters: {
            query?: {
                /** @description `message`: each pinned message's message, as the caller may see it. */
                $expand?: components["parameters"]["pinnedExpand"];
            };
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListChatPinnedMessagesOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    pinChatMessageForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PinChatMessageRequest"];
        responses: {
            201: components["responses"]["PinChatMessageCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listChatPinnedMessagesForUser: {
        parameters: {
            query?: {
                /** @description `message`: each pinned message's message, as the caller may see it. */
                $expand?: components["parameters"]["pinnedExpand"];
            };
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListChatPinnedMessagesOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    pinChatMessageForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PinChatMessageRequest"];
        responses: {
            201: components["responses"]["PinChatMessageCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    unpinChatMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A pinned message's id (the message's own id). */
                pinnedMessageId: components["parameters"]["pinnedMessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["UnpinChatMessageNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    unpinChatMessageForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A pinned message's id (the message's own id). */
                pinnedMessageId: components["parameters"]["pinnedMessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["UnpinChatMessageNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    unpinChatMessageForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A pinned message's id (the message's own id). */
                pinnedMessageId: components["parameters"]["pinnedMessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["UnpinChatMessageNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listChatMessageHostedContents: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListChatMessageHostedContentsOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listChatMessageHostedContentsForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListChatMessageHostedContentsOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listChatMessageHostedContentsForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListChatMessageHostedContentsOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChatMessageHostedContent: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
                /** @description An inline image's id, as the message's body and hostedContents list name it. */
                hostedContentId: components["parameters"]["hostedContentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetChatMessageHostedContentOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChatMessageHostedContentForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
                /** @description An inline image's id, as the message's body and hostedContents list name it. */
                hostedContentId: components["parameters"]["hostedContentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetChatMessageHostedContentOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChatMessageHostedContentForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
                /** @description An inline image's id, as the message's body and hostedContents list name it. */
                hostedContentId: components["parameters"]["hostedContentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetChatMessageHostedContentOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChatMessageHostedContentValue: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
                /** @description An inline image's id, as the message's body and hostedContents list name it. */
                hostedContentId: components["parameters"]["hostedContentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetChatMessageHostedContentValueOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChatMessageHostedContentValueForMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
                /** @description An inline image's id, as the message's body and hostedContents list name it. */
                hostedContentId: components["parameters"]["hostedContentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetChatMessageHostedContentValueOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChatMessageHostedContentValueForUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A user's id or user principal name. */
                userId: components["parameters"]["userId"];
                /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
                chatId: components["parameters"]["chatId"];
                /** @description A message id (digits). */
                messageId: components["parameters"]["messageId"];
                /** @description An inline image's id, as the message's body and hostedContents list name it. */
                hostedContentId: components["parameters"]["hostedContentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetChatMessageHostedContentValueOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listSubscriptions: {
        parameters: {
            query?: {
                /** @description Opaque continuation token from `@odata.nextLink`; do not build it yourself. */
                $skiptoken?: components["parameters"]["skiptoken"];
            };
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListSubscriptionsOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateSubscriptionRequest"];
        responses: {
            201: components["responses"]["CreateSubscriptionCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A subscription's id (a GUID). */
                subscriptionId: components["parameters"]["subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetSubscriptionOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    deleteSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A subscription's id (a GUID). */
                subscriptionId: components["parameters"]["subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["DeleteSubscriptionNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A subscription's id (a GUID). */
                subscriptionId: components["parameters"]["subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateSubscriptionRequest"];
        responses: {
            200: components["responses"]["UpdateSubscriptionOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    reauthorizeSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /** @description A subscription's id (a GUID). */
                subscriptionId: components["parameters"]["subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["ReauthorizeSubscriptionNoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
