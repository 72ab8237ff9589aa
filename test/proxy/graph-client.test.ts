// Microsoft's graph-client, unmodified, pointed at the proxy over HTTPS (it sends tokens only to
// https:// hosts) in front of the reference server: it pages through a list with the nextLinks
// rewritten to the proxy, so every page goes through it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PageIterator } from "@microsoft/microsoft-graph-client";
import { pino } from "pino";
import { createProxy, startServer, type RunningProxy, type RunningServer } from "../../src/server/index.js";
import { officialClient } from "../e2e/official-client.js";
import { capturedLogger } from "./helpers.js";

let server: RunningServer;
let proxy: RunningProxy;
beforeAll(async () => {
  const members = ["jacob@contoso.com", "alex@contoso.com"];
  server = await startServer({
    logger: pino({ level: "silent" }),
    seed: Array.from({ length: 5 }, (_, i) => ({ chatType: "group" as const, topic: `Chat ${i}`, members })),
  });
  proxy = await createProxy({
    upstream: server.url,
    tls: { mode: "dev", dir: mkdtempSync(join(tmpdir(), "proxy-tls-")) },
    logger: capturedLogger("silent").logger,
  });
}, 30_000);
afterAll(async () => {
  await proxy.close();
  await server.close();
});

describe("listMyChats through the proxy with @microsoft/microsoft-graph-client", () => {
  it("pages through every chat, each page requested from the proxy", async () => {
    const { client, requested } = officialClient(`${proxy.url}/v1.0`, proxy.tls?.cert ?? "", await server.token("jacob@contoso.com"));
    const topics: string[] = [];
    const first = (await client.api("/me/chats").top(2).get()) as { value: { topic: string }[] };
    await new PageIterator(client, first, (chat: { topic: string }) => {
      topics.push(chat.topic);
      return true;
    }).iterate();
    expect(topics.sort()).toEqual(["Chat 0", "Chat 1", "Chat 2", "Chat 3", "Chat 4"]);
    expect(requested).toHaveLength(3);
    for (const url of requested) expect(url.startsWith(proxy.url)).toBe(true);
    expect(proxy.summary().operations.listMyChats).toEqual({ calls: 3, requestProblems: 0, responseProblems: 0 });
  });
});
