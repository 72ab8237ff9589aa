// Graph's error codes by HTTP status, shared by the server (which sends them) and the client
// (which derives a code when a proxy answers without Graph's envelope). Neither side owns it,
// so the client still imports nothing of the server.
const CODES: Readonly<Record<number, string>> = {
  400: "BadRequest",
  401: "InvalidAuthenticationToken",
  403: "Forbidden",
  404: "NotFound",
  405: "MethodNotAllowed",
  409: "Conflict",
  413: "RequestEntityTooLarge",
  415: "UnsupportedMediaType",
  429: "TooManyRequests",
  500: "InternalServerError",
  502: "BadGateway",
  503: "ServiceUnavailable",
  504: "GatewayTimeout",
  507: "InsufficientStorage",
};

/** The Graph error code for an HTTP error status; unlisted statuses fall back by class. */
export function graphCodeForStatus(status: number): string {
  return CODES[status] ?? (status >= 500 ? "InternalServerError" : status >= 400 ? "BadRequest" : "UnknownError");
}
