/**
 * The build as package.json's `build` script spells it, one `&&`-separated step at a time, each
 * timed and its peak memory recorded: every Node process the step starts is preloaded with
 * max-rss.mjs, which writes its peak resident set size and CPU time at exit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PRELOAD = fileURLToPath(new URL('./max-rss.mjs', import.meta.url));

export type StepKind = 'pipeline' | 'astro' | 'post-build';

export interface StepResult {
  command: string;
  kind: StepKind;
  ms: number;
  status: number | null;
  timedOut: boolean;
  /** Largest peak resident set size among the step's Node processes, in MiB. */
  peakRssMb: number;
  /** Which process had it (`astro build`, `scripts/build-data.ts`). */
  peakProcess: string;
  /** CPU time (user + system) of all the step's Node processes, in ms: less swayed than wall time by other work on a shared machine. */
  cpuMs: number;
  /** Node processes the step ran (npm counts). */
  processes: number;
  /**
   * CPU time of every process the step ran, Node or not (the Pagefind binary, git), from
   * /usr/bin/time; undefined where that is missing. At least cpuMs.
   */
  treeCpuMs: number | undefined;
  /** Where the CPU went, from the processes' output (cpuProfile). */
  profile: CpuProfile;
  stdout: string;
  stderr: string;
}

/** `npm run data && astro build && node scripts/search-index.ts` → its three commands. */
export function splitScript(script: string): string[] {
  return script
    .split('&&')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function stepKind(command: string): StepKind {
  if (/\bnpm run data\b|build-data\.ts/.test(command)) return 'pipeline';
  // build-site.ts runs astro build and then the search index in one process: counted as the astro step.
  if (/\bastro build\b|build-site\.ts/.test(command)) return 'astro';
  return 'post-build';
}

/** The `build` script of the package.json in `dir`, read now (other steps may have been added). */
export function buildSteps(dir: string): string[] {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const script = pkg.scripts?.build;
  if (!script) throw new Error(`no build script in ${join(dir, 'package.json')}`);
  return splitScript(script);
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** /usr/bin/time (GNU time): the CPU time of a command and of every process under it. */
const TIME = '/usr/bin/time';
const TIME_LINE = /^BENCH_TIME ([\d.]+) ([\d.]+)$/m;

interface ProcessRecord {
  argv: string[];
  maxRssKb: number;
  cpuMs?: number;
  output?: [number, string][];
}

/** Runs one command the way `npm run` would (node_modules/.bin and this Node first on PATH). */
export function runStep(command: string, options: RunOptions): StepResult {
  const rssDir = mkdtempSync(join(tmpdir(), 'cluster-atlas-rss-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    PATH: [join(options.cwd, 'node_modules', '.bin'), dirname(process.execPath), process.env.PATH].filter(Boolean).join(delimiter),
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${pathToFileURL(PRELOAD).href}`].filter(Boolean).join(' '),
    BENCH_RSS_DIR: rssDir,
    // No network during a build: Astro would otherwise send usage telemetry.
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const started = performance.now();
  const timed = existsSync(TIME);
  const result = spawnSync(timed ? TIME : 'sh', timed ? ['-f', 'BENCH_TIME %U %S', 'sh', '-c', command] : ['-c', command], {
    cwd: options.cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: options.timeoutMs,
    killSignal: 'SIGKILL',
  });
  const ms = performance.now() - started;
  const records = readdirSync(rssDir).flatMap((f) => {
    try {
      return [JSON.parse(readFileSync(join(rssDir, f), 'utf8')) as ProcessRecord];
    } catch {
      return [];
    }
  });
  rmSync(rssDir, { recursive: true, force: true });
  const peak = records.reduce<{ argv: string[]; maxRssKb: number } | undefined>(
    (a, b) => (!a || b.maxRssKb > a.maxRssKb ? b : a),
    undefined,
  );
  let stderr = result.stderr ?? (result.error ? String(result.error) : '');
  const time = TIME_LINE.exec(stderr);
  if (time) stderr = stderr.replace(TIME_LINE, '');
  const cpuMs = records.reduce((sum, r) => sum + (r.cpuMs ?? 0), 0);
  return {
    command,
    kind: stepKind(command),
    ms,
    status: result.status,
    timedOut: result.error !== undefined && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
    peakRssMb: peak ? peak.maxRssKb / 1024 : 0,
    peakProcess: peak ? processLabel(peak.argv) : '',
    cpuMs,
    processes: records.length,
    treeCpuMs: time ? Math.max(cpuMs, (Number(time[1]) + Number(time[2])) * 1000) : undefined,
    profile: cpuProfile(records),
    stdout: result.stdout ?? '',
    stderr,
  };
}

export interface CpuProfile {
  /** CPU of astro build's phases, in the order they run, in ms (absent phases left out). */
  phases: { phase: string; cpuMs: number }[];
  /** Each output astro build wrote: the CPU of rendering it (or of copying it from the incremental cache). */
  outputs: { output: string; cpuMs: number; reused: boolean }[];
  /** CPU of the Node processes that are not astro build (scripts/build-site.ts: the search index, the staging swap). */
  otherNodeMs: number;
}

/** Markers in astro build's log that end each phase, in order. */
const PHASES: [string, RegExp][] = [
  ['start, content sync (data pipeline), types', /\[build\] ✓ Completed in/],
  ['bundling (Vite)', /\[build\] Rearranging server assets/],
  ['pages (render or copy from the incremental cache)', /✓ Completed in/],
  ["Astro's work after the pages", /Waiting for integration "cluster-atlas-raster"/],
  ['PNGs (share cards, figure downloads)', /\[cluster-atlas-raster\] \d+ PNGs/],
];

/** Where each process's CPU went, from its output annotated with the CPU used by then (max-rss.mjs). */
export function cpuProfile(records: readonly ProcessRecord[]): CpuProfile {
  const isAstro = (r: ProcessRecord) => r.argv.some((a) => /astro(\.mjs|\.js)?$/.test(a)) && r.argv.includes('build');
  const astro = records.find(isAstro);
  const otherNodeMs = records
    .filter((r) => r !== astro && !/npm(-cli)?(\.js)?$/.test(r.argv[0] ?? ''))
    .reduce((s, r) => s + (r.cpuMs ?? 0), 0);
  const phases: CpuProfile['phases'] = [];
  const outputs: CpuProfile['outputs'] = [];
  if (!astro?.output) return { phases, outputs, otherNodeMs };
  let phase = 0;
  let since = 0;
  let page: { output: string; at: number } | undefined;
  for (const [cpu, raw] of astro.output) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colour codes, which begin with ESC.
    const text = raw.replace(/\u001b\[[0-9;]*m/g, '');
    const path = /[├└]─\s+(\S+)/.exec(text);
    if (path) page = { output: path[1]!, at: cpu };
    const done = /\(\+\d+(?:\.\d+)?m?s\)|\((cached|restored)\)/.exec(text);
    if (page && done) {
      outputs.push({ output: page.output, cpuMs: cpu - page.at, reused: done[1] !== undefined });
      page = undefined;
    }
    const marker = PHASES[phase];
    if (marker?.[1].test(text)) {
      phases.push({ phase: marker[0], cpuMs: cpu - since });
      since = cpu;
      phase++;
    }
  }
  phases.push({ phase: 'the rest of astro build (writing, exit)', cpuMs: (astro.cpuMs ?? since) - since });
  return { phases, outputs, otherNodeMs };
}

/** `[…/node_modules/astro/astro.js, build]` → `astro build`. */
function processLabel(argv: string[]): string {
  const [script = '', ...rest] = argv;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/.][^/]*)\//.exec(script)?.[1];
  const name = script.includes('/scripts/') ? `scripts/${basename(script)}` : (pkg ?? basename(script));
  return [name, ...rest].join(' ').slice(0, 60);
}

/** Per-page lines of `astro build` (`├─ /ja/map/index.html (+74ms)`) as [output path, ms]. */
export function astroPageTimings(log: string): [string, number][] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colour codes, which begin with ESC.
  const clean = log.replace(/\u001b\[[0-9;]*m/g, '');
  return [...clean.matchAll(/[├└]─\s+(\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/g)].map((m) => [m[1]!, Number(m[2]) * (m[3] === 's' ? 1000 : 1)]);
}

/** Phases `astro build` reports: setup (content sync, types), bundling, static generation, in ms. */
export function astroPhases(log: string): {
  setupMs?: number;
  viteMs?: number;
  generateMs?: number;
  pages?: number;
  imagesMs?: number;
  images?: number;
} {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colour codes, which begin with ESC.
  const clean = log.replace(/\u001b\[[0-9;]*m/g, '');
  const seconds = (s: string | undefined, unit: string | undefined) =>
    s === undefined ? undefined : Number(s) * (unit === 'ms' ? 1 : 1000);
  const setup = /\[build\] ✓ Completed in ([\d.]+)(ms|s)/.exec(clean);
  const vite = [...clean.matchAll(/\[vite\] ✓ built in ([\d.]+)(ms|s)/g)].reduce((s, m) => s + seconds(m[1], m[2])!, 0);
  const generate = /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(ms|s)/.exec(clean);
  const pages = /(\d+) page\(s\) built in/.exec(clean);
  // The PNG build step after the pages (src/raster/integration.ts), drawn or taken from the cache.
  const images = /\[cluster-atlas-raster\] (\d+) PNGs[^\n]*? in ([\d.]+) s/.exec(clean);
  return {
    setupMs: seconds(setup?.[1], setup?.[2]),
    viteMs: vite || undefined,
    generateMs: seconds(generate?.[1], generate?.[2]),
    pages: pages ? Number(pages[1]) : undefined,
    imagesMs: seconds(images?.[2], 's'),
    images: images ? Number(images[1]) : undefined,
  };
}
