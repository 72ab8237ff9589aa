// Lists of a user's chats: listChats (GET /chats), listMyChats (GET /me/chats) and listUserChats
// (GET /users/{userId}/chats), with $top, $skiptoken, $expand, $filter and $orderby.
import { Router, type Request } from "express";
import type { components, paths, Readable } from "../../../generated/schema.js";
import { listChats, type ChatListTarget } from "../domain/chat-list.js";
import { serviceRoot } from "../http/links.js";
import { nextLink, pageSize } from "../http/paging.js";
import { compileChatFilter } from "../odata/filter.js";
import type { ChatCursor, ChatOrder } from "../store/types.js";
import { expandOptions } from "./chats.js";
import type { RouteContext } from "./context.js";
import { presentChat } from "./present.js";

type ListQuery = NonNullable<paths["/chats"]["get"]["parameters"]["query"]>;
type ChatCollection = Readable<components["schemas"]["chatCollectionResponse"]>;

const isChatCursor = (value: unknown): value is ChatCursor =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as ChatCursor).key === "string" &&
  typeof (value as ChatCursor).id === "string";

export function chatListRoutes(rc: RouteContext): Router {
  const router = Router();

  const list =
    (target: ChatListTarget) => (req: Request<Record<string, string>, unknown, unknown, ListQuery>, res: import("express").Response) => {
      const { caller } = res.locals;
      const order: ChatOrder = req.query.$orderby === "lastMessagePreview/createdDateTime desc" ? "lastMessage" : "lastUpdated";
      const where = req.query.$filter === undefined ? undefined : compileChatFilter(req.query.$filter);
      // A token only continues the query it came from: same list, owner, filter and order.
      const scope = (ownerId: string) => JSON.stringify([req.baseUrl, req.path, ownerId.toLowerCase(), req.query.$filter ?? "", order]);
      const ownerHint = target.kind === "me" ? (caller.kind === "user" ? caller.userId : "") : target.userKey;
      const after =
        req.query.$skiptoken === undefined ? undefined : rc.skipTokens.decode(req.query.$skiptoken, scope(ownerHint), isChatCursor);
      const { user, page } = listChats(rc.domain, caller, target, { order, after, limit: pageSize(req.query), where });
      const root = serviceRoot(req, rc.publicBaseUrl);
      const view = { viewerId: user.id, ...expandOptions(req.query.$expand) };
      const body: ChatCollection = {
        "@odata.context":
          target.kind === "user" ? `${root}/$metadata#users('${encodeURIComponent(user.id)}')/chats` : `${root}/$metadata#chats`,
        value: page.items.map((chat) => presentChat(rc.domain, chat, view)),
      };
      if (page.next) body["@odata.nextLink"] = nextLink(req, rc.publicBaseUrl, rc.skipTokens.encode(scope(ownerHint), page.next));
      res.status(200).json(body);
    };

  router.get("/chats", list({ kind: "me" }));
  router.get("/me/chats", list({ kind: "me" }));
  router.get("/users/:userId/chats", (req: Request<{ userId: string }, unknown, unknown, ListQuery>, res) =>
    list({ kind: "user", userKey: req.params.userId })(req, res),
  );

  return router;
}
