// Requests Node's HTTP parser rejects before Express ever sees them: a request line plus headers
// over the parser's limit (16 KB), malformed HTTP, requests not received in time. Node's default
// answer is a bare status line (431, 400, 408) without a body; here the client gets a full response
// in the Graph error envelope, with request ids and security headers, like every other error.
// The project's error table has no 431 or 408, so each of these is 400 BadRequest.
import { maxHeaderSize, type IncomingMessage, type Server as HttpServer, type ServerResponse } from "node:http";
import type { Server as HttpsServer } from "node:https";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import { bareErrorMessage, sendBareError } from "./bare-error.js";

/** How long a rejected client may take to read the answer and close, before it is cut off. */
const LINGER_MS = 5_000;

type ParserError = Error & { code?: string; reason?: unknown };

/** `logger`: where to note each rejection (at warn, with its request-id), as the access log would. */
export function answerClientErrors(server: HttpServer | HttpsServer, logger?: Logger): void {
  // Node answers an Expect other than 100-continue with a bare 417 itself; 417 is not in the
  // error table, so it is a 400 in the envelope (the value is not echoed: it is the caller's text).
  server.on("checkExpectation", (req: IncomingMessage, res: ServerResponse) => {
    const given = req.headers["client-request-id"];
    const requestId = sendBareError(res, {
      status: 400,
      message: "The Expect header is not supported; only 'Expect: 100-continue' is.",
      ...(typeof given === "string" && { clientRequestId: given }),
    });
    logger?.warn(
      { requestId, errorCode: "BadRequest", req: { method: req.method, url: (req.url ?? "").split("?")[0] }, res: { statusCode: 400 } },
      "request refused: unsupported Expect",
    );
  });
  // The parser stays in its error state and reports again for every later chunk: answer once.
  const answered = new WeakSet<Duplex>();
  server.on("clientError", (error: ParserError, socket: Duplex) => {
    if (answered.has(socket)) return;
    answered.add(socket);
    if (error.code === "ECONNRESET" || socket.destroyed || !socket.writable || responseStarted(socket)) {
      socket.destroy();
      return;
    }
    const { requestId, message } = bareErrorMessage({ status: 400, message: describe(error) });
    socket.end(message);
    logger?.warn(
      { requestId, errorCode: "BadRequest", parserError: error.code, res: { statusCode: 400 } },
      "request rejected by the HTTP parser",
    );
    // Not destroyed at once: closing with unread input makes the kernel send RST, which can wipe
    // the answer before the client reads it. The socket keeps being read (the parser discards it)
    // until the client closes, or LINGER_MS passes.
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once("close", () => clearTimeout(timer));
  });
}

function describe(error: ParserError): string {
  switch (error.code) {
    case "HPE_HEADER_OVERFLOW":
      return `The request line and headers exceed ${Math.round(maxHeaderSize / 1024)} KB, the server's limit. Send a shorter URL or smaller headers.`;
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return "The request was not received completely within the server's time limit.";
    default: {
      // llhttp's reasons are fixed texts ("Invalid header value char"), never request bytes.
      const reason = typeof error.reason === "string" && error.reason !== "" ? ` (${error.reason})` : "";
      return `The request is not valid HTTP/1.1${reason}.`;
    }
  }
}

/**
 * True when a response on this connection has already sent bytes: anything written now would
 * corrupt it, so the connection is only closed. The same check Node's default handler makes;
 * `_httpMessage` is the response currently bound to the socket.
 */
function responseStarted(socket: Duplex): boolean {
  return (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage?.headersSent === true;
}
