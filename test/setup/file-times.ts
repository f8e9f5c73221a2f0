/**
 * A vitest reporter that lists each test file's time when the run ends, slowest first: its
 * environment, import, setup files, tests and hooks (a `beforeAll` that builds or audits is most
 * of some files, and the JSON reporter's per-file times leave hooks out). Two files run at a
 * time, so the times add up to about twice the run's wall time. `npm test` uses it.
 */
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class FileTimes implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows = modules.map((module) => {
      const d = module.diagnostic();
      const ms = d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.setupDuration + d.duration;
      return { file: relative(process.cwd(), module.moduleId), seconds: ms / 1000 };
    });
    if (rows.length === 0) return;
    rows.sort((a, b) => b.seconds - a.seconds);
    const lines = rows.map((row) => `${row.seconds.toFixed(1).padStart(7)}  ${row.file}`);
    console.log(`\nTime per test file (s), slowest first:\n${lines.join('\n')}`);
  }
}
