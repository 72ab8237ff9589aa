// What a validationToken's claims must say, shared by the server (which signs tokens the way Graph
// does) and the client's receiver helpers (which verify them). Neither side owns these facts, so
// the client still imports nothing of the server.

/** The `appid` claim of every validationToken: Graph's change-notification publisher. */
export const GRAPH_NOTIFICATION_PUBLISHER_APP_ID = "0bf30f3b-4a52-48df-9a82-234910c4a086";

/** The `iss` claim of a validationToken for a notification of tenant `tenantId`. */
export function validationTokenIssuer(tenantId: string): string {
  return `https://sts.windows.net/${tenantId}/`;
}
