// Invalid requests from valid ones: every mutation the spec's schemas allow, and each one really
// breaks the request.
import { viewOf } from "../../../src/contract/core/schema-view.js";
import { loadContract } from "../../../src/contract/core/spec.js";
import { bodyMutations, queryMutations } from "../../../src/contract/fuzz/mutations.js";

describe("mutations", () => {
  const spec = loadContract();

  describe("createChat", () => {
    const body = {
      chatType: "group",
      topic: "x",
      members: [
        {
          "@odata.type": "#microsoft.graph.aadUserConversationMember",
          roles: ["owner"],
          "user@odata.bind": "https://graph.microsoft.com/v1.0/users('a')",
        },
      ],
    };
    const requestSchema = spec.operation("createChat").requestBody;

    it("derives every kind of invalidity from its request schema", () => {
      if (!requestSchema) throw new Error("createChat has no request body");
      const described = bodyMutations(body, viewOf(spec, requestSchema)).map((m) => m.describe);
      expect(described).toEqual(
        expect.arrayContaining([
          "(body): unknown property",
          "(body): required 'chatType' missing",
          "chatType: unknown enum value",
          "topic: longer than maxLength 250",
          "members: more than maxItems 250",
          "members[0]: unknown property",
          "members[0]: required 'user@odata.bind' missing",
          "members[0].roles: more than maxItems 1",
          "members[0].roles[0]: unknown enum value",
        ]),
      );
      // Read-only required properties (userId, email, id) are not demanded of a request.
      expect(described.some((d) => /'(userId|email|id)' missing/.test(d))).toBe(false);
    });

    it("never returns the body unchanged (one member is already fewer than minItems 2)", () => {
      if (!requestSchema) throw new Error("createChat has no request body");
      const mutations = bodyMutations(body, viewOf(spec, requestSchema));
      for (const m of mutations) expect(m.apply(body)).not.toEqual(body);
      expect(mutations.map((m) => m.describe)).not.toContain("members: fewer than minItems 2");
    });
  });

  describe("listChats", () => {
    it("breaks query options by their parameter schemas", () => {
      const params = new Map([...spec.operation("listChats").query].map(([name, schema]) => [name, viewOf(spec, schema)]));
      const described = queryMutations({ $top: "5" }, params).map((m) => m.describe);
      expect(described).toEqual(
        expect.arrayContaining([
          "unknown query option $bogus",
          "$top: above maximum 50",
          "$top: below minimum 1",
          "$expand: unknown enum value",
          "$skiptoken: forged token",
        ]),
      );
    });
  });
});
