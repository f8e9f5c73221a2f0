/**
 * The architecture, checked: the layers of src/ as CONTRIBUTING.md lists them, the imports between
 * them, and the names of modules. Pure functions over file texts, so the test can show that each
 * check catches what it should (test/unit/architecture.test.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, normalize, relative, sep } from 'node:path';

/** The folders of src/, bottom layer first, from the fenced `layers` block of CONTRIBUTING.md. */
export function layerOrder(contributing: string): string[] {
  const block = /```layers\n([\s\S]*?)```/.exec(contributing);
  if (!block) throw new Error('CONTRIBUTING.md has no ```layers block');
  return block[1]!
    .split('\n')
    .map((line) => /^\s*\d+\.\s+src\/([\w-]+)\//.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
}

/** Every relative import of a module's text: static, dynamic, type-only, side-effect, re-export. */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\1/g)) found.push(m[2]!);
  return found;
}

/** The top folder of a file under src/ (`charts` for src/charts/lib/table.ts); undefined for files at src/'s root. */
export const folderOf = (path: string): string | undefined => {
  const parts = path.split('/');
  return parts[0] === 'src' && parts.length > 2 ? parts[1] : undefined;
};

export interface UpwardImport {
  from: string;
  to: string;
  fromLayer: string;
  toLayer: string;
}

/**
 * Imports from a lower layer to a higher one. Files at src/'s root (content.config.ts) sit above
 * every layer. Paths are relative to the project root, with `/`.
 */
export function upwardImports(files: ReadonlyMap<string, string>, order: readonly string[]): UpwardImport[] {
  const rank = (folder: string | undefined) => (folder === undefined ? order.length : order.indexOf(folder));
  const found: UpwardImport[] = [];
  for (const [from, text] of files) {
    const fromLayer = folderOf(from);
    for (const spec of importsOf(text)) {
      const to = normalize(join(dirname(from), spec))
        .split(sep)
        .join('/');
      if (!to.startsWith('src/')) continue;
      const toLayer = folderOf(to);
      if (rank(toLayer) > rank(fromLayer)) found.push({ from, to, fromLayer: fromLayer ?? 'src', toLayer: toLayer ?? 'src' });
    }
  }
  return found;
}

/** Base names shared by two modules, with their paths. Route files are named by their URL (src/pages/), so they are left out. */
export function sharedBaseNames(paths: readonly string[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const path of paths) {
    if (path.startsWith('src/pages/')) continue;
    byName.set(basename(path), [...(byName.get(basename(path)) ?? []), path]);
  }
  return new Map([...byName].filter(([, list]) => list.length > 1));
}

/** Every file under a folder, relative to `root`, with `/`. */
export function filesUnder(root: string, folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(join(root, folder));
  return out.sort();
}

export const readText = (root: string, path: string): string => readFileSync(join(root, path), 'utf8');

/**
 * Array literals that list more than `most` of the given ids: a list of datasets written out again
 * instead of derived from the catalogue. Naming the two or three datasets one chart draws on is not
 * a list of them all.
 */
export function idLists(text: string, ids: readonly string[], most = 3): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\[[^[\]]*\]/g)) {
    const named = new Set(ids.filter((id) => m[0].includes(`'${id}'`) || m[0].includes(`"${id}"`)));
    if (named.size > most) found.push(m[0].replace(/\s+/g, ' ').slice(0, 120));
  }
  return found;
}
