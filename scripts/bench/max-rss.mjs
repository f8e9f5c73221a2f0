// Preloaded into every Node process of a benchmarked build step (NODE_OPTIONS=--import …): at exit
// it writes the process's peak resident memory and CPU time (user + system, all its threads) to
// $BENCH_RSS_DIR/<pid>.json, and with each piece of output the process wrote, the CPU time it had
// used by then: astro build renders one page at a time between its `├─ /path` and `(+12ms)`, so the
// difference is that page's CPU, and the phases it announces (bundling, pages, images) can be
// costed the same way (steps.ts, cpuProfile). Plain JavaScript, because npm itself may run on the
// machine's older Node, which cannot load TypeScript.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.BENCH_RSS_DIR;
if (dir) {
  /** [CPU ms used so far, text written] for each write to stdout or stderr. */
  const output = [];
  const cpuNow = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = (chunk, ...rest) => {
      try {
        output.push([cpuNow(), typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')]);
      } catch {
        // Never fail the measured process for the sake of the measurement.
      }
      return write(chunk, ...rest);
    };
  }
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
        output,
      };
      writeFileSync(join(dir, `${process.pid}.json`), JSON.stringify(record));
    } catch {
      // Never fail the measured process for the sake of the measurement.
    }
  });
}
