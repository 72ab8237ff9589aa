// Counting what a long run sees instead of stopping at the first problem: statuses, 5xx, answers
// that break the spec, answers that are valid but wrong, requests without an answer. The first
// few problems of each kind are kept with a curl line that repeats them.

/** What went wrong with one request. */
export type FindingKind = "5xx" | "schema" | "answer" | "no-response" | "setup";

export interface Finding {
  kind: FindingKind;
  /** Which generated request (1-based) or race phase. */
  where: string;
  /** What the request was, e.g. `createChat with a duplicate key "chatType"`. */
  what: string;
  status?: number;
  reason: string;
  /** Repeats the request; tokens appear as `$TOKEN`. */
  curl?: string;
}

/** The figures of a run. */
export interface Counts {
  /** Every request sent, setup included. */
  requestsSent: number;
  /** By status; `"none"` for requests without a response. */
  byStatus: Record<string, number>;
  fiveHundreds: number;
  /** Answers that break the contract: undocumented status, wrong schema, envelope or request ids. */
  schemaViolations: number;
  /** Answers valid per the spec but wrong for the request: a valid request refused, an invalid one accepted. */
  wrongAnswers: number;
  noResponse: number;
  /** Setup steps that could not be done (e.g. a fixture refused), so their request was not sent. */
  setupErrors: number;
  /** The first findings of each kind (all are counted). */
  failures: Finding[];
}

export class Tally {
  readonly counts: Counts = {
    requestsSent: 0,
    byStatus: {},
    fiveHundreds: 0,
    schemaViolations: 0,
    wrongAnswers: 0,
    noResponse: 0,
    setupErrors: 0,
    failures: [],
  };
  /** Labels findings of requests made while it is set (the fuzz runs one step at a time). */
  where = "";
  what = "";
  /** Schema violations and 5xx seen since {@link startStep}. */
  private problemsInStep = 0;
  private readonly kept = new Map<FindingKind, number>();

  constructor(private readonly keepPerKind = 20) {}

  startStep(where: string, what: string): void {
    this.where = where;
    this.what = what;
    this.problemsInStep = 0;
  }

  /** Whether the current step already produced a 5xx or schema finding (a setup failure then says nothing new). */
  get stepHadProblems(): boolean {
    return this.problemsInStep > 0;
  }

  /** Counts one answered request; `problem` is what verifyResponse found, if anything. */
  answered(status: number, problem: string | undefined, curl: string, body?: string): void {
    this.counts.requestsSent++;
    this.counts.byStatus[String(status)] = (this.counts.byStatus[String(status)] ?? 0) + 1;
    if (status >= 500) {
      this.counts.fiveHundreds++;
      this.problemsInStep++;
      this.keep({ kind: "5xx", status, reason: `${status}${body ? `: ${body.slice(0, 300)}` : ""}`, curl });
    }
    if (problem) {
      this.counts.schemaViolations++;
      this.problemsInStep++;
      this.keep({ kind: "schema", status, reason: problem, curl });
    }
  }

  noResponse(reason: string, curl?: string): void {
    this.counts.requestsSent++;
    this.counts.noResponse++;
    this.counts.byStatus.none = (this.counts.byStatus.none ?? 0) + 1;
    this.keep({ kind: "no-response", reason, ...(curl && { curl }) });
  }

  wrongAnswer(status: number, reason: string, curl: string): void {
    this.counts.wrongAnswers++;
    this.keep({ kind: "answer", status, reason, curl });
  }

  setupError(reason: string, curl?: string): void {
    this.counts.setupErrors++;
    this.keep({ kind: "setup", reason, ...(curl && { curl }) });
  }

  private keep(finding: Omit<Finding, "where" | "what">): void {
    const kept = this.kept.get(finding.kind) ?? 0;
    if (kept >= this.keepPerKind) return;
    this.kept.set(finding.kind, kept + 1);
    this.counts.failures.push({ where: this.where, what: this.what, ...finding });
  }
}
