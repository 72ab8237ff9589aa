// Turning member input (user@odata.bind + roles + tenantId) into directory users, with Graph's
// roster rules: each user once, in-tenant guests as `guest`, federated users as `owner`.
import type { Directory, DirectoryUser } from "../directory/directory.js";
import type { MemberRole } from "../store/types.js";
import { badRequest } from "./errors.js";

export interface MemberInput {
  readonly "user@odata.bind": string;
  readonly roles: readonly MemberRole[];
  readonly tenantId?: string | null | undefined;
}

export interface ResolvedMember {
  readonly user: DirectoryUser;
  readonly role: MemberRole;
}

// https://graph.microsoft.com/{v1.0|beta}/users('{key}') or .../users/{key}. The host is not
// checked, so binds built from this server's own base URL work as well. The key is opaque (the
// documentation's guest id is not valid hex) and may be percent-encoded; OData doubles quotes.
const BIND = /^https?:\/\/[^/?#\s]+\/(?:v1\.0|beta)\/users(?:\('((?:[^']|'')+)'\)|\/([^/?#()'\s]+))\/?$/i;

/** The user key (id or UPN) named by a `user@odata.bind` value. */
export function parseUserBind(bind: string): string {
  const match = BIND.exec(bind);
  const raw = match?.[1]?.replaceAll("''", "'") ?? match?.[2];
  if (raw === undefined) {
    throw badRequest(
      `Invalid value '${bind}' for 'user@odata.bind': expected https://graph.microsoft.com/v1.0/users('{id-or-userPrincipalName}').`,
    );
  }
  try {
    return decodeURIComponent(raw);
  } catch {
    throw badRequest(`Invalid percent-encoding in 'user@odata.bind' value '${bind}'.`);
  }
}

/** Resolves one member to its directory user and checks the role and tenant rules. */
export function resolveMember(input: MemberInput, directory: Directory): ResolvedMember {
  const key = parseUserBind(input["user@odata.bind"]);
  const user = directory.find(key);
  if (!user) throw badRequest(`User '${key}' was not found in the directory.`);
  if (input.tenantId != null && input.tenantId.toLowerCase() !== user.tenantId.toLowerCase()) {
    throw badRequest(`User '${key}' does not belong to tenant '${input.tenantId}'.`);
  }
  const role = input.roles[0];
  if (role === undefined || input.roles.length !== 1) {
    throw badRequest(`Member '${key}' must have exactly one role: 'owner' or 'guest'.`);
  }
  if (directory.isExternal(user)) {
    if (role !== "owner") throw badRequest(`Out-of-tenant user '${key}' must be assigned the 'owner' role.`);
  } else if (user.userType === "Guest" && role !== "guest") {
    throw badRequest(`In-tenant guest user '${key}' must be assigned the 'guest' role.`);
  }
  return { user, role };
}

/** Resolves a whole roster; a user named twice (by id, by UPN or both) is rejected. */
export function resolveRoster(inputs: readonly MemberInput[], directory: Directory): ResolvedMember[] {
  const seen = new Set<string>();
  return inputs.map((input) => {
    const member = resolveMember(input, directory);
    const id = member.user.id.toLowerCase();
    if (seen.has(id)) throw badRequest(`User '${member.user.id}' is listed more than once in 'members'.`);
    seen.add(id);
    return member;
  });
}
