/**
 * The reference point of a client-rendered chart: what a browser would have to download to draw
 * the companies-by-bureau chart itself with Observable Plot (which brings d3), bundled by esbuild
 * the way a site would ship it (minified ESM for browsers, tree-shaken), gzip-compressed.
 */
import { build, type Metafile } from 'esbuild';
import { gzipSize } from './page-weight.ts';

export interface ClientBundle {
  name: string;
  bytes: number;
  gzip: number;
  /** Bytes of the minified output by package (`@observablehq/plot`, `d3 (27 packages)`, …). */
  byPackage: { name: string; bytes: number }[];
}

/** The chart as the page draws it: one bar, a tick and two labels per bureau. */
const NAMED_ENTRY = `
import { plot, barX, tickX, text } from '@observablehq/plot';
const data = JSON.parse(document.getElementById('chart-data').textContent);
document.getElementById('chart').append(plot({
  marginLeft: 80,
  x: { label: null, grid: true },
  y: { domain: data.map((d) => d.bureau), label: null },
  marks: [
    barX(data, { x: 'companies', y: 'bureau', fill: '#3b6ea5', title: 'tip' }),
    tickX(data, { x: 'universities', y: 'bureau' }),
    text(data, { x: 'companies', y: 'bureau', text: 'label', textAnchor: 'start', dx: 4 }),
    text(data, { x: 0, y: 'bureau', text: 'share', textAnchor: 'end', dx: -4 }),
  ],
}));
`;

/** The same through the whole namespace, as `import * as Plot` in an app that draws several charts would. */
const NAMESPACE_ENTRY = `
import * as Plot from '@observablehq/plot';
window.Plot = Plot;
const data = JSON.parse(document.getElementById('chart-data').textContent);
document.getElementById('chart').append(Plot.plot({ marks: [Plot.barX(data, { x: 'companies', y: 'bureau' })] }));
`;

function packageOf(path: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (!m) return '(entry)';
  return /^d3(-|$)/.test(m[1]!) ? 'd3' : m[1]!;
}

async function bundle(name: string, contents: string, root: string): Promise<ClientBundle> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = result.outputFiles[0]!.contents;
  const output = Object.values((result.metafile as Metafile).outputs)[0]!;
  const sums = new Map<string, { bytes: number; modules: Set<string> }>();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const pkg = packageOf(path);
    const entry = sums.get(pkg) ?? { bytes: 0, modules: new Set<string>() };
    entry.bytes += bytesInOutput;
    entry.modules.add(/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1] ?? path);
    sums.set(pkg, entry);
  }
  const byPackage = [...sums]
    .map(([pkg, s]) => ({ name: pkg === 'd3' ? `d3 (${s.modules.size} packages)` : pkg, bytes: s.bytes }))
    .sort((a, b) => b.bytes - a.bytes);
  return { name, bytes: code.length, gzip: gzipSize(code), byPackage };
}

/** Both bundles, resolved from the project's node_modules. */
export async function clientReference(root: string): Promise<ClientBundle[]> {
  return [
    await bundle('Plot + d3, the marks of this chart (barX, tickX, text)', NAMED_ENTRY, root),
    await bundle('Plot + d3, whole namespace (import * as Plot)', NAMESPACE_ENTRY, root),
  ];
}
