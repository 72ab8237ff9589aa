// A subscription's `resource` and `changeType`, parsed once at create into what fan-out matches
// on. The chat resources of teams-changenotifications-chat*.md only; anything else is a 400 that
// names the resource, so a mail or channel subscription copied from the docs fails clearly.
import type { Caller } from "../domain/caller.js";
import { badRequest } from "../domain/errors.js";
import type { ChangeType, WatchedResource } from "./types.js";

export interface ParsedResource {
  /**
   * What is watched. For `/users/{id}/chats/getAllMessages` the user is as written (id or UPN):
   * the domain looks it up; `/me` is already the caller's id.
   */
  readonly watched: WatchedResource;
  /** `$filter=mentions/any(u: u/mentioned/user/id eq '…')`: only messages mentioning this user. */
  readonly mentionedUserId: string | null;
}

const CHANGE_TYPES: readonly ChangeType[] = ["created", "updated", "deleted"];

/** Which change types each resource has notifications for (the teams-changenotifications pages). */
const SUPPORTED: Record<WatchedResource["kind"], readonly ChangeType[]> = {
  chatMessages: ["created", "updated", "deleted"],
  allChatMessages: ["created", "updated", "deleted"],
  userChatMessages: ["created", "updated", "deleted"],
  chats: ["created", "updated"],
  chat: ["updated", "deleted"],
  chatMembers: ["created", "deleted", "updated"],
  allChatMembers: ["created", "deleted", "updated"],
};

const MESSAGE_KINDS: ReadonlySet<WatchedResource["kind"]> = new Set(["chatMessages", "allChatMessages", "userChatMessages"]);

// The lambda variable may have any name, but must be the same on both sides; spacing is free.
const MENTIONS_FILTER = /^\s*mentions\s*\/\s*any\s*\(\s*(\w+)\s*:\s*\1\s*\/\s*mentioned\s*\/\s*user\s*\/\s*id\s+eq\s+'([^']+)'\s*\)\s*$/i;
// `chats('19:…@thread.v2')`: OData's key form of a segment, as Graph writes resources itself.
const KEY_SEGMENT = /^([A-Za-z]+)\('((?:[^']|'')*)'\)$/;

/** Parses `resource` for `caller` (`me` is the signed-in user; an application has none). */
export function parseResource(resource: string, caller: Caller): ParsedResource {
  if (/^[a-z][a-z0-9+.-]*:/i.test(resource.trim())) {
    throw badRequest(`The resource '${resource}' must be relative to the service root, like '/chats/{id}/messages', not a URL.`);
  }
  const queryAt = resource.indexOf("?");
  const path = queryAt < 0 ? resource : resource.slice(0, queryAt);
  const segments = pathSegments(path, resource);
  const watched = segments && watchedBy(segments, caller, resource);
  if (!watched) throw unsupported(resource);
  const mentionedUserId = queryAt < 0 ? null : parseQuery(resource.slice(queryAt + 1), watched, resource);
  return { watched, mentionedUserId };
}

/** The change types of a comma-joined `changeType`, each one `watched` has notifications for. */
export function parseChangeTypes(changeType: string, watched: WatchedResource, resource: string): ChangeType[] {
  const parts = changeType.split(",").map((part) => part.trim());
  const types: ChangeType[] = [];
  for (const part of parts) {
    const type = CHANGE_TYPES.find((t) => t === part);
    if (!type) {
      throw badRequest(
        `'${part}' is not a valid changeType: use created, updated or deleted, comma-joined (for example 'created,updated').`,
      );
    }
    if (types.includes(type)) throw badRequest(`The changeType '${changeType}' names '${type}' more than once.`);
    if (!SUPPORTED[watched.kind].includes(type)) {
      throw badRequest(
        `The changeType '${type}' is not supported for the resource '${resource}'; it supports ${SUPPORTED[watched.kind].join(", ")}.`,
      );
    }
    types.push(type);
  }
  return types;
}

/** The decoded segments of `path` (leading `/` optional, key forms unwrapped), or undefined if malformed. */
function pathSegments(path: string, resource: string): string[] | undefined {
  const raw = (path.startsWith("/") ? path.slice(1) : path).split("/");
  const segments: string[] = [];
  for (const part of raw) {
    const key = KEY_SEGMENT.exec(part);
    if (key) segments.push(key[1] ?? "", decode(key[2] ?? "", resource).replaceAll("''", "'"));
    else segments.push(decode(part, resource));
  }
  return segments.every((segment) => segment.length > 0) ? segments : undefined;
}

function decode(text: string, resource: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw badRequest(`The resource '${resource}' is not correctly URL-encoded.`);
  }
}

// Names compare case-insensitively (Graph's own examples write "Users"); ids are kept as written.
function watchedBy(segments: readonly string[], caller: Caller, resource: string): WatchedResource | undefined {
  const [first, second, third, fourth, ...rest] = segments;
  const is = (segment: string | undefined, name: string) => segment?.toLowerCase() === name.toLowerCase();
  if (rest.length > 0) return undefined;
  if (is(first, "chats")) {
    if (fourth !== undefined) return undefined;
    if (second === undefined) return { kind: "chats" };
    if (third === undefined) {
      if (is(second, "getAllMessages")) return { kind: "allChatMessages" };
      if (is(second, "getAllMembers")) return { kind: "allChatMembers" };
      return { kind: "chat", chatId: second };
    }
    if (is(third, "messages")) return { kind: "chatMessages", chatId: second };
    if (is(third, "members")) return { kind: "chatMembers", chatId: second };
    return undefined;
  }
  if (is(first, "me") && is(second, "chats") && is(third, "getAllMessages") && fourth === undefined) {
    if (caller.kind !== "user") throw badRequest(`/me request is only valid with delegated authentication flow ('${resource}').`);
    return { kind: "userChatMessages", userId: caller.userId };
  }
  if (is(first, "users") && second !== undefined && is(third, "chats") && is(fourth, "getAllMessages")) {
    return { kind: "userChatMessages", userId: second };
  }
  return undefined;
}

/** The mentioned user of the only query option accepted: a mentions `$filter` on messages. */
function parseQuery(query: string, watched: WatchedResource, resource: string): string | null {
  let mentioned: string | null = null;
  for (const option of query.split("&")) {
    if (option === "") continue;
    const equals = option.indexOf("=");
    const name = decode(equals < 0 ? option : option.slice(0, equals), resource);
    const value = decode(equals < 0 ? "" : option.slice(equals + 1), resource);
    if (name === "$search") {
      throw badRequest(`$search in a subscription's resource is not supported by this server ('${resource}'); subscribe without it.`);
    }
    if (name !== "$filter") throw badRequest(`The query option '${name}' is not supported in the resource '${resource}'.`);
    if (!MESSAGE_KINDS.has(watched.kind)) {
      throw badRequest(`$filter is supported on message resources only, not on '${resource}'.`);
    }
    const match = MENTIONS_FILTER.exec(value);
    if (!match || mentioned !== null) {
      throw badRequest(`The $filter '${value}' is not supported: the only filter is "mentions/any(u: u/mentioned/user/id eq '{userId}')".`);
    }
    mentioned = match[2] ?? null;
  }
  return mentioned;
}

function unsupported(resource: string) {
  return badRequest(
    `The resource '${resource}' is not supported. Supported: /chats, /chats/{id}, /chats/{id}/messages, /chats/{id}/members, ` +
      "/chats/getAllMessages, /chats/getAllMembers, /users/{id}/chats/getAllMessages and /me/chats/getAllMessages.",
  );
}
