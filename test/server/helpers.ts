// Shared test fixtures: an app with a fixed clock and predictable ids, tokens for demo users,
// and the seed examples read verbatim from openapi.yaml.
import { readFileSync } from "node:fs";
import type { Express } from "express";
import { pino } from "pino";
import { parse } from "yaml";
import type { components, Writable } from "../../generated/schema.js";
import { createControlledApp, type AppOptions, type ControlledApp } from "../../src/server/app.js";
import { mintDevToken } from "../../src/server/auth/mint.js";
import { DEMO_TENANT_ID, demoDirectory } from "../../src/server/directory/demo-tenant.js";

export const FIXED_NOW = new Date("2026-03-01T12:00:00.000Z");

export const USERS = {
  adele: "8b081ef6-4792-4def-b2c9-c363a1bf41d5",
  megan: "8c0a1a67-50ce-4114-bb6c-da9c5dbcf6ca",
  lynne: "82fe7758-5bb3-4f0d-a43f-e555fd399c6f",
  isaiah: "3626a173-f2bc-4883-bcf7-01514c3bfb82",
  jacob: "4595d2f2-7b31-446c-84fd-9b795e63114b",
  alex: "5e6e7a25-b0a7-4cbe-8c0e-8a4b2b0cd5f3",
  guest: "8ba98gf6-7fc2-4eb2-c7f2-aef9f21fd98g",
  federated: "82af01c5-f7cc-4a2e-a728-3a5df21afd9d",
} as const;
export const FEDERATED_TENANT = "4dc1fe35-8ac6-4f0d-904a-7ebcd364bea1";

/** An app whose group chat ids count up (…0001, …0002) and whose clock stands still. */
export function testApp(options: AppOptions = {}): Express {
  return testControlledApp(options).app;
}

/** {@link testApp} with its ServerControl (delivery journal, clock moves, reset). */
export function testControlledApp(options: AppOptions = {}): ControlledApp {
  let n = 0;
  return createControlledApp({
    clock: () => FIXED_NOW,
    ids: { threadHex: () => (++n).toString(16).padStart(32, "0") },
    logger: pino({ level: "silent" }),
    ...options,
  });
}

export function userToken(
  userKey: string,
  scopes = "Chat.ReadWrite",
  extra: { expiresIn?: string; notBefore?: string; appId?: string } = {},
): Promise<string> {
  const user = demoDirectory().find(userKey);
  if (!user) throw new Error(`no demo user ${userKey}`);
  return mintDevToken({ kind: "user", userId: user.id, tenantId: DEMO_TENANT_ID, scopes, ...extra });
}

/** An application token; `appId` picks the application (default: the development app id). */
export function appToken(roles: string[], extra: { appId?: string; expiresIn?: string } = {}): Promise<string> {
  return mintDevToken({ kind: "app", tenantId: DEMO_TENANT_ID, roles, ...extra });
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

type Member = Writable<components["schemas"]["aadUserConversationMember"]>;
export type CreateChatBody = Writable<components["schemas"]["createChatRequest"]>;

export function member(userKey: string, role: "owner" | "guest" = "owner", extra: Partial<Member> = {}): Member {
  return {
    "@odata.type": "#microsoft.graph.aadUserConversationMember",
    roles: [role],
    "user@odata.bind": `https://graph.microsoft.com/v1.0/users('${userKey}')`,
    ...extra,
  };
}

type NamedExamples = Record<string, { summary: string; value: unknown }>;
const spec = parse(readFileSync(new URL("../../openapi.yaml", import.meta.url), "utf8")) as {
  components: {
    examples: NamedExamples;
    requestBodies: Record<string, { content: Record<string, { examples?: NamedExamples }> }>;
  };
};

/** A named example of openapi.yaml, exactly as the documentation shows it. */
export function example(name: string): { summary: string; value: Record<string, unknown> } {
  const found = spec.components.examples[name];
  if (!found) throw new Error(`no example ${name} in openapi.yaml`);
  return found as { summary: string; value: Record<string, unknown> };
}

/** A named example of one of openapi.yaml's request bodies, exactly as the documentation shows it. */
export function requestExample(requestBody: string, name: string): { summary: string; value: Record<string, unknown> } {
  const found = spec.components.requestBodies[requestBody]?.content["application/json"]?.examples?.[name];
  if (!found) throw new Error(`no example ${name} of the request body ${requestBody} in openapi.yaml`);
  return found as { summary: string; value: Record<string, unknown> };
}

/** Checks the Graph error envelope and that it agrees with the response headers. */
export function expectGraphError(
  res: { status: number; headers: Record<string, string>; body: unknown },
  status: number,
  code: string,
): void {
  expect(res.status).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/json/);
  const body = res.body as { error: { code: string; message: string; innerError: Record<string, string> } };
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(body.error.innerError["request-id"]).toBe(res.headers["request-id"]);
  expect(body.error.innerError["client-request-id"]).toBe(res.headers["client-request-id"]);
  expect(body.error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
}
