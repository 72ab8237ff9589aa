// The `token` command (npm run token, and later the package's bin): prints one development JWT.
import { parseArgs } from "node:util";
import { demoDirectory } from "../directory/demo-tenant.js";
import { Directory } from "../directory/directory.js";
import { DEV_APP_ID, mintDevToken, parseDuration } from "./mint.js";

export const TOKEN_USAGE = `Usage:
  token --user <id-or-upn> [--scopes "Chat.Create Chat.ReadWrite"] [--expires 1h] [--app-id <guid>]
  token --app --roles "Chat.Create Chat.Read.All" [--expires 1h] [--app-id <guid>]

Prints one JWT signed with the local development key, for the demo tenant (or DIRECTORY_FILE).
  --user     a user of the directory, by id or user principal name (delegated token)
  --scopes   delegated scopes, space separated (default: Chat.ReadWrite)
  --app      an application token instead (no user)
  --roles    application permissions, space or comma separated
  --expires  lifetime: 30s, 5m, 1h, 1d (default 1h)
  --app-id   the calling application's id (azp/appid; default ${DEV_APP_ID}): subscriptions,
             quotas and throttling are per application`;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class UsageError extends Error {
  override name = "UsageError";
}

/** Parses the arguments and returns the token; throws UsageError for bad arguments. */
export async function tokenCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        user: { type: "string" },
        scopes: { type: "string" },
        app: { type: "boolean", default: false },
        roles: { type: "string" },
        expires: { type: "string", default: "1h" },
        "app-id": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) throw new UsageError("");
  try {
    parseDuration(values.expires);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const appId = values["app-id"];
  if (appId !== undefined && !GUID.test(appId)) throw new UsageError(`--app-id must be a GUID, got '${appId}'`);
  const app = appId === undefined ? {} : { appId: appId.toLowerCase() };
  const directory = env.DIRECTORY_FILE ? Directory.fromFile(env.DIRECTORY_FILE) : demoDirectory();
  if (values.app) {
    if (values.user !== undefined || values.scopes !== undefined) throw new UsageError("--app takes --roles, not --user or --scopes");
    const roles = (values.roles ?? "").split(/[\s,]+/).filter(Boolean);
    return mintDevToken({ kind: "app", tenantId: directory.tenantId, roles, expiresIn: values.expires, ...app });
  }
  if (values.roles !== undefined) throw new UsageError("--roles is for application tokens: add --app");
  if (!values.user) throw new UsageError("--user <id-or-upn> is required (or --app --roles ...)");
  const user = directory.find(values.user);
  if (!user)
    throw new UsageError(`no user '${values.user}' in the directory; known: ${directory.users.map((u) => u.userPrincipalName).join(", ")}`);
  const scopes = values.scopes
    ?.split(/[\s,]+/)
    .filter(Boolean)
    .join(" ");
  return mintDevToken({
    kind: "user",
    userId: user.id,
    tenantId: directory.tenantId,
    expiresIn: values.expires,
    ...app,
    ...(scopes !== undefined && { scopes }),
  });
}
