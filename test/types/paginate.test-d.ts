// Type tests for client.paginate and the retry options, checked by `tsc --noEmit` (never run).
// Each `@ts-expect-error` marks one line that must not compile; if paginate ever accepts that
// mistake, tsc reports the unused directive.
import {
  createGraphChatClient,
  retryMiddleware,
  type CollectionItem,
  type CollectionPath,
  type components,
  type Readable,
  type RetryOptions,
} from "../../src/index.js";

type IsAny<T> = 0 extends 1 & T ? true : false;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Chat = Readable<components["schemas"]["chat"]>;
type Message = Readable<components["schemas"]["chatMessage"]>;
type Member = Readable<components["schemas"]["aadUserConversationMember"]>;

// The collection paths are exactly the contract's list operations.
const collectionPaths: Equal<
  CollectionPath,
  | "/chats"
  | "/me/chats"
  | "/users/{userId}/chats"
  | "/chats/{chatId}/messages"
  | "/me/chats/{chatId}/messages"
  | "/users/{userId}/chats/{chatId}/messages"
  | "/chats/{chatId}/members"
  | "/me/chats/{chatId}/members"
  | "/users/{userId}/chats/{chatId}/members"
  | "/chats/{chatId}/pinnedMessages"
  | "/me/chats/{chatId}/pinnedMessages"
  | "/users/{userId}/chats/{chatId}/pinnedMessages"
  | "/chats/{chatId}/messages/{messageId}/hostedContents"
  | "/me/chats/{chatId}/messages/{messageId}/hostedContents"
  | "/users/{userId}/chats/{chatId}/messages/{messageId}/hostedContents"
  | "/subscriptions"
> = true;
// Items are the schemas as read, never `any`.
const chatItem: Equal<CollectionItem<"/chats">, Chat> = true;
const userChatItem: Equal<CollectionItem<"/users/{userId}/chats">, Chat> = true;
const messageItem: Equal<CollectionItem<"/chats/{chatId}/messages">, Message> = true;
const memberItem: Equal<CollectionItem<"/chats/{chatId}/members">, Member> = true;
const subscriptionItem: Equal<CollectionItem<"/subscriptions">, Readable<components["schemas"]["subscription"]>> = true;
// @ts-expect-error
const notAList: CollectionPath = "/chats/{chatId}";
void [collectionPaths, chatItem, userChatItem, messageItem, memberItem, subscriptionItem, notAList];

// Never called: only compiled.
export async function typeTests(): Promise<void> {
  const client = createGraphChatClient({ baseUrl: "http://127.0.0.1:3000/v1.0", getToken: () => "token" });
  const chatId = "19:abc@thread.v2";

  for await (const chat of client.paginate("/chats", { params: { query: { $top: 50, $expand: "members" } } }, { limit: 10 })) {
    const notAny: IsAny<typeof chat> = false;
    const id: string = chat.id;
    const members: Member[] | undefined = chat.members;
    // @ts-expect-error
    const wrong: number = chat.id;
    // @ts-expect-error
    void chat.notAChatProperty;
    void [notAny, id, members, wrong];
  }

  for await (const message of client.paginate("/chats/{chatId}/messages", { params: { path: { chatId } } })) {
    const content: string = message.body.content;
    // @ts-expect-error
    const wrongContent: number = message.body.content;
    void [content, wrongContent];
  }

  // Paths without parameters need no init; `/me/chats` too.
  client.paginate("/chats");
  client.paginate("/me/chats", undefined, { signal: AbortSignal.timeout(1000) });
  client.paginate("/users/{userId}/chats", { params: { path: { userId: "jacob@contoso.com" } } });

  // A single item (not a page) is not a collection.
  // @ts-expect-error
  client.paginate("/chats/{chatId}", { params: { path: { chatId } } });

  // A path with only POST.
  // @ts-expect-error
  client.paginate("/chats/{chatId}/members/add", { params: { path: { chatId } } });

  // A path the contract does not have.
  // @ts-expect-error
  client.paginate("/chat", {});

  // The path parameter is required, so init is too.
  // @ts-expect-error
  client.paginate("/chats/{chatId}/messages");

  // The path parameter is missing.
  // @ts-expect-error
  client.paginate("/chats/{chatId}/messages", { params: { path: {} } });

  // A path parameter of the wrong type.
  // @ts-expect-error
  client.paginate("/chats/{chatId}/messages", { params: { path: { chatId: 19 } } });

  // A query parameter the operation does not have.
  // @ts-expect-error
  client.paginate("/chats", { params: { query: { $tpo: 2 } } });

  // $top is a number.
  // @ts-expect-error
  client.paginate("/chats", { params: { query: { $top: "2" } } });

  // An unsupported $expand value.
  // @ts-expect-error
  client.paginate("/chats", { params: { query: { $expand: "messages" } } });

  // Messages have their own $orderby values.
  // @ts-expect-error
  client.paginate("/chats/{chatId}/messages", { params: { path: { chatId }, query: { $orderby: "lastUpdatedDateTime desc" } } });

  // A GET has no body.
  // @ts-expect-error
  client.paginate("/chats", { body: { chatType: "group" } });

  // Pages are always JSON.
  // @ts-expect-error
  client.paginate("/chats", { parseAs: "text" });

  // limit is a number.
  // @ts-expect-error
  client.paginate("/chats", undefined, { limit: "10" });

  // An option paginate does not have.
  // @ts-expect-error
  client.paginate("/chats", undefined, { pageSize: 10 });
}

// Retry options.
createGraphChatClient({ baseUrl: "x", getToken: () => "t", retry: false });
createGraphChatClient({
  baseUrl: "x",
  getToken: () => "t",
  retry: { maxRetries: 5, baseDelayMs: 500, maxDelayMs: 10_000, statuses: [429, 503] },
});
// @ts-expect-error
createGraphChatClient({ baseUrl: "x", getToken: () => "t", retry: true });
// @ts-expect-error
createGraphChatClient({ baseUrl: "x", getToken: () => "t", retry: { maxRetries: "5" } });
// @ts-expect-error
createGraphChatClient({ baseUrl: "x", getToken: () => "t", retry: { retries: 5 } });
const options: RetryOptions = { beforeRetry: (request, attempt) => void request.headers.set("Retry-Attempt", String(attempt)) };
retryMiddleware(options);
