// The tenant's users as the server knows them. Lookups accept an id or a user principal name,
// case-insensitively, as Graph's /users('{id-or-upn}') does.
import { readFileSync } from "node:fs";

export interface DirectoryUser {
  id: string;
  userPrincipalName: string;
  displayName: string;
  mail: string | null;
  /** `Guest` for in-tenant guests (B2B); `Member` otherwise. */
  userType: "Member" | "Guest";
  /** The user's home tenant; differs from the directory's tenant for federated users. */
  tenantId: string;
}

export interface DirectoryData {
  tenantId: string;
  users: DirectoryUser[];
}

export class Directory {
  readonly tenantId: string;
  readonly users: readonly DirectoryUser[];
  private readonly byKey = new Map<string, DirectoryUser>();

  constructor(data: DirectoryData) {
    this.tenantId = data.tenantId.toLowerCase();
    this.users = data.users;
    for (const user of data.users) {
      for (const key of [user.id, user.userPrincipalName]) {
        const k = key.toLowerCase();
        if (this.byKey.has(k)) throw new Error(`directory: duplicate user key '${key}'`);
        this.byKey.set(k, user);
      }
    }
  }

  /** Finds a user by id or user principal name. */
  find(idOrUpn: string): DirectoryUser | undefined {
    return this.byKey.get(idOrUpn.toLowerCase());
  }

  /** Whether the user belongs to another tenant (a federated, out-of-tenant user). */
  isExternal(user: DirectoryUser): boolean {
    return user.tenantId.toLowerCase() !== this.tenantId;
  }

  /** Reads a directory from a JSON file shaped like {@link DirectoryData}; throws naming the problem. */
  static fromFile(path: string): Directory {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new Error(`DIRECTORY_FILE ${path}: ${(error as Error).message}`, { cause: error });
    }
    return Directory.parse(data, `DIRECTORY_FILE ${path}`);
  }

  /**
   * Checks untrusted data (parsed JSON) against {@link DirectoryData} and builds a directory;
   * throws an Error starting with `source` and naming the problem.
   */
  static parse(data: unknown, source = "directory"): Directory {
    const checked = checkDirectoryData(data, source);
    try {
      return new Directory(checked);
    } catch (error) {
      throw new Error(`${source}: ${(error as Error).message.replace(/^directory: /, "")}`, { cause: error });
    }
  }
}

function checkDirectoryData(data: unknown, source: string): DirectoryData {
  const fail = (why: string): never => {
    throw new Error(`${source}: ${why}`);
  };
  if (typeof data !== "object" || data === null || Array.isArray(data)) return fail("expected an object { tenantId, users }");
  const { tenantId, users } = data as Record<string, unknown>;
  if (typeof tenantId !== "string" || tenantId === "") return fail("tenantId must be a non-empty string");
  if (!Array.isArray(users)) return fail("users must be an array");
  const checked = users.map((raw: unknown, index): DirectoryUser => {
    if (typeof raw !== "object" || raw === null) return fail(`users[${index}] must be an object`);
    const u = raw as Record<string, unknown>;
    for (const field of ["id", "userPrincipalName", "displayName"] as const) {
      if (typeof u[field] !== "string" || u[field] === "") fail(`users[${index}].${field} must be a non-empty string`);
    }
    if (u.userType !== undefined && u.userType !== "Member" && u.userType !== "Guest") {
      fail(`users[${index}].userType must be "Member" or "Guest"`);
    }
    if (u.mail !== undefined && u.mail !== null && typeof u.mail !== "string") fail(`users[${index}].mail must be a string`);
    if (u.tenantId !== undefined && typeof u.tenantId !== "string") fail(`users[${index}].tenantId must be a string`);
    return {
      id: u.id as string,
      userPrincipalName: u.userPrincipalName as string,
      displayName: u.displayName as string,
      mail: (u.mail as string | null | undefined) ?? null,
      userType: (u.userType as "Member" | "Guest" | undefined) ?? "Member",
      tenantId: (u.tenantId as string | undefined) ?? tenantId,
    };
  });
  return { tenantId, users: checked };
}
