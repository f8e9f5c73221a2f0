/**
 * The CPU time (user + system, in seconds) a process and every process under it have used, read
 * from /proc: each live process's own time plus what its children that have ended left to it.
 * Linux only; elsewhere undefined. For the shared Chromium, whose renderers are not children of
 * the test runner, so no `time` around `npm test` sees all of them.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

interface Stat {
  parent: number;
  seconds: number;
}

function statOf(pid: number): Stat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), from field 3 (state) on.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]));
    return { parent: Number(fields[1]), seconds: (utime! + stime! + cutime! + cstime!) / TICKS_PER_SECOND };
  } catch {
    return undefined; // ended meanwhile
  }
}

export function processTreeCpu(root: number): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return undefined;
  }
  const children = new Map<number, number[]>();
  const stats = new Map<number, Stat>();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = statOf(Number(entry));
    if (!stat) continue;
    stats.set(Number(entry), stat);
    children.set(stat.parent, [...(children.get(stat.parent) ?? []), Number(entry)]);
  }
  if (!stats.has(root)) return undefined;
  let total = 0;
  for (const pending = [root]; pending.length > 0; ) {
    const pid = pending.pop()!;
    total += stats.get(pid)?.seconds ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}
