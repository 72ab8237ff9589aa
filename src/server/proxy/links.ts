// Paging stays proxied: `@odata.nextLink` and `@odata.deltaLink` (also as `members@odata.nextLink`
// inside an expanded resource) that point at the upstream are pointed at the proxy instead. This
// is the only change the proxy makes to an answer's body.

const LINK = /@odata\.(?:nextLink|deltaLink)$/;

/** `json` with every paging link under `upstream` moved to `proxy`; the same object when none is. */
export function rewriteLinks(json: unknown, upstream: string, proxy: string): { json: unknown; changed: boolean } {
  let changed = false;
  const from = upstream.replace(/\/+$/, "").toLowerCase();
  const to = proxy.replace(/\/+$/, "");
  const visit = (node: unknown, depth: number): unknown => {
    if (depth > 64 || typeof node !== "object" || node === null) return node;
    if (Array.isArray(node)) return node.map((item) => visit(item, depth + 1));
    // fromEntries, so a `__proto__` key of the upstream's JSON stays a key.
    return Object.fromEntries(
      Object.entries(node as Record<string, unknown>).map(([key, value]) => {
        if (!LINK.test(key) || typeof value !== "string" || !startsWithOrigin(value, from)) return [key, visit(value, depth + 1)];
        changed = true;
        return [key, to + value.slice(from.length)];
      }),
    );
  };
  const result = visit(json, 0);
  return changed ? { json: result, changed } : { json, changed };
}

/** `link` is on `origin` (compared case-insensitively, as hosts are) and not on a longer host name. */
function startsWithOrigin(link: string, origin: string): boolean {
  if (!link.toLowerCase().startsWith(origin)) return false;
  const next = link.charAt(origin.length);
  return next === "" || next === "/" || next === "?";
}
