/**
 * The layout of src/ holds (CONTRIBUTING.md): every folder has a place in the layers, no import
 * goes up a layer, and no two modules share a file name. Each check is first shown to catch a
 * made-up breach, so a check that had stopped working would fail here too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_IDS } from '../../src/schemas/datasets.ts';
import { filesUnder, idLists, importsOf, layerOrder, readText, sharedBaseNames, upwardImports } from '../architecture.ts';

const root = join(import.meta.dirname, '../..');
const order = layerOrder(readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8'));
const modules = filesUnder(root, 'src').filter((f) => /\.(ts|astro|mjs)$/.test(f));

describe('the checks themselves', () => {
  it('reads every kind of relative import', () => {
    const text = [
      "import a from './a.ts';",
      "import type { B } from '../b.ts';",
      "import '../styles/c.css';",
      "export { d } from './d.ts';",
      "const e = await import('../e.ts');",
      "import f from 'node:fs';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a.ts', '../b.ts', '../styles/c.css', './d.ts', '../e.ts']);
  });

  it('flags an import from a lower layer to a higher one, and only that', () => {
    const files = new Map([
      ['src/core/a.ts', "import { x } from '../charts/x.ts';"],
      ['src/charts/x.ts', "import { a } from '../core/a.ts';\nimport { y } from './lib/y.ts';"],
      ['src/content.config.ts', "import { x } from './charts/x.ts';"],
    ]);
    expect(upwardImports(files, ['core', 'charts'])).toEqual([
      { from: 'src/core/a.ts', to: 'src/charts/x.ts', fromLayer: 'core', toLayer: 'charts' },
    ]);
  });

  it('flags a list of ids written out, but not a chart naming the few it draws on', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    expect(idLists("const ALL = ['a', 'b', 'c',\n  'd'];\nconst mine = ['a', 'b'];", ids)).toEqual(["['a', 'b', 'c', 'd']"]);
  });

  it('flags two modules with one name, but not route files', () => {
    expect([...sharedBaseNames(['src/a/render.ts', 'src/b/render.ts', 'src/pages/x/index.astro', 'src/pages/index.astro']).keys()]).toEqual(
      ['render.ts'],
    );
  });
});

describe('src/', () => {
  it('lists its layers in CONTRIBUTING.md, bottom first', () => {
    expect(order.slice(0, 3)).toEqual(['styles', 'core', 'schemas']);
    expect(order.at(-1)).toBe('pages');
  });

  it('has a layer for every folder', () => {
    const folders = readdirSync(join(root, 'src')).filter((name) => statSync(join(root, 'src', name)).isDirectory());
    expect(folders.filter((f) => !order.includes(f))).toEqual([]);
    expect(order.filter((f) => !folders.includes(f))).toEqual([]);
  });

  it('imports only downward', () => {
    const texts = new Map(modules.map((f) => [f, readText(root, f)]));
    const upward = upwardImports(texts, order).map((u) => `${u.from} (${u.fromLayer}) imports ${u.to} (${u.toLayer})`);
    expect(upward).toEqual([]);
  });

  it('writes the list of dataset ids once, in src/schemas/datasets.ts', () => {
    const code = [...filesUnder(root, 'src'), ...filesUnder(root, 'scripts')].filter(
      (f) => /\.(ts|astro)$/.test(f) && f !== 'src/schemas/datasets.ts',
    );
    const lists = code.flatMap((f) => idLists(readText(root, f), DATASET_IDS).map((list) => `${f}: ${list}`));
    expect(lists).toEqual([]);
  });

  it('gives no two modules the same file name', () => {
    expect(Object.fromEntries(sharedBaseNames(filesUnder(root, 'src')))).toEqual({});
  });
});
