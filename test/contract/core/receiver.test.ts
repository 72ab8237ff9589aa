// The suite's webhook receiver: each endpoint answers the validation request as its behaviour
// says, notifications get 202, and everything is recorded where checks can find it.
import { startReceiver, type EndpointBehaviour, type Receiver } from "../../../src/contract/core/receiver.js";

const TOKEN = "Validation: Testing client application reachability for subscription Request-Id: 42";

async function validate(url: string): Promise<{ status: number; type: string | null; body: string }> {
  const response = await fetch(`${url}?validationToken=${encodeURIComponent(TOKEN)}`, {
    method: "POST",
    headers: { "content-type": "text/plain; charset=utf-8" },
    body: "",
  });
  return { status: response.status, type: response.headers.get("content-type"), body: await response.text() };
}

describe("startReceiver", () => {
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver.close());

  it("listens on 127.0.0.1 and gives every endpoint its own URL", () => {
    expect(receiver.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const [a, b] = [receiver.endpoint(), receiver.endpoint()];
    expect(a).not.toBe(b);
    expect(a.startsWith(`${receiver.url}/ok/`)).toBe(true);
  });

  it("answers the validation request with the decoded token as text/plain, and records the raw and decoded token", async () => {
    const url = receiver.endpoint();
    expect(await validate(url)).toEqual({ status: 200, type: "text/plain; charset=utf-8", body: TOKEN });
    const [seen] = receiver.requestsTo(url);
    expect(seen).toMatchObject({
      method: "POST",
      validationToken: TOKEN,
      rawValidationToken: encodeURIComponent(TOKEN),
      body: "",
      status: 200,
    });
    expect(seen?.contentType).toBe("text/plain; charset=utf-8");
  });

  const wrong: [EndpointBehaviour, { status: number; type: string; body: string }][] = [
    ["fail-status", { status: 500, type: "text/plain; charset=utf-8", body: "the receiver refuses on purpose" }],
    ["wrong-body", { status: 200, type: "text/plain; charset=utf-8", body: "not the validation token" }],
    ["raw-token", { status: 200, type: "text/plain; charset=utf-8", body: encodeURIComponent(TOKEN) }],
    ["not-text", { status: 200, type: "application/json", body: TOKEN }],
  ];
  for (const [behaviour, answer] of wrong) {
    it(`answers wrongly on purpose at a ${behaviour} endpoint`, async () => {
      expect(await validate(receiver.endpoint(behaviour))).toEqual(answer);
    });
  }

  it("answers a notification 202 and finds it by endpoint, even behind a public URL's path prefix", async () => {
    const url = receiver.endpoint();
    const other = receiver.endpoint();
    const sent = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"value":[]}' });
    expect(sent.status).toBe(202);
    expect(receiver.requestsTo(url)).toEqual([
      expect.objectContaining({ body: '{"value":[]}', contentType: "application/json", status: 202 }),
    ]);
    expect(receiver.requestsTo(other)).toEqual([]);
    const behindTunnel = url.replace(receiver.url, "https://tunnel.example/prefix");
    expect(receiver.requestsTo(behindTunnel)).toHaveLength(1);
  });

  it("waits for a request until it comes, or gives up after the bound", async () => {
    const url = receiver.endpoint();
    setTimeout(() => void fetch(url, { method: "POST", body: "later" }), 100);
    const started = Date.now();
    expect(await receiver.waitFor(url, (r) => r.body === "later", 5_000)).toMatchObject({ body: "later" });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await receiver.waitFor(receiver.endpoint(), () => true, 100)).toBeUndefined();
  });

  it("tells the server to deliver to a public URL when given one, listening on the port asked for", async () => {
    const probe = await startReceiver();
    const port = Number(new URL(probe.url).port);
    await probe.close();
    const tunnelled = await startReceiver({ port, publicUrl: "https://tunnel.example/hooks/" });
    try {
      expect(tunnelled.url).toBe("https://tunnel.example/hooks");
      expect(tunnelled.endpoint("fail-status")).toBe("https://tunnel.example/hooks/fail-status/1");
      expect((await validate(`http://127.0.0.1:${port}/hooks/fail-status/1`)).status).toBe(500);
    } finally {
      await tunnelled.close();
    }
  });
});
