// Preloaded into every Node process of a benchmarked build step (NODE_OPTIONS=--import …): at exit
// it writes the process's peak resident memory and CPU time (user + system, all its threads) to
// $BENCH_RSS_DIR/<pid>.json. Plain JavaScript,
// because npm itself may run on the machine's older Node, which cannot load TypeScript.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.BENCH_RSS_DIR;
if (dir) {
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage();
      const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
      const record = {
        pid: process.pid,
        ppid: process.ppid,
        node: process.version,
        argv: process.argv.slice(1),
        maxRssKb: usage.maxRSS,
        cpuMs,
      };
      writeFileSync(join(dir, `${process.pid}.json`), JSON.stringify(record));
    } catch {
      // Never fail the measured process for the sake of the measurement.
    }
  });
}
