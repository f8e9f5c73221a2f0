/** Reads any dataset's entries from its collection, in the order of its file, for the downloads. */
import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
import type { DatasetId } from '../schemas/datasets.ts';

export async function datasetEntries(id: DatasetId): Promise<Record<string, unknown>[]> {
  const entries = (await getCollection(id)).map((e) => e.data as Record<string, unknown>);
  // The content store does not keep the file's order; downloads follow the CSV a journalist can check.
  const fileOrder = (JSON.parse(await readFile(`content/data/${id}.json`, 'utf8')) as Record<string, unknown>[]).map(keyOf);
  return entries.sort((a, b) => fileOrder.indexOf(keyOf(a)) - fileOrder.indexOf(keyOf(b)));
}

const keyOf = (entry: Record<string, unknown>) => String(entry.id ?? entry.code);
