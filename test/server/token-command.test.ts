// `npm run token` (tokenCommand): the --app-id option, so tests can act as several applications.
import { decodeJwt } from "jose";
import { DEV_APP_ID } from "../../src/server/auth/mint.js";
import { tokenCommand, UsageError } from "../../src/server/auth/token-command.js";

const APP = "11111111-2222-3333-4444-555555555555";

describe("token --app-id", () => {
  it("names the given application in a delegated token's azp", async () => {
    const claims = decodeJwt(await tokenCommand(["--user", "jacob@contoso.com", "--app-id", APP], {}));
    expect(claims.azp).toBe(APP);
    expect(claims.oid).toBeDefined();
  });

  it("names the given application in an application token's appid", async () => {
    const claims = decodeJwt(await tokenCommand(["--app", "--roles", "Chat.Read.All", "--app-id", APP.toUpperCase()], {}));
    expect(claims.appid).toBe(APP);
    expect(claims.roles).toEqual(["Chat.Read.All"]);
  });

  it("uses the development application id when none is given", async () => {
    const claims = decodeJwt(await tokenCommand(["--app", "--roles", "Chat.Read.All"], {}));
    expect(claims.appid).toBe(DEV_APP_ID);
  });

  it("refuses an application id that is not a GUID", async () => {
    await expect(tokenCommand(["--user", "jacob@contoso.com", "--app-id", "my-app"], {})).rejects.toThrow(UsageError);
    await expect(tokenCommand(["--user", "jacob@contoso.com", "--app-id", "my-app"], {})).rejects.toThrow(/--app-id must be a GUID/);
  });
});
