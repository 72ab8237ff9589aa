// The spec as the suite reads it: every documented response schema compiles, and responses are
// not asked for the write-only properties a schema requires of requests.
import { loadContract } from "../../../src/contract/core/spec.js";

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
