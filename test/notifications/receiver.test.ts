// The receiver helpers a webhook calls first: Graph's validation handshake and the clientState
// check. handleValidation is driven through a real node:http server, as Graph would reach it.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { checkClientState, handleValidation, validationResponse, type ChangeNotification } from "../../src/client/notifications/index.js";

describe("validationResponse", () => {
  it("answers a validation request with the decoded token as text/plain", () => {
    expect(validationResponse("/hook?validationToken=a%2Bb%20c")).toEqual({
      status: 200,
      headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" },
      body: "a+b c",
    });
  });

  it("reads full URLs, URL objects, query strings and URLSearchParams alike", () => {
    for (const input of [
      "https://example.com/hook?x=1&validationToken=t%2F1",
      new URL("https://example.com/hook?validationToken=t%2F1"),
      "?validationToken=t%2F1",
      new URLSearchParams("validationToken=t%2F1"),
    ]) {
      expect(validationResponse(input)?.body).toBe("t/1");
    }
  });

  it("returns undefined when there is no validationToken", () => {
    expect(validationResponse("/hook")).toBeUndefined();
    expect(validationResponse("/hook?validationtoken=case-matters")).toBeUndefined();
    expect(validationResponse(new URLSearchParams())).toBeUndefined();
  });
});

describe("handleValidation", () => {
  let server: Server;
  let url: string;
  const notifications: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (handleValidation(req, res)) return;
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (chunk: string) => (body += chunk));
      req.on("end", () => {
        notifications.push(body);
        res.statusCode = 202;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  });

  it("answers Graph's handshake POST with 200 and the decoded token as text/plain", async () => {
    const res = await fetch(`${url}?validationToken=a%2Bb%20c`, {
      method: "POST",
      headers: { "Content-Type": "text/plain; charset=utf-8" },
      body: "",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await res.text()).toBe("a+b c");
    expect(notifications).toEqual([]);
  });

  it("leaves a notification POST to the caller's handler", async () => {
    const body = JSON.stringify({ value: [] });
    const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body });
    expect(res.status).toBe(202);
    expect(notifications).toEqual([body]);
  });
});

describe("checkClientState", () => {
  const notification = (clientState: string | null | undefined, id: string): ChangeNotification => ({
    id,
    subscriptionId: "sub",
    changeType: "created",
    tenantId: "tenant",
    subscriptionExpirationDateTime: "2025-01-01T00:00:00Z",
    resource: "chats('19:a@thread.v2')/messages('1')",
    resourceData: { id: "1", "@odata.type": "#Microsoft.Graph.chatMessage", "@odata.id": "chats('19:a@thread.v2')/messages('1')" },
    ...(clientState === undefined ? {} : { clientState }),
  });

  it("accepts the notifications whose clientState matches and rejects the others", () => {
    const batch = [
      notification("secretClientValue", "match"),
      notification("secretClientValuf", "same length"),
      notification("secret", "shorter"),
      notification("secretClientValue-and-more", "longer"),
      notification(null, "null"),
      notification(undefined, "missing"),
    ];
    const { accepted, rejected } = checkClientState(batch, "secretClientValue");
    expect(accepted.map((n) => n.id)).toEqual(["match"]);
    expect(rejected.map((n) => n.id)).toEqual(["same length", "shorter", "longer", "null", "missing"]);
  });

  it("works for lifecycle notifications too", () => {
    const lifecycle = {
      subscriptionId: "sub",
      subscriptionExpirationDateTime: "2025-01-01T00:00:00Z",
      tenantId: "tenant",
      clientState: "s3cret",
      lifecycleEvent: "reauthorizationRequired" as const,
    };
    expect(checkClientState([lifecycle], "s3cret").accepted).toEqual([lifecycle]);
  });

  it("refuses an empty expected clientState, which would prove nothing", () => {
    expect(() => checkClientState([notification("", "empty")], "")).toThrow(TypeError);
  });
});
