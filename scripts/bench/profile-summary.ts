// A V8 .cpuprofile as text: self time by package (node_modules/<package>, src/server/<folder>,
// node:<module>, or V8's own entries such as the garbage collector) and the functions with the
// most self time, over the profile's last `lastMs` milliseconds (the measured run).

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export function summarize(profile: CpuProfile, lastMs: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const total = profile.timeDeltas.reduce((sum, delta) => sum + delta, 0);
  const from = total - lastMs * 1000;
  const self = new Map<number, number>();
  let at = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at > from) self.set(id, (self.get(id) ?? 0) + delta);
  });
  const idle = [...self].filter(([id]) => byId.get(id)?.callFrame.functionName === "(idle)").reduce((sum, [, t]) => sum + t, 0);
  const busy = [...self.values()].reduce((sum, t) => sum + t, 0) - idle;
  const table = (title: string, keyOf: (node: ProfileNode) => string, rows: number) => {
    const sums = new Map<string, number>();
    for (const [id, t] of self) {
      const node = byId.get(id);
      if (node && node.callFrame.functionName !== "(idle)") sums.set(keyOf(node), (sums.get(keyOf(node)) ?? 0) + t);
    }
    const lines = [...sums].sort((a, b) => b[1] - a[1]).slice(0, rows);
    return [
      `\n${title} (share of ${(busy / 1000).toFixed(0)} ms busy)`,
      ...lines.map(([key, t]) => `${((100 * t) / busy).toFixed(1).padStart(5)} %  ${key}`),
    ];
  };
  return [...table("self time by package", packageOf, 20), ...table("self time by function", functionOf, 25)].join("\n");
}

function packageOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency?.[1]) return dependency[1];
  if (url.startsWith("node:")) return `node:${url.slice(5).split("/")[0] ?? ""}`;
  const own = /\/src\/(.+)\/[^/]+$/.exec(url);
  return own?.[1] ? `src/${own[1]}` : url;
}

function functionOf(node: ProfileNode): string {
  const { url, functionName, lineNumber } = node.callFrame;
  const where = url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/src\//, "src/");
  return `${functionName || "(anonymous)"}${where ? ` ${where}:${lineNumber + 1}` : ""}`;
}
