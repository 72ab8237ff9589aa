// The fuzz (runFuzz) against the reference server: no 5xx, every answer valid against the spec,
// no prototype touched. And against servers broken in one way each, behind a proxy: the fuzz
// reports the breakage, with a curl line that repeats it.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { jest } from "@jest/globals";
import { pino } from "pino";
import { prototypeSnapshot, runFuzz, type Finding, type FuzzReport } from "../../../src/contract/index.js";
import { DEMO_TENANT_ID, mintDevToken, startServer, type RunningServer } from "../../../src/server/index.js";
import { devTokens } from "../helpers.js";
import { graphError, startProxy, type Rewrite } from "./proxy.js";

// Hundreds of requests on a loaded 2-core machine: this bounds a hang, not speed.
jest.setTimeout(120_000);
const quiet = () => pino({ level: "silent" });
const FAMILIES = ["auth", "bytes", "content-type", "headers", "json", "method", "path", "query"];

/**
 * Fuzzes the reference server behind a proxy that rewrites answers, then lets `inspect` look at
 * the report and replay a finding's curl line (with $TOKEN set) while the proxy is still up.
 */
async function fuzzBehind(
  rewrite: Rewrite,
  requests: number,
  inspect: (report: FuzzReport, replay: (curl: string) => Promise<string>) => Promise<void>,
): Promise<void> {
  const server = await startServer({ logger: quiet() });
  const proxy = await startProxy(server.url, rewrite);
  try {
    const report = await runFuzz({ baseUrl: proxy.url, tokens: devTokens, seed: 3, requests, keepFailures: 5 });
    const token = await mintDevToken({
      kind: "user",
      userId: "8b081ef6-4792-4def-b2c9-c363a1bf41d5",
      tenantId: DEMO_TENANT_ID,
      scopes: "Chat.ReadWrite",
    });
    await inspect(
      report,
      async (curl) => (await promisify(execFile)("bash", ["-c", curl], { env: { ...process.env, TOKEN: token } })).stdout,
    );
  } finally {
    await proxy.close();
    await server.close();
  }
}

const first = (report: FuzzReport, kind: Finding["kind"]): Finding => {
  const found = report.failures.find((f) => f.kind === kind);
  if (!found) throw new Error(`no ${kind} finding among ${JSON.stringify(report.failures.map((f) => `${f.kind}: ${f.reason}`))}`);
  return found;
};

describe("runFuzz", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ logger: quiet() });
  });
  afterAll(() => server.close());

  it("sees no 5xx, no schema violation and no wrong answer in 800 mixed requests to the reference server, and no prototype changes", async () => {
    const prototypesChanged = prototypeSnapshot();
    const report = await runFuzz({ baseUrl: server.url, tokens: devTokens, seed: 7, requests: 800 });
    expect(report.failures).toEqual([]);
    expect(report).toMatchObject({ generated: 800, fiveHundreds: 0, schemaViolations: 0, wrongAnswers: 0, noResponse: 0, setupErrors: 0 });
    expect(report.requestsSent).toBeGreaterThan(800);
    // Every kind of request went out, and the answers span success and refusal.
    expect(Object.keys(report.rawByFamily).sort()).toEqual(FAMILIES);
    expect(Math.min(report.byKind.valid, report.byKind.invalid, report.byKind.raw)).toBeGreaterThan(150);
    expect(Object.keys(report.byStatus)).toEqual(expect.arrayContaining(["200", "201", "204", "400", "401", "403", "404", "405", "415"]));
    expect(prototypesChanged()).toEqual([]);
  });

  it("sends the same requests for the same seed, and others for another seed", async () => {
    const requests = async (seed: number) => {
      // Counting ids and a still clock make the server's answers, and so the requests, repeatable.
      let n = 0;
      const fresh = await startServer({
        logger: quiet(),
        clock: () => new Date("2026-03-01T12:00:00.000Z"),
        ids: { threadHex: () => (++n).toString(16).padStart(32, "0") },
      });
      const sent: string[] = [];
      try {
        await runFuzz({
          baseUrl: fresh.url,
          tokens: devTokens,
          seed,
          requests: 150,
          // The receiver's port and the subscriptions' ids are the only things chosen afresh each run.
          onRequest: (curl) =>
            sent.push(
              curl
                .replace(fresh.url, "{origin}")
                .replace(/http:\/\/127\.0\.0\.1:\d+\//g, "{receiver}/")
                .replace(/\/subscriptions\/[0-9a-f-]{36}/g, "/subscriptions/{id}"),
            ),
        });
      } finally {
        await fresh.close();
      }
      return sent;
    };
    const [a, b, c] = [await requests(11), await requests(11), await requests(12)];
    expect(a).toHaveLength(150);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it("reports a 5xx with a curl line that repeats it", async () => {
    const getMessage = ({ method, url }: { method: string; url: string }) => method === "GET" && /\/messages\/[^/?]+(\?|$)/.test(url);
    await fuzzBehind(
      (request, answer) =>
        getMessage(request) && answer.status === 200
          ? { ...answer, status: 500, body: graphError(500, "InternalServerError", answer.headers) }
          : answer,
      300,
      async (report, replay) => {
        expect(report.fiveHundreds).toBeGreaterThan(0);
        const finding = first(report, "5xx");
        expect(finding.status).toBe(500);
        expect(finding.curl).toMatch(/^curl .*-X GET .*\/messages\/\d+ .*-H "Authorization: Bearer \$TOKEN"/);
        expect(finding.curl).not.toMatch(/eyJ/);
        expect(await replay(finding.curl ?? "")).toMatch(/^HTTP\/1\.1 500 /);
      },
    );
  });

  it("reports error answers without the Graph error envelope's innerError", async () => {
    const withoutInnerError: Rewrite = (_request, answer) => {
      if (answer.status < 400 || answer.status >= 500 || !answer.body.length) return answer;
      const json = JSON.parse(answer.body.toString()) as { error: Record<string, unknown> };
      delete json.error.innerError;
      return { ...answer, body: Buffer.from(JSON.stringify(json)) };
    };
    await fuzzBehind(withoutInnerError, 200, async (report) => {
      expect(report.schemaViolations).toBeGreaterThan(10);
      expect(first(report, "schema").reason).toMatch(/^error envelope: no error\.innerError/);
    });
  });

  it("reports a valid request that is refused", async () => {
    await fuzzBehind(
      ({ method }, answer) =>
        method === "PATCH" && answer.status === 200
          ? { ...answer, status: 403, body: graphError(403, "Forbidden", answer.headers) }
          : answer,
      300,
      async (report) => {
        expect(report.wrongAnswers).toBeGreaterThan(0);
        expect(report.failures.filter((f) => f.kind === "answer").map((f) => f.reason)).toContainEqual(
          expect.stringMatching(/^a valid request was refused: 403 instead of 200/),
        );
      },
    );
  });

  it("reports raw bad input that is accepted", async () => {
    // A server that takes a body of any content type: its 415s become 204s.
    await fuzzBehind(
      (_request, answer) => {
        if (answer.status !== 415) return answer;
        const { "content-type": _json, ...headers } = answer.headers;
        return { status: 204, headers, body: Buffer.alloc(0) };
      },
      400,
      async (report) => {
        const accepted = report.failures.filter((f) => f.kind === "answer").map((f) => `${f.what} → ${f.reason}`);
        expect(accepted).toContainEqual(expect.stringMatching(/Content-Type.* → a request that must be refused got 204/));
      },
    );
  });
});
