import { createRequire } from "node:module";
import { cacheValidatorRouteMatchers } from "../../src/server/http/route-matchers.js";

type Compile = (path: string, options?: Record<string, unknown>) => { regexp: RegExp; keys: { name: string }[] };
const validatorsPathToRegexp = (): Compile => {
  const fromValidator = createRequire(createRequire(import.meta.url).resolve("express-openapi-validator"));
  return (fromValidator("path-to-regexp") as { pathToRegexp: Compile }).pathToRegexp;
};

describe("route matchers of the validator", () => {
  it("compiles a route once per option set and matches as before", () => {
    cacheValidatorRouteMatchers();
    const compile = validatorsPathToRegexp();
    const a = compile("/v1.0/chats/:chatId", { sensitive: false, strict: false });
    expect(compile("/v1.0/chats/:chatId", { sensitive: false, strict: false })).toBe(a);
    expect(compile("/v1.0/chats/:chatId", { sensitive: true, strict: false })).not.toBe(a);
    expect(a.regexp.exec("/v1.0/chats/19%3Aabc%40thread.v2")?.[1]).toBe("19%3Aabc%40thread.v2");
    expect(a.regexp.exec("/v1.0/chats/x/members")).toBeNull();
    expect(a.keys.map((k) => k.name)).toEqual(["chatId"]);
  });

  it("compiles calls with other options afresh", () => {
    cacheValidatorRouteMatchers();
    const compile = validatorsPathToRegexp();
    const open = compile("/v1.0/chats", { end: false });
    expect(compile("/v1.0/chats", { end: false })).not.toBe(open);
    expect(open.regexp.test("/v1.0/chats/anything")).toBe(true);
  });
});
