// The requests every target answers: create a group chat, get a chat, list a page of the caller's
// chats, send a message to a chat, list a page of a chat's messages. Prism serves the spec's paths without the /v1.0 prefix and only checks that a
// bearer token is present; the others get the reference server's real token.
import type { LoadRequest } from "./load.js";

export type TargetName = "bare" | "reference" | "prism";

export interface Scenario {
  readonly name: string;
  readonly body?: unknown;
  request(target: TargetName, origin: string): LoadRequest;
}

const bind = (userId: string) => `https://graph.microsoft.com/v1.0/users('${userId}')`;

export function scenarios(info: Record<string, unknown>): Scenario[] {
  const me = String(info.userId);
  const others = info.others as string[];
  const chatId = String(info.chatId);
  const token = String(info.token);
  const headers = { authorization: `Bearer ${token}` };
  const prefix = (target: TargetName) => (target === "prism" ? "" : "/v1.0");
  const body = {
    chatType: "group",
    topic: "Benchmark",
    members: [me, others[0], others[1]].map((userId) => ({
      "@odata.type": "#microsoft.graph.aadUserConversationMember",
      roles: ["owner"],
      "user@odata.bind": bind(String(userId)),
    })),
  };
  return [
    {
      name: "POST /chats (group)",
      body,
      request: (target, origin) => ({
        url: `${origin}${prefix(target)}/chats`,
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify(body),
        expectStatus: 201,
      }),
    },
    {
      name: "GET /chats/{chatId}",
      request: (target, origin) => ({
        url: `${origin}${prefix(target)}/chats/${encodeURIComponent(chatId)}`,
        method: "GET",
        headers,
        expectStatus: 200,
      }),
    },
    {
      name: "GET /me/chats ($top=20)",
      request: (target, origin) => ({ url: `${origin}${prefix(target)}/me/chats?$top=20`, method: "GET", headers, expectStatus: 200 }),
    },
    {
      name: "POST /chats/{chatId}/messages",
      request: (target, origin) => ({
        url: `${origin}${prefix(target)}/chats/${encodeURIComponent(chatId)}/messages`,
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ body: { contentType: "text", content: "Hello from the benchmark" } }),
        expectStatus: 201,
      }),
    },
    {
      name: "GET /chats/{chatId}/messages ($top=20)",
      request: (target, origin) => ({
        url: `${origin}${prefix(target)}/chats/${encodeURIComponent(chatId)}/messages?$top=20`,
        method: "GET",
        headers,
        expectStatus: 200,
      }),
    },
  ];
}

/** A page of the bench user's chats: the first by default, or the page a nextLink's path names. */
export function pageRequest(origin: string, token: string, path = "/v1.0/me/chats?$top=20"): LoadRequest {
  return { url: `${origin}${path}`, method: "GET", headers: { authorization: `Bearer ${token}` }, expectStatus: 200 };
}
