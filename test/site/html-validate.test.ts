/**
 * Every built page is valid HTML by html-validate's recommended rules. In .htmlvalidate.json,
 * long-title is off (titles are the findings of the charts) and a heading may carry aria-label:
 * a Japanese heading broken into phrases names itself, since browsers would put spaces between
 * its inline blocks (src/text/phrase-breaks.ts). Nothing follows </html> (html-validate lets a
 * stray script there pass; the Nu checker does not). Pages come from dist/, so a page added later
 * is checked too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { dist } from './browser.ts';

const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate', () => {
  it('finds the built pages', () => {
    expect(files.length).toBeGreaterThan(50);
  });
  it.each(files)('%s ends with </html>: no script or anything else after it', (file) => {
    // A page's <script> placed after its layout is written after </html> (the Nu checker's "Stray start tag").
    const html = readFileSync(join(dist, file), 'utf8');
    expect(html.slice(html.lastIndexOf('</html>') + '</html>'.length).trim()).toBe('');
    expect(html.match(/<\/html>/g)).toHaveLength(1);
  });
  it.each(files)('%s has no errors', async (file) => {
    const report = await validator.validateFile(join(dist, file));
    const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} [${m.ruleId}] ${m.message}`));
    expect(errors).toEqual([]);
  });
});
