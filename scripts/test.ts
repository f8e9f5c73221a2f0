// `npm test`: make sure there is a Chromium, check format and lint, build the site, then run every vitest
// project (unit tests and the browser checks over dist/) while `astro check` checks the types beside
// them. Extra arguments go to vitest, e.g. `npm test -- --project site`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

// Put the running Node (the pinned Node 24) first on PATH so that npm, npx and
// every script they start use it rather than the machine's older Node.
const env = {
  ...process.env,
  PATH: [dirname(process.execPath), process.env.PATH].filter(Boolean).join(delimiter),
  CHROME_PATH: ensureChromium(),
  // Node keeps the compiled code of the modules it loads (Astro, Vite, TypeScript, the project's
  // scripts…) so that the many Node processes of a run (the build, the type check, the CLIs the
  // tests start, the extra builds) compile each module once. Deleting it only costs time.
  NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE || join(root, 'node_modules', '.cache', 'node-compile-cache'),
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

// The build also writes the types of the content collections (.astro/) that the type check reads.
const built = run('npm', ['run', 'build']);
if (built !== 0) {
  console.error(`npm run build failed (exit ${built}); not running the tests.`);
  process.exit(built);
}

// Types (strict TypeScript over src, scripts and tests; astro check also covers .astro files) are
// checked while the tests run: on a 2-core machine the tests leave time for it, and a type error
// stops the tests as soon as it is found. Its output is printed when it ends, not mixed with the tests'.
console.error('\n> npx --no-install astro check --noSync (beside the tests; its output follows when it ends)');
const checking = spawn('npx', ['--no-install', 'astro', 'check', '--noSync'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
let checkOutput = '';
checking.stdout.on('data', (chunk: Buffer) => (checkOutput += chunk.toString()));
checking.stderr.on('data', (chunk: Buffer) => (checkOutput += chunk.toString()));
const checked = new Promise<number>((done, fail) => {
  checking.once('error', fail);
  checking.once('exit', (code) => done(code ?? 1));
});

const reportDir = mkdtempSync(join(tmpdir(), 'cluster-atlas-tests-'));
const report = join(reportDir, 'vitest.json');
const vitestArgs = [
  '--no-install',
  'vitest',
  'run',
  '--reporter=default',
  // Each file's time, slowest first, when the run ends (test/setup/file-times.ts).
  '--reporter=./test/setup/file-times.ts',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
];
console.error(`\n> npx ${vitestArgs.join(' ')}`);
// In a process group of its own, so that a type error can stop it with every worker and browser it started.
const testing = spawn('npx', vitestArgs, { env, stdio: 'inherit', detached: true });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stopTests(signal));
function stopTests(signal: NodeJS.Signals): void {
  try {
    process.kill(-testing.pid!, signal);
  } catch {
    // already ended
  }
}
const tested = new Promise<number>((done, fail) => {
  testing.once('error', fail);
  testing.once('exit', (code) => done(code ?? 1));
});

const typed = await checked;
if (typed !== 0) {
  stopTests('SIGTERM');
  console.error(`\n${checkOutput}\nastro check found type errors (exit ${typed}); the tests were stopped.`);
  await tested;
  rmSync(reportDir, { recursive: true, force: true });
  process.exit(typed);
}
const status = await tested;
// The check's summary (its last lines: errors, warnings, hints), after the tests' own.
console.error(`\nastro check: ${checkOutput.trim().split('\n').slice(-4).join('\n')}`);
// One plain closing line that CI and people can read at a glance.
if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, 'utf8')) as Record<string, number>;
  console.log(`\ntests: ${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`);
}
rmSync(reportDir, { recursive: true, force: true });
process.exit(status);
