/** `thidua templates`, run as a user runs it. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { readTemplateState } from '../../src/workbook/template/state';
import { runCli, sample } from '../helpers/cli';


const templates = (args: string[]) => runCli('templates', args);

describe('thidua templates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-tpl-'));

  it('writes one workbook per unit of the register, a line per file and a total', async () => {
    const out = join(dir, 'mau');
    const r = await templates([sample, '-o', out, '--now', '2024-12-20T02:00:00Z']);
    expect(r.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(30);
    expect(files).toContain('MN01 - Trường Mầm non Tân Thạch.xlsx');
    for (const f of files) expect(r.stdout).toContain(f);
    expect(r.stdout).toContain(`Đã ghi 30 biểu mẫu vào thư mục ${out}`);
    const first = files[0] ?? '';
    const state = readTemplateState(snapshotWorkbook(await loadWorkbook(readFileSync(join(out, first)))));
    expect(state.status === 'ok' && `${state.state.unitCode} - ${state.state.unitName}.xlsx`).toBe(first);
    // Run again into the same folder: the files there (maybe forms units filled) are kept, and said so.
    const filledBytes = readFileSync(join(out, first));
    const again = await templates([sample, '-o', out, '--now', '2024-12-20T02:00:00Z']);
    expect(again.code).toBe(0);
    expect(readFileSync(join(out, first)).equals(filledBytes)).toBe(true);
    expect(readdirSync(out)).toHaveLength(60);
    expect(again.stdout).toContain(`Đã có tệp «${first}» trong thư mục`);
    expect(again.stdout).toContain(`ghi biểu mẫu mới thành «${first.replace('.xlsx', ' (2).xlsx')}»`);
    expect(again.stdout).toContain('30 tệp đã có trong thư mục được giữ nguyên, không ghi đè');
  }, 90_000);

  it('needs an output folder (exit 2) and a readable workbook (exit 1)', async () => {
    expect((await templates([sample])).code).toBe(2);
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'not a workbook');
    const r = await templates([bad, '-o', join(dir, 'x')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Tệp «${bad}» là tệp văn bản`);
  }, 60_000);
});
