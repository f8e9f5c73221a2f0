/**
 * Replaces a folder of generated files as one step, with no moment at which it is missing or half
 * written. The files are written to a new generation folder, and the target (`content/data`) is a
 * symbolic link to the current generation, swapped by renaming a new link over it: rename(2)
 * replaces a link atomically, where two renames of folders would leave a gap between them. The
 * generations live beside the target in a hidden folder (`content/.data-generations/`); the
 * previous one is removed after the swap, and at each run any left by a process that no longer
 * runs (a killed build) is removed too.
 * A folder that already holds exactly the files is left alone: the loader runs the pipeline on
 * every `astro build`, `astro check` and dev start, and tests read the folder from other processes.
 */
import { lstat, mkdir, readdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Whether a process still runs; a folder named `…-<pid>` by a process that no longer runs is a
 * killed run's leftover (the build's staging folders are swept the same way, scripts/build-site.ts).
 */
export function processRuns(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the process that wrote a generation or staging folder (its name ends in `-<pid>`) still runs. */
const alive = (name: string): boolean => processRuns(Number(/-(\d+)$/.exec(name)?.[1]));

/** Returns whether the folder was replaced (false: it held these files already). */
export async function replaceFolder(target: string, files: Map<string, string>): Promise<boolean> {
  const parent = dirname(target);
  const name = basename(target);
  const generations = join(parent, `.${name}-generations`);
  await mkdir(generations, { recursive: true });
  const current = await readlink(target).catch(() => undefined);
  // Leftovers of killed runs (generations no link points at, half-made links, the older layout's staging), of processes gone.
  for (const entry of await readdir(generations)) {
    if (join(`.${name}-generations`, entry) !== current && !alive(entry))
      await rm(join(generations, entry), { recursive: true, force: true });
  }
  for (const entry of await readdir(parent)) {
    if (['staging', 'previous', 'link'].some((kind) => entry.startsWith(`.${name}.${kind}-`))) {
      if (!alive(entry)) await rm(join(parent, entry), { recursive: true, force: true });
    }
  }
  if (await holdsExactly(target, files)) return false;

  const generation = `${Date.now().toString(36)}-${process.pid}`;
  const folder = join(generations, generation);
  await mkdir(folder);
  try {
    for (const [file, content] of files) await writeFile(join(folder, file), content);
    const link = join(parent, `.${name}.link-${process.pid}`);
    await rm(link, { force: true });
    await symlink(join(`.${name}-generations`, generation), link);
    const existing = await lstat(target).catch(() => undefined);
    if (existing?.isDirectory()) {
      // A real folder from before the link layout: moved aside once (the one gap, on upgrade).
      const previous = join(parent, `.${name}.previous-${process.pid}`);
      await rename(target, previous);
      await rename(link, target);
      await rm(previous, { recursive: true, force: true });
    } else {
      await rename(link, target);
    }
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  if (current) await rm(join(parent, current), { recursive: true, force: true });
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
