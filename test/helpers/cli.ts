/**
 * Runs the command line as a user does, with its exit code and output: in-process by default (the
 * same function main.ts calls, with strings for streams), or as a real process for the smoke test.
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { runCli as runInProcess } from '../../src/cli/run';

const run = promisify(execFile);
export const root = resolve(__dirname, '../..');
export const sample = join(root, 'samples/mau-pgd-chau-thanh-2024.xlsx');
const tsx = join(root, 'node_modules/.bin/tsx');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `thidua <command> <args…>` in this process: what it prints and the code it returns. */
export async function runCli(command: string, args: readonly string[]): Promise<CliRun> {
  return runArgv([command, ...args]);
}

/** `stdin`: what the officer types, as on a terminal (isTTY), for a command that asks. */
export async function runArgv(argv: readonly string[], options: { readonly stdin?: NodeJS.ReadableStream & { isTTY?: boolean } } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runInProcess(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    ...(options.stdin ? { stdin: options.stdin } : {}),
  });
  return { code, stdout, stderr };
}

/** The same through a real process (`tsx src/cli/main.ts …`), as a terminal runs it. */
export async function runCliProcess(argv: readonly string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(tsx, [join(root, 'src/cli/main.ts'), ...argv], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}
