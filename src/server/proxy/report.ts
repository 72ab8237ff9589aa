// What the proxy learned: one log line per problem, one JSON Lines record per exchange with
// problems (--report), counts per operation for the summary at exit and GET /_proxy/report.
import { createWriteStream, type WriteStream } from "node:fs";
import type { Logger } from "pino";
import type { Problem } from "./problems.js";

/** One exchange with problems, as written to the report file. */
export interface ExchangeRecord {
  readonly time: string;
  readonly exchangeId: string;
  readonly method: string;
  /** Path and query as the app sent them. */
  readonly path: string;
  readonly operationId: string | null;
  /** The status the app got (the proxy's own when it answered itself). */
  readonly status: number;
  readonly problems: readonly Problem[];
  /** The request as a curl command against the upstream; the token is `$TOKEN`. */
  readonly curl: string;
}

export interface OperationCounts {
  calls: number;
  requestProblems: number;
  responseProblems: number;
}

export interface ProxySummary {
  readonly exchanges: number;
  /** Requests to paths or methods the contract does not have, passed through unchecked. */
  readonly notInContract: number;
  /** Requests the proxy answered itself with a fault or a 429 of the throttling model. */
  readonly faulted: number;
  /** By operationId, in order of first call. */
  readonly operations: Readonly<Record<string, Readonly<OperationCounts>>>;
}

const RECENT = 100;

export class ProxyReport {
  private readonly operations = new Map<string, OperationCounts>();
  private readonly latest: ExchangeRecord[] = [];
  private readonly file: WriteStream | undefined;
  private exchanges = 0;
  private notInContract = 0;
  private faulted = 0;

  /** `file`: the JSON Lines report, created (or emptied) now. */
  constructor(
    private readonly logger: Logger,
    file?: string,
  ) {
    this.file = file === undefined ? undefined : createWriteStream(file, { flags: "w" });
    this.file?.on("error", (error) => logger.error({ err: error, file }, "cannot write the report file"));
  }

  /** Counts a request outside the contract. */
  passedThrough(): void {
    this.exchanges++;
    this.notInContract++;
  }

  /** Counts an exchange of an operation; logs and writes it when it has problems. */
  exchange(record: ExchangeRecord & { readonly operationId: string }, faulted = false): void {
    this.exchanges++;
    if (faulted) this.faulted++;
    const counts = this.operations.get(record.operationId) ?? { calls: 0, requestProblems: 0, responseProblems: 0 };
    this.operations.set(record.operationId, counts);
    counts.calls++;
    if (record.problems.length === 0) return;
    for (const problem of record.problems) {
      if (problem.direction === "request") counts.requestProblems++;
      else counts.responseProblems++;
      this.logger.warn(
        {
          exchangeId: record.exchangeId,
          operationId: record.operationId,
          method: record.method,
          path: record.path,
          status: record.status,
          direction: problem.direction,
          pointer: problem.pointer,
        },
        `${problem.direction} problem at ${problem.pointer}: ${problem.reason}`,
      );
    }
    this.file?.write(`${JSON.stringify(record)}\n`);
    this.latest.push(record);
    if (this.latest.length > RECENT) this.latest.shift();
  }

  summary(): ProxySummary {
    return {
      exchanges: this.exchanges,
      notInContract: this.notInContract,
      faulted: this.faulted,
      operations: Object.fromEntries([...this.operations].map(([id, counts]) => [id, { ...counts }])),
    };
  }

  /** The last exchanges with problems (at most 100), oldest first. */
  recent(): ExchangeRecord[] {
    return [...this.latest];
  }

  /** Finishes the report file. */
  close(): Promise<void> {
    const file = this.file;
    if (!file || file.closed) return Promise.resolve();
    return new Promise((resolve) => file.end(resolve));
  }
}

/** The summary as a table for a terminal. */
export function formatSummary(summary: ProxySummary): string {
  const rows = Object.entries(summary.operations).map(([id, c]) => [
    id,
    String(c.calls),
    String(c.requestProblems),
    String(c.responseProblems),
  ]);
  const header = ["operation", "calls", "request problems", "response problems"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [
    `graph-chat-contract proxy: ${summary.exchanges} exchanges, ${summary.notInContract} not in contract, ${summary.faulted} answered with a fault`,
    ...(rows.length > 0 ? [line(header), ...rows.map(line)] : ["no calls to operations of the contract"]),
  ].join("\n");
}
