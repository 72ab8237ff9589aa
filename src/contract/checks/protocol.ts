// HTTP-level rules that hold for every path: 405 with Allow, 401 with WWW-Authenticate, and
// request ids (the latter are also checked on every response by Http.send).
import { asUser, memberId, type SuiteContext } from "../core/context.js";
import type { Exchange } from "../core/exchange.js";
import { CheckFailure, ensure } from "../core/failure.js";
import { chatPath, sharedChat } from "../core/fixtures.js";
import { expectStatus } from "../core/http.js";
import type { Check } from "./check.js";

function expectUnauthorized(exchange: Exchange, what: string): void {
  expectStatus(exchange, [401], what);
  const challenge = exchange.headers.get("www-authenticate") ?? "";
  ensure(/^Bearer\b/i.test(challenge), `401 without 'WWW-Authenticate: Bearer' (got ${JSON.stringify(challenge)})`, exchange.request);
}

/** Flips one character in the middle of the signature: same shape, wrong signature. */
function forge(token: string): string {
  const [header, payload, signature = ""] = token.split(".");
  const at = Math.floor(signature.length / 2);
  const flipped = signature[at] === "A" ? "B" : "A";
  return `${header}.${payload}.${signature.slice(0, at)}${flipped}${signature.slice(at + 1)}`;
}

export function protocolChecks(): Check[] {
  return [
    {
      name: "protocol: an unknown method on a known path gets 405 with Allow",
      run: async (ctx) => {
        const chat = await sharedChat(ctx);
        const probes: [string, string, string][] = [
          ["PUT", "/chats", "/chats"],
          ["DELETE", chatPath(chat.id), "/chats/{chatId}"],
          ["PATCH", chatPath(chat.id, "/messages"), "/chats/{chatId}/messages"],
        ];
        for (const [method, path, template] of probes) {
          const exchange = await ctx.http.send({ method, path, as: asUser(memberId(ctx, 0)) });
          expectStatus(exchange, [405], `${method} on ${template}`);
          const allow = (exchange.headers.get("allow") ?? "")
            .split(",")
            .map((m) => m.trim().toUpperCase())
            .filter(Boolean);
          const documented = ctx.spec.methodsOf(template);
          const missing = documented.filter((m) => !allow.includes(m));
          ensure(
            missing.length === 0 && !allow.includes(method),
            `Allow is ${JSON.stringify(exchange.headers.get("allow"))}; the spec documents ${documented.join(", ")} for ${template}`,
            exchange.request,
          );
        }
      },
    },
    {
      name: "protocol: a request without a token gets 401 with WWW-Authenticate: Bearer",
      run: async (ctx) =>
        expectUnauthorized(await ctx.http.send({ op: "listChats", method: "GET", path: "/chats", as: null }), "no Authorization header"),
    },
    {
      name: "protocol: a malformed token gets 401 with WWW-Authenticate: Bearer",
      run: async (ctx) =>
        expectUnauthorized(
          await ctx.http.send({ op: "listChats", method: "GET", path: "/chats", as: { raw: "not-a-jwt" } }),
          "a token that is not a JWT",
        ),
    },
    {
      name: "protocol: a token with a wrong signature gets 401 with WWW-Authenticate: Bearer",
      run: async (ctx) => {
        const exchange = await ctx.http.send({ op: "listChats", method: "GET", path: "/chats", as: asUser(memberId(ctx, 0)) });
        const token = /^Bearer (.+)$/.exec(exchange.request.headers.Authorization ?? "")?.[1] ?? "";
        expectUnauthorized(
          await ctx.http.send({ op: "listChats", method: "GET", path: "/chats", as: { raw: forge(token) } }),
          "a token with a forged signature",
        );
      },
    },
    {
      name: "protocol: every response has a request-id and echoes client-request-id",
      run: async (ctx: SuiteContext) => {
        // Http.send fails on a missing request-id or a wrong echo; these cover the cases apart.
        const a = await ctx.http.send({
          op: "listChats",
          method: "GET",
          path: "/chats",
          as: asUser(memberId(ctx, 0)),
          clientRequestId: "contract-echo-check",
        });
        const b = await ctx.http.send({
          op: "listChats",
          method: "GET",
          path: "/chats",
          as: asUser(memberId(ctx, 0)),
          clientRequestId: null,
        });
        const c = await ctx.http.send({ method: "GET", path: "/no-such-path", as: asUser(memberId(ctx, 0)) });
        expectStatus(c, [404], "an unknown path");
        if (a.headers.get("request-id") === b.headers.get("request-id"))
          throw new CheckFailure("two requests got the same request-id", b.request);
      },
    },
  ];
}
