// The deprecated beta "add chats" operations: POST /me/chats/$ref and /users/{userId}/chats/$ref.
// Served under /beta only; the validator's base-path guard answers 404 under /v1.0.
import { Router, type Request } from "express";
import type { components, Writable } from "../../../generated/schema.js";
import { addChats, type AddChatsTarget } from "../domain/chats.js";
import { serviceRoot } from "../http/links.js";
import type { RouteContext } from "./context.js";
import { presentChatEntity } from "./present.js";

type AddChatsBody = Writable<components["schemas"]["addChatsRequest"]>;

export function usersChatsRefRoutes(rc: RouteContext): Router {
  const router = Router();
  const ctx = rc.domain;

  const handle = (target: AddChatsTarget, req: Request<Record<string, string>, unknown, AddChatsBody>, res: import("express").Response) => {
    const { caller } = res.locals;
    const chat = addChats(ctx, caller, target, { id: req.body.id, topic: req.body.topic });
    res.status(201).json({
      "@odata.type": "#microsoft.graph.chat",
      ...presentChatEntity(ctx, chat, serviceRoot(req, rc.publicBaseUrl), { viewerId: caller.kind === "user" ? caller.userId : null }),
    });
  };

  router.post("/me/chats/$ref", (req: Request<Record<string, string>, unknown, AddChatsBody>, res) => handle({ kind: "me" }, req, res));
  router.post("/users/:userId/chats/$ref", (req: Request<{ userId: string }, unknown, AddChatsBody>, res) =>
    handle({ kind: "user", userKey: req.params.userId }, req, res),
  );

  return router;
}
