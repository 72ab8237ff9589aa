// A raw curl line sends the same bytes again, whatever the body holds, and never prints a token.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { wireToCurl, type WirePart } from "../../../src/contract/wire/curl.js";

describe("wireToCurl", () => {
  it("pipes a body a quote cannot hold from printf and yes, so the shell produces the same bytes", async () => {
    const body: WirePart[] = ['{"a":"%s\\', { bytes: [0xff, 0x00, 0x27, 0x25, 0x5c, 0x0a] }, { repeat: "[", times: 3 }, "é'\"}"];
    const line = wireToCurl({ origin: "http://h:1", method: "POST", path: "/x", headers: [["Content-Type", "application/json"]], body });
    expect(line).toMatch(
      /^\{ printf .*; yes '\[' \| head -n 3 \| tr -d '\\n'; printf .*; \} \| curl -sS -i --path-as-is -X POST http:\/\/h:1\/x -H 'Content-Type: application\/json' --data-binary @-$/,
    );
    const producer = line.slice(0, line.indexOf(" | curl "));
    const { stdout } = await promisify(execFile)("bash", ["-c", producer], { encoding: "buffer" });
    const expected = Buffer.concat([
      Buffer.from('{"a":"%s\\'),
      Buffer.from([0xff, 0x00, 0x27, 0x25, 0x5c, 0x0a]),
      Buffer.from("[[["),
      Buffer.from("é'\"}"),
    ]);
    expect(stdout.equals(expected)).toBe(true);
  });

  it("keeps dot segments, sends empty values and no Host as asked, and never prints a token", () => {
    const line = wireToCurl({
      origin: "http://h:1",
      method: "GET",
      path: "/v1.0/../x\xe9",
      headers: [
        ["Authorization", "Bearer $TOKEN"],
        ["X-Empty", ""],
      ],
      omitHost: true,
    });
    expect(line).toBe(
      `curl -sS -i --path-as-is -X GET $'http://h:1/v1.0/../x\\xe9' -H "Authorization: Bearer $TOKEN" -H 'X-Empty;' -H 'Host:'`,
    );
    expect(wireToCurl({ origin: "http://h:1", method: "HEAD", path: "/", headers: [] })).toBe(
      "curl -sS -i --path-as-is --head http://h:1/",
    );
    // curl would label a body without a type as a form; the line says "no type" instead.
    expect(wireToCurl({ origin: "http://h:1", method: "POST", path: "/", headers: [], body: ["{}"] })).toBe(
      "curl -sS -i --path-as-is -X POST http://h:1/ -H 'Content-Type:' --data-raw '{}'",
    );
  });
});
