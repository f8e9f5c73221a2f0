/**
 * Bundles the loader (loader.ts and what it imports) into one minified classic script for
 * /embed.js, at build time. Host pages load it by a fixed address, so it is not hashed by Vite.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { siteOrigin } from '../core/urls.ts';

/** Resolved from the project root, which is where Astro and the tests run. */
const ENTRY = resolve('src/embeds/loader.ts');

export async function buildLoader(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    // Hosts run old browsers too; what the loader uses (postMessage, Symbol.for, ??=) is ES2021.
    target: 'es2021',
    legalComments: 'none',
    define: { BUILT_SITE_ORIGIN: JSON.stringify(new URL(siteOrigin()).origin) },
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild wrote no loader');
  return file.text;
}
