/**
 * Lighthouse's accessibility and SEO scores on the pages the budget names (home, map, projects index, one chart,
 * one briefing, in both languages) are at least 0.95. Performance and best practices are
 * reported by `npm run bench`, not tested: they depend on how busy the machine is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPages, LIGHTHOUSE_PAGES, type PageAudit } from '../../scripts/lighthouse.ts';
import { dist } from './browser.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const MIN_SCORE = 0.95;
let server: StaticServer;
let audits: PageAudit[];

beforeAll(async () => {
  server = await serveStatic(dist, { compress: true }); // as the hosts serve it (scripts/bench/run.ts)
  audits = await auditPages(server.origin, LIGHTHOUSE_PAGES, ['accessibility', 'seo']);
}, 600_000);
afterAll(() => server?.close());

describe('Lighthouse', () => {
  it.each(LIGHTHOUSE_PAGES)('%s scores at least 0.95 for accessibility and SEO', (path) => {
    const audit = audits.find((a) => new URL(a.url).pathname === path);
    expect(audit, path).toBeDefined();
    const failing = audit!.failing.map((f) => `${f.id} (${f.score})`).join(', ');
    expect(audit!.scores.accessibility, `accessibility; failing audits: ${failing}`).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(audit!.scores.seo, `SEO; failing audits: ${failing}`).toBeGreaterThanOrEqual(MIN_SCORE);
  });
});
