// npm run bench -- --compare: a run beside an earlier results file, figure by figure.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { comparisonLines, readEarlier } from "../../scripts/bench/compare.js";
import type { Report } from "../../scripts/bench/report.js";

// The results file of a real `npm run bench -- --no-pg` run: the shape the bench writes.
const fixture = new URL("./fixtures/bench-results.json", import.meta.url).pathname;
const now = (): Report => JSON.parse(JSON.stringify(readEarlier(fixture))) as Report;

describe("bench --compare", () => {
  it("shows each ratio before and now with the change and whether it is better", () => {
    const current = now();
    const create = current.throughput[0]!;
    current.throughput[0] = {
      ...create,
      results: {
        ...create.results,
        reference: { ...create.results.reference, requestsPerSecond: create.results.reference.requestsPerSecond * 1.5 },
      },
    };
    current.startup = current.startup.map((s) => ({ ...s, ms: s.ms * 2 }));
    const lines = comparisonLines(readEarlier(fixture), current, "before.json");
    expect(lines[0]).toBe("compared with before.json:");
    expect(lines.find((l) => l.startsWith("| POST /chats (group): reference / bare Express |"))).toMatch(
      /\| 0\.29× \| 0\.43× \| \+50% \(better\) \|$/,
    );
    expect(lines.find((l) => l.startsWith("| start-up to first 201, node dist/cli.js serve |"))).toMatch(/\+100% \(worse\) \|$/);
    expect(lines.find((l) => l.startsWith("| GET /chats/{chatId}: reference / Prism |"))).toMatch(/\| ±0% \|$/);
  });

  it("shows — for figures the earlier file does not have", () => {
    const lines = comparisonLines({ throughput: [] }, now(), "old.json");
    expect(lines.find((l) => l.startsWith("| POST /chats (group): reference / bare Express |"))).toMatch(/\| — \| 0\.29× \| — \|$/);
  });

  it("refuses a file that is not a bench results file, naming it", () => {
    const dir = mkdtempSync(join(tmpdir(), "bench-compare-"));
    try {
      writeFileSync(join(dir, "other.json"), JSON.stringify({ hello: 1 }));
      writeFileSync(join(dir, "broken.json"), "{");
      expect(() => readEarlier(join(dir, "other.json"))).toThrow(/other\.json: not a results file of npm run bench/);
      expect(() => readEarlier(join(dir, "broken.json"))).toThrow(/broken\.json: not a readable JSON file/);
      expect(() => readEarlier(join(dir, "missing.json"))).toThrow(/missing\.json: not a readable JSON file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
