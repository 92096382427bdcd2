/** The one real-process run of the command line (everything else runs in-process): help, a refusal, a score. */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from '../../src/i18n/vi';
import { runCliProcess, sample } from '../helpers/cli';

describe('thidua in a terminal', () => {
  it('prints its help (exit 0), refuses an unknown command (exit 2) and scores a workbook (exit 0)', async () => {
    const help = await runCliProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(vi.cliHelp.title);
    const unknown = await runCliProcess(['tinh-diem', 'x.xlsx']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có lệnh «tinh-diem»');
    const out = join(mkdtempSync(join(tmpdir(), 'thidua-smoke-')), 'ket-qua.xlsx');
    const scored = await runCliProcess(['score', sample, '-o', out, '--now', '2024-12-20T02:00:00Z']);
    expect(scored.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(scored.stdout).toContain('Cụm Mầm non:');
  }, 90_000);
});
