// Microsoft's own Graph client (@microsoft/microsoft-graph-client 3.0.7), pointed at this server
// over HTTPS.
//
// Two settings make it work against a local server:
// - `customHosts`: the client attaches `Authorization` only for graph.microsoft.com and the hosts
//   listed here — and only for https:// URLs (see its isValidEndpoint), which is why the server
//   needs HTTPS at all.
// - trusting the self-signed certificate: the client calls the global `fetch(request, options)`
//   with `fetchOptions` merged into `options`, and Node's fetch (undici) honours a `dispatcher`
//   there, so an undici Agent whose TLS `ca` is the development certificate makes this client
//   trust it without touching the rest of the process. (NODE_EXTRA_CA_CERTS does the same for a
//   whole process, but is read only at process start, too late for a test.)
import { Client, type FetchOptions } from "@microsoft/microsoft-graph-client";
import { Agent, type Dispatcher } from "undici";

export interface OfficialClient {
  client: Client;
  /** Every URL the client requested, in order (origin + path + query). */
  requested: string[];
}

/** An undici Agent that trusts `ca` and records each request's URL. */
class TrustingAgent extends Agent {
  constructor(
    ca: string,
    private readonly requested: string[],
  ) {
    super({ connect: { ca } });
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers): boolean {
    this.requested.push(`${String(options.origin ?? "")}${options.path}`);
    return super.dispatch(options, handler);
  }
}

export function officialClient(baseUrl: string, ca: string, token: string, options: { trustHost?: boolean } = {}): OfficialClient {
  const url = new URL(baseUrl);
  const requested: string[] = [];
  // `dispatcher` is Node's extension of RequestInit, unknown to the DOM types FetchOptions uses.
  const fetchOptions: FetchOptions & { dispatcher: Dispatcher } = { dispatcher: new TrustingAgent(ca, requested) };
  const client = Client.init({
    authProvider: (done) => done(null, token),
    baseUrl: url.origin,
    defaultVersion: url.pathname.replace(/^\/+|\/+$/g, ""),
    fetchOptions,
    ...(options.trustHost === false ? {} : { customHosts: new Set([url.hostname]) }),
  });
  return { client, requested };
}
