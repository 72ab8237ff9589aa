// Seed chats: the state a test starts from, created through the same rules as POST /chats by an
// application of the tenant, so a seed can never hold a chat the API itself would refuse.
import { createHash } from "node:crypto";
import { configCheck } from "../config-schema/check.js";
import type { ChatRecord, ChatType } from "../store/types.js";
import type { Caller } from "./caller.js";
import { planChat } from "./chats.js";
import { defaultRole } from "./roster.js";
import type { DomainContext, IdGenerator } from "./context.js";
import { badRequest } from "./errors.js";

/** A chat to create at start (and after every reset). */
export interface ChatSeed {
  readonly chatType: ChatType;
  /** Group chats only. */
  readonly topic?: string;
  /** Members by id or user principal name; roles follow Graph's defaults (guests get `guest`). */
  readonly members: readonly string[];
}

// Seeds may come from JavaScript or JSON, where the type above promises nothing.
const checkSeed = configCheck<ChatSeed>(
  {
    type: "object",
    description: "a chat { chatType, topic?, members }",
    properties: {
      chatType: { type: "string", enum: ["oneOnOne", "group"], description: '"oneOnOne" or "group"' },
      topic: { type: "string", description: "a string" },
      members: { type: "array", items: { type: "string", description: "a user id or UPN" }, description: "an array of user ids or UPNs" },
    },
    required: ["chatType", "members"],
    additionalProperties: false,
  },
  badRequest,
);

/**
 * The seed's chats, checked by the rules of create chat; throws the domain's error, naming the
 * entry, for the first one refused. Nothing is stored: the caller inserts them in order.
 */
export function planSeed(ctx: DomainContext, seed: readonly ChatSeed[]): ChatRecord[] {
  const caller: Caller = {
    kind: "app",
    appId: "graph-chat-contract-seed",
    tenantId: ctx.directory.tenantId,
    roles: new Set(["Chat.Create"]),
  };
  return seed.map((given, index) => {
    const chat = checkSeed(given, `seed[${index}]`);
    const members = chat.members.map((key) => {
      const user = ctx.directory.find(key);
      if (!user) throw badRequest(`seed[${index}]: user '${key}' was not found in the directory.`);
      const bind = `https://graph.microsoft.com/v1.0/users('${encodeURIComponent(user.id).replaceAll("'", "''")}')`;
      return { "user@odata.bind": bind, roles: [defaultRole(ctx.directory, user)] };
    });
    try {
      // Ids of seed chats come from the seed itself: instances sharing a database, and every reset,
      // store each seed chat once, since a second insert of the same id is no new chat.
      return planChat({ ...ctx, ids: seedIds(index, chat) }, caller, { chatType: chat.chatType, topic: chat.topic, members });
    } catch (error) {
      if (error instanceof Error) error.message = `seed[${index}]: ${error.message}`;
      throw error;
    }
  });
}

function seedIds(index: number, chat: ChatSeed): IdGenerator {
  const hex = createHash("sha256")
    .update(JSON.stringify([index, chat.chatType, chat.topic ?? null, chat.members]))
    .digest("hex")
    .slice(0, 32);
  return { threadHex: () => hex };
}
