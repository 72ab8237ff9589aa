// /chats/{chatId}/members: list, add (201 + Location), get, remove, and the bulk add/remove actions.
import { Router, type Request } from "express";
import type { components, Readable, Writable } from "../../../generated/schema.js";
import { addMember, addMembers, getMember, listMembers, removeMember, removeMembers, type MemberResult } from "../domain/membership.js";
import { serviceRoot } from "../http/links.js";
import type { RouteContext } from "./context.js";
import { chatSegment, presentMember } from "./present.js";

type Schemas = components["schemas"];
type MemberInputBody = Writable<Schemas["aadUserConversationMember"]>;
type AddMembersBody = Writable<Schemas["membersAddRequest"]>;
type RemoveMembersBody = Writable<Schemas["membersRemoveRequest"]>;
type MemberCollection = Readable<Schemas["conversationMemberCollectionResponse"]>;
type MemberEntity = Readable<Schemas["memberEntityResponse"]>;
type ResultCollection = Readable<Schemas["actionResultPartCollectionResponse"]>;
type ChatParams = { chatId: string };
type MemberParams = ChatParams & { membershipId: string };

export function membersRoutes(rc: RouteContext): Router {
  const router = Router();
  const ctx = rc.domain;
  const root = (req: Request) => serviceRoot(req, rc.publicBaseUrl);

  router.get("/chats/:chatId/members", (req: Request<ChatParams>, res) => {
    const { chat, members } = listMembers(ctx, res.locals.caller, req.params.chatId);
    const body: MemberCollection = {
      "@odata.context": `${root(req)}/$metadata#${chatSegment(chat.id)}/members`,
      "@odata.count": members.length,
      value: members.map(presentMember),
    };
    res.status(200).json(body);
  });

  router.post("/chats/:chatId/members/add", (req: Request<ChatParams, unknown, AddMembersBody>, res) => {
    res.status(200).json(results(root(req), addMembers(ctx, res.locals.caller, req.params.chatId, req.body.values)));
  });

  router.post("/chats/:chatId/members/remove", (req: Request<ChatParams, unknown, RemoveMembersBody>, res) => {
    const userIds = req.body.values.map((v) => v.userId);
    res.status(200).json(results(root(req), removeMembers(ctx, res.locals.caller, req.params.chatId, userIds)));
  });

  router.post("/chats/:chatId/members", (req: Request<ChatParams, unknown, MemberInputBody>, res) => {
    const { chatId } = req.params;
    const member = addMember(ctx, res.locals.caller, chatId, req.body);
    const details = getMember(ctx, res.locals.caller, chatId, member.id);
    res.setHeader("Location", `${root(req)}/chats/${encodeURIComponent(chatId)}/members/${encodeURIComponent(member.id)}`);
    res.status(201).json(entity(root(req), chatId, details));
  });

  router.get("/chats/:chatId/members/:membershipId", (req: Request<MemberParams>, res) => {
    const { chatId, membershipId } = req.params;
    res.status(200).json(entity(root(req), chatId, getMember(ctx, res.locals.caller, chatId, membershipId)));
  });

  router.delete("/chats/:chatId/members/:membershipId", (req: Request<MemberParams>, res) => {
    removeMember(ctx, res.locals.caller, req.params.chatId, req.params.membershipId);
    res.status(204).end();
  });

  return router;
}

function entity(root: string, chatId: string, details: Parameters<typeof presentMember>[0]): MemberEntity {
  return { "@odata.context": `${root}/$metadata#${chatSegment(chatId)}/members/$entity`, ...presentMember(details) };
}

function results(root: string, outcomes: readonly MemberResult[]): ResultCollection {
  return {
    "@odata.context": `${root}/$metadata#Collection(microsoft.graph.actionResultPart)`,
    value: outcomes.map((r) => ({ "@odata.type": "#microsoft.graph.aadUserConversationMemberResult", userId: r.userId, error: r.error })),
  };
}
