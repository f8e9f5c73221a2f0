/**
 * The figures' inputs for the figure tests: the generated content/data/*.json (run `npm run data`
 * first) read through the site's own reader, and the same files as plain JSON for expectations
 * computed independently of the figure code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFigureInputs, type FigureInputs } from '../../src/collections/read-collections.ts';

const DATA_DIR = join(import.meta.dirname, '../../content/data');

/** A generated dataset as plain JSON, for expectations computed independently of the figure code. */
// biome-ignore lint/suspicious/noExplicitAny: plain JSON on purpose: the tests read it without the site's types.
export const contentData = (id: string): any[] => JSON.parse(readFileSync(join(DATA_DIR, `${id}.json`), 'utf8'));

export const figureInputs = (): FigureInputs => readFigureInputs();
