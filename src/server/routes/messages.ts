// /chats/{chatId}/messages: sendChatMessage, listChatMessages (paged), getChatMessage.
import { Router, type Request } from "express";
import type { components, Readable, Writable } from "../../../generated/schema.js";
import { getMessage, listMessages, sendMessage } from "../domain/messages.js";
import { serviceRoot } from "../http/links.js";
import { nextLink, pageSize } from "../http/paging.js";
import type { RouteContext } from "./context.js";
import { chatSegment, presentMessage } from "./present.js";

type Schemas = components["schemas"];
type SendBody = Writable<Schemas["chatMessage"]>;
type MessageEntity = Readable<Schemas["messageEntityResponse"]>;
type MessageCollection = Readable<Schemas["chatMessageCollectionResponse"]>;
type ChatParams = { chatId: string };
type ListQuery = { $top?: string; $skiptoken?: string; $orderby?: string };

const isMessageCursor = (value: unknown): value is string => typeof value === "string" && /^\d{1,20}$/.test(value);

export function messagesRoutes(rc: RouteContext): Router {
  const router = Router();
  const ctx = rc.domain;
  const root = (req: Request) => serviceRoot(req, rc.publicBaseUrl);
  const entity = (req: Request, body: ReturnType<typeof presentMessage>): MessageEntity => ({
    "@odata.context": `${root(req)}/$metadata#${chatSegment(body.chatId)}/messages/$entity`,
    ...body,
  });

  router.post("/chats/:chatId/messages", (req: Request<ChatParams, unknown, SendBody>, res) => {
    const message = sendMessage(ctx, res.locals.caller, req.params.chatId, req.body);
    res.status(201).json(entity(req, presentMessage(ctx, message)));
  });

  router.get("/chats/:chatId/messages", (req: Request<ChatParams, unknown, unknown, ListQuery>, res) => {
    const { chatId } = req.params;
    // Messages are never edited here, so both documented orders are newest-first by creation.
    const scope = JSON.stringify([req.baseUrl, "messages", chatId]);
    const before = req.query.$skiptoken === undefined ? undefined : rc.skipTokens.decode(req.query.$skiptoken, scope, isMessageCursor);
    const page = listMessages(ctx, res.locals.caller, chatId, { before, limit: pageSize(req.query) });
    const body: MessageCollection = {
      "@odata.context": `${root(req)}/$metadata#${chatSegment(chatId)}/messages`,
      value: page.items.map((m) => presentMessage(ctx, m)),
    };
    if (page.next) body["@odata.nextLink"] = nextLink(req, rc.publicBaseUrl, rc.skipTokens.encode(scope, page.next));
    res.status(200).json(body);
  });

  router.get("/chats/:chatId/messages/:messageId", (req: Request<ChatParams & { messageId: string }>, res) => {
    const message = getMessage(ctx, res.locals.caller, req.params.chatId, req.params.messageId);
    res.status(200).json(entity(req, presentMessage(ctx, message)));
  });

  return router;
}
