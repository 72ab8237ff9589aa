// A reported request as a curl command anyone can paste. Credentials never appear: the bearer
// token is `$TOKEN` (expanded by the shell that runs the line), other credentials are masked.

const HIDDEN = new Set([
  "host",
  "content-length",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "te",
  "trailer",
  "upgrade",
  "proxy-connection",
]);
const SECRET = new Set(["authorization", "proxy-authorization", "cookie", "x-ms-token", "x-api-key"]);

/** Quotes for a POSIX shell: single quotes, with embedded ones closed and escaped. */
function shellQuote(text: string): string {
  return /^[A-Za-z0-9_\-./:=@%+]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export interface CurlRequest {
  readonly method: string;
  readonly url: string;
  /** Raw header lines as received: name, value, name, value… */
  readonly rawHeaders: readonly string[];
  /** The body text, only when bodies may be written (`--log-bodies`). */
  readonly body?: string;
}

export function toCurl(request: CurlRequest): string {
  const parts = ["curl", "-sS", "-i", "-X", request.method, shellQuote(request.url)];
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) {
    const name = request.rawHeaders[i] ?? "";
    const value = request.rawHeaders[i + 1] ?? "";
    const lower = name.toLowerCase();
    if (HIDDEN.has(lower)) continue;
    if (lower === "authorization" && /^bearer\s/i.test(value)) parts.push("-H", '"Authorization: Bearer $TOKEN"');
    else if (SECRET.has(lower)) parts.push("-H", shellQuote(`${name}: ***`));
    else parts.push("-H", shellQuote(`${name}: ${value}`));
  }
  if (request.body !== undefined && request.body.length > 0) {
    const body = request.body.length > 4000 ? `${request.body.slice(0, 4000)}…(${request.body.length} characters)` : request.body;
    parts.push("--data-raw", shellQuote(body));
  }
  return parts.join(" ");
}
