/** Type check and lint side by side (each mostly waits on one core); fails when either fails. */
import { spawn } from 'node:child_process';

function run(label: string, command: string, args: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => {
      console.log(`${code === 0 ? '✓' : '✗'} ${label}${output.trim() ? `\n${output.trim()}` : ''}`);
      done(code ?? 1);
    });
  });
}

void Promise.all([
  run('typecheck (tsc)', process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']),
  run('lint (eslint)', process.execPath, ['node_modules/eslint/bin/eslint.js', 'src', 'test', 'scripts']),
]).then((codes) => process.exit(codes.some((c) => c !== 0) ? 1 : 0));
