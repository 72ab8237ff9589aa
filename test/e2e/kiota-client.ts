// Microsoft's Kiota-generated Graph SDK (@microsoft/msgraph-sdk with the -chats and -users
// packages), unmodified, pointed at this server over HTTPS.
//
// Three settings make it work against a local server:
// - the base URL: the request adapter's `baseUrl` (`https://127.0.0.1:<port>/v1.0`); every request
//   builder expands `{+baseurl}` from it.
// - the token: a BaseBearerTokenAuthenticationProvider over an AccessTokenProvider whose
//   AllowedHostsValidator lists the server's host. Like the SDK's own Azure Identity provider, it
//   hands out the token only for allowed hosts over https (validateProtocol), so a request
//   elsewhere goes out without `Authorization`.
// - trusting the self-signed certificate: the HTTP client comes from msgraph-sdk-core's
//   createGraphClientFactory with a custom fetch that adds an undici `dispatcher` (an Agent whose
//   TLS `ca` is the development certificate) to every request. Building the client there, and not
//   with Kiota's plain KiotaClientFactory, keeps the Graph middleware chain, whose
//   UrlReplaceHandler turns `client.me…` (`/users/TokenToReplace/…` in the SDK) into `/me/…`.
import {
  AllowedHostsValidator,
  BaseBearerTokenAuthenticationProvider,
  validateProtocol,
  type AccessTokenProvider,
} from "@microsoft/kiota-abstractions";
import { createGraphServiceClient, GraphRequestAdapter, type GraphServiceClient } from "@microsoft/msgraph-sdk";
import "@microsoft/msgraph-sdk-chats";
import "@microsoft/msgraph-sdk-users";
import { version } from "@microsoft/msgraph-sdk/version.js";
import { createGraphClientFactory } from "@microsoft/msgraph-sdk-core";
import { Agent, type Dispatcher } from "undici";

export interface SentRequest {
  method: string;
  /** As sent: origin, path and query. */
  url: string;
  /** The body as text (Kiota serializes to an ArrayBuffer), or undefined. */
  body: string | undefined;
  /** Whether the request carried `Authorization`. */
  authorized: boolean;
  /** The response's status, once it came (the SDK itself only shows bodies and errors). */
  status?: number;
}

export interface KiotaClient {
  client: GraphServiceClient;
  adapter: GraphRequestAdapter;
  /** Every request the SDK sent, in order. */
  sent: SentRequest[];
}

/** Hands out one token, only to the allowed hosts and only over https. */
class StaticTokenProvider implements AccessTokenProvider {
  private readonly validator: AllowedHostsValidator;

  constructor(
    private readonly token: string,
    allowedHosts: Set<string>,
  ) {
    this.validator = new AllowedHostsValidator(allowedHosts);
  }

  getAuthorizationToken = async (url?: string): Promise<string> => {
    if (!url || !this.validator.isUrlHostValid(url)) return "";
    validateProtocol(url);
    return this.token;
  };

  getAllowedHostsValidator = (): AllowedHostsValidator => this.validator;
}

export function kiotaClient(baseUrl: string, ca: string, token: string, options: { trustHost?: boolean } = {}): KiotaClient {
  const sent: SentRequest[] = [];
  const dispatcher = new Agent({ connect: { ca } });
  const trustingFetch = async (url: string, init: RequestInit): Promise<Response> => {
    const request: SentRequest = {
      method: init.method ?? "GET",
      url,
      body: bodyText(init.body),
      authorized: new Headers(init.headers).has("authorization"),
    };
    sent.push(request);
    // `dispatcher` is Node's extension of RequestInit, unknown to the DOM types.
    const withDispatcher: RequestInit & { dispatcher: Dispatcher } = { ...init, dispatcher };
    const response = await fetch(url, withDispatcher);
    request.status = response.status;
    return response;
  };
  const allowedHosts = new Set(options.trustHost === false ? ["graph.microsoft.com"] : [new URL(baseUrl).hostname]);
  const httpClient = createGraphClientFactory({ graphServiceTargetVersion: "", graphServiceLibraryClientVersion: version }, trustingFetch);
  const adapter = new GraphRequestAdapter(
    new BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(token, allowedHosts)),
    undefined,
    undefined,
    httpClient,
  );
  adapter.baseUrl = baseUrl;
  return { client: createGraphServiceClient(adapter), adapter, sent };
}

function bodyText(body: RequestInit["body"]): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string") return body;
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return new TextDecoder().decode(body);
  // Kiota sends JSON as an ArrayBuffer; streams and forms do not occur in these tests.
  return `<${Object.prototype.toString.call(body)}>`;
}
