/** The build's environment variables, checked once at the start, one line per problem naming its variable. */
import { describe, expect, it } from 'vitest';
import { BuildEnvError, readBuildEnv } from '../../src/core/build-env.ts';

const lines = (env: NodeJS.ProcessEnv) => {
  try {
    readBuildEnv(env);
    return [];
  } catch (error) {
    if (!(error instanceof BuildEnvError)) throw error;
    return error.lines;
  }
};

describe('readBuildEnv', () => {
  it('gives each address and base path a cache folder of its own (the incremental build keeps pages there)', () => {
    const dirs = [{}, { BASE_PATH: '/atlas/' }, { SITE_URL: 'https://example.org/' }].map((env) => readBuildEnv(env).cacheDir);
    expect(new Set(dirs).size).toBe(3);
    expect(readBuildEnv({ BASE_PATH: 'atlas' }).cacheDir).toBe(readBuildEnv({ BASE_PATH: '/atlas/' }).cacheDir);
  });

  it('takes a cache folder of its own from CLUSTER_ATLAS_ASTRO_CACHE_DIR (a test build that must start cold)', () => {
    expect(readBuildEnv({ CLUSTER_ATLAS_ASTRO_CACHE_DIR: '/tmp/apart/' }).cacheDir).toBe('/tmp/apart/');
    expect(readBuildEnv({ CLUSTER_ATLAS_ASTRO_CACHE_DIR: '' }).cacheDir).toBe(readBuildEnv({}).cacheDir);
  });

  it('defaults to the local address, the root path and one thread per core', () => {
    expect(readBuildEnv({})).toEqual({
      site: 'http://localhost:4321/',
      siteIsDefault: true,
      base: '/',
      rasterThreads: undefined,
      cacheDir: expect.stringMatching(/^node_modules\/\.astro\/[0-9a-f]{12}\/$/),
    });
  });

  it('takes an http or https SITE_URL, ending it with a slash', () => {
    expect(readBuildEnv({ SITE_URL: 'https://example.org' }).site).toBe('https://example.org/');
    expect(readBuildEnv({ SITE_URL: 'http://news.example.jp/atlas' }).site).toBe('http://news.example.jp/atlas/');
  });

  it.each([
    'not-a-url',
    'javascript:alert(1)',
    'ftp://example.org/',
    'file:///etc/',
    'https://example.org/?a=1',
    'https://user:pw@example.org/',
  ])('refuses SITE_URL=%s in one line that names the variable', (value) => {
    const found = lines({ SITE_URL: value });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^SITE_URL must be/);
    expect(found[0]).toContain(value);
  });

  it('normalises BASE_PATH to one leading and one trailing slash', () => {
    expect(readBuildEnv({ BASE_PATH: 'atlas' }).base).toBe('/atlas/');
    expect(readBuildEnv({ BASE_PATH: '//atlas//2007/' }).base).toBe('/atlas/2007/');
    expect(readBuildEnv({ BASE_PATH: '/' }).base).toBe('/');
  });

  it.each(['/at las/', '/../', '/a?b/', '/<x>/'])('refuses BASE_PATH=%s', (value) => {
    expect(lines({ BASE_PATH: value })).toEqual([expect.stringMatching(/^BASE_PATH must be/)]);
  });

  it('checks the thread count whatever else is set, and lists every problem at once', () => {
    expect(readBuildEnv({ CLUSTER_ATLAS_RASTER_THREADS: '0' }).rasterThreads).toBe(0);
    expect(lines({ SITE_URL: 'nope', CLUSTER_ATLAS_RASTER_THREADS: 'two' })).toEqual([
      expect.stringMatching(/^SITE_URL must be/),
      'CLUSTER_ATLAS_RASTER_THREADS must be a whole number from 0 to 64, found "two"',
    ]);
  });
});
