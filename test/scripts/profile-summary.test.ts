import { summarize, type CpuProfile } from "../../scripts/bench/profile-summary.js";

const frame = (id: number, functionName: string, url: string) => ({ id, callFrame: { functionName, url, lineNumber: 9 } });

describe("summarize (npm run profile)", () => {
  const profile: CpuProfile = {
    nodes: [
      frame(1, "(idle)", ""),
      frame(2, "lookupRoute", "file:///x/node_modules/express-openapi-validator/dist/middlewares/openapi.metadata.js"),
      frame(3, "dispatch", "file:///x/dist/src/server/http/dispatch.js"),
      frame(4, "(garbage collector)", ""),
      frame(5, "writev", ""),
    ],
    // Start-up (1 ms of node 2) before the last 10 ms, which hold 4 ms of 2, 3 ms of 3, 1 ms of 4, 2 idle.
    samples: [2, 1, 2, 2, 3, 3, 3, 4, 2, 2, 1],
    timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
  };

  it("counts only the last milliseconds and leaves idle time out of the shares", () => {
    const text = summarize(profile, 10);
    expect(text).toContain("share of 8 ms busy");
    expect(text).toMatch(/50\.0 % {2}express-openapi-validator/);
    expect(text).toMatch(/37\.5 % {2}src\/server\/http/);
    expect(text).toMatch(/12\.5 % {2}\(garbage collector\)/);
    expect(text).not.toContain("(idle)");
  });

  it("names functions with their file and line, without the node_modules prefix", () => {
    expect(summarize(profile, 10)).toContain("lookupRoute express-openapi-validator/dist/middlewares/openapi.metadata.js:10");
  });
});
