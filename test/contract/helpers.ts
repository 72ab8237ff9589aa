// Shared pieces of the contract suite's own tests: dev tokens, and fetch wrappers that break a
// correct server in one precise way each.
import type { TokenKind } from "../../src/contract/index.js";
import { DEMO_TENANT_ID, mintDevToken } from "../../src/server/index.js";

/** Tokens for the reference server, minted in-process (no token command); `appId` as asked. */
export const devTokens = (kind: TokenKind): Promise<string> =>
  "app" in kind
    ? mintDevToken({ kind: "app", tenantId: DEMO_TENANT_ID, roles: kind.roles })
    : mintDevToken({
        kind: "user",
        userId: kind.user,
        tenantId: DEMO_TENANT_ID,
        scopes: kind.scopes.join(" "),
        ...(kind.appId !== undefined && { appId: kind.appId }),
      });

/** The URL a fetch call asks for, whichever form it was given in. */
export function urlOf(input: string | URL | Request): string {
  return typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
}

type Rewrite = (status: number, json: unknown) => { status: number; json: unknown } | undefined;

/** A fetch that lets `rewrite` replace JSON answers (status and body), keeping the headers. */
export function rewritingFetch(rewrite: Rewrite, before?: (url: string, init: RequestInit) => RequestInit): typeof fetch {
  return async (input, init = {}) => {
    const url = urlOf(input);
    const response = await fetch(url, before ? before(url, init) : init);
    const text = await response.text();
    let changed: { status: number; json: unknown } | undefined;
    try {
      // A bodiless answer (204) is offered as `undefined`, so it can be rewritten too.
      changed = rewrite(response.status, text ? JSON.parse(text) : undefined);
    } catch {
      changed = undefined;
    }
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    const body = changed ? JSON.stringify(changed.json) : text;
    const status = changed?.status ?? response.status;
    return new Response(status === 204 ? null : body, { status, headers });
  };
}

/** Applies `change` to every chat object in a response (single chats and collections). */
export function eachChat(json: unknown, change: (chat: Record<string, unknown>) => void): unknown {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      const object = node as Record<string, unknown>;
      if ("chatType" in object && "createdDateTime" in object) change(object);
      Object.values(object).forEach(visit);
    }
  };
  visit(json);
  return json;
}
