/**
 * When a figure's data last changed: the date of the last commit that touched its dataset files,
 * from the repository (git), so a rebuild of the same commit gives the same date. Where there is
 * no repository (an unpacked archive) or a file is not committed yet, SOURCE_DATE_EPOCH if set,
 * else the file's modification time.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

const known = new Map<string, string>();

/** `YYYY-MM-DD` of the last change to one file (a path from the project's root, `root`). */
function fileDate(path: string, root: string): string {
  const kept = known.get(join(root, path));
  if (kept) return kept;
  let date = '';
  try {
    // %cs: committer date, short (YYYY-MM-DD); empty when the file has no commit.
    date = execFileSync('git', ['log', '-1', '--format=%cs', '--', path], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    date = '';
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const epoch = Number(process.env.SOURCE_DATE_EPOCH);
    const time = Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : statSync(join(root, path), { throwIfNoEntry: false })?.mtimeMs;
    date = time === undefined ? '' : new Date(time).toISOString().slice(0, 10);
  }
  known.set(join(root, path), date);
  return date;
}

/** The latest date among the datasets' CSV files (`data/<id>.csv` under `root`), `YYYY-MM-DD`; '' if none is found. */
export function datasetsLastUpdated(datasetIds: readonly string[], root = '.'): string {
  return (
    datasetIds
      .map((id) => fileDate(join('data', `${id}.csv`), root))
      .filter(Boolean)
      .sort()
      .at(-1) ?? ''
  );
}
