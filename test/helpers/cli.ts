/** Runs the command line as a user does (`thidua <command> …` through tsx), with its exit code and output. */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const root = resolve(__dirname, '../..');
export const sample = join(root, 'samples/mau-pgd-chau-thanh-2024.xlsx');
const tsx = join(root, 'node_modules/.bin/tsx');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(command: string, args: readonly string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(tsx, [join(root, 'src/cli/main.ts'), command, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}
