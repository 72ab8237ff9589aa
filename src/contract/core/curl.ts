// A failing request as a command line anyone can paste: the token is never printed.

/** What the suite sent. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** The exact body text sent, if any. */
  body?: string;
}

/** Quotes for a POSIX shell: single quotes, with embedded ones closed and escaped. */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_\-./:=@%+]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** `curl -X POST 'url' -H 'Authorization: Bearer $TOKEN' ... --data-raw '…'`. */
export function toCurl(request: SentRequest): string {
  const parts = ["curl", "-sS", "-i", "-X", request.method, shellQuote(request.url)];
  for (const [name, value] of Object.entries(request.headers)) {
    // Double quotes so the shell expands $TOKEN when the line is pasted.
    if (name.toLowerCase() === "authorization" && value.startsWith("Bearer ")) parts.push("-H", '"Authorization: Bearer $TOKEN"');
    else parts.push("-H", shellQuote(`${name}: ${value}`));
  }
  if (request.body !== undefined)
    parts.push(
      "--data-raw",
      shellQuote(request.body.length > 2000 ? `${request.body.slice(0, 2000)}…(${request.body.length} bytes)` : request.body),
    );
  return parts.join(" ");
}
