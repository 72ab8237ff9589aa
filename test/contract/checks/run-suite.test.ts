// The contract suite must pass against the reference server and catch each deliberately broken
// variant of it with a readable reason and a curl line.
import { jest } from "@jest/globals";
import { pino } from "pino";
import { runContractSuite, type CheckResult, type ContractReport } from "../../../src/contract/index.js";
import { startServer, type RunningServer } from "../../../src/server/index.js";
import { NoDedupStore } from "../../support/broken-stores.js";
import { devTokens, eachChat, rewritingFetch, urlOf } from "../helpers.js";

const RUNS = 20;
// A whole suite run is hundreds of requests; on a loaded 2-core CI machine running the other test
// files in parallel it can take far longer than jest's 5 s default. This bounds a hang, not speed.
jest.setTimeout(120_000);
const quiet = () => pino({ level: "silent" });

function failure(report: ContractReport, name: RegExp): CheckResult {
  const found = report.results.find((r) => name.test(r.name));
  if (!found) throw new Error(`no check matching ${name}; checks: ${report.results.map((r) => r.name).join("; ")}`);
  return found;
}

function expectCaught(report: ContractReport, name: RegExp, reason: RegExp): void {
  const result = failure(report, name);
  expect(result.ok).toBe(false);
  expect(result.reason).toMatch(reason);
  expect(result.curl).toMatch(/^curl .*-X (GET|POST|PATCH|DELETE|PUT) /);
  expect(result.curl).not.toMatch(/eyJ/); // no token in the report
}

describe("runContractSuite", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ logger: quiet() });
  });
  afterAll(() => server.close());

  // Every check, the notification ones too: about a minute alone, far longer beside the other files.
  it("passes every check against the reference server", async () => {
    const report = await runContractSuite({ baseUrl: server.url, tokens: devTokens, seed: 7, runs: RUNS });
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
    expect(report.passed).toBeGreaterThanOrEqual(60);
    expect(report.failed).toBe(0);
    expect(report.skipped).toEqual([]);
  }, 300_000);

  it("runs only the checks matching `only`", async () => {
    const report = await runContractSuite({ baseUrl: server.url, tokens: devTokens, only: /^protocol:/, runs: 1 });
    expect(report.results.length).toBeGreaterThan(0);
    expect(report.results.every((r) => r.name.startsWith("protocol:"))).toBe(true);
  });

  it("catches error responses without the Graph error envelope", async () => {
    const bare = rewritingFetch((status, json) =>
      status >= 400 ? { status, json: { message: (json as { error?: { message?: string } }).error?.message ?? "error" } } : undefined,
    );
    const report = await runContractSuite({ baseUrl: server.url, tokens: devTokens, seed: 7, runs: RUNS, fetch: bare });
    expectCaught(report, /without a token gets 401/, /error envelope: no `error` object/);
    expectCaught(report, /createChat: generated invalid requests/, /error envelope: no `error` object/);
  });

  it("catches a chat property of the wrong type", async () => {
    const numeric = rewritingFetch((status, json) =>
      status < 300
        ? { status, json: eachChat(json, (chat) => (chat.createdDateTime = Date.parse(String(chat.createdDateTime)))) }
        : undefined,
    );
    const report = await runContractSuite({ baseUrl: server.url, tokens: devTokens, seed: 7, runs: RUNS, fetch: numeric });
    expectCaught(report, /createChat: generated valid requests/, /does not match the 201 schema: \/createdDateTime must be string/);
    expectCaught(
      report,
      /listChats: generated valid requests/,
      /does not match the 200 schema: \/value\/\d+\/createdDateTime must be string/,
    );
  });

  it("catches a beta-only operation that is also served under /v1.0", async () => {
    // The broken server answers the beta `$ref` paths under /v1.0 as if they were under /beta.
    const everywhere: typeof fetch = (input, init) =>
      fetch(urlOf(input).replace(/\/v1\.0(\/(?:me|users\/[^/]+)\/chats\/\$ref)$/, "/beta$1"), init);
    const report = await runContractSuite({
      baseUrl: server.url,
      tokens: devTokens,
      seed: 7,
      runs: RUNS,
      only: /^addChatsFor/,
      fetch: everywhere,
    });
    expectCaught(report, /addChatsForMe: generated invalid requests/, /served under \/v1\.0, not only \/beta.*got 201/);
    expectCaught(report, /addChatsForUser: generated invalid requests/, /served under \/v1\.0, not only \/beta.*got 201/);
    expect(failure(report, /addChatsForMe: generated valid requests/).ok).toBe(true);
  });

  it("catches a bulk add that reports a member as failed", async () => {
    const failing = rewritingFetch((status, json) => {
      const value = (json as { value?: { "@odata.type"?: string; error?: unknown }[] }).value;
      if (status !== 200 || !value?.[0] || value[0]["@odata.type"] !== "#microsoft.graph.aadUserConversationMemberResult") return undefined;
      value[0].error = { code: "NotFound", message: "User not found." };
      return { status, json };
    });
    const report = await runContractSuite({
      baseUrl: server.url,
      tokens: devTokens,
      seed: 7,
      runs: RUNS,
      only: /^(addChatMembers|removeChatMembers):/,
      fetch: failing,
    });
    expectCaught(report, /addChatMembers: generated valid requests/, /the result for \S+ has an error: \{"code":"NotFound"/);
  });

  // conversationmember-remove.md: every user removed is 204 without a body; a results body is not that.
  it("catches a bulk remove that answers 200 with results instead of 204", async () => {
    const results = {
      "@odata.context": "x",
      value: [{ "@odata.type": "#microsoft.graph.aadUserConversationMemberResult", userId: "u", error: null }],
    };
    const old = rewritingFetch((status, json) => (status === 204 && json === undefined ? { status: 200, json: results } : undefined));
    const report = await runContractSuite({
      baseUrl: server.url,
      tokens: devTokens,
      seed: 7,
      runs: RUNS,
      only: /^removeChatMembers:/,
      fetch: old,
    });
    expectCaught(report, /removeChatMembers: generated valid requests/, /status 200 is not documented for removeChatMembers/);
  });

  // conversationmembers-add.md: a bulk add with a failed item is 207, not 200.
  it("catches a bulk add that answers 200 where Graph answers 207", async () => {
    const flattened = rewritingFetch((status, json) => (status === 207 ? { status: 200, json } : undefined));
    const report = await runContractSuite({ baseUrl: server.url, tokens: devTokens, only: /^graph: bulk add/, fetch: flattened });
    expectCaught(report, /^graph: bulk add/, /one new user and one member already in the chat: got 200 \(expected 207\)/);
  });

  // chat-get.md and the other pages: the docs' own examples address chats under /me/chats/{id}.
  it("catches a server that answers 404 under /me/chats/{chatId}", async () => {
    const unknown = JSON.stringify({ error: { code: "NotFound", message: "Resource not found", innerError: {} } });
    const noAliases: typeof fetch = (input, init) =>
      /\/me\/chats\/[^/?$]+/.test(new URL(urlOf(input)).pathname)
        ? Promise.resolve(new Response(unknown, { status: 404, headers: { "content-type": "application/json" } }))
        : fetch(urlOf(input), init);
    const report = await runContractSuite({
      baseUrl: server.url,
      tokens: devTokens,
      only: /^graph: every chat, member and message/,
      fetch: noAliases,
    });
    expectCaught(report, /^graph: every chat, member and message/, /\/me\/chats\/\S+ → 404/);
  });

  // chatmessagehostedcontent-get.md, example 2: the bytes come with the image's own content type.
  it("catches an inline image served as something other than an image, or with other bytes", async () => {
    const serving = (change: (bytes: ArrayBuffer, headers: Headers) => { bytes: ArrayBuffer; type: string }): typeof fetch => {
      return async (input, init) => {
        const response = await fetch(urlOf(input), init);
        if (response.status !== 200 || !urlOf(input).endsWith("/$value")) return response;
        const headers = new Headers(response.headers);
        const changed = change(await response.arrayBuffer(), headers);
        headers.set("content-type", changed.type);
        headers.delete("content-length");
        return new Response(changed.bytes, { status: 200, headers });
      };
    };
    const only = /^getChatMessageHostedContentValue:/;
    const asOctets = serving((bytes) => ({ bytes, type: "application/octet-stream" }));
    const octets = await runContractSuite({ baseUrl: server.url, tokens: devTokens, seed: 7, runs: 5, only, fetch: asOctets });
    expectCaught(
      octets,
      /getChatMessageHostedContentValue: generated valid requests/,
      /content-type is "application\/octet-stream", expected image\/\*/,
    );
    const truncated = serving((bytes, headers) => ({ bytes: bytes.slice(1), type: headers.get("content-type") ?? "" }));
    const other = await runContractSuite({ baseUrl: server.url, tokens: devTokens, seed: 7, runs: 5, only, fetch: truncated });
    expectCaught(other, /getChatMessageHostedContentValue: generated valid requests/, /bytes that differ from the \d+ bytes sent/);
  });

  it("catches a message list that applies a filter the page says is ignored", async () => {
    const strict: typeof fetch = (input, init) => {
      const url = new URL(urlOf(input));
      // Applying `createdDateTime lt 1970…` without $orderby leaves no message.
      const applies = url.pathname.endsWith("/messages") && url.searchParams.has("$filter") && !url.searchParams.has("$orderby");
      return applies ? fetch(url.href.replace("/messages?", "/messages?$orderby=createdDateTime%20desc&"), init) : fetch(url, init);
    };
    const report = await runContractSuite({ baseUrl: server.url, tokens: devTokens, only: /^graph: message lists/, fetch: strict });
    expectCaught(report, /^graph: message lists/, /the page says it is ignored/);
  });

  it("is reproducible: the same seed sends the same requests", async () => {
    const bodies = async () => {
      const sent: string[] = [];
      const recording: typeof fetch = (input, init) => {
        // Chat ids are random on the server's side; everything the suite chooses must repeat.
        sent.push(
          `${init?.method} ${urlOf(input).replace(/19(:|%3A)[^/?]+/g, "{chat}")} ${(typeof init?.body === "string" ? init.body : "").replace(/"19:[^"]+"/g, "{chat}")}`,
        );
        return fetch(input, init);
      };
      await runContractSuite({ baseUrl: server.url, tokens: devTokens, seed: 99, runs: 5, only: /^updateChat:/, fetch: recording });
      return sent;
    };
    expect(await bodies()).toEqual(await bodies());
  });

  describe("createChat", () => {
    it("catches a server that does not deduplicate oneOnOne chats", async () => {
      const broken = await startServer({ logger: quiet(), store: new NoDedupStore() });
      try {
        const report = await runContractSuite({ baseUrl: broken.url, tokens: devTokens, seed: 7, runs: RUNS });
        expectCaught(
          report,
          /oneOnOne chat again returns the same chat/,
          /the repeat create made a second chat: 19:\S+ then 19:\S+_copy\d+@unq\.gbl\.spaces/,
        );
      } finally {
        await broken.close();
      }
    });

    it("catches a server that accepts a topic on a oneOnOne chat", async () => {
      // The broken server drops the topic and creates the chat, as a lenient implementation would.
      const lenient = rewritingFetch(
        () => undefined,
        (url, init) => {
          if (init.method !== "POST" || !/\/v1\.0\/chats$/.test(url) || typeof init.body !== "string") return init;
          const body = JSON.parse(init.body) as Record<string, unknown>;
          if (body.chatType !== "oneOnOne") return init;
          delete body.topic;
          return { ...init, body: JSON.stringify(body) };
        },
      );
      const report = await runContractSuite({ baseUrl: server.url, tokens: devTokens, seed: 7, runs: RUNS, fetch: lenient });
      expectCaught(report, /a topic on a oneOnOne chat is a 400/, /got 201 \(expected 400\)/);
    });
  });
});
