// Absolute links in responses (`@odata.context`, later `@odata.nextLink`): PUBLIC_BASE_URL when
// set, otherwise the request's own protocol and Host (forwarded headers only count when the app
// trusts its proxy, which is Express's `trust proxy` setting).
import type { Request } from "express";

/** The parts of a request that links are built from (any route's typed Request has them). */
export type LinkRequest = Pick<Request, "protocol" | "get" | "url">;

/** `{origin}{base}` for the request, e.g. `http://127.0.0.1:3000/v1.0`; `base` is `/v1.0` or `/beta`. */
export function serviceRoot(req: LinkRequest, base: string, publicBaseUrl: string | undefined): string {
  const origin = publicBaseUrl ? publicBaseUrl.replace(/\/+$/, "") : `${req.protocol}://${req.get("host") ?? "localhost"}`;
  return `${origin}${base}`;
}
