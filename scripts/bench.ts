/**
 * `npm run bench`: prints build figures, not pass/fail (machines here are shared and noisy).
 * Cold build time, page count and sizes, download sizes, and the data pipeline's time on the
 * real data and on synthetic rows of growing size.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASETS } from '../src/schemas/datasets.ts';
import { buildCollections } from './pipeline/build-collections.ts';
import { decodeTable } from './pipeline/decode.ts';
import { readCsv } from './pipeline/read-csv.ts';
import { syntheticProjectsCsv } from './synthetic-data.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, PATH: [dirname(process.execPath), process.env.PATH].join(delimiter) };

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

// Cold build: no generated data, no Astro cache, no dist.
for (const dir of ['dist', '.astro', 'content/data', 'node_modules/.astro']) rmSync(join(root, dir), { recursive: true, force: true });
const start = performance.now();
const build = spawnSync('npm', ['run', 'build'], { cwd: root, env, stdio: 'ignore' });
if (build.status !== 0) throw new Error('npm run build failed');
console.log(`cold build (npm run build): ${((performance.now() - start) / 1000).toFixed(1)} s`);

const dist = join(root, 'dist');
const all = files(dist);
const pages = all.filter((f) => f.endsWith('.html'));
const largest = pages.map((f) => ({ f, size: statSync(f).size })).sort((a, b) => b.size - a.size)[0]!;
const scripts = all.filter((f) => f.endsWith('.js'));
console.log(`pages: ${pages.length}`);
console.log(`largest page: /${relative(dist, largest.f)} ${kb(largest.size)} (${kb(gzipSync(readFileSync(largest.f)).length)} gzip)`);
console.log(`client scripts: ${scripts.length} files, ${kb(scripts.reduce((s, f) => s + statSync(f).size, 0))}`);
console.log(`site total: ${kb(all.reduce((s, f) => s + statSync(f).size, 0))} in ${all.length} files`);
const downloads = all.filter((f) => f.includes(`${join('dist', 'data')}`));
console.log(`downloads: ${downloads.length} files, ${kb(downloads.reduce((s, f) => s + statSync(f).size, 0))}`);

// Pipeline on the real data (pure part: parse, decode, check, derive).
const inputs = new Map(DATASETS.map((d) => [d.id, { file: `data/${d.id}.csv`, bytes: readFileSync(join(root, 'data', `${d.id}.csv`)) }]));
console.log(`pipeline on the real data: ${time(() => buildCollections(inputs), 20).toFixed(1)} ms (median of 20)`);

// Scaling: reading and decoding synthetic project rows.
const projects = DATASETS.find((d) => d.id === 'cluster-projects')!;
for (const rows of [1_000, 10_000, 50_000]) {
  const bytes = new TextEncoder().encode(syntheticProjectsCsv(rows));
  const ms = time(() => decodeTable(readCsv('synthetic.csv', bytes), projects), 3);
  console.log(`read + decode ${rows.toLocaleString('en')} synthetic project rows: ${ms.toFixed(0)} ms (${Math.round((rows / ms) * 1000).toLocaleString('en')} rows/s)`);
}
