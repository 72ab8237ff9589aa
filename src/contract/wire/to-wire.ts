// From a raw plan to bytes on the wire: placeholders become the fuzz's real ids, the
// authentication choice becomes Authorization headers (forged ones made from a real token),
// and the body pieces become one buffer. Also the curl line that repeats it.
import { asApp, asUser } from "../core/context.js";
import type { WireRequest } from "../core/transport.js";
import type { TokenKind } from "../core/types.js";
import { wireToCurl, type WirePart } from "./curl.js";
import type { BodyPart, RawAuth, RawPlan } from "./plan.js";

/** What placeholders and authentication choices stand for. */
export interface RawTargets {
  chatId: string;
  messageId: string;
  membershipId: string;
  /** Member 0, the caller of every raw request. */
  userId: string;
  /** Another member, whose id a tampered token claims. */
  otherUserId: string;
  /** Every application role the contract documents. */
  appRoles: string[];
  token: (kind: TokenKind) => Promise<string>;
}

export interface WirePlan {
  wire: WireRequest;
  curl: string;
  /** The client-request-id as the server sees it (duplicates joined, whitespace trimmed), if sent. */
  clientRequestId: string | undefined;
}

const PLACEHOLDER = /\{(chat|chat-raw|chat-lower|chat-double|message|member|user)\}/g;

/** Replaces the plan placeholders with the targets' ids, each in its spelling. */
export function fillPlaceholders(text: string, targets: RawTargets): string {
  return text.replace(PLACEHOLDER, (_whole, name: string) => {
    const encoded = encodeURIComponent(targets.chatId);
    switch (name) {
      case "chat":
        return encoded;
      case "chat-raw":
        return targets.chatId;
      case "chat-lower":
        return encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
      case "chat-double":
        return encodeURIComponent(encoded);
      case "message":
        return encodeURIComponent(targets.messageId);
      case "member":
        return encodeURIComponent(targets.membershipId);
      default:
        return encodeURIComponent(targets.userId);
    }
  });
}

const base64url = (text: string): string => Buffer.from(text, "utf8").toString("base64url");

/** The token with its payload changed to claim another user, the signature left as it was. */
export function tamperedToken(token: string, otherUserId: string): string {
  const [header = "", payload = "", signature = ""] = token.split(".");
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    return `${header}.${base64url(JSON.stringify({ ...claims, oid: otherUserId, scp: "Chat.ReadWrite ChatMember.ReadWrite" }))}.${signature}`;
  } catch {
    return `${token}x`;
  }
}

/** The token's payload under `alg: none` and no signature: what a careless verifier accepts. */
export function unsignedToken(token: string): string {
  const payload = token.split(".")[1] ?? "";
  return `${base64url(JSON.stringify({ alg: "none", typ: "JWT" }))}.${payload}.`;
}

/** Authorization values to send, and how the curl line shows each (no real token printed). */
async function authorization(auth: RawAuth, targets: RawTargets): Promise<{ sent: string[]; shown: string[] }> {
  if (typeof auth === "object") return { sent: [auth.header], shown: [auth.header] };
  if (auth === "none") return { sent: [], shown: [] };
  const user = () => targets.token(asUser(targets.userId));
  switch (auth) {
    case "app":
      return { sent: [`Bearer ${await targets.token(asApp(targets.appRoles))}`], shown: ["Bearer $TOKEN"] };
    case "wrong-scope":
      return { sent: [`Bearer ${await targets.token(asUser(targets.userId, ["User.Read"]))}`], shown: ["Bearer $TOKEN"] };
    case "tampered":
      return { sent: [`Bearer ${tamperedToken(await user(), targets.otherUserId)}`], shown: ["Bearer $TAMPERED_TOKEN"] };
    case "alg-none": {
      const unsigned = unsignedToken(await user());
      return { sent: [`Bearer ${unsigned}`], shown: [`Bearer ${unsigned}`] };
    }
    case "lowercase-scheme":
      return { sent: [`bearer ${await user()}`], shown: ["bearer $TOKEN"] };
    case "then-garbage":
      return { sent: [`Bearer ${await user()}`, "Bearer garbage"], shown: ["Bearer $TOKEN", "Bearer garbage"] };
    default:
      return { sent: [`Bearer ${await user()}`], shown: ["Bearer $TOKEN"] };
  }
}

function resolveBody(parts: BodyPart[], targets: RawTargets): { bytes: Buffer; parts: WirePart[] } {
  const resolved = parts.map((part): WirePart => (typeof part === "string" ? fillPlaceholders(part, targets) : part));
  const buffers = resolved.map((part) =>
    typeof part === "string"
      ? Buffer.from(part, "utf8")
      : "bytes" in part
        ? Buffer.from(part.bytes)
        : Buffer.from(part.repeat.repeat(part.times), "utf8"),
  );
  return { bytes: Buffer.concat(buffers), parts: resolved };
}

/** How a header line reaches the server's code: optional whitespace around the value trimmed. */
const trimOws = (value: string): string => value.replace(/^[ \t]+|[ \t]+$/g, "");

/** The plan ready to send; `clientRequestId` is added unless the plan sends its own. */
export async function toWire(plan: RawPlan, targets: RawTargets, clientRequestId: string, origin: string): Promise<WirePlan> {
  const { sent, shown } = await authorization(plan.auth, targets);
  const ownId = plan.headers.some(([name]) => name.toLowerCase() === "client-request-id");
  const extra: [string, string][] = ownId ? [] : [["client-request-id", clientRequestId]];
  // Ours before the plan's: Node drops header lines past its count limit (the "many headers" plans).
  const headers: [string, string][] = [...sent.map((value): [string, string] => ["Authorization", value]), ...extra, ...plan.headers];
  const shownHeaders: [string, string][] = [...shown.map((value): [string, string] => ["Authorization", value]), ...extra, ...plan.headers];
  const path = fillPlaceholders(plan.path, targets);
  const body = plan.body && resolveBody(plan.body, targets);
  const wire: WireRequest = {
    method: plan.method,
    path,
    headers,
    ...(body && { body: body.bytes }),
    ...(plan.omitHost && { omitHost: true }),
  };
  const ids = headers.filter(([name]) => name.toLowerCase() === "client-request-id").map(([, value]) => trimOws(value));
  return {
    wire,
    curl: wireToCurl({
      origin,
      method: plan.method,
      path,
      headers: shownHeaders,
      ...(plan.omitHost && { omitHost: true }),
      ...(body && { body: body.parts }),
    }),
    clientRequestId: ids.length > 0 ? ids.join(", ") : undefined,
  };
}
