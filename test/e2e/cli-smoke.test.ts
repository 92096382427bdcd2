/**
 * The one real-process run of the command line: main.ts wired to the process's arguments, streams and
 * exit code. One process is enough (each costs seconds of tsx start-up); every command, refusal and
 * language is checked in-process (cli*.test.ts) through the same runCli that main.ts calls.
 */
import { vi } from '../../src/i18n/vi';
import { runCliProcess } from '../helpers/cli';

describe('thidua in a terminal', () => {
  it('prints its help on stdout and exits 0', async () => {
    const help = await runCliProcess(['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain(vi.cliHelp.title);
    expect(help.stdout).toContain('plan-from-table');
  }, 60_000);
});
