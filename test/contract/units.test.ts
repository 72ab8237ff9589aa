// The suite's building blocks: curl lines never leak tokens, mutations really break requests,
// and the spec's schemas compile.
import { toCurl } from "../../src/contract/core/curl.js";
import { bodyMutations, queryMutations } from "../../src/contract/fuzz/mutations.js";
import { viewOf } from "../../src/contract/core/schema-view.js";
import { loadContract } from "../../src/contract/core/spec.js";

describe("toCurl", () => {
  it("elides the token and quotes for a POSIX shell", () => {
    const line = toCurl({
      method: "POST",
      url: "http://h/v1.0/chats",
      headers: { Authorization: "Bearer eyJsecret", "Content-Type": "application/json" },
      body: `{"topic":"it's"}`,
    });
    expect(line).toBe(
      `curl -sS -i -X POST http://h/v1.0/chats -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-raw '{"topic":"it'\\''s"}'`,
    );
    expect(line).not.toContain("eyJ");
  });
});

describe("mutations", () => {
  const spec = loadContract();
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

  it("derives every kind of invalidity from the createChat schema", () => {
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

describe("response schemas", () => {
  it("compile for every documented JSON response and ignore write-only requirements", () => {
    const spec = loadContract();
    for (const op of spec.operations.values()) for (const status of op.statuses) spec.responseValidator(op.operationId, status);
    const member = spec.responseValidator("getChatMember", "200");
    const valid = {
      "@odata.context": "x",
      "@odata.type": "#microsoft.graph.aadUserConversationMember",
      id: "m",
      displayName: null,
      roles: ["owner"],
      userId: "u",
      email: null,
    };
    expect(member?.(valid)).toBe(true);
    expect(member?.({ ...valid, roles: ["member"] })).toBe(false);
  });
});
