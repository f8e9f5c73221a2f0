/**
 * Replaces a folder of generated files as one step: everything is written to a sibling
 * folder first and swapped in by rename, so a failed build never leaves a half-written set.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function replaceFolder(target: string, files: Map<string, string>): Promise<void> {
  const parent = dirname(target);
  const staging = join(parent, `.${basename(target)}.staging-${process.pid}`);
  const previous = join(parent, `.${basename(target)}.previous-${process.pid}`);
  await mkdir(parent, { recursive: true });
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    for (const [name, content] of files) await writeFile(join(staging, name), content);
    let hadPrevious = true;
    try {
      await rename(target, previous);
    } catch {
      hadPrevious = false;
    }
    await rename(staging, target);
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
