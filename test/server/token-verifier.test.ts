import { jest } from "@jest/globals";
import { createTokenVerifier, TokenError } from "../../src/server/auth/verify.js";
import { mintDevToken } from "../../src/server/auth/mint.js";
import { DEMO_TENANT_ID } from "../../src/server/directory/demo-tenant.js";
import { USERS } from "./helpers.js";

// Verified tokens are remembered (a client reuses its token for an hour); these pin that
// remembering never accepts what full verification would refuse.
describe("token verification (remembered tokens)", () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  const mint = (expiresIn: string) =>
    mintDevToken({ kind: "user", userId: USERS.megan, tenantId: DEMO_TENANT_ID, scopes: "Chat.Read", expiresIn });

  it("accepts a token again while it is valid", async () => {
    const verify = createTokenVerifier({ mode: "dev" });
    const token = await mint("1h");
    const first = await verify(token);
    await expect(verify(token)).resolves.toEqual(first);
    expect(first.oid).toBe(USERS.megan);
  });

  it("refuses a remembered token once it has expired", async () => {
    const verify = createTokenVerifier({ mode: "dev" });
    const token = await mint("60s");
    await verify(token);
    jest.useFakeTimers({ now: Date.now() + 61_000, doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
    await expect(verify(token)).rejects.toThrow(new TokenError("Lifetime validation failed, the token is expired."));
  });

  it("does not let a remembered token vouch for a tampered copy", async () => {
    const verify = createTokenVerifier({ mode: "dev" });
    const token = await mint("1h");
    await verify(token);
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString()) as Record<string, unknown>;
    const forged = [header, Buffer.from(JSON.stringify({ ...claims, oid: USERS.jacob })).toString("base64url"), signature].join(".");
    await expect(verify(forged)).rejects.toThrow("Invalid signature");
  });

  it("never remembers a refusal", async () => {
    const verify = createTokenVerifier({ mode: "dev" });
    await expect(verify("not-a-jwt")).rejects.toBeInstanceOf(TokenError);
    await expect(verify("not-a-jwt")).rejects.toBeInstanceOf(TokenError);
  });
});
