/**
 * The council's vote, end to end on the sample (9 members): ballots out, the secretary types the
 * votes of 7 members present and 2 absent who voted in writing, the next run carries pass or fail
 * into «Tổng hợp» and «Tổng hợp đề nghị khen thưởng».
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeBallotsFile } from '../../src/adapters/xlsx/ballots-file';
import { scoreFile } from '../../src/adapters/xlsx/file';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import type { Finding } from '../../src/domain/findings';
import type { SheetSnapshot } from '../../src/workbook/grid';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { runCli, sample } from '../helpers/cli';

const now = new Date('2024-12-20T02:00:00Z');

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

function countByCode(findings: readonly Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.code] = (out[f.code] ?? 0) + 1;
  return out;
}

const Y = 'đồng ý';
const N = 'không đồng ý';
const _ = '';

describe('ballots and the tally, 9 members, 2 absent voting in writing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-ballots-'));
  const ballots = join(dir, 'phieu.xlsx');
  const filled = join(dir, 'phieu-da-ghi.xlsx');
  const scored = join(dir, 'ket-qua.xlsx');
  const rows: { code: string; name: string; unit: string; form: string; needed: string }[] = [];
  let baseline: Readonly<Record<string, number>> = {};
  let cs1: string | undefined;
  let cs2: string | undefined;
  let cs3: string | undefined;
  let summary: SheetSnapshot | undefined;
  let proposals: SheetSnapshot | undefined;
  let findings: readonly Finding[] = [];

  beforeAll(async () => {
    const made = await writeBallotsFile(sample, ballots, { now });
    expect(made.ballotSheets).toHaveLength(9);
    expect(made.tally).toEqual({ sheet: 'Kiểm phiếu', kept: false });
    const wb = await load(ballots);
    const ws = wb.getWorksheet('Kiểm phiếu');
    if (!ws) throw new Error('no tally');
    let header = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(2).value === 'Mã phiếu') header = n;
    });
    for (let r = header + 1; r <= ws.rowCount; r++) {
      const cell = (c: number): string => String(ws.getCell(r, c).value ?? '');
      if (cell(2) !== '') rows.push({ code: cell(2), name: cell(3), unit: cell(4), form: cell(5), needed: cell(6) });
    }
    // Names and attendance: members 1–7 present, 8 and 9 absent and voting in writing.
    for (let m = 1; m <= 9; m++) {
      ws.getCell(header - 2, 6 + m).value = `Thành viên ${m}`;
      ws.getCell(header - 1, 6 + m).value = m <= 7 ? 'có mặt' : 'vắng (phiếu bằng văn bản)';
    }
    const cast = (code: string, votes: readonly string[]): void => {
      const at = rows.findIndex((x) => x.code === code);
      votes.forEach((v, m) => {
        if (v !== '') ws.getCell(header + 1 + at, 7 + m).value = v;
      });
    };
    const firstOf = (form: string): string => rows.find((x) => x.form === form)?.code ?? '';
    const ofForm = (form: string): string[] => rows.filter((x) => x.form === form).map((x) => x.code);
    // By form, not by position: which proposals need a vote is the sample's data (a provisional unit's award waits).
    [cs1, cs2, cs3] = ofForm('Chiến sĩ thi đua cơ sở');
    cast(cs1 ?? '', [Y, Y, Y, N, N, N, N, Y, Y]); // 5/9 needed: passes only because the written votes count
    cast(cs2 ?? '', [Y, Y, Y, Y, N, N, N, N, N]); // 4 → fails
    cast(cs3 ?? '', [Y, Y, Y, Y, _, _, _, _, _]); // 4 so far, 5 to vote → pending
    cast(ofForm('Bằng khen của Chủ tịch UBND tỉnh')[0] ?? '', [Y, Y, Y, Y, Y, Y, Y, N, 'ok']); // 7 + an unreadable vote → pending
    cast(firstOf('Chiến sĩ thi đua cấp tỉnh'), [Y, Y, Y, Y, Y, Y, Y, Y, N]); // needs 9/9 (≥ 90%): 8 → fails
    await wb.xlsx.writeFile(filled);
    baseline = countByCode((await scoreFile(sample, join(dir, 'goc.xlsx'), { now })).result.findings);
    const run = await scoreFile(filled, scored, { now });
    findings = run.result.findings;
    const out = snapshotWorkbook(await load(scored));
    summary = out.sheets.find((s) => s.name === 'Tổng hợp');
    proposals = out.sheets.find((s) => s.name === 'Tổng hợp đề nghị khen thưởng');
  }, 180_000);

  const voteOf = (sheet: SheetSnapshot | undefined, name: string, unit?: string): string[] =>
    (sheet?.rows ?? []).filter((r) => r[1] === name && (unit === undefined || r[2] === unit)).map((r) => String(r[10] ?? '')).filter((v) => v !== '');

  it('lists what needs a vote with the votes needed out of all 9 members', () => {
    expect(rows[0]?.code).toBe('P001');
    expect(rows.filter((r) => r.form === 'Chiến sĩ thi đua cơ sở').every((r) => r.needed === '5/9')).toBe(true); // > 50% of 9
    expect(rows.filter((r) => r.form === 'Chiến sĩ thi đua cấp tỉnh').every((r) => r.needed === '9/9')).toBe(true); // ≥ 90% of 9
    expect(rows.filter((r) => r.form === 'Bằng khen của Chủ tịch UBND tỉnh').every((r) => r.needed === '8/9')).toBe(true); // 80% of 9
    expect(rows.length).toBeGreaterThan(40);
  });

  it('carries pass and fail into «Tổng hợp đề nghị khen thưởng» («Tổng hợp» keeps its vote column)', () => {
    expect(summary?.rows.some((r) => r.includes('Kết quả bỏ phiếu'))).toBe(true);
    const get = (code: string | undefined) => rows.find((r) => r.code === code);
    const p1 = get(cs1);
    expect(voteOf(proposals, p1?.name ?? '', p1?.unit)).toContain('Thông qua 5/9 (cần 5)');
    const p2 = get(cs2);
    expect(voteOf(proposals, p2?.name ?? '', p2?.unit)).toContain('Không thông qua 4/9 (cần 5)');
    const p3 = get(cs3);
    expect(voteOf(proposals, p3?.name ?? '', p3?.unit)).toContain('Chưa đủ phiếu: 4 đồng ý, 0 không, 5 chưa bỏ (cần 5/9)');
    const cstdt = rows.find((r) => r.form === 'Chiến sĩ thi đua cấp tỉnh');
    expect(voteOf(proposals, cstdt?.name ?? '', cstdt?.unit)).toContain('Không thông qua 8/9 (cần 9)');
    const bkt = rows.filter((r) => r.form === 'Bằng khen của Chủ tịch UBND tỉnh')[0];
    expect(voteOf(proposals, bkt?.name ?? '', bkt?.unit)).toContain('Chưa đủ phiếu: 7 đồng ý, 1 không, 1 chưa bỏ (cần 8/9)');
  });

  it('reads the ballots and the tally as no other input: only the vote findings are new', () => {
    const now = countByCode(findings);
    const { BALLOT_VOTE_UNREADABLE: unreadable, ...rest } = now;
    expect(unreadable).toBe(1);
    expect(rest).toEqual(baseline);
    const f = findings.find((x) => x.code === 'BALLOT_VOTE_UNREADABLE');
    expect(f?.cell?.sheet).toBe('Kiểm phiếu');
    expect(f?.params).toEqual({ value: 'ok', member: 'Thành viên 9' });
  });

  it('a second round keeps the typed tally and replaces only the printed ballots', async () => {
    const again = join(dir, 'lan-2.xlsx');
    const run = await runCli('ballots', [filled, '-o', again, '--now', now.toISOString()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Sheet «Kiểm phiếu» đã có: giữ nguyên phiếu đã ghi');
    const wb = await load(again);
    expect(wb.worksheets.filter((w) => w.name.startsWith('Phiếu biểu quyết'))).toHaveLength(9);
    expect(wb.worksheets.filter((w) => w.name.startsWith('Kiểm phiếu'))).toHaveLength(1);
    const tally = snapshotWorkbook(wb).sheets.find((s) => s.name === 'Kiểm phiếu');
    expect(tally?.rows.some((r) => r.includes('vắng (phiếu bằng văn bản)'))).toBe(true);
  }, 120_000);

  it('refuses to write over its input and needs an output (exit 1 and 2)', async () => {
    expect((await runCli('ballots', [filled])).code).toBe(2);
    const same = await runCli('ballots', [filled, '-o', filled]);
    expect([same.code, same.stderr.trim()]).toEqual([1, vi.cli.sameFile]);
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'x');
    const english = await runCli('ballots', [bad, '-o', join(dir, 'y.xlsx'), '--lang', 'en']);
    // Read like every command's input: the content is recognised and named (here a text file), in the asked language.
    expect([english.code, english.stderr.trim()]).toEqual([1, en.safety.kinds.text({ file: bad })]);
  }, 60_000);
});
