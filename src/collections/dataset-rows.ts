/** Reads any dataset's entries from its collection, in the order of its file, for the downloads. */
import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
import type { DatasetId } from '../schemas/datasets.ts';
import { oncePerBuild } from './once-per-build.ts';

const reads = new Map<DatasetId, () => Promise<Record<string, unknown>[]>>();

/** The entries in file order; one read per build (every project page asks). Callers must not mutate them. */
export function datasetEntries(id: DatasetId): Promise<Record<string, unknown>[]> {
  if (!reads.has(id)) reads.set(id, oncePerBuild(() => readInFileOrder(id)));
  return reads.get(id)!();
}

async function readInFileOrder(id: DatasetId): Promise<Record<string, unknown>[]> {
  const entries = (await getCollection(id)).map((e) => e.data as Record<string, unknown>);
  // The content store does not keep the file's order; downloads follow the CSV a journalist can check.
  const fileOrder = new Map((JSON.parse(await readFile(`content/data/${id}.json`, 'utf8')) as Record<string, unknown>[]).map((e, i) => [keyOf(e), i]));
  const position = (entry: Record<string, unknown>) => fileOrder.get(keyOf(entry)) ?? -1;
  return entries.sort((a, b) => position(a) - position(b));
}

const keyOf = (entry: Record<string, unknown>) => String(entry.id ?? entry.code);
