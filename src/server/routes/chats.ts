// /chats/{chatId} and its actions: createChat, getChat, updateChat, hide/unhide, mark read/unread.
import { Router, type Request, type Response } from "express";
import type { components, paths, Writable } from "../../../generated/schema.js";
import type { Caller } from "../domain/caller.js";
import { createChat, getChat, updateChat } from "../domain/chats.js";
import { changeViewpoint, type ViewpointChange } from "../domain/viewpoint.js";
import { serviceRoot } from "../http/links.js";
import type { RouteContext } from "./context.js";
import { presentChatEntity } from "./present.js";

type Schemas = components["schemas"];
type CreateChatBody = Writable<Schemas["createChatRequest"]>;
type UpdateChatBody = Writable<Schemas["chatUpdate"]>;
type ChatUserBody = Writable<Schemas["chatUserRequest"]>;
type MarkUnreadBody = Writable<Schemas["markChatUnreadRequest"]>;
type GetChatQuery = NonNullable<paths["/chats/{chatId}"]["get"]["parameters"]["query"]>;
type ChatParams = { chatId: string };

/** The viewpoint a delegated caller sees; applications have none when reading one chat. */
const viewerOf = (caller: Caller) => (caller.kind === "user" ? caller.userId : null);

export function expandOptions(expand: string | undefined): { expandMembers: boolean; expandLastMessage: boolean } {
  const parts = new Set((expand ?? "").split(","));
  return { expandMembers: parts.has("members"), expandLastMessage: parts.has("lastMessagePreview") };
}

export function chatsRoutes(rc: RouteContext): Router {
  const router = Router();
  const ctx = rc.domain;

  router.post("/chats", (req: Request<Record<string, never>, unknown, CreateChatBody>, res) => {
    const { caller } = res.locals;
    const { chat } = createChat(ctx, caller, req.body);
    // 201 also for the existing one-on-one chat: the documentation shows only 201 for this case.
    res.status(201).json(presentChatEntity(ctx, chat, serviceRoot(req, rc.publicBaseUrl), { viewerId: viewerOf(caller) }));
  });

  router.get("/chats/:chatId", (req: Request<ChatParams, unknown, unknown, GetChatQuery>, res) => {
    const { caller } = res.locals;
    const chat = getChat(ctx, caller, req.params.chatId);
    const view = { viewerId: viewerOf(caller), ...expandOptions(req.query.$expand) };
    res.status(200).json(presentChatEntity(ctx, chat, serviceRoot(req, rc.publicBaseUrl), view));
  });

  router.patch("/chats/:chatId", (req: Request<ChatParams, unknown, UpdateChatBody>, res) => {
    const { caller } = res.locals;
    const chat = updateChat(ctx, caller, req.params.chatId, { topic: req.body.topic });
    res.status(200).json(presentChatEntity(ctx, chat, serviceRoot(req, rc.publicBaseUrl), { viewerId: viewerOf(caller) }));
  });

  const viewpointAction =
    (change: (body: MarkUnreadBody) => ViewpointChange) =>
    (req: Request<ChatParams, unknown, ChatUserBody & MarkUnreadBody>, res: Response) => {
      changeViewpoint(ctx, res.locals.caller, req.params.chatId, req.body.user, change(req.body));
      res.status(204).end();
    };
  router.post(
    "/chats/:chatId/hideForUser",
    viewpointAction(() => ({ kind: "hide" })),
  );
  router.post(
    "/chats/:chatId/unhideForUser",
    viewpointAction(() => ({ kind: "unhide" })),
  );
  router.post(
    "/chats/:chatId/markChatReadForUser",
    viewpointAction(() => ({ kind: "markRead" })),
  );
  router.post(
    "/chats/:chatId/markChatUnreadForUser",
    viewpointAction((body) => ({ kind: "markUnread", lastMessageReadDateTime: body.lastMessageReadDateTime })),
  );

  return router;
}
