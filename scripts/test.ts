// `npm test`: make sure there is a Chromium, check format and lint, check types, build the site, then run every vitest
// project (unit tests and the browser checks over dist/). Extra arguments go to
// vitest, e.g. `npm test -- --project site`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { ensureChromium } from './chromium.ts';

// Put the running Node (the pinned Node 24) first on PATH so that npm, npx and
// every script they start use it rather than the machine's older Node.
const env = {
  ...process.env,
  PATH: [dirname(process.execPath), process.env.PATH].filter(Boolean).join(delimiter),
  CHROME_PATH: ensureChromium(),
};

function run(command: string, args: string[]): number {
  console.error(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1; // null status: killed by a signal, which is a failure
}

// Format and lint first (Biome, biome.jsonc): a second or two, and a finding stops here.
const linted = run('npx', ['--no-install', 'biome', 'check', '.']);
if (linted !== 0) {
  console.error(`biome check found formatting or lint problems (exit ${linted}); \`npm run format\` fixes most. Not running the tests.`);
  process.exit(linted);
}

// Types next: strict TypeScript over src, scripts and tests (astro check also covers .astro files).
const typed = run('npx', ['--no-install', 'astro', 'check']);
if (typed !== 0) {
  console.error(`astro check found type errors (exit ${typed}); not running the tests.`);
  process.exit(typed);
}

const built = run('npm', ['run', 'build']);
if (built !== 0) {
  console.error(`npm run build failed (exit ${built}); not running the tests.`);
  process.exit(built);
}
const reportDir = mkdtempSync(join(tmpdir(), 'cluster-atlas-tests-'));
const report = join(reportDir, 'vitest.json');
const status = run('npx', [
  '--no-install',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
// One plain closing line that CI and people can read at a glance.
if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, 'utf8')) as Record<string, number>;
  console.log(`\ntests: ${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`);
}
rmSync(reportDir, { recursive: true, force: true });
process.exit(status);
