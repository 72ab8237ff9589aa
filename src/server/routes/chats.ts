// /chats and /chats/{chatId}: createChat, getChat.
import { Router, type Request } from "express";
import type { components, paths, Writable } from "../../../generated/schema.js";
import { createChat, getChat } from "../domain/chats.js";
import type { DomainContext } from "../domain/context.js";
import { serviceRoot } from "../http/links.js";
import { presentChat } from "./present.js";

type CreateChatBody = Writable<components["schemas"]["createChatRequest"]>;
type GetChatQuery = NonNullable<paths["/chats/{chatId}"]["get"]["parameters"]["query"]>;

export function chatsRoutes(ctx: DomainContext, publicBaseUrl: string | undefined): Router {
  const router = Router();

  router.post("/chats", (req: Request<Record<string, never>, unknown, CreateChatBody>, res) => {
    const { caller } = res.locals;
    const { chat } = createChat(ctx, caller, req.body);
    // 201 also for the existing one-on-one chat: the documentation shows only 201 for this case.
    res.status(201).json(presentChat(ctx, caller, chat, { root: serviceRoot(req, publicBaseUrl) }));
  });

  router.get("/chats/:chatId", (req: Request<{ chatId: string }, unknown, unknown, GetChatQuery>, res) => {
    const { caller } = res.locals;
    const chat = getChat(ctx, caller, req.params.chatId);
    const expandMembers = req.query.$expand === "members";
    res.status(200).json(presentChat(ctx, caller, chat, { root: serviceRoot(req, publicBaseUrl), expandMembers }));
  });

  return router;
}
