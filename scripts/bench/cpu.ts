// A server process's CPU time, read from /proc: unlike throughput, it hardly moves when other jobs
// share the machine, so CPU per request compares servers more steadily than requests per second.
import { readFile } from "node:fs/promises";

/** User plus system CPU time of a process, in ms (/proc/{pid}/stat, 100 ticks a second); null off Linux. */
export async function cpuMs(pid: number | undefined): Promise<number | null> {
  if (pid === undefined || process.platform !== "linux") return null;
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
  // Fields after the command name (which may hold spaces): state is the 3rd field, utime the 14th.
  const fields = stat?.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields?.[11]);
  const stime = Number(fields?.[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) * 10 : null;
}
