// The validation request Graph sends before it keeps a subscription (the delivery-webhooks page's
// "notificationUrl validation"): POST {url}?validationToken={url-encoded opaque text}, answered
// within 10 s by 200, text/plain and the decoded token. Redirects are never followed: a 3xx is a
// failure, so an allowed host cannot bounce the server to one that is not.
import { randomUUID } from "node:crypto";
import type { NotificationSettings } from "./settings.js";

export type HandshakeFailure =
  | { readonly kind: "status"; readonly status: number }
  | { readonly kind: "redirect"; readonly status: number; readonly location: string | null }
  | { readonly kind: "contentType"; readonly contentType: string | null }
  | { readonly kind: "body"; readonly received: string }
  | { readonly kind: "timeout"; readonly afterMs: number }
  | { readonly kind: "unreachable"; readonly detail: string };

export type HandshakeResult = { readonly ok: true } | { readonly ok: false; readonly failure: HandshakeFailure };

/** More than any token; a receiver streaming more is not echoing the token. */
const MAX_BODY_BYTES = 16 * 1024;

/**
 * Sends the validation request to `url` (its query string kept) and says whether it was answered
 * as Graph requires. Never throws for the receiver's faults; `signal` aborts it early.
 */
export async function validateEndpoint(
  url: string,
  settings: Pick<NotificationSettings, "validationTimeoutMs">,
  signal?: AbortSignal,
): Promise<HandshakeResult> {
  const token = validationToken();
  const timeout = AbortSignal.timeout(settings.validationTimeoutMs);
  try {
    const response = await fetch(withToken(url, token), {
      method: "POST",
      headers: { "Content-Type": "text/plain; charset=utf-8" },
      body: "",
      redirect: "manual",
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    const failure = await check(response, token);
    return failure ? { ok: false, failure } : { ok: true };
  } catch (error) {
    if (timeout.aborted) return { ok: false, failure: { kind: "timeout", afterMs: settings.validationTimeoutMs } };
    if (signal?.aborted) throw error;
    return { ok: false, failure: { kind: "unreachable", detail: networkReason(error) } };
  }
}

/** The 400's message for a failed handshake with `url`, starting with Graph's own words. */
export function describeHandshakeFailure(field: string, url: string, failure: HandshakeFailure): string {
  const failed = "Subscription validation request failed.";
  const needs200 = `${failed} Notification endpoint must respond with 200 OK to validation request.`;
  switch (failure.kind) {
    case "status":
      return `${needs200} ${field} ${url} answered ${failure.status}.`;
    case "redirect":
      return `${needs200} ${field} ${url} answered ${failure.status}${failure.location ? ` to ${failure.location}` : ""}; redirects are not followed.`;
    case "contentType":
      return `${failed} ${field} ${url} answered with Content-Type '${failure.contentType ?? "(none)"}'; it must be text/plain.`;
    case "body":
      return (
        `${failed} Response must exactly match validationToken query parameter. ${field} ${url} answered ` +
        `${JSON.stringify(preview(failure.received))}; send back the URL-decoded token, as plain text.`
      );
    case "timeout":
      return `Subscription validation request timed out. ${field} ${url} did not answer within ${seconds(failure.afterMs)}.`;
    case "unreachable":
      return `${needs200} ${field} ${url} could not be reached: ${failure.detail}.`;
  }
}

/**
 * Opaque text shaped like Graph's (spaces and colons), so a receiver that echoes the raw query
 * value instead of the decoded one fails here as it would against Graph.
 */
export function validationToken(): string {
  return `Validation: Testing client application reachability for subscription Request-Id: ${randomUUID()}`;
}

/** `url` with `validationToken` appended to whatever query it already has (a fragment is never sent). */
export function withToken(url: string, token: string): string {
  const target = new URL(url);
  target.hash = "";
  const base = target.href;
  const separator = base.endsWith("?") ? "" : target.search === "" ? "?" : "&";
  return `${base}${separator}validationToken=${encodeURIComponent(token)}`;
}

async function check(response: Response, token: string): Promise<HandshakeFailure | undefined> {
  if (response.status >= 300 && response.status < 400) {
    await response.body?.cancel();
    return { kind: "redirect", status: response.status, location: response.headers.get("location") };
  }
  if (response.status !== 200) {
    await response.body?.cancel();
    return { kind: "status", status: response.status };
  }
  const contentType = response.headers.get("content-type");
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "text/plain") {
    await response.body?.cancel();
    return { kind: "contentType", contentType };
  }
  const received = await readLimited(response);
  // Graph compares exactly; a single trailing line break (print(), echo) is forgiven.
  return received === token || received.replace(/\r?\n$/, "") === token ? undefined : { kind: "body", received };
}

async function readLimited(response: Response): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(chunks).toString("utf8");
}

function networkReason(error: unknown): string {
  // Duck-typed, not instanceof: undici's errors may come from another realm (test sandboxes).
  const { message, cause } = (typeof error === "object" && error !== null ? error : {}) as { message?: unknown; cause?: unknown };
  const { code, message: causeMessage } = (typeof cause === "object" && cause !== null ? cause : {}) as {
    code?: unknown;
    message?: unknown;
  };
  if (typeof code === "string") {
    // TLS failures (a self-signed receiver, say) have codes of their own: their message says more.
    return `${NETWORK_CODES[code] ?? (typeof causeMessage === "string" ? causeMessage : "network error")} (${code})`;
  }
  return typeof message === "string" ? message : String(error);
}

const NETWORK_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host not found",
  EHOSTUNREACH: "host unreachable",
  UND_ERR_SOCKET: "the connection closed before an answer",
};

function preview(text: string): string {
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
