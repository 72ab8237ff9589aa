// A failing check's curl line: pasted into a shell it repeats the request, and it never shows
// the token.
import { toCurl } from "../../../src/contract/core/curl.js";

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
