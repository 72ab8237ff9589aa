// Where the server may send anything (validation requests, notifications): a mock that POSTs
// wherever a token holder asks is an SSRF hole, so only loopback, plus the hosts the operator
// lists in NOTIFICATION_ALLOWED_HOSTS and then only over https. Checked at create and whenever a
// URL changes; nothing is ever sent to a URL that failed here.
import { badRequest } from "../domain/errors.js";
import type { NotificationSettings } from "./settings.js";

const HINT =
  "notifications go to loopback (127.0.0.0/8, [::1], localhost) over http or https, or over https to a host listed in NOTIFICATION_ALLOWED_HOSTS";

/**
 * The URL if the server may deliver to it; otherwise a 400 naming `field`. DNS names other than
 * `localhost` are not resolved: a listed name is trusted as listed.
 */
export function checkDeliveryUrl(url: string, settings: Pick<NotificationSettings, "allowedHosts">, field: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badRequest(`${field} '${url}' is not an absolute http or https URL.`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw badRequest(`${field} '${url}' must be an http or https URL; ${HINT}.`);
  }
  // Credentials in a URL would be sent to the receiver on every request and shown in every log.
  if (parsed.username !== "" || parsed.password !== "") {
    throw badRequest(`${field} must not carry a user name or password in the URL.`);
  }
  // The WHATWG parser has already normalised 0x7f.1, 2130706433 and friends to dotted IPv4.
  if (isLoopback(parsed.hostname)) return parsed;
  if (listed(parsed, settings.allowedHosts)) {
    if (parsed.protocol !== "https:") {
      throw badRequest(`${field} '${url}' must use https: hosts other than loopback are reached over https only.`);
    }
    return parsed;
  }
  throw badRequest(`${field} host '${parsed.host}' is not an allowed notification host; see NOTIFICATION_ALLOWED_HOSTS (${HINT}).`);
}

export function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** Whether `url`'s host (and port, when the entry names one) is among `allowedHosts`, case-insensitively. */
function listed(url: URL, allowedHosts: readonly string[]): boolean {
  const port = url.port === "" ? (url.protocol === "https:" ? 443 : 80) : Number(url.port);
  return allowedHosts.some((entry) => {
    const allowed = parseEntry(entry);
    return allowed !== undefined && allowed.hostname === url.hostname && (allowed.port === undefined || allowed.port === port);
  });
}

/** `host`, `host:port`, `[v6]` or `[v6]:port`, with the host normalised as URLs normalise it. */
function parseEntry(entry: string): { hostname: string; port: number | undefined } | undefined {
  const match = /^(\[[^\]]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(entry.trim());
  if (!match?.[1]) return undefined;
  try {
    return { hostname: new URL(`https://${match[1]}`).hostname, port: match[2] === undefined ? undefined : Number(match[2]) };
  } catch {
    return undefined;
  }
}
