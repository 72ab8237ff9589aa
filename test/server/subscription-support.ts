// Shared by the subscription tests: a real notification endpoint on 127.0.0.1 that answers the
// validation request as told by its path, and builders of subscription requests.
import { X509Certificate, generateKeyPairSync } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { generate } from "selfsigned";
import request from "supertest";
import type { components, Readable } from "../../generated/schema.js";
import { bearer, FIXED_NOW, member, userToken, USERS, type testApp } from "./helpers.js";

export type App = ReturnType<typeof testApp>;
export type SubscriptionBody = Readable<components["schemas"]["subscriptionEntityResponse"]> & { readonly id: string };
export type SubscriptionList = Readable<components["schemas"]["subscriptionCollectionResponse"]>;

export const APP_A = "11111111-1111-4111-8111-111111111111";
export const APP_B = "22222222-2222-4222-8222-222222222222";

/** What the endpoint received. */
export interface Received {
  readonly method: string;
  readonly path: string;
  /** The query string as sent (still encoded). */
  readonly rawQuery: string;
  /** `validationToken` decoded, as a receiver should read it. */
  readonly token: string | null;
  readonly contentType: string | undefined;
  readonly body: string;
}

/**
 * Answers by path: `/wrong-body`, `/raw-token` (echoes the still-encoded token), `/newline`,
 * `/json`, `/status/{code}`, `/slow` (2 s), `/redirect` (302 to `/target`); anything else echoes
 * the decoded token as text/plain, as a correct receiver does.
 */
export class Receiver {
  readonly received: Received[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(): Promise<Receiver> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const receiver = new Receiver(server, (server.address() as AddressInfo).port);
    server.on("request", (req, res) => receiver.handle(req, res));
    return receiver;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  on(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://receiver");
      const rawQuery = (req.url ?? "").split("?")[1] ?? "";
      const token = url.searchParams.get("validationToken");
      this.received.push({
        method: req.method ?? "",
        path: url.pathname,
        rawQuery,
        token,
        contentType: req.headers["content-type"],
        body: Buffer.concat(chunks).toString("utf8"),
      });
      this.answer(url.pathname, token ?? "", /validationToken=([^&]*)/.exec(rawQuery)?.[1] ?? "", res);
    });
  }

  private answer(path: string, token: string, encodedToken: string, res: ServerResponse): void {
    const text = (status: number, body: string, type = "text/plain; charset=utf-8"): void => {
      res.writeHead(status, { "Content-Type": type }).end(body);
    };
    const status = /^\/status\/(\d{3})$/.exec(path)?.[1];
    if (status) return text(Number(status), token);
    switch (path) {
      case "/wrong-body":
        return text(200, "not the token");
      case "/raw-token":
        return text(200, encodedToken);
      case "/newline":
        return text(200, `${token}\n`);
      case "/json":
        return text(200, JSON.stringify(token), "application/json");
      case "/redirect":
        res.writeHead(302, { Location: this.url("/target") }).end();
        return;
      case "/slow": {
        const timer = setTimeout(() => text(200, token), 2_000);
        this.timers.add(timer);
        return;
      }
      default:
        return text(200, token);
    }
  }
}

/** A port nothing listens on (bound, then closed). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** `minutes` after the test clock's now, as an ISO string. */
export const inMinutes = (minutes: number) => new Date(FIXED_NOW.getTime() + minutes * 60_000).toISOString();

/** A group chat of Megan and Lynne, made by Megan. */
export async function createGroup(app: App): Promise<string> {
  const res = await request(app)
    .post("/v1.0/chats")
    .set(bearer(await userToken(USERS.megan)))
    .send({ chatType: "group", topic: "Subscriptions", members: [member(USERS.megan), member(USERS.lynne)] });
  expect(res.status).toBe(201);
  return (res.body as { id: string }).id;
}

export function subscribe(app: App, token: string, body: Record<string, unknown>): request.Test {
  return request(app).post("/v1.0/subscriptions").set(bearer(token)).send(body);
}

/** A base64 DER certificate, as `encryptionCertificate` carries it. */
export async function certificate(keyType: "rsa" | "ec" = "rsa", bits = 2048): Promise<string> {
  const attributes = [{ name: "commonName", value: "subscription test" }];
  const pems =
    keyType === "ec"
      ? await generate(attributes, { keyType: "ec", curve: "P-256", algorithm: "sha256" })
      : await generate(attributes, {
          algorithm: "sha256",
          keyPair: generateKeyPairSync("rsa", {
            modulusLength: bits,
            publicKeyEncoding: { type: "spki", format: "pem" },
            privateKeyEncoding: { type: "pkcs8", format: "pem" },
          }),
        });
  return new X509Certificate(pems.cert).raw.toString("base64");
}
