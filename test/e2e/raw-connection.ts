// A raw HTTP/1.1 connection for tests that need to hold a request in flight: send its headers
// (with `Expect: 100-continue`, whose interim answer proves the server has the request) and its
// body only later, e.g. after a shutdown began.
import { once } from "node:events";
import { connect, type Socket } from "node:net";

/** A raw connection that collects what the server sends and knows when the server closed it. */
export class Connection {
  readonly socket: Socket;
  received = "";
  readonly closed: Promise<void>;

  constructor(port: number) {
    this.socket = connect(port, "127.0.0.1");
    this.socket.setEncoding("utf8");
    this.socket.on("data", (chunk: string) => (this.received += chunk));
    this.socket.on("error", () => undefined);
    this.closed = once(this.socket, "close").then(() => undefined);
  }

  write(text: string): void {
    this.socket.write(text);
  }

  /** Resolves once `pattern` has arrived (or rejects after 10 s). */
  async waitFor(pattern: RegExp): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!pattern.test(this.received)) {
      if (Date.now() > deadline) throw new Error(`waited for ${pattern}; got ${JSON.stringify(this.received.slice(0, 300))}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** The last complete response received: status, headers (lowercase names) and body. */
  lastResponse(): { status: number; headers: Record<string, string>; body: string } {
    const starts = [...this.received.matchAll(/HTTP\/1\.1 (\d{3})[^\r]*\r\n/g)].filter((m) => m[1] !== "100");
    const start = starts[starts.length - 1];
    if (start?.index === undefined) throw new Error(`no response in ${JSON.stringify(this.received.slice(0, 300))}`);
    const text = this.received.slice(start.index);
    const end = text.indexOf("\r\n\r\n");
    const headers: Record<string, string> = {};
    for (const line of text.slice(0, end).split("\r\n").slice(1)) {
      const colon = line.indexOf(":");
      headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    }
    return { status: Number(start[1]), headers, body: text.slice(end + 4) };
  }
}

/** The headers of a POST whose body the server asks for with `100 Continue` and gets only when the test sends it. */
export function heldPostHeaders(path: string, token: string, body: string): string {
  return (
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n`
  );
}

export const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};
