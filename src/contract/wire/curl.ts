// A raw request as a shell line that sends the same bytes: `--path-as-is` keeps dot segments,
// binary and very large bodies are piped in from printf/yes, and tokens are never printed.
import { shellQuote } from "../core/curl.js";

/** A body piece with its text final (placeholders filled in). */
export type WirePart = string | { bytes: number[] } | { repeat: string; times: number };

export interface CurlInput {
  origin: string;
  method: string;
  path: string;
  /** As shown: token-bearing values already replaced by `$TOKEN`-style variables. */
  headers: [string, string][];
  omitHost?: boolean;
  body?: WirePart[];
}

// Single arguments above 128 KiB fail on Linux; stay well below.
const CHUNK = 32_768;

/** Single-quoted when printable ASCII, else bash's `$'…'` with escapes. */
function quote(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return shellQuote(text);
  const escaped = [...text]
    .map((c) => {
      const code = c.codePointAt(0) ?? 0;
      if (c === "'" || c === "\\") return `\\${c}`;
      if (code >= 0x20 && code < 0x7f) return c;
      return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\U${code.toString(16).padStart(8, "0")}`;
    })
    .join("");
  return `$'${escaped}'`;
}

/** A printf format that prints exactly these bytes (POSIX octal escapes). */
function printfBytes(bytes: Uint8Array | number[]): string {
  let format = "";
  for (const byte of bytes) {
    const c = String.fromCharCode(byte);
    if (c === "%") format += "%%";
    else if (c === "\\") format += "\\\\";
    else if (byte >= 0x20 && byte < 0x7f && c !== "'") format += c;
    else format += `\\${byte.toString(8).padStart(3, "0")}`;
  }
  return `printf '${format}'`;
}

function partCommands(part: WirePart): string[] {
  if (typeof part === "object" && "repeat" in part) return [`yes ${quote(part.repeat)} | head -n ${part.times} | tr -d '\\n'`];
  const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : Uint8Array.from(part.bytes);
  const commands: string[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK) commands.push(printfBytes(bytes.subarray(at, at + CHUNK)));
  return commands;
}

/** The request as `curl …`, or `{ printf …; } | curl … --data-binary @-` for bodies a quote cannot hold. */
export function wireToCurl(input: CurlInput): string {
  const parts = ["curl", "-sS", "-i", "--path-as-is"];
  parts.push(...(input.method === "HEAD" ? ["--head"] : ["-X", quote(input.method)]), quote(`${input.origin}${input.path}`));
  for (const [name, value] of input.headers) {
    // Double quotes so the shell expands $TOKEN when the line is pasted; `Name;` sends an empty value.
    if (value.includes("$TOKEN") || value.includes("$TAMPERED_TOKEN")) parts.push("-H", `"${name}: ${value}"`);
    else parts.push("-H", quote(value === "" ? `${name};` : `${name}: ${value}`));
  }
  if (input.omitHost) parts.push("-H", "'Host:'");
  const body = input.body;
  if (!body) return parts.join(" ");
  // curl would add a form content type to a body sent without one.
  if (!input.headers.some(([name]) => name.toLowerCase() === "content-type")) parts.push("-H", "'Content-Type:'");
  const [only] = body;
  if (body.length === 1 && typeof only === "string" && only.length <= 2000 && /^[\x20-\x7e]*$/.test(only) && !only.startsWith("@")) {
    return [...parts, "--data-raw", quote(only)].join(" ");
  }
  const commands = body.flatMap(partCommands);
  return `{ ${(commands.length > 0 ? commands : ["printf ''"]).join("; ")}; } | ${[...parts, "--data-binary", "@-"].join(" ")}`;
}
