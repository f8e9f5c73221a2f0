/**
 * The targets of issue 17, each beside the figure the benchmark measured, met or not met (or not
 * measured in this run), and, where one is not met, where the CPU went: per step of the build and
 * per output type. Pure: run.ts measures, this module judges and tallies.
 */
import type { PageType } from './page-types.ts';
import type { StepResult } from './steps.ts';

export interface Target {
  target: string;
  figure: string;
  /** undefined: not measured in this run (a factor, Lighthouse or the tests left out). */
  met: boolean | undefined;
}

export const verdict = (t: Target): string => (t.met === undefined ? 'not measured' : t.met ? 'met' : 'NOT met');

/** A figure and its verdict, or "not measured" when the figure is missing. */
export function judge(target: string, value: number | undefined, limit: number, show: (v: number) => string): Target {
  return value === undefined ? { target, figure: '–', met: undefined } : { target, figure: show(value), met: value <= limit };
}

export interface StepCpu {
  /** What the CPU was spent on. */
  what: string;
  cpuMs: number;
}

/**
 * The CPU of a build, per step and per output type: astro build's phases (its pages split by
 * type, from the per-page CPU its output showed), the search index and the staging swap
 * (scripts/build-site.ts, its own Node), and processes that are not Node (the Pagefind binary).
 */
export function cpuByStep(steps: readonly StepResult[], typeOf: (output: string) => PageType | 'non-html'): StepCpu[] {
  const rows: StepCpu[] = [];
  for (const step of steps) {
    const { phases, outputs, otherNodeMs } = step.profile;
    for (const phase of phases) {
      rows.push({ what: `${step.kind}: ${phase.phase}`, cpuMs: phase.cpuMs });
      if (!phase.phase.startsWith('pages')) continue;
      const byType = new Map<string, { cpuMs: number; rendered: number; reused: number }>();
      for (const o of outputs) {
        const type = typeOf(o.output);
        const t = byType.get(type) ?? { cpuMs: 0, rendered: 0, reused: 0 };
        t.cpuMs += o.cpuMs;
        if (o.reused) t.reused++;
        else t.rendered++;
        byType.set(type, t);
      }
      for (const [type, t] of [...byType].sort((a, b) => b[1].cpuMs - a[1].cpuMs))
        rows.push({ what: `    ${type} (${t.rendered} rendered, ${t.reused} reused)`, cpuMs: t.cpuMs });
    }
    if (otherNodeMs > 0)
      rows.push({ what: `${step.kind}: other Node processes (build-site.ts: search index, staging swap)`, cpuMs: otherNodeMs });
    if (step.treeCpuMs !== undefined && step.treeCpuMs > step.cpuMs)
      rows.push({ what: `${step.kind}: processes other than Node (the Pagefind binary, git)`, cpuMs: step.treeCpuMs - step.cpuMs });
    if (!phases.length && otherNodeMs === 0) rows.push({ what: `${step.kind}: ${step.command}`, cpuMs: step.treeCpuMs ?? step.cpuMs });
  }
  return rows;
}
