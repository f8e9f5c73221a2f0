/**
 * PNGs kept between builds, keyed by everything that decides their pixels: the job (the SVG or
 * the card's element tree), the versions of the libraries that draw and encode it, and the font
 * files. Drawing is most of a build's CPU time (share cards, figure downloads) and most builds
 * change few images. The cache lives in node_modules/.cache, where tools keep theirs; deleting it
 * only costs time.
 *
 * Sharing it: builds in other folders (the test suite's extra builds, a copy of the project) can
 * use one cache by setting CLUSTER_ATLAS_PNG_CACHE_DIR to the same directory, e.g. the main
 * checkout's node_modules/.cache/cluster-atlas-png. A key names everything the bytes depend on,
 * so builds of different data, addresses or library versions never take each other's images,
 * and every file is written whole under a name of its own (writeFileAtomically), so builds
 * running at the same time can share it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { FONT_FILES } from '../text/font-files.ts';

/** CLUSTER_ATLAS_PNG_CACHE_DIR puts it elsewhere, to share it or to start empty (an empty directory makes a build draw every image). */
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

/**
 * How the bytes are made, beyond the libraries' versions: the encoder's settings and the way
 * fonts reach resvg. Changed whenever src/raster changes what it writes for the same job, so a
 * cache filled by an older build is not mistaken for this one's output.
 */
const RECIPE =
  'card: shared frame drawn once, main row unclipped (card-unclip.ts), resvg pixels, sharp png level 6, no alpha; svg: resvg png, font subset per svg';

let drawers: string | undefined;
/** What, besides the job, the pixels depend on. */
function drawersKey(): string {
  if (drawers === undefined) {
    const versions = ['@resvg/resvg-js', 'satori', 'sharp', 'harfbuzzjs'].map((name) => `${name}@${packageVersion(name)}`);
    // The font by name and size, not by path: a build in another folder has the same font at another path.
    const fonts = [FONT_FILES.regular, FONT_FILES.bold].map((file) => `${basename(file)}:${statSync(file).size}`);
    drawers = JSON.stringify([RECIPE, versions, fonts]);
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
