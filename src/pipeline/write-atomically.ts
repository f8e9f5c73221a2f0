/**
 * Replaces a folder of generated files as one step: everything is written to a sibling
 * folder first and swapped in by rename, so a failed build never leaves a half-written set.
 * A folder that already holds exactly the files is left alone: the loader runs the pipeline on
 * every `astro build`, `astro check` and dev start, and tests read the folder from other processes
 * meanwhile, which must not find it gone for the moment of a swap that changes nothing.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Returns whether the folder was replaced (false: it held these files already). */
export async function replaceFolder(target: string, files: Map<string, string>): Promise<boolean> {
  if (await holdsExactly(target, files)) return false;
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
  return true;
}

/** Whether `folder` holds these files and nothing else, byte for byte. */
async function holdsExactly(folder: string, files: Map<string, string>): Promise<boolean> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return false;
  }
  if (names.length !== files.size || names.some((name) => !files.has(name))) return false;
  for (const [name, content] of files) {
    if (!(await readFile(join(folder, name))).equals(Buffer.from(content))) return false;
  }
  return true;
}
