// Graph error responses written without Express: for requests the HTTP parser rejected (there is
// no request object, only the socket) and for requests refused while the server shuts down. They
// carry what every other response carries: request-id, client-request-id, the security headers,
// and the envelope whose innerError repeats the ids.
import { randomUUID } from "node:crypto";
import { STATUS_CODES, type ServerResponse } from "node:http";
import { graphCodeForStatus } from "../../shared/graph-error-codes.js";
import { graphErrorBody } from "./graph-error.js";
import { clientRequestIdFor } from "./request-id.js";
import { bareSecurityHeaders } from "./security-headers.js";

export interface BareError {
  readonly status: number;
  readonly message: string;
  /** The caller's client-request-id header, when the request got far enough to have one. */
  readonly clientRequestId?: string;
  /** Further headers, e.g. Retry-After. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** The response's headers (in order) and body; every response of this kind closes its connection. */
export function bareErrorResponse(
  error: BareError,
  date: Date = new Date(),
): { requestId: string; headers: [string, string][]; body: string } {
  const requestId = randomUUID();
  const clientRequestId = clientRequestIdFor(error.clientRequestId, requestId);
  const body = JSON.stringify(graphErrorBody(graphCodeForStatus(error.status), error.message, date, requestId, clientRequestId));
  const headers: [string, string][] = [
    ["Content-Type", "application/json; charset=utf-8"],
    ["Content-Length", String(Buffer.byteLength(body))],
    ["Connection", "close"],
    ["request-id", requestId],
    ["client-request-id", clientRequestId],
    ...bareSecurityHeaders().map(([name, value]): [string, string] => [name, value]),
    ...Object.entries(error.headers ?? {}),
  ];
  return { requestId, headers, body };
}

/** The whole HTTP/1.1 response as text, for writing straight to a socket, and its request-id. */
export function bareErrorMessage(error: BareError, date: Date = new Date()): { requestId: string; message: string } {
  const { requestId, headers, body } = bareErrorResponse(error, date);
  // A Node response adds Date itself; a raw one has to.
  headers.unshift(["Date", date.toUTCString()]);
  const head = headers.map(([name, value]) => `${name}: ${value}\r\n`).join("");
  return { requestId, message: `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? ""}\r\n${head}\r\n${body}` };
}

/** Answers on a Node response object, outside Express, closing the connection; returns the request-id. */
export function sendBareError(res: ServerResponse, error: BareError): string {
  const { requestId, headers, body } = bareErrorResponse(error);
  res.shouldKeepAlive = false;
  res.writeHead(error.status, headers.flat());
  res.end(body);
  return requestId;
}
