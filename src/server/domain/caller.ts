// Who is calling: a signed-in user (delegated token) or an application (application token).
export type Caller =
  | { readonly kind: "user"; readonly userId: string; readonly tenantId: string; readonly scopes: ReadonlySet<string> }
  | {
      readonly kind: "app";
      readonly appId: string;
      readonly tenantId: string;
      readonly roles: ReadonlySet<string>;
      /** The user an application addressed (`/users/{userId}/chats/{chatId}…`): only chats they are in. */
      readonly asUser?: string | undefined;
    };
