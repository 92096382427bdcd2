/**
 * LibreOffice round trips for tests: convert a file with `soffice --headless`. Each call uses its own
 * profile directory, so parallel runs (jest workers, other suites) never share a locked profile.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findTool, libreOfficeTool } from '../../scripts/lib/tools';

/** soffice as the preflight found it (PATH, the usual install folders, or THIDUA_SOFFICE). */
const soffice = findTool(libreOfficeTool) ?? 'soffice';

const timeoutMs = 120_000;

/** The soffice program the tests run. */
export function sofficePath(): string {
  return soffice;
}

export function hasLibreOffice(): boolean {
  try {
    execFileSync(soffice, ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a LibreOffice test may be skipped: only when soffice is absent AND THIDUA_SKIP_LIBREOFFICE=1.
 * Absent without the flag, the test runs and fails (CI installs LibreOffice).
 */
export function skipLibreOffice(): boolean {
  return process.env.THIDUA_SKIP_LIBREOFFICE === '1' && !hasLibreOffice();
}

/** Converts `inputPath` into `outDir` (e.g. opened and saved again as xlsx) and returns the new file's path. */
export function convertWithLibreOffice(inputPath: string, outDir: string, format = 'xlsx'): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'thidua-lo-profile-'));
  const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, inputPath];
  return new Promise((resolvePath, reject) => {
    execFile(soffice, args, { timeout: timeoutMs }, (error, stdout, stderr) => {
      rmSync(profile, { recursive: true, force: true });
      if (error) {
        reject(new Error(`soffice failed: ${error.message}\n${stdout}\n${stderr}`));
        return;
      }
      resolvePath(join(outDir, `${basename(inputPath, extname(inputPath))}.${format.split(':')[0] ?? format}`));
    });
  });
}
