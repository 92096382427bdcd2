/** `thidua templates`, run as a user runs it. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { loadWorkbook } from '../../src/hosts/xlsx/port';
import { snapshotWorkbook } from '../../src/hosts/xlsx/read';
import { readTemplateState } from '../../src/workbook/template/state';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');
const sample = join(root, 'samples/mau-pgd-chau-thanh-2024.xlsx');
const tsx = join(root, 'node_modules/.bin/tsx');

async function templates(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [join(root, 'src/cli/main.ts'), 'templates', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

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
  }, 60_000);

  it('needs an output folder (exit 2) and a readable workbook (exit 1)', async () => {
    expect((await templates([sample])).code).toBe(2);
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'not a workbook');
    const r = await templates([bad, '-o', join(dir, 'x')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('không phải bảng tính .xlsx hợp lệ');
  }, 60_000);
});
