/**
 * Where the two outside programs the tests drive are: a Chromium-family browser (the task pane's browser
 * tests, through playwright-core) and LibreOffice (a second, independent producer of .xlsx files, and the
 * printed pages). One finder, used by the test preflight and by the tests themselves.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface Tool {
  readonly name: string;
  /** Environment variable that names the program explicitly. */
  readonly env: string;
  /** Program names looked up on PATH, then absolute paths where installers put them. */
  readonly names: readonly string[];
  readonly paths: readonly string[];
  /** Debian package that provides it. */
  readonly debianPackage: string;
}

export const chromiumTool: Tool = {
  name: 'Chromium',
  env: 'THIDUA_CHROMIUM',
  names: ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'microsoft-edge'],
  paths: [
    '/usr/bin/chromium',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ],
  debianPackage: 'chromium',
};

export const libreOfficeTool: Tool = {
  name: 'LibreOffice',
  env: 'THIDUA_SOFFICE',
  names: ['soffice', 'libreoffice'],
  paths: ['/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe'],
  debianPackage: 'libreoffice-calc-nogui',
};

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The tool's full path, or undefined when it is nowhere to be found. */
export function findTool(tool: Tool): string | undefined {
  const named = process.env[tool.env];
  if (named) return executable(named) ? named : undefined;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of tool.names) for (const dir of dirs) if (executable(join(dir, name))) return join(dir, name);
  return tool.paths.find((p) => existsSync(p) && executable(p));
}

export function isDebian(): boolean {
  return existsSync('/etc/debian_version') || /^ID(_LIKE)?=.*debian/m.test(existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '');
}

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The one command that installs the missing tools here, in words a newcomer can paste. */
export function installCommand(missing: readonly Tool[]): string {
  const packages = missing.map((t) => t.debianPackage).join(' ');
  if (isDebian()) return `${isRoot() ? '' : 'sudo '}apt-get install -y --no-install-recommends ${packages}`;
  return `install ${missing.map((t) => t.name).join(' and ')} (or name them with ${missing.map((t) => `${t.env}=/path/to/program`).join(' ')})`;
}

/** apt-get as root on Debian: the only install the preflight does by itself. */
export function installWithApt(missing: readonly Tool[]): void {
  const run = (args: string[]) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['update']);
  run(['install', '-y', '--no-install-recommends', ...missing.map((t) => t.debianPackage)]);
}
