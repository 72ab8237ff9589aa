// The client entry is what browsers and small services bundle: it must not drag in the server.
import { fileURLToPath } from "node:url";
import { bundle } from "../../scripts/client-bundle.js";

describe("the client entry's bundle", () => {
  it("contains no server code and none of the server's dependencies", async () => {
    const report = await bundle(fileURLToPath(new URL("../../src/index.ts", import.meta.url)));
    expect(report.inputs.some((input) => input.includes("src/client/"))).toBe(true);
    const leaked = report.inputs.filter((input) =>
      /src\/server\/|node_modules\/(express|express-openapi-validator|jose|pino|yaml|swagger-ui)/.test(input),
    );
    expect(leaked).toEqual([]);
    expect(report.gzipBytes).toBeGreaterThan(0);
  });
});
