// Forged tokens are forged as described: another user's claims under the real signature, or no
// signature at all.
import { tamperedToken, unsignedToken } from "../../../src/contract/wire/to-wire.js";

describe("forged tokens", () => {
  const token = `${Buffer.from('{"alg":"HS256"}').toString("base64url")}.${Buffer.from('{"oid":"a","tid":"t"}').toString("base64url")}.c2ln`;

  it("tampered: another user's id under the original signature", () => {
    const [header, payload, signature] = tamperedToken(token, "b").split(".");
    expect([header, signature]).toEqual([token.split(".")[0], "c2ln"]);
    expect(JSON.parse(Buffer.from(payload ?? "", "base64url").toString())).toMatchObject({ oid: "b", tid: "t" });
  });

  it("unsigned: alg none, the same claims, no signature", () => {
    const [header, payload, signature] = unsignedToken(token).split(".");
    expect(JSON.parse(Buffer.from(header ?? "", "base64url").toString())).toEqual({ alg: "none", typ: "JWT" });
    expect([payload, signature]).toEqual([token.split(".")[1], ""]);
  });
});
