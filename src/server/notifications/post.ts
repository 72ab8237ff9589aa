// One delivery POST over node:http(s) with keep-alive agents: a third of fetch's CPU per request
// (npm run bench, notifications), which matters when every write of a busy chat is a delivery.
// node:http never follows redirects, and the answer's body is discarded unread (a receiver cannot
// make the server buffer it); the time-out covers the whole exchange up to the status line.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

export type PostResult = { readonly status: number } | { readonly error: string };

export class DeliveryPoster {
  private readonly http: HttpAgent;
  private readonly https: HttpsAgent;

  constructor(maxSockets: number) {
    this.http = new HttpAgent({ keepAlive: true, maxSockets });
    this.https = new HttpsAgent({ keepAlive: true, maxSockets });
  }

  post(url: string, body: string, timeoutMs: number): Promise<PostResult> {
    return new Promise((resolve) => {
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        return resolve({ error: "not a URL" });
      }
      const secure = target.protocol === "https:";
      const payload = Buffer.from(body, "utf8");
      const request = (secure ? httpsRequest : httpRequest)(target, {
        method: "POST",
        agent: secure ? this.https : this.http,
        headers: { "content-type": "application/json", "content-length": payload.length },
      });
      const timer = setTimeout(() => {
        request.destroy();
        resolve({ error: `no answer within ${timeoutMs} ms` });
      }, timeoutMs);
      request.once("response", (response: IncomingMessage) => {
        clearTimeout(timer);
        response.resume();
        resolve({ status: response.statusCode ?? 0 });
      });
      request.once("error", (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        resolve({ error: error.code ? `connection failed (${error.code})` : error.message });
      });
      request.end(payload);
    });
  }

  close(): void {
    this.http.destroy();
    this.https.destroy();
  }
}
