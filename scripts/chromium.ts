// Finds the system Chromium that the browser tests drive through playwright-core.
// Playwright's own browser download cannot work here (no network beyond the npm and
// Debian registries), so we use Debian's package and, as root on a fresh machine,
// install it ourselves.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Headless launch flags that work in this sandbox: no user namespaces (so no sandbox),
 *  no GPU, and nothing that phones home on its own (updates, sync, QUIC probes). */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const knownPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** The Chromium to use: $CHROME_PATH when set (and then only it, so a typo is not
 *  silently replaced by another browser), else the first known install found. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  return knownPaths.find(isExecutable) ?? onPath('google-chrome-stable');
}

/** Like findChromium, but installs Chromium with apt-get when we are root on Debian,
 *  and otherwise exits the process with a message saying how to get one. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const fail = (why: string): never => {
    console.error(
      `${why}\nThe browser tests need Chromium. Install it (Debian/Ubuntu: ` +
        '`apt-get install chromium fonts-noto-cjk`) or set CHROME_PATH to a Chromium or Chrome binary.',
    );
    process.exit(1);
  };
  if (process.env.CHROME_PATH) fail(`CHROME_PATH=${process.env.CHROME_PATH} is not an executable file.`);
  if (process.getuid?.() !== 0 || !onPath('apt-get')) fail('No Chromium found.');

  console.error('No Chromium found: installing chromium and fonts-noto-cjk with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium', 'fonts-noto-cjk']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) fail(`\`apt-get ${args.join(' ')}\` failed.`);
  }
  return findChromium() ?? fail('apt-get finished, but still no Chromium found.');
}
