/**
 * `npm run bench`: build figures, printed as tables and written to bench/results.json (ignored by
 * git). Not pass/fail: the machines here are shared and noisy, so it reports what it measures.
 *
 * 1. Build time, cold (no dist, .astro, node_modules/.astro, node_modules/.vite/deps, the PNG
 *    cache, content/data) and warm (at once again), per step of package.json's `build` script as it reads at run time (pipeline, Astro,
 *    and any post-build step), with each step's peak memory.
 * 2. Page weight per page type (home, map, bureau, project, chart, briefing, embed; ja and en):
 *    HTML, the JavaScript and CSS it loads, requests (scripts/bench/page-weight.ts).
 * 3. The reference point of a client-rendered chart: Plot + d3 bundled for the browser, against
 *    the JavaScript our chart page loads.
 * 4. Scaling: the same build in a temporary copy of the project on synthetic data 1×, 10× and
 *    100× the real size (scripts/synthetic-data.ts): time, peak memory, pages, and per page type
 *    the render time per page and HTML size, so a page whose cost grows with the number of
 *    projects shows; then the same build once more in the same copy, with its caches warm. A
 *    factor whose build fails is reported with the page and error, then built again with the
 *    smallest synthetic figures (`small`); and the national map's capacity (how many projects
 *    its symbol layout places at full size) is measured.
 * 5. The rebuild after a change to one row (scripts/bench/one-row.ts), in each copy: after its cold
 *    build, one project's company count is raised, the site is built again with every cache warm
 *    (Astro's incremental build among them), and the result is compared byte for byte with a cold
 *    build of the changed data: files that differ, pages rendered and pages reused.
 * 6. The targets of issue 17, each beside its figure, met or not met; where one is not met, where
 *    the CPU went, per step and per output type (pages by type, PNGs, search index).
 *
 * Options: --factors=1,10,100  --skip-build (page weight of the existing dist/)  --skip-scaling  --skip-lighthouse
 *          --with-tests (time `npm test`, wall and CPU)  --row=companies|network (the row the rebuild changes)
 *          --keep (keep the temporary copies)
 *          --timeout-min=30 (per build step)  --out=bench/results.json
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cardRenderers } from './card-render.ts';
import { clientReference } from './client-reference.ts';
import { listPages, PAGE_TYPES, pageTypeOf, representative, type PageType } from './page-types.ts';
import { htmlFileOf, pageWeight, type PageWeight } from './page-weight.ts';
import { astroPageTimings, astroPhases, buildSteps, runStep, type StepResult } from './steps.ts';
import { int, kb, mb, msf, sec, table } from './table.ts';
import { makeWorkspace } from './workspace.ts';
import {
  CACHE_PATHS,
  changeOneRow,
  clearCaches,
  compareTrees,
  ROW_CHANGES,
  type RowChange,
  type RowChangeKind,
  type TreeDifference,
} from './one-row.ts';
import { cpuByStep, judge, verdict, type Target } from './targets.ts';
import { mapCapacity, type MapCapacity } from './map-capacity.ts';
import type { SyntheticFigures } from '../synthetic-data.ts';
import { auditPages, CATEGORIES, LIGHTHOUSE_PAGES, type PageAudit } from '../lighthouse.ts';
import { serveStatic } from '../../test/site/serve.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    factors: { type: 'string', default: '1,10,100' },
    'skip-build': { type: 'boolean', default: false },
    'skip-scaling': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'with-tests': { type: 'boolean', default: false },
    row: { type: 'string', default: 'companies' },
    keep: { type: 'boolean', default: false },
    'timeout-min': { type: 'string', default: '30' },
    out: { type: 'string', default: 'bench/results.json' },
  },
});
const factors = args.factors.split(',').map(Number);
if (factors.some((f) => !Number.isInteger(f) || f < 1))
  throw new Error(`--factors takes whole numbers of at least 1, found ${args.factors}`);
const timeoutMs = Number(args['timeout-min']) * 60_000;
if (!(ROW_CHANGES as readonly string[]).includes(args.row)) throw new Error(`--row takes ${ROW_CHANGES.join(' or ')}, found ${args.row}`);
const rowChange = args.row as RowChangeKind;
const outFile = resolve(root, args.out);
const outDir = dirname(outFile);
mkdirSync(outDir, { recursive: true });

const say = (text = '') => console.log(text);
const heading = (text: string) => say(`\n## ${text}\n`);
const REPORTED_TYPES: PageType[] = ['home', 'map', 'bureau', 'project', 'chart', 'briefing', 'embed'];

// ---------------------------------------------------------------------------------------------
// Machine

const machine = {
  date: new Date().toISOString(),
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
  loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
};
say('# Cluster Atlas benchmark');
say(
  `${machine.date}  ·  ${machine.cores} cores (${machine.cpu})  ·  ${machine.memoryGiB} GiB  ·  load ${machine.loadAverage.join(' ')}  ·  Node ${machine.node}  ·  ${machine.platform}`,
);
const buildScript = buildSteps(root);
say(`build script: ${buildScript.join(' && ')}`);

// ---------------------------------------------------------------------------------------------
// Builds

interface BuildRun {
  label: string;
  steps: StepResult[];
  ok: boolean;
}

function runBuild(label: string, cwd: string, env: Record<string, string> = {}): BuildRun {
  const steps: StepResult[] = [];
  for (const command of buildSteps(cwd)) {
    process.stderr.write(`  ${label}: ${command} … `);
    const step = runStep(command, { cwd, env, timeoutMs });
    process.stderr.write(`${sec(step.ms)}\n`);
    steps.push(step);
    if (step.status !== 0) {
      const why = step.timedOut ? `timed out after ${args['timeout-min']} min` : `exit ${step.status}`;
      const error = /\b[A-Za-z]*Error: [^\n]*/.exec(step.stdout + step.stderr)?.[0] ?? tail(step.stderr || step.stdout, 10);
      process.stderr.write(`  ${label}: ${command} failed (${why}): ${error}\n`);
      return { label, steps, ok: false };
    }
  }
  return { label, steps, ok: true };
}

const tail = (text: string, lines: number) => text.trimEnd().split('\n').slice(-lines).join('\n');
const totalOf = (run: BuildRun, kind?: StepResult['kind']) =>
  run.steps.filter((s) => !kind || s.kind === kind).reduce((s, x) => s + x.ms, 0);
const peakOf = (run: BuildRun) => Math.max(0, ...run.steps.map((s) => s.peakRssMb));
/** CPU of the run's steps: of every process under them where /usr/bin/time could say (the Pagefind binary too), else of their Node processes. */
const cpuOf = (run: BuildRun, kind?: StepResult['kind']) =>
  run.steps.filter((s) => !kind || s.kind === kind).reduce((s, x) => s + (x.treeCpuMs ?? x.cpuMs), 0);
const stepJson = ({ stdout: _o, stderr: _e, profile, ...rest }: StepResult) => ({
  ...rest,
  ms: Math.round(rest.ms),
  cpuMs: Math.round(rest.cpuMs),
  treeCpuMs: rest.treeCpuMs === undefined ? null : Math.round(rest.treeCpuMs),
  peakRssMb: Math.round(rest.peakRssMb),
  phases: profile.phases.map((p) => ({ ...p, cpuMs: Math.round(p.cpuMs) })),
});

const builds: BuildRun[] = [];
if (!args['skip-build']) {
  heading('Build time (whole site, this project)');
  // Also Vite's dependency cache and the PNG cache, so that cold means a fresh checkout after npm ci (the scaling copies start without them
  // too).
  for (const dir of CACHE_PATHS) rmSync(join(root, dir), { recursive: true, force: true });
  builds.push(runBuild('cold', root));
  if (builds[0]!.ok) builds.push(runBuild('warm', root));
  const rows = builds.flatMap((b) => [
    ...b.steps.map((s) => [
      b.label,
      s.kind,
      s.command,
      s.status === 0 ? sec(s.ms) : `FAILED (${s.timedOut ? 'timeout' : `exit ${s.status}`})`,
      sec(s.cpuMs),
      mb(s.peakRssMb),
      s.peakProcess,
    ]),
    [b.label, 'total', '', sec(totalOf(b)), sec(cpuOf(b)), mb(peakOf(b)), ''],
  ]);
  say(table(['build', 'step', 'command', 'wall', 'CPU', 'peak RSS', 'peak process'], rows));
  say('CPU: user + system time of every Node process of the step (threads included); on a shared machine it varies less than wall time.');
  for (const b of builds) {
    const astro = b.steps.find((s) => s.kind === 'astro');
    if (!astro) continue;
    const p = astroPhases(astro.stdout);
    say(
      `${b.label}: astro build reports setup ${p.setupMs === undefined ? '–' : sec(p.setupMs)}, bundling ${p.viteMs === undefined ? '–' : sec(p.viteMs)}, static generation ${p.generateMs === undefined ? '–' : sec(p.generateMs)} for ${p.pages ?? '–'} pages, then ${p.images ?? '–'} PNGs drawn or taken from the cache in ${p.imagesMs === undefined ? '–' : sec(p.imagesMs)}`,
    );
    writeFileSync(join(outDir, `astro-${b.label}.log`), astro.stdout + astro.stderr);
  }
  if (builds.some((b) => !b.ok)) say('The build failed; the page weights below are of whatever dist/ holds.');
}

// ---------------------------------------------------------------------------------------------
// Page weight

const dist = join(root, 'dist');
const weights: { type: PageType; lang: 'ja' | 'en'; page?: string; weight?: PageWeight }[] = [];
let chartWeight: PageWeight | undefined;
if (existsSync(dist)) {
  heading('Page weight per page type (representative page; gzip level 9)');
  const pages = listPages(dist);
  for (const type of REPORTED_TYPES) {
    for (const lang of ['ja', 'en'] as const) {
      const page = representative(pages, type, lang);
      weights.push({ type, lang, page, weight: page ? pageWeight(dist, page) : undefined });
    }
  }
  chartWeight = weights.find((w) => w.type === 'chart' && w.lang === 'ja')?.weight;
  say(
    table(
      ['type', 'lang', 'page', 'HTML', 'HTML gz', 'JS files', 'JS gz', 'CSS', 'CSS gz', 'requests'],
      weights.map(({ type, lang, page, weight: w }) => {
        if (!w) return [type, lang, 'absent', '', '', '', '', '', '', ''];
        const external = w.js.filter((a) => !a.inline).length;
        const inline = w.js.length - external;
        return [
          type,
          lang,
          page!,
          kb(w.htmlBytes),
          kb(w.htmlGzip),
          `${external}${inline ? ` + ${inline} inline` : ''}`,
          kb(w.totals.jsGzip),
          kb(w.totals.cssBytes),
          kb(w.totals.cssGzip),
          String(w.requests),
        ];
      }),
    ),
  );
  say(
    'JS gz sums each file once: external scripts and the /_astro chunks they import statically, plus inline scripts (also inside the HTML figures).',
  );
  const missing = weights.flatMap((w) => (w.weight?.missing ?? []).map((m) => `${w.page}: ${m}`));
  if (missing.length) say(`Referenced but not in dist/: ${missing.join('; ')}`);

  // What the site is made of, by top-level folder of dist/.
  heading('Site output by top-level path');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
  const groups = new Map<string, { files: number; bytes: number; html: number }>();
  for (const file of walk(dist)) {
    const parts = file.slice(dist.length + 1).split('/');
    const key = parts.length > 1 ? `/${parts[0]}/` : '(root files)';
    const g = groups.get(key) ?? { files: 0, bytes: 0, html: 0 };
    g.files++;
    g.bytes += statSync(file).size;
    if (file.endsWith('.html')) g.html++;
    groups.set(key, g);
  }
  const all = [...groups.values()].reduce((a, g) => ({ files: a.files + g.files, bytes: a.bytes + g.bytes, html: a.html + g.html }), {
    files: 0,
    bytes: 0,
    html: 0,
  });
  say(
    table(
      ['path', 'files', 'HTML pages', 'size'],
      [
        ...[...groups].sort((a, b) => b[1].bytes - a[1].bytes).map(([k, g]) => [k, int(g.files), int(g.html), kb(g.bytes)]),
        ['total', int(all.files), int(all.html), kb(all.bytes)],
      ],
    ),
  );
} else {
  say('\nNo dist/: no page weights (run without --skip-build).');
}

// ---------------------------------------------------------------------------------------------
// Client-rendered reference

heading('Client-rendered reference: drawing the chart in the browser');
const reference = await clientReference(root);
const refRows: string[][] = reference.map((b) => [b.name, kb(b.bytes), kb(b.gzip)]);
if (chartWeight)
  refRows.push([`our chart page ${chartWeight.page}: JS it loads`, kb(chartWeight.totals.jsBytes), kb(chartWeight.totals.jsGzip)]);
if (chartWeight)
  refRows.push([
    `our chart page ${chartWeight.page}: whole HTML (SVG chart, table, text)`,
    kb(chartWeight.htmlBytes),
    kb(chartWeight.htmlGzip),
  ]);
say(table(['what the browser downloads', 'minified', 'gzip'], refRows));
for (const b of reference) say(`${b.name}: ${b.byPackage.map((p) => `${p.name} ${kb(p.bytes)}`).join(', ')} (minified, before gzip)`);
if (chartWeight) {
  const lightest = Math.min(...reference.map((b) => b.gzip));
  say(
    `The chart page loads ${kb(chartWeight.totals.jsGzip)} of JavaScript (gzip), ${chartWeight.totals.jsGzip ? `${(lightest / chartWeight.totals.jsGzip).toFixed(0)}× less than` : 'against'} the ${kb(lightest)} a client-rendered chart would need before any data.`,
  );
}

// ---------------------------------------------------------------------------------------------
// Scaling

interface TypeStats {
  /** HTML files of the type in dist/. */
  pages: number;
  /** Outputs of the type astro build timed (non-HTML routes included). */
  timed: number;
  renderMs: number;
  maxRenderMs: number;
  slowest: string;
  htmlBytes: number;
  maxHtmlBytes: number;
  largest: string;
}
/** Every page at most this much HTML at 100× (issue 17). */
const PAGE_BUDGET = 300 * 1024;

interface OneRowRun {
  change: RowChange;
  rebuild: BuildRun;
  reference: BuildRun | undefined;
  /** The rebuilt dist/ against the cold build's; undefined when either failed. */
  difference: TreeDifference | undefined;
  /** Outputs astro build rendered, and those it copied from the incremental cache. */
  rendered: number;
  reused: number;
}

/** The rebuild after one row changed, then a cold build of the same data into a fresh dist/, compared file by file. */
function oneRowRebuild(dir: string, label: string, env: Record<string, string>): OneRowRun {
  const change = changeOneRow(dir, rowChange);
  process.stderr.write(`  ${label}: ${change.file} ${change.id} ${change.column} ${change.from} → ${change.to}\n`);
  const rebuild = runBuild(`${label} one row changed`, dir, env);
  const outputs = rebuild.steps.flatMap((s) => s.profile.outputs);
  const result: OneRowRun = {
    change,
    rebuild,
    reference: undefined,
    difference: undefined,
    rendered: outputs.filter((o) => !o.reused).length,
    reused: outputs.filter((o) => o.reused).length,
  };
  if (!rebuild.ok) return result;
  const rebuilt = join(dir, 'dist.rebuilt');
  rmSync(rebuilt, { recursive: true, force: true });
  renameSync(join(dir, 'dist'), rebuilt);
  clearCaches(dir);
  result.reference = runBuild(`${label} cold, changed data`, dir, env);
  if (result.reference.ok) result.difference = compareTrees(rebuilt, join(dir, 'dist'));
  rmSync(rebuilt, { recursive: true, force: true });
  return result;
}

interface ScaleRun {
  factor: number;
  figures: SyntheticFigures;
  label: string;
  projects: number;
  run: BuildRun;
  /** After one row of data changed: the rebuild with every cache warm, and a cold build of the changed data to compare it with. */
  oneRow: OneRowRun | undefined;
  /** Pages over the HTML budget (PAGE_BUDGET), largest first. */
  overBudget: { page: string; bytes: number }[];
  pages: number;
  phases: ReturnType<typeof astroPhases>;
  byType: Partial<Record<PageType | 'non-html', TypeStats>>;
  distBytes: number;
  /** For a failed build: the page astro was rendering and the error, from its log. */
  failure?: { page?: string; error: string };
}

function scaleRun(factor: number, figures: SyntheticFigures): ScaleRun {
  const ws = makeWorkspace(root, factor, figures);
  const label = `${factor}× ${figures}`;
  process.stderr.write(`scaling ${label}: ${ws.projects} projects in ${ws.dir}\n`);
  const env = { CLUSTER_ATLAS_EXPECTED_PROJECTS: String(ws.projects) };
  const run = runBuild(label, ws.dir, env);
  const astro = run.steps.find((s) => s.kind === 'astro');
  const log = astro ? astro.stdout + astro.stderr : '';
  if (astro) writeFileSync(join(outDir, `astro-x${factor}-${figures}.log`), log);
  const oneRow = run.ok ? oneRowRebuild(ws.dir, label, env) : undefined;
  const wsDist = join(ws.dir, 'dist');
  const pages = existsSync(wsDist) ? listPages(wsDist) : [];
  const byType: ScaleRun['byType'] = {};
  const stats = (type: PageType | 'non-html') =>
    (byType[type] ??= { pages: 0, timed: 0, renderMs: 0, maxRenderMs: 0, slowest: '', htmlBytes: 0, maxHtmlBytes: 0, largest: '' });
  for (const [output, ms] of astroPageTimings(log)) {
    const s = stats(output.endsWith('.html') ? pageTypeOf(output.replace(/(^|\/)index\.html$/, '$1')) : 'non-html');
    s.timed++;
    s.renderMs += ms;
    if (ms > s.maxRenderMs) [s.maxRenderMs, s.slowest] = [ms, output];
  }
  const overBudget: ScaleRun['overBudget'] = [];
  for (const page of pages) {
    const s = stats(pageTypeOf(page));
    const bytes = statSync(join(wsDist, htmlFileOf(wsDist, page))).size;
    if (bytes > PAGE_BUDGET) overBudget.push({ page, bytes });
    s.pages++;
    s.htmlBytes += bytes;
    if (bytes > s.maxHtmlBytes) [s.maxHtmlBytes, s.largest] = [bytes, page];
  }
  const walk = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (sum, d) => sum + (d.isDirectory() ? walk(join(dir, d.name)) : statSync(join(dir, d.name)).size),
      0,
    );
  let failure: ScaleRun['failure'];
  if (!run.ok) {
    const failed = run.steps.find((x) => x.status !== 0)!;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colour codes, which begin with ESC.
    const text = (failed.stdout + failed.stderr).replace(/\u001b\[[0-9;]*m/g, '');
    const page = /Caught error rendering (\S+?):/.exec(text)?.[1];
    const error = /\b[A-Za-z]*Error: [^\n]*/.exec(text)?.[0]?.trim() ?? tail(text, 3);
    failure = { page, error: failed.timedOut ? `timed out after ${args['timeout-min']} min` : error };
  }
  const result: ScaleRun = {
    factor,
    figures,
    label,
    projects: ws.projects,
    run,
    oneRow,
    overBudget: overBudget.sort((a, b) => b.bytes - a.bytes),
    pages: pages.length,
    phases: astroPhases(log),
    byType,
    distBytes: existsSync(wsDist) ? walk(wsDist) : 0,
    failure,
  };
  if (args.keep) process.stderr.write(`kept ${ws.dir}\n`);
  else ws.remove();
  return result;
}

// ---------------------------------------------------------------------------------------------
// Lighthouse, mobile emulation, on the built site served locally

let lighthouse: PageAudit[] = [];
if (!args['skip-lighthouse'] && existsSync(join(root, 'dist', 'index.html'))) {
  heading(
    'Lighthouse (mobile emulation; the site served from dist/ on localhost, text gzipped as the static hosts serve it; the median of 3 runs a page)',
  );
  // Compressed as Netlify and Cloudflare Pages (public/_headers) send it: Lighthouse simulates a slow
  // network from the bytes transferred, so uncompressed HTML would time a download no reader makes.
  const server = await serveStatic(join(root, 'dist'), { compress: true });
  try {
    lighthouse = await auditPages(server.origin, LIGHTHOUSE_PAGES, CATEGORIES, { runs: 3 });
  } finally {
    await server.close();
  }
  say(
    table(
      ['page', ...CATEGORIES],
      lighthouse.map((a) => [new URL(a.url).pathname, ...CATEGORIES.map((c) => (a.scores[c] ?? 0).toFixed(2))]),
    ),
  );
  const below = lighthouse.flatMap((a) =>
    CATEGORIES.filter((c) => (a.scores[c] ?? 0) < 0.95).map(
      (c) => `${new URL(a.url).pathname} ${c}: ${a.failing.map((f) => f.id).join(', ')}`,
    ),
  );
  say(below.length ? `Below 0.95:\n  ${below.join('\n  ')}` : 'Every score is at least 0.95.');
}

const scaling: ScaleRun[] = [];
let capacity: MapCapacity[] = [];
if (!args['skip-scaling']) {
  heading(`Scaling: synthetic data at ${factors.map((f) => `${f}×`).join(', ')} the real size, built in a temporary copy`);
  say('Figures "page-2": synthetic projects spread over the sizes page 2 prints (約５０社 to 約２，１８０社, 2 to 83 universities).');
  say('When that build fails, the same factor is built again with "small" figures (every synthetic project 約１０社, １大学),');
  say('the smallest symbols the national map draws, to see whether anything but the map layout stands in the way.\n');
  for (const factor of factors) {
    const realistic = scaleRun(factor, 'page-2');
    scaling.push(realistic);
    if (!realistic.run.ok && factor > 1) scaling.push(scaleRun(factor, 'small'));
  }

  const stepCell = (run: BuildRun, kind: StepResult['kind']) => {
    const steps = run.steps.filter((s) => s.kind === kind);
    if (!steps.length) return ['–', '–'];
    const failed = steps.find((s) => s.status !== 0);
    return [
      failed ? `FAILED at ${sec(failed.ms)}${failed.timedOut ? ' (timeout)' : ''}` : sec(steps.reduce((s, x) => s + x.ms, 0)),
      sec(steps.reduce((s, x) => s + x.cpuMs, 0)),
      mb(Math.max(...steps.map((s) => s.peakRssMb))),
    ];
  };
  say(
    table(
      [
        'data',
        'projects',
        'pages',
        'pipeline',
        'CPU',
        'RSS',
        'astro build',
        'CPU',
        'RSS',
        'post-build',
        'CPU',
        'RSS',
        'total',
        'total CPU',
        'astro CPU ms/page',
        'generate ms/page',
        'dist',
      ],
      [
        ...scaling.map((s) => [
          s.label,
          int(s.projects),
          s.run.ok ? int(s.pages) : '–',
          ...stepCell(s.run, 'pipeline'),
          ...stepCell(s.run, 'astro'),
          ...stepCell(s.run, 'post-build'),
          sec(totalOf(s.run)),
          sec(cpuOf(s.run)),
          s.run.ok && s.pages ? msf(cpuOf(s.run, 'astro') / s.pages) : '–',
          s.run.ok && s.pages && s.phases.generateMs ? msf(s.phases.generateMs / s.pages) : '–',
          s.run.ok ? kb(s.distBytes) : '–',
        ]),
        ...scaling.flatMap((s) =>
          [s.oneRow?.rebuild, s.oneRow?.reference].flatMap((b) =>
            b
              ? [
                  [
                    b.label,
                    int(s.projects),
                    '',
                    ...stepCell(b, 'pipeline'),
                    ...stepCell(b, 'astro'),
                    ...stepCell(b, 'post-build'),
                    sec(totalOf(b)),
                    sec(cpuOf(b)),
                    '',
                    '',
                    '',
                  ],
                ]
              : [],
          ),
        ),
      ],
    ),
  );
  say('Wall and CPU time per step (CPU: user + system of its Node processes); RSS: peak resident memory of its largest Node process.');
  say('astro CPU ms/page spreads the fixed setup and bundling over the pages; generate ms/page is the wall time of the static-generation');
  say('phase astro build reports, divided by the pages. "one row changed": the build again in the same copy after one project\'s');
  say('company count changed, with every cache warm (Astro\'s incremental build, the PNG cache); "cold, changed data": the same data');
  say('built cold, to compare with.');
  const compared = scaling.filter((s) => s.oneRow);
  if (compared.length) {
    heading('Rebuild after one row changed, against a cold build of the same data');
    say(
      table(
        ['data', 'change', 'rebuild wall', 'CPU', 'rendered', 'reused', 'cold wall', 'CPU', 'files', 'differing'],
        compared.map((s) => {
          const o = s.oneRow!;
          return [
            s.label,
            `${o.change.id} ${o.change.column} ${o.change.from} → ${o.change.to}`,
            o.rebuild.ok ? sec(totalOf(o.rebuild)) : 'FAILED',
            sec(cpuOf(o.rebuild)),
            int(o.rendered),
            int(o.reused),
            o.reference ? (o.reference.ok ? sec(totalOf(o.reference)) : 'FAILED') : '–',
            o.reference ? sec(cpuOf(o.reference)) : '–',
            o.difference ? int(o.difference.files) : '–',
            o.difference ? int(o.difference.differing.length) : '–',
          ];
        }),
      ),
    );
    for (const s of compared)
      if (s.oneRow!.difference?.differing.length)
        say(
          `${s.label}: differing files: ${s.oneRow!.difference.differing.slice(0, 20).join(', ')}${s.oneRow!.difference.differing.length > 20 ? ' …' : ''}`,
        );
    say('rendered / reused: outputs astro build rendered, and those it copied from its incremental cache (experimental.incrementalBuild;');
    say(
      'keys in src/collections/cache-key.ts). A company count shows on every project page (its rank chart), so those are rendered again.',
    );
  }
  for (const s of scaling.filter((x) => x.failure)) {
    const done = Object.values(s.byType).reduce((n, x) => n + x!.timed, 0);
    say(
      `\n${s.label} (${int(s.projects)} projects) FAILED after ${sec(totalOf(s.run))}${s.failure!.page ? ` rendering ${s.failure!.page}` : ''}, ${int(done)} outputs rendered before it:`,
    );
    say(`  ${s.failure!.error}`);
  }

  // Per page type: does the cost of one page grow with the total number of projects?
  const built = scaling.filter((s) => s.run.ok);
  const types = [...PAGE_TYPES, 'non-html' as const].filter((t) => built.some((s) => s.byType[t]));
  if (built.length) {
    const mean = (x: TypeStats) => x.renderMs / Math.max(1, x.timed);
    const per = (t: PageType | 'non-html', f: (x: TypeStats) => string) =>
      built.map((s) => (s.byType[t] ? f(s.byType[t]!) : '–')).join(' / ');
    say(
      `\nPer page type in the builds that completed (${built.map((s) => s.label).join(' / ')}); render times are astro build's per-page timings.`,
    );
    say('The PNGs (share cards, figure downloads) are not routes: they are drawn after the pages (src/raster/integration.ts), in the');
    say(
      "astro step's time above. The times include waiting: they show which outputs are slow and whether a type grows, not where CPU goes.",
    );
    say(
      table(
        [
          'type',
          'pages',
          'render ms/page (mean)',
          'render ms/page (max)',
          'HTML/page (mean)',
          'HTML (max)',
          'render total',
          'ms/page growth',
        ],
        types.map((t) => {
          const first = built.find((s) => s.byType[t])?.byType[t];
          const last = [...built].reverse().find((s) => s.byType[t])?.byType[t];
          return [
            t,
            per(t, (x) => int(t === 'non-html' ? x.timed : x.pages)),
            per(t, (x) => msf(mean(x))),
            per(t, (x) => msf(x.maxRenderMs)),
            per(t, (x) => kb(x.htmlBytes / Math.max(1, x.pages))),
            per(t, (x) => kb(x.maxHtmlBytes)),
            per(t, (x) => sec(x.renderMs)),
            first && last && first !== last ? `${(mean(last) / Math.max(0.1, mean(first))).toFixed(1)}×` : '–',
          ];
        }),
      ),
    );
    const biggest = built.at(-1)!;
    const totals = Object.entries(biggest.byType)
      .map(([t, x]) => [t, x!.renderMs] as const)
      .sort((a, b) => b[1] - a[1]);
    const all = totals.reduce((s, [, ms]) => s + ms, 0);
    if (all > 0)
      say(
        `At ${biggest.label} outputs were in flight for ${sec(all)} in all (overlapping): ${totals
          .slice(0, 4)
          .map(([t, ms]) => `${t} ${((ms / all) * 100).toFixed(0)}%`)
          .join(', ')}.`,
      );
    for (const [t, x] of Object.entries(biggest.byType))
      if (x!.maxRenderMs >= 1000) say(`  slowest ${t} output at ${biggest.label}: ${x!.slowest} ${msf(x!.maxRenderMs)}`);
    // Pages that grew with the number of projects: the largest page of each type, against the first build.
    const base = built[0]!;
    const grown = Object.entries(biggest.byType)
      .filter(
        ([t, x]) =>
          x!.pages && base.byType[t as PageType]?.maxHtmlBytes && x!.maxHtmlBytes > 1.5 * base.byType[t as PageType]!.maxHtmlBytes,
      )
      .map(([t, x]) => `${t} ${x!.largest} ${kb(base.byType[t as PageType]!.maxHtmlBytes)} → ${kb(x!.maxHtmlBytes)}`);
    if (grown.length && biggest !== base)
      say(`Largest pages that grew more than 1.5× from ${base.label} to ${biggest.label}: ${grown.join('; ')}.`);
    if (built.length >= 2) {
      const [a, b] = [built[0]!, biggest];
      say(
        `From ${a.label} to ${b.label}: per added project ${msf((totalOf(b.run) - totalOf(a.run)) / (b.projects - a.projects))} wall, ` +
          `${msf((cpuOf(b.run) - cpuOf(a.run)) / (b.projects - a.projects))} CPU; per added page ${msf((cpuOf(b.run, 'astro') - cpuOf(a.run, 'astro')) / Math.max(1, b.pages - a.pages))} of astro build CPU.`,
      );
    }
  }

  // Why builds fail: how many projects the national map holds.
  const largest = Math.max(...factors);
  if (largest > 1) {
    heading(`National map capacity (symbols laid out by src/map/layout.ts, data at ${largest}×)`);
    capacity = [...mapCapacity(largest, 'page-2'), ...mapCapacity(largest, 'small')];
    say(
      table(
        ['figures', 'measure', 'projects', 'largest that fits', '× real', 'layout at that size', 'first symbol with no room'],
        capacity.map((c) => [
          c.figures,
          c.measure,
          int(c.projects),
          int(c.fits),
          `${(c.fits / 17).toFixed(1)}×`,
          msf(c.layoutMs),
          c.error ? (/symbol (\S+ \(r [\d.]+\)) .*region (\S+)/.exec(c.error)?.slice(1).join(' in ') ?? c.error) : 'all fit',
        ]),
      ),
    );
    say('"Largest that fits": projects whose symbols the layout places apart at full size (MAX_RADIUS). The map model shared by the');
    say(
      'map, bureau and project pages then tries smaller scales, and past the smallest lets symbols overlap, so larger data still builds.',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The test suite, timed (--with-tests): `npm test` as a developer runs it, wall and CPU

let tests: StepResult | undefined;
if (args['with-tests']) {
  heading('npm test (type check, build and every test)');
  process.stderr.write('  npm test … ');
  tests = runStep('npm test', { cwd: root, timeoutMs });
  process.stderr.write(`${sec(tests.ms)}\n`);
  say(
    `npm test: ${tests.status === 0 ? 'passed' : `FAILED (${tests.timedOut ? 'timeout' : `exit ${tests.status}`})`} in ${sec(tests.ms)} wall, ${sec(tests.treeCpuMs ?? tests.cpuMs)} CPU.`,
  );
  writeFileSync(join(outDir, 'npm-test.log'), tests.stdout + tests.stderr);
}

// ---------------------------------------------------------------------------------------------
// Share cards: the same card drawn by each renderer (sharp/librsvg, resvg)

// One share card drawn by each renderer and encoder the project could use (sharp's librsvg against resvg,
// and the PNG encoders), on the same card: which draws it for the least CPU (scripts/bench/card-render.ts).
heading('Share cards: one card, each renderer');
const renderers = await cardRenderers(root);
say(
  table(
    ['renderer', 'CPU ms/card', 'wall ms/card', 'PNG'],
    renderers.map((r) => [r.name, msf(r.cpuMsPerCard), msf(r.wallMsPerCard), r.pngBytes ? kb(r.pngBytes) : '–']),
  ),
);

// ---------------------------------------------------------------------------------------------
// The targets of issue 17

heading('Targets (issue 17)');
const atFactor = (f: number) => scaling.find((s) => s.factor === f && s.figures === 'page-2' && s.run.ok);
const [one, hundred] = [atFactor(1), atFactor(100)];
const mapPages = weights.filter((w) => w.type === 'map' && w.weight);
const lighthouseMin = lighthouse.length ? Math.min(...lighthouse.flatMap((a) => CATEGORIES.map((c) => a.scores[c] ?? 0))) : undefined;
const pct = (v: number) => `${v.toFixed(2)}`;
const targets: Target[] = [
  judge('100× cold build: CPU at most 90 s', hundred && cpuOf(hundred.run), 90_000, sec),
  judge(
    '100× cold build: wall at most 6× the 1× cold build of the same run',
    hundred && one ? totalOf(hundred.run) / totalOf(one.run) : undefined,
    6,
    (r) => `${r.toFixed(1)}× (${sec(totalOf(hundred!.run))} / ${sec(totalOf(one!.run))})`,
  ),
  judge(
    '100× rebuild after one row changed: wall at most 15 s',
    hundred?.oneRow?.rebuild.ok ? totalOf(hundred.oneRow.rebuild) : undefined,
    15_000,
    (ms) =>
      `${sec(ms)} (CPU ${sec(cpuOf(hundred!.oneRow!.rebuild))}; ${int(hundred!.oneRow!.rendered)} rendered, ${int(hundred!.oneRow!.reused)} reused)`,
  ),
  judge(
    '100× rebuild after one row changed: byte-identical to a cold build (differing files)',
    hundred?.oneRow?.difference?.differing.length,
    0,
    (n) => `${int(n)} of ${int(hundred!.oneRow!.difference!.files)} files differ`,
  ),
  judge('every page at most 300 KB of HTML at 100× (pages over)', hundred?.overBudget.length, 0, (n) => {
    const largest = Object.values(hundred!.byType).reduce(
      (a, x) => (x!.maxHtmlBytes > a.bytes ? { page: x!.largest, bytes: x!.maxHtmlBytes } : a),
      {
        page: '',
        bytes: 0,
      },
    );
    return `${int(n)} over; largest ${largest.page} ${kb(largest.bytes)}`;
  }),
  ...(mapPages.length
    ? mapPages.map((w) => judge(`map page at real size at most 30 KB gzip of HTML (${w.lang})`, w.weight!.htmlGzip, 30 * 1024, kb))
    : [judge('map page at real size at most 30 KB gzip of HTML', undefined, 0, kb)]),
  judge(
    'Lighthouse 1.00 in all four categories, mobile, every audited page (lowest score)',
    lighthouseMin === undefined ? undefined : 1 - lighthouseMin,
    0,
    (gap) => `${pct(1 - gap)} lowest of ${lighthouse.length} pages`,
  ),
  judge('peak memory of the cold 100× build at most 1.5 GiB', hundred && peakOf(hundred.run), 1536, mb),
  judge('npm test: wall at most 4 min', tests?.status === 0 ? tests.ms : undefined, 240_000, sec),
  judge('npm test: CPU at most 150 s', tests?.status === 0 ? (tests.treeCpuMs ?? tests.cpuMs) : undefined, 150_000, sec),
];
say(
  table(
    ['target', 'figure', ''],
    targets.map((t) => [t.target, t.figure, verdict(t)]),
  ),
);
say(
  `Measured on ${machine.cores} cores at load ${machine.loadAverage.join(' ')} (at the start); wall times swing with the load, CPU less.`,
);
if (!hundred) say('Factor 100 was not built in this run (--factors): its targets are not measured.');
if (!tests) say('`npm test` was not timed (--with-tests).');

// Where a target is not met: where the CPU went, per step and per output type.
const profiled = hundred ?? scaling.filter((s) => s.run.ok).at(-1);
const profile = (run: BuildRun) =>
  cpuByStep(run.steps, (o) => (o.endsWith('.html') ? pageTypeOf(o.replace(/(^|\/)index\.html$/, '$1')) : 'non-html'));
// Shown for every run, so a run at 1× or 10× says where a rebuild's time goes too.
if (profiled) {
  heading(`Profile: CPU per step and per output type at ${profiled.label}`);
  const runs = [profiled.run, profiled.oneRow?.rebuild].filter((r): r is BuildRun => r !== undefined);
  const rows = runs.map(profile);
  const whats = [...new Set(rows.flat().map((r) => r.what))];
  say(
    table(
      ['step', ...runs.map((r) => r.label)],
      whats.map((w) => [
        w,
        ...rows.map((rs) => {
          const r = rs.find((x) => x.what === w);
          return r ? sec(r.cpuMs) : '–';
        }),
      ]),
    ),
  );
  say('CPU (user + system) of astro build between the lines it logs: a phase from its first to its last line, a page from its');
  say('`├─ path` to its time; the PNGs are drawn on worker threads of the same process, so their CPU is in their phase.');
}

// ---------------------------------------------------------------------------------------------
// Results

const results = {
  machine,
  buildScript,
  builds: builds.map((b) => ({
    label: b.label,
    ok: b.ok,
    totalMs: Math.round(totalOf(b)),
    cpuMs: Math.round(cpuOf(b)),
    pipelineMs: Math.round(totalOf(b, 'pipeline')),
    astroMs: Math.round(totalOf(b, 'astro')),
    postBuildMs: Math.round(totalOf(b, 'post-build')),
    peakRssMb: Math.round(peakOf(b)),
    astroPhases: astroPhases(b.steps.find((s) => s.kind === 'astro')?.stdout ?? ''),
    steps: b.steps.map(stepJson),
  })),
  pageWeights: weights.map(({ type, lang, page, weight }) => ({
    type,
    lang,
    page: page ?? null,
    absent: !weight,
    ...(weight ? { weight } : {}),
  })),
  clientReference: {
    bundles: reference,
    chartPage: chartWeight
      ? { page: chartWeight.page, jsBytes: chartWeight.totals.jsBytes, jsGzip: chartWeight.totals.jsGzip, htmlGzip: chartWeight.htmlGzip }
      : null,
  },
  cardRenderers: renderers,
  lighthouse: lighthouse.map((a) => ({ page: new URL(a.url).pathname, scores: a.scores, failing: a.failing })),
  tests: tests ? { ok: tests.status === 0, ms: Math.round(tests.ms), cpuMs: Math.round(tests.treeCpuMs ?? tests.cpuMs) } : null,
  targets,
  mapCapacity: capacity.map((c) => ({ ...c, layoutMs: Math.round(c.layoutMs) })),
  scaling: scaling.map((s) => ({
    factor: s.factor,
    figures: s.figures,
    failure: s.failure ?? null,
    projects: s.projects,
    ok: s.run.ok,
    pages: s.pages,
    totalMs: Math.round(totalOf(s.run)),
    cpuMs: Math.round(cpuOf(s.run)),
    astroPhases: s.phases,
    distBytes: s.distBytes,
    steps: s.run.steps.map(stepJson),
    overBudget: s.overBudget,
    oneRow: s.oneRow
      ? {
          change: s.oneRow.change,
          rendered: s.oneRow.rendered,
          reused: s.oneRow.reused,
          files: s.oneRow.difference?.files ?? null,
          differing: s.oneRow.difference?.differing ?? null,
          ...Object.fromEntries(
            (['rebuild', 'reference'] as const).map((k) => {
              const b = s.oneRow![k];
              return [
                k,
                b
                  ? {
                      ok: b.ok,
                      totalMs: Math.round(totalOf(b)),
                      cpuMs: Math.round(cpuOf(b)),
                      peakRssMb: Math.round(peakOf(b)),
                      steps: b.steps.map(stepJson),
                      cpuByStep: profile(b).map((r) => ({ ...r, cpuMs: Math.round(r.cpuMs) })),
                    }
                  : null,
              ];
            }),
          ),
        }
      : null,
    cpuByStep: profile(s.run).map((r) => ({ ...r, cpuMs: Math.round(r.cpuMs) })),
    byType: Object.fromEntries(Object.entries(s.byType).map(([t, x]) => [t, { ...x!, renderMs: Math.round(x!.renderMs) }])),
  })),
};
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
say(`\nResults written to ${relative(root, outFile)} (astro logs beside it).`);
