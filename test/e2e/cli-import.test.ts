/** `thidua import`, run as a user runs it: a file nobody can place waits, the officer's answer (--unit) places it. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from '../../src/i18n/vi';
import { loadWorkbook, saveWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { writeSheetsToBuffer } from '../../src/adapters/xlsx/sheets';
import { runScoring } from '../../src/workbook/run';
import { runCli, sample } from '../helpers/cli';
import { encryptedBytes, odsBytes } from '../helpers/hostile-files';

const now = new Date('2024-12-31T08:00:00Z');
const t = vi.importText;

const cli = (args: string[]) => runCli('import', [...args, '--now', now.toISOString()]);

describe('thidua import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-cli-import-'));
  const master = join(dir, 'chinh.xlsx');
  const folder = join(dir, 'gui-ve');
  let unit = { code: '', name: '' };

  beforeAll(async () => {
    // The master: the sample without its unit sheets (the units have not sent anything yet).
    const wb = await loadWorkbook(readFileSync(sample));
    const direct = runScoring(snapshotWorkbook(wb), { now });
    const unitSheets = new Set((direct.input?.results ?? []).map((r) => r.sheet));
    for (const ws of [...wb.worksheets]) if (unitSheets.has(ws.name)) wb.removeWorksheet(ws.id);
    writeFileSync(master, await saveWorkbook(wb));
    const first = direct.input?.units[4];
    if (!first) throw new Error('no unit');
    unit = { code: first.code, name: first.name };
    // A hand-made file whose unit name matches nobody in the register.
    mkdirSync(folder);
    const header = ['Mã tiêu chí', 'Tiêu chí', 'Điểm tối đa', 'Kết quả thực hiện', 'Điểm tự chấm'].map((v) => ({ value: v }));
    const rows = [[{ value: 'Đơn vị:' }, { value: 'Trường ghi tên tắt' }], [], header, ['1.1', 'x', 5, null, 4].map((v) => ({ value: v }))];
    writeFileSync(join(folder, 'lạ.xlsx'), await writeSheetsToBuffer([{ name: 'Kết quả', role: 'input', visibility: 'visible', rows, columnWidths: [], merges: [] }], { now }));
  }, 60_000);

  it('leaves a file it cannot place waiting, with the question in the log', async () => {
    const r = await cli([master, folder, '-o', join(dir, 'hoi.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${t.status.waiting}: lạ.xlsx — Không xác định được đơn vị: Trường ghi tên tắt`);
    expect(r.stdout).toContain(t.summaryLine({ files: 1, imported: 0, partial: 0, waiting: 1, rejected: 0 }));
  }, 60_000);

  it('places it with --unit file=code, brings its sheet in, and says which answers matched no file', async () => {
    const out = join(dir, 'tra-loi.xlsx');
    const r = await cli([master, folder, '-o', out, '--unit', `lạ.xlsx=${unit.code}`, '--unit', 'không có.xlsx=X']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${t.status.imported}: lạ.xlsx → ${unit.code} ${unit.name} — Đơn vị do cán bộ chỉ định`);
    expect(r.stderr).toContain(t.cli.unusedAnswer({ file: 'không có.xlsx' }));
    const wb = snapshotWorkbook(await loadWorkbook(readFileSync(out)));
    expect(wb.sheets.map((s) => s.name)).toContain(`Gốc ${unit.code} ${unit.name}`.slice(0, 31).trim());
    const scored = runScoring(wb, { now });
    expect(scored.input?.results.map((r) => r.unitCode)).toEqual([unit.code]);
    expect(scored.input?.results[0]?.entries.find((e) => e.criterionCode === '1.1')?.selfScore).toBe(4);
  }, 60_000);

  it('refuses to import into a workbook whose «Nhật ký nhập» is somebody else\'s sheet, and writes nothing', async () => {
    const wb = await loadWorkbook(readFileSync(master));
    wb.addWorksheet(t.logSheet).getCell('B2').value = 'sổ theo dõi công văn của văn thư';
    const other = join(dir, 'co-so-cong-van.xlsx');
    writeFileSync(other, await saveWorkbook(wb));
    const out = join(dir, 'khong-ghi.xlsx');
    const r = await cli([other, folder, '-o', out, '--unit', `lạ.xlsx=${unit.code}`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(t.reasons.logNotOurs({ sheet: t.logSheet }));
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('gives every odd entry of the folder its own line with the reason, imports the rest, and ends with where the log is', async () => {
    const odd = join(dir, 'le');
    mkdirSync(join(odd, 'thu-muc-con.xlsx'), { recursive: true });
    writeFileSync(join(odd, 'bang.ods'), await odsBytes());
    writeFileSync(join(odd, 'mat-khau.xlsx'), encryptedBytes());
    execFileSync('mkfifo', [join(odd, 'ong.xlsx')]);
    const out = join(dir, 'le.xlsx');
    const r = await cli([master, odd, '-o', out]);
    expect(r.code).toBe(0);
    const s = vi.safety;
    for (const [file, reason] of [
      ['bang.ods', s.kinds.ods({ file: 'bang.ods' })],
      ['mat-khau.xlsx', s.kinds.encrypted({ file: 'mat-khau.xlsx' })],
      ['ong.xlsx', s.entries.special({ file: 'ong.xlsx' })],
      ['thu-muc-con.xlsx', s.entries.folder({ file: 'thu-muc-con.xlsx' })],
    ] as const) {
      expect(r.stdout).toContain(t.cli.line({ file, status: t.status.rejected, unit: '', reason }));
    }
    expect(r.stdout.trim().split('\n').at(-1)).toBe(vi.cliHelp.whereImportLog({ sheet: t.logSheet, file: out }));
  }, 60_000);

  it('refuses a malformed answer', async () => {
    const r = await cli([master, folder, '--unit', 'lạ.xlsx']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--unit');
  }, 60_000);
});
