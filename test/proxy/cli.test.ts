// `graph-chat-contract proxy` as a user runs it: it prints where it listens, forwards, and prints
// the summary when stopped with SIGTERM.
import { once } from "node:events";
import { spawnScript } from "../e2e/server-process.js";
import { fakeUpstream, graphError, sendJson, type FakeUpstream } from "./helpers.js";

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await fakeUpstream((_req, res) => sendJson(res, 404, graphError(404, "NotFound")));
});
afterAll(() => upstream.close());

describe("graph-chat-contract proxy", () => {
  it("prints where it listens and, on SIGTERM, the summary per operation", async () => {
    const child = spawnScript("src/cli.ts", {}, ["proxy", "--upstream", upstream.url, "--port", "0", "--strict"]);
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    const deadline = Date.now() + 20_000;
    while (!/Listening:\s+(\S+)/.test(out) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    const url = /Listening:\s+(\S+)/.exec(out)?.[1];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(out).toContain(`Upstream:   ${upstream.url}`);
    expect(out).toMatch(/Mode:\s+strict/);
    expect((await fetch(`${url}/v1.0/chats/19:a@thread.v2`)).status).toBe(404);
    expect((await fetch(`${url}/v1.0/somewhere-else`)).status).toBe(404);
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(err).toMatch(/2 exchanges, 1 not in contract/);
    expect(err).toMatch(/getChat\s+1\s+0\s+0/);
  });

  it("refuses a malformed option with a message", async () => {
    const child = spawnScript("src/cli.ts", {}, ["proxy", "--faults", "503=lots"]);
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(1);
    expect(err).toMatch(/--faults: 503=lots/);
  });
});
