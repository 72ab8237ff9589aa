// The default demo tenant: every user that appears in the seed documentation examples, so each
// documented request works as written on a fresh start.
import { Directory, type DirectoryData } from "./directory.js";

export const DEMO_TENANT_ID = "dcd219dd-bc68-4b9b-bf0b-4a33a796be35";
export const FEDERATED_TENANT_ID = "4dc1fe35-8ac6-4f0d-904a-7ebcd364bea1";

export const demoTenant: DirectoryData = {
  tenantId: DEMO_TENANT_ID,
  users: [
    member("8b081ef6-4792-4def-b2c9-c363a1bf41d5", "AdeleV@contoso.com", "Adele Vance"),
    member("8c0a1a67-50ce-4114-bb6c-da9c5dbcf6ca", "MeganB@contoso.com", "Megan Bowen"),
    member("82fe7758-5bb3-4f0d-a43f-e555fd399c6f", "LynneR@contoso.com", "Lynne Robbins"),
    member("3626a173-f2bc-4883-bcf7-01514c3bfb82", "IsaiahL@contoso.com", "Isaiah Langer"),
    member("4595d2f2-7b31-446c-84fd-9b795e63114b", "jacob@contoso.com", "Jacob Hancock"),
    member("5e6e7a25-b0a7-4cbe-8c0e-8a4b2b0cd5f3", "alex@contoso.com", "Alex Wilber"),
    {
      // An in-tenant (B2B) guest. The id is the documentation's, which is not valid hex: Graph
      // treats user keys as opaque strings and so does this directory.
      id: "8ba98gf6-7fc2-4eb2-c7f2-aef9f21fd98g",
      userPrincipalName: "pradeep_fabrikam.com#EXT#@contoso.com",
      displayName: "Pradeep Gupta (Guest)",
      mail: "pradeep@fabrikam.com",
      userType: "Guest",
      tenantId: DEMO_TENANT_ID,
    },
    {
      // A federated user of another tenant, found with or without the request naming its tenant.
      id: "82af01c5-f7cc-4a2e-a728-3a5df21afd9d",
      userPrincipalName: "diego@fabrikam.com",
      displayName: "Diego Siciliani (Fabrikam)",
      mail: "diego@fabrikam.com",
      userType: "Member",
      tenantId: FEDERATED_TENANT_ID,
    },
  ],
};

function member(id: string, upn: string, displayName: string): DirectoryData["users"][number] {
  return { id, userPrincipalName: upn, displayName, mail: upn, userType: "Member", tenantId: DEMO_TENANT_ID };
}

export function demoDirectory(): Directory {
  return new Directory(demoTenant);
}
