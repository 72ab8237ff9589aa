// Graph's validation handshake: before it creates a subscription (or moves its notificationUrl)
// it POSTs `?validationToken=…` and expects, within 10 seconds, 200 text/plain with the decoded
// token as the body. Anything else and the subscription is refused with 400.

/** What to answer; `body` is the decoded token. */
export interface ValidationResponse {
  status: 200;
  headers: Record<string, string>;
  body: string;
}

/** The parts of node:http's IncomingMessage (and Express's Request) used here. */
export interface RequestLike {
  url?: string | undefined;
}

/** The parts of node:http's ServerResponse (and Express's Response) used here. */
export interface ResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body: string): unknown;
}

// Any base will do: only the query is read, and req.url is a path without scheme or host.
const BASE = "http://localhost";

/**
 * The answer to Graph's validation request, or undefined when it is not one. Takes a URL, a
 * path with its query (node's `req.url`), a query string or URLSearchParams.
 *
 * @example
 * ```ts
 * const answer = validationResponse(request.url);
 * if (answer) return new Response(answer.body, { status: answer.status, headers: answer.headers });
 * ```
 */
export function validationResponse(input: string | URL | URLSearchParams): ValidationResponse | undefined {
  const query = input instanceof URLSearchParams ? input : new URL(input, BASE).searchParams;
  // URLSearchParams decodes it (%2B → "+", %20 and "+" → " "), which is the body Graph expects.
  const token = query.get("validationToken");
  if (token === null) return undefined;
  return {
    status: 200,
    // nosniff: the body echoes text from the query string, which must never be rendered as HTML.
    headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" },
    body: token,
  };
}

/**
 * Answers Graph's validation request on a node:http or Express (req, res) and returns true, or
 * returns false and leaves the response untouched so the caller handles a notification.
 *
 * @example
 * ```ts
 * app.post("/notifications", express.json(), (req, res) => {
 *   if (handleValidation(req, res)) return;
 *   res.status(202).end();
 *   void processNotifications(req.body);
 * });
 * ```
 */
export function handleValidation(req: RequestLike, res: ResponseLike): boolean {
  const answer = validationResponse(req.url ?? "/");
  if (!answer) return false;
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  res.end(answer.body);
  return true;
}
