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
        get?: never;
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
         *     tokens read any chat of the tenant. `$expand=members` includes the chat's members.
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
}
export type webhooks = Record<string, never>;
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
            /** @description The chat's members; only with `$expand=members`. */
            members?: $Read<components["schemas"]["aadUserConversationMember"][]>;
        };
        /** @description One chat, with its OData annotations. */
        chatEntityResponse: components["schemas"]["chat"] & {
            /** @description `{base}/$metadata#chats/$entity` */
            "@odata.context": string;
            /** @description Present with `$expand=members`. */
            "members@odata.context"?: string;
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
    };
    responses: {
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
        /** @description Throttled (`TooManyRequests`); retry after `Retry-After` seconds. */
        TooManyRequests: {
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
        /** @description The server failed (`InternalServerError`); nothing of its internals is shown. */
        InternalServerError: {
            headers: {
                "request-id": components["headers"]["request-id"];
                "client-request-id": components["headers"]["client-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
    };
    parameters: {
        /** @description The chat's id, for example `19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2` (URL-encode `:` and `@` if your tool does not). */
        chatId: string;
        /** @description A user's id or user principal name. */
        userId: string;
        /** @description A caller-chosen id (usually a GUID) echoed in the `client-request-id` response header and the error envelope. */
        clientRequestId: string;
    };
    requestBodies: never;
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
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
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
        };
    };
    getChat: {
        parameters: {
            query?: {
                /** @description Related entities to include. Only `members` is supported. */
                $expand?: "members";
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
            /** @description The chat. */
            200: {
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
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
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
        };
    };
}
