import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const INSTALL = 'apt-get update && apt-get install -y chromium fonts-liberation';

/** Finds Chromium (CHROME_PATH or /usr/bin/chromium); as root on Debian/Ubuntu installs it; else throws how to. */
export function ensureChromium(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (existsSync(path)) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get') && !process.env.CHROME_PATH) {
    console.log(`Chromium not found; installing it: ${INSTALL}`);
    execFileSync('sh', ['-c', `${INSTALL} >/dev/null`], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(path)) return path;
  }
  throw new Error(
    `Browser tests need Chromium at ${path} (set CHROME_PATH to use another). Install it with:\n  sudo ${INSTALL}`,
  );
}
