/**
 * PNGs kept between builds, keyed by everything that decides their pixels: the job (the SVG or
 * the card's element tree), the versions of the libraries that draw and encode it, and the font
 * files. Drawing is most of a build's CPU time (share cards, figure downloads) and most builds
 * change few images. The cache lives in node_modules/.cache, where tools keep theirs; deleting it
 * only costs time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { FONT_FILES } from '../text/font-files.ts';

/** CLUSTER_ATLAS_PNG_CACHE_DIR puts it elsewhere (an empty directory makes a build draw every image). */
export const PNG_CACHE_DIR = process.env.CLUSTER_ATLAS_PNG_CACHE_DIR || join(process.cwd(), 'node_modules', '.cache', 'cluster-atlas-png');

/** A package's version, from the package.json above its entry point (sharp does not export its package.json). */
function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version) return pkg.version;
    } catch {
      // No package.json at this level: look further up.
    }
  }
  throw new Error(`no package.json found for ${name}`);
}

let drawers: string | undefined;
/** What, besides the job, the pixels depend on. */
function drawersKey(): string {
  if (drawers === undefined) {
    const versions = ['@resvg/resvg-js', 'satori', 'sharp'].map((name) => `${name}@${packageVersion(name)}`);
    const fonts = [FONT_FILES.regular, FONT_FILES.bold].map((file) => `${file}:${statSync(file).size}`);
    drawers = JSON.stringify([versions, fonts]);
  }
  return drawers;
}

/** The cache key of a job: any value JSON can hold, compared by its JSON text. */
export function pngCacheKey(job: unknown): string {
  return createHash('sha256').update(drawersKey()).update('\0').update(JSON.stringify(job)).digest('hex');
}

const fileOf = (key: string) => join(PNG_CACHE_DIR, `${key}.png`);

/** The PNG kept under `key`, or undefined. */
export function readCachedPng(key: string): Buffer | undefined {
  try {
    return readFileSync(fileOf(key));
  } catch {
    return undefined;
  }
}

export function writeCachedPng(key: string, png: Uint8Array): void {
  writeFileAtomically(fileOf(key), png);
}

/**
 * Writes a file aside and renames it into place (a rename within a directory is atomic), so a
 * build stopped halfway never leaves half a PNG, in the cache or in dist/.
 */
export function writeFileAtomically(file: string, bytes: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${threadId}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}
