// How a listening address appears in the URLs the server and the proxy print and answer with.

/**
 * The host to put in URLs: a wildcard address is not one a client can connect to (nor one the
 * development certificate names), so use the loopback address of the same family instead.
 */
export function displayHost(host: string): string {
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}
