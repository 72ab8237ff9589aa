// The subscription cases and change-notification checks: they pass against the reference server,
// and catch servers broken in one way each — a GET that shows clientState, a handshake skipped or
// ignored, wrong notifications, lifetimes clamped instead of refused, one application reading
// another's subscription. Handshake and delivery breakage is staged between the server and the
// suite's receiver (hook-proxy.ts); the rest by rewriting the server's answers or the requests.
import { jest } from "@jest/globals";
import { decodeJwt } from "jose";
import { pino } from "pino";
import { runContractSuite, type CheckResult, type ContractOptions, type ContractReport } from "../../../src/contract/index.js";
import { SECOND_APP_ID } from "../../../src/contract/core/tokens.js";
import { demoUsers } from "../../../src/contract/core/users.js";
import { DEMO_TENANT_ID, mintDevToken, startServer, type RunningServer } from "../../../src/server/index.js";
import { devTokens, rewritingFetch } from "../helpers.js";
import { startHookProxy, type HookProxyOptions } from "./hook-proxy.js";

jest.setTimeout(120_000);

const NOTIFICATIONS = /^(notifications:|reference server:|\w+Subscriptions?:)/;

function result(report: ContractReport, name: RegExp): CheckResult {
  const found = report.results.find((r) => name.test(r.name));
  if (!found) throw new Error(`no check matching ${name}; checks: ${report.results.map((r) => r.name).join("; ")}`);
  return found;
}

function expectCaught(report: ContractReport, name: RegExp, reason: RegExp): void {
  const found = result(report, name);
  expect(found.ok).toBe(false);
  expect(found.reason).toMatch(reason);
  expect(found.curl).toMatch(/^curl .*-X (GET|POST|PATCH|DELETE) /);
  expect(found.curl).not.toMatch(/eyJ/);
}

describe("notification checks", () => {
  let server: RunningServer;
  const run = (options: Partial<ContractOptions>) =>
    runContractSuite({ baseUrl: server.url, tokens: devTokens, seed: 7, runs: 10, ...options });
  /** A run whose receiver sits behind a hook proxy set up as `proxy` says. */
  const behind = async (proxy: HookProxyOptions, only: RegExp) => {
    const hook = await startHookProxy(proxy);
    try {
      return await run({ only, receiverUrl: hook.url, receiverPort: hook.receiverPort });
    } finally {
      await hook.close();
    }
  };

  beforeAll(async () => {
    server = await startServer({ logger: pino({ level: "silent" }) });
  });
  afterAll(() => server.close());

  it("pass against the reference server: the six operations' cases and every notification rule", async () => {
    const report = await run({ only: NOTIFICATIONS, runs: 20 });
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
    expect(report.results.filter((r) => /^\w+Subscriptions?: generated/.test(r.name))).toHaveLength(12);
    expect(report.results.filter((r) => /^(notifications|reference server):/.test(r.name)).length).toBeGreaterThanOrEqual(15);
    expect(report.skipped).toEqual([]);
  });

  it("pass through a receiverUrl that forwards to the receiver's port", async () => {
    const report = await behind({}, /^notifications: (a message sent|notificationUrl and)/);
    expect(report.results.map((r) => [r.name, r.ok])).toEqual([
      [expect.stringMatching(/get a validation request/), true],
      [expect.stringMatching(/a message sent/), true],
    ]);
  });

  it("are skipped, each named, with skipNotifications; reference decisions with skipReferenceDecisions", async () => {
    const report = await run({ only: NOTIFICATIONS, skipNotifications: true, skipReferenceDecisions: true });
    expect(report.results).toEqual([]);
    expect(report.skipped).toContainEqual({
      name: "createSubscription: generated valid requests succeed",
      why: expect.stringMatching(/skipNotifications/),
    });
    expect(report.skipped).toContainEqual({
      name: expect.stringMatching(/^reference server:/),
      why: expect.stringMatching(/skipReferenceDecisions/),
    });
    expect(report.skipped.length).toBeGreaterThanOrEqual(27);
  });

  it("skip the second-application rule for token commands without a second application's", async () => {
    const report = await run({ only: /another application/, tokens: { command: "false" } });
    expect(report.results).toEqual([]);
    expect(report.skipped).toEqual([
      { name: expect.stringMatching(/another application/), why: expect.stringMatching(/second application/) },
    ]);
  });

  it("catch a server whose GET and list return clientState", async () => {
    const leaky = rewritingFetch((status, json) => {
      const body = json as { "@odata.context"?: string; value?: Record<string, unknown>[] } | undefined;
      if (status !== 200 || !body?.["@odata.context"]?.includes("#subscriptions")) return undefined;
      for (const s of body.value ?? [body]) (s as Record<string, unknown>).clientState = "leaked";
      return { status, json: body };
    });
    const report = await run({ only: /clientState|^(get|list)Subscriptions?: generated valid/, fetch: leaky });
    expectCaught(report, /^notifications: GET and list return clientState/, /GET returned clientState "leaked"/);
    expectCaught(report, /^getSubscription: generated valid/, /shows clientState "leaked"/);
    expectCaught(report, /^listSubscriptions: generated valid/, /shows clientState "leaked"/);
  });

  it("catch a server that skips the validation handshake", async () => {
    const report = await behind({ validation: "swallow" }, /validation request|^createSubscription: generated valid/);
    expectCaught(report, /get a validation request .* before the 201/, /notificationUrl got no validation request before the 201/);
    expectCaught(report, /^createSubscription: generated valid/, /no validation request reached notificationUrl before the 201/);
  });

  it("catch a server that keeps a subscription whose handshake failed", async () => {
    const report = await behind({ validation: "approve" }, /handshake/);
    expectCaught(report, /failed validation handshake is a 400/, /a notificationUrl that answers 500: got 201 \(expected 400\)/);
    expectCaught(
      report,
      /fails the handshake is a 400 and keeps the old one/,
      /answers the validation request with 500: got 200 \(expected 400\)/,
    );
  });

  it("catch notifications without the subscription's clientState, or not matching changeNotificationCollection", async () => {
    const each = (change: (n: Record<string, unknown>) => void) => (json: unknown) => {
      (json as { value: Record<string, unknown>[] }).value.forEach(change);
      return json;
    };
    const only = /^notifications: a (message|member) .* POSTed/;
    const noState = await behind({ rewrite: each((n) => delete n.clientState) }, only);
    expectCaught(noState, /a message sent/, /clientState is undefined, expected the subscription's "contract-/);
    expectCaught(noState, /a member added/, /clientState is undefined, expected the subscription's "contract-/);
    const noId = await behind({ rewrite: each((n) => delete (n.resourceData as Record<string, unknown>)["@odata.id"]) }, only);
    expectCaught(
      noId,
      /a message sent/,
      /does not match changeNotificationCollection: \/value\/0\/resourceData must have required property '@odata.id'/,
    );
  });

  it("catch a server that clamps lifetimes instead of refusing them", async () => {
    const clamping = rewritingFetch(
      () => undefined,
      (url, init) => {
        if (init.method !== "POST" || !url.endsWith("/v1.0/subscriptions") || typeof init.body !== "string") return init;
        const body = JSON.parse(init.body) as { expirationDateTime: string; lifecycleNotificationUrl?: string };
        const ahead = Date.parse(body.expirationDateTime) - Date.now();
        if (ahead > 0 && ahead <= 3_600_000) return init;
        delete body.lifecycleNotificationUrl;
        return { ...init, body: JSON.stringify({ ...body, expirationDateTime: new Date(Date.now() + 1_800_000).toISOString() }) };
      },
    );
    const report = await run({ only: /^notifications: an expirationDateTime/, fetch: clamping });
    expect(report.results.map((r) => r.name)).toEqual([
      expect.stringMatching(/more than 4,320 minutes/),
      expect.stringMatching(/more than 1 hour ahead without lifecycleNotificationUrl/),
      expect.stringMatching(/in the past/),
    ]);
    for (const r of report.results) expectCaught(report, new RegExp(r.name.slice(0, 60)), /got 201 \(expected 400\)/);
  });

  it("catch a server that lets one application act on another's subscription", async () => {
    const user = demoUsers().members[0]?.id ?? "";
    const ownApp = await mintDevToken({ kind: "user", userId: user, tenantId: DEMO_TENANT_ID, scopes: "Chat.Read" });
    // The broken server takes every token as the default application's.
    const appBlind = rewritingFetch(
      () => undefined,
      (_url, init) => {
        const headers = { ...(init.headers as Record<string, string>) };
        const token = headers.Authorization?.replace(/^Bearer /, "");
        if (token && decodeJwt(token).azp === SECOND_APP_ID) headers.Authorization = `Bearer ${ownApp}`;
        return { ...init, headers };
      },
    );
    const report = await run({ only: /another application/, fetch: appBlind });
    expectCaught(
      report,
      /another application's subscription/,
      /getSubscription by another application \(the same user\): got 200 \(expected 404\)/,
    );
  });
});
