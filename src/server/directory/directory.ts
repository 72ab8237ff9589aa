// The tenant's users as the server knows them. Lookups accept an id or a user principal name,
// case-insensitively, as Graph's /users('{id-or-upn}') does.
import { readFileSync } from "node:fs";
import { ConfigError, configCheck, type ConfigSchema } from "../config-schema/check.js";

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

/** A directory as DIRECTORY_FILE, PUT /_admin/directory and the `directory` option give it: defaults may be left out. */
type DirectoryInput = Omit<DirectoryData, "users"> & {
  users: (Omit<DirectoryUser, "mail" | "userType" | "tenantId"> & Partial<Pick<DirectoryUser, "mail" | "userType" | "tenantId">>)[];
};

/** A directory that does not fit its shape or holds a user key twice; the message starts with the source. */
export class DirectoryConfigError extends ConfigError {
  override name = "DirectoryConfigError";
}

const nonEmpty: ConfigSchema<string> = { type: "string", minLength: 1, description: "a non-empty string" };

const checkDirectoryInput = configCheck<DirectoryInput>(
  {
    type: "object",
    description: "an object { tenantId, users }",
    properties: {
      tenantId: nonEmpty,
      users: {
        type: "array",
        description: "an array of users",
        items: {
          type: "object",
          description: "a user { id, userPrincipalName, displayName, mail?, userType?, tenantId? }",
          properties: {
            id: nonEmpty,
            userPrincipalName: nonEmpty,
            displayName: nonEmpty,
            mail: { anyOf: [{ type: "string" }, { type: "null", nullable: true }], description: "a string or null" },
            userType: { type: "string", enum: ["Member", "Guest"], description: '"Member" or "Guest"' },
            tenantId: nonEmpty,
          },
          required: ["id", "userPrincipalName", "displayName"],
          additionalProperties: false,
        },
      },
    },
    required: ["tenantId", "users"],
    additionalProperties: false,
  },
  (message) => new DirectoryConfigError(message),
);

export class Directory {
  readonly tenantId: string;
  readonly users: readonly DirectoryUser[];
  private readonly byKey = new Map<string, DirectoryUser>();

  /** Throws a {@link DirectoryConfigError} starting with `source` when two users share an id or UPN. */
  constructor(data: DirectoryData, source = "directory") {
    this.tenantId = data.tenantId.toLowerCase();
    this.users = data.users;
    for (const user of data.users) {
      for (const key of [user.id, user.userPrincipalName]) {
        const k = key.toLowerCase();
        if (this.byKey.has(k)) throw new DirectoryConfigError(`${source}: duplicate user key '${key}'`);
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
      throw new DirectoryConfigError(`DIRECTORY_FILE ${path}: ${(error as Error).message}`, { cause: error });
    }
    return Directory.parse(data, `DIRECTORY_FILE ${path}`);
  }

  /**
   * Checks untrusted data (parsed JSON) against {@link DirectoryData}, where `mail`, `userType` and
   * a user's `tenantId` may be left out, and builds a directory; throws a {@link DirectoryConfigError}
   * starting with `source` and naming the problem.
   */
  static parse(data: unknown, source = "directory"): Directory {
    const { tenantId, users } = checkDirectoryInput(data, source);
    const complete = users.map((user) => ({
      ...user,
      mail: user.mail ?? null,
      userType: user.userType ?? "Member",
      tenantId: user.tenantId ?? tenantId,
    }));
    return new Directory({ tenantId, users: complete }, source);
  }
}
