/**
 * A throw-away copy of the project to build synthetic data in: the sources (src/, content/ but
 * not content/data, scripts/, public/ and the top-level config), a data/ of `factor` × the real
 * size, and a node_modules made of links to the real packages, so the build runs against the same
 * dependencies while its caches (node_modules/.astro, .vite, …) start empty and stay apart.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { writeSyntheticDataDir, type SyntheticFigures } from '../synthetic-data.ts';

const SOURCE_DIRS = ['src', 'content', 'scripts', 'public'];
const SOURCE_FILES = ['astro.config.ts', 'tsconfig.json', 'package.json'];
/** Hidden entries of node_modules are caches (.astro, .vite, .vite-temp…), never shared; .bin is linked. */
const sharedModule = (entry: string) => !entry.startsWith('.') || entry === '.bin';

export interface Workspace {
  dir: string;
  factor: number;
  figures: SyntheticFigures;
  projects: number;
  remove(): void;
}

export function makeWorkspace(root: string, factor: number, figures: SyntheticFigures = 'page-2'): Workspace {
  const dir = mkdtempSync(join(tmpdir(), `cluster-atlas-bench-x${factor}-${figures}-`));
  const generated = join(root, 'content', 'data');
  for (const name of SOURCE_DIRS) {
    if (!existsSync(join(root, name))) continue;
    cpSync(join(root, name), join(dir, name), {
      recursive: true,
      filter: (from) => from !== generated && !from.startsWith(generated + sep),
    });
  }
  for (const name of SOURCE_FILES) if (existsSync(join(root, name))) cpSync(join(root, name), join(dir, name));
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (sharedModule(entry)) symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  const data = writeSyntheticDataDir(join(dir, 'data'), factor, { figures });
  return { dir, factor, figures, projects: data.projects, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
