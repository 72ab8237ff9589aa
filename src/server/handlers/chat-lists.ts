/**
 * Handlers of the chat lists, with `$top`, `$skiptoken`, `$expand`, `$filter` and `$orderby`.
 * Serves: listChats (GET /chats), listMyChats (GET /me/chats), listUserChats (GET /users/{userId}/chats).
 */
import type { components, Readable } from "../../../generated/schema.js";
import type { Caller } from "../domain/caller.js";
import { listChats, type ChatListOwner } from "../domain/chats.js";
import { pageSize } from "../http/paging.js";
import { compileChatFilter } from "../odata/chat-filter.js";
import type { ChatCursor, ChatOrder } from "../store/types.js";
import type { HandlerContext } from "./context.js";
import { expandedSet, expandOptions, presentChat } from "./present.js";
import type { Call, HandlerMap, Reply } from "./types.js";

type ListOperation = "listChats" | "listMyChats" | "listUserChats";
type ChatCollection = Readable<components["schemas"]["chatCollectionResponse"]>;

const isChatCursor = (value: unknown): value is ChatCursor =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as ChatCursor).key === "string" &&
  typeof (value as ChatCursor).id === "string";

export function chatListHandlers({ domain, skipTokens }: HandlerContext): Pick<HandlerMap, ListOperation> {
  const list = async (call: Call<ListOperation>, owner: ChatListOwner, path: string): Promise<Reply<ListOperation>> => {
    const { caller, query, links } = call;
    const order: ChatOrder = query.$orderby === "lastMessagePreview/createdDateTime desc" ? "lastMessage" : "lastUpdated";
    const conditions = query.$filter === undefined ? undefined : await compileChatFilter(query.$filter);
    // A token only continues the query it came from: same list, owner, filter and order.
    const scope = JSON.stringify([call.base, path, ownerHint(caller, owner).toLowerCase(), query.$filter ?? "", order]);
    const after = query.$skiptoken === undefined ? undefined : skipTokens.decode(query.$skiptoken, scope, isChatCursor);
    const { user, page } = await listChats(domain, caller, owner, { order, after, limit: pageSize(query), conditions });
    const expand = expandOptions(query.$expand);
    // chat-list.md: the viewpoint is the signed-in user's; an application's list has none.
    const view = { viewerId: caller.kind === "user" ? user.id : null, ...expand };
    const body: ChatCollection = {
      "@odata.context": `${links.root}/$metadata#${expandedSet("chats", expand)}`,
      "@odata.count": page.count,
      value: page.items.map((chat) => presentChat(domain, chat, view, links.root)),
    };
    if (page.next) body["@odata.nextLink"] = links.nextLink(skipTokens.encode(scope, page.next));
    return { status: 200, body };
  };
  return {
    listChats: (call) => list(call, { kind: "me" }, "/chats"),
    listMyChats: (call) => list(call, { kind: "me" }, "/me/chats"),
    listUserChats: (call) => list(call, { kind: "user", userKey: call.params.userId }, `/users/${call.params.userId}/chats`),
  };
}

/** Whose list a paging token belongs to, as far as the request tells before the directory does. */
function ownerHint(caller: Caller, owner: ChatListOwner): string {
  if (owner.kind === "user") return owner.userKey;
  return caller.kind === "user" ? caller.userId : "";
}
