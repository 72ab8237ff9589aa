// The default users: the reference server's demo tenant, so the suite runs against a fresh
// server with no configuration.
import { demoTenant } from "../../server/directory/demo-tenant.js";
import type { ContractUsers } from "./types.js";

/** The demo tenant's users, split by the roles the create-chat rules give them. */
export function demoUsers(): ContractUsers {
  const home = demoTenant.tenantId;
  const guest = demoTenant.users.find((u) => u.userType === "Guest" && u.tenantId === home);
  const federated = demoTenant.users.find((u) => u.tenantId !== home);
  return {
    // By id only: `user@odata.bind` by UPN is exercised through `userPrincipalName`.
    members: demoTenant.users
      .filter((u) => u.userType !== "Guest" && u.tenantId === home)
      .map((u) => ({ id: u.id, userPrincipalName: u.userPrincipalName })),
    ...(guest && { guest: { id: guest.id } }),
    ...(federated && { federated: { id: federated.id, tenantId: federated.tenantId } }),
  };
}
