/**
 * The task pane's buttons, one use case each, run against the memory host: what each writes,
 * and above all what each must not write.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMemoryWorkbook, type MemoryWorkbook } from '../../src/adapters/memory/port';
import type { WorkbookPort } from '../../src/app/port';
import { checkData, checkPlan, clearHighlights, createPlanSheet, scoreAndWrite, sheetsToReplace, showCell } from '../../src/app/usecases';
import { createXlsxPort, loadWorkbook } from '../../src/adapters/xlsx/port';
import { planPresets } from '../../src/domain/plan/presets';
import type { WorkbookSnapshot } from '../../src/workbook/grid';

const now = new Date('2024-12-20T02:00:00Z');
let sample: WorkbookSnapshot;

beforeAll(async () => {
  const wb = await loadWorkbook(readFileSync(resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx')));
  sample = await createXlsxPort(wb).readSnapshot();
});

const names = (m: MemoryWorkbook): string[] => m.current().sheets.map((s) => s.name);
const userSheet = { name: 'Ghi chép', visibility: 'visible' as const, rows: [['của tôi']], merges: [] };

describe('checkPlan', () => {
  it('reads the sample plan without writing', async () => {
    const m = createMemoryWorkbook(sample);
    const status = await checkPlan(m.port);
    expect(status.sheet).toBe('Kế hoạch');
    expect(status.plan?.info.name).toBeTruthy();
    expect(status.plan?.criteria.length).toBeGreaterThan(5);
    expect(status.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(m.written.size).toBe(0);
  });

  it('says the plan sheet is missing in an empty workbook', async () => {
    const status = await checkPlan(createMemoryWorkbook({ sheets: [] }).port);
    expect(status.sheet).toBeUndefined();
    expect(status.plan).toBeUndefined();
    expect(status.findings.map((f) => f.code)).toEqual(['SHEET_MISSING']);
  });
});

describe('createPlanSheet', () => {
  it.each(planPresets.map((p) => [p.id, p] as const))('writes preset %s as a plan sheet that reads back as the same plan', async (id, preset) => {
    const m = createMemoryWorkbook({ sheets: [userSheet] });
    const outcome = await createPlanSheet(m.port, id);
    expect(outcome).toEqual({ status: 'created', sheet: 'Kế hoạch', preset: preset.title });
    expect(names(m)).toEqual(['Ghi chép', 'Kế hoạch']);
    expect(m.current().sheets[0]).toEqual(userSheet);
    const status = await checkPlan(m.port);
    expect(status.plan?.criteria.map((c) => c.code)).toEqual(preset.plan.criteria.map((c) => c.code));
    expect(status.plan?.info.name).toBe(preset.plan.info.name);
  });

  it('refuses when a plan sheet exists, writing nothing', async () => {
    const m = createMemoryWorkbook(sample);
    const before = m.current();
    const outcome = await createPlanSheet(m.port, planPresets[1]?.id ?? '');
    expect(outcome).toEqual({ status: 'exists', sheet: 'Kế hoạch' });
    expect(m.written.size).toBe(0);
    expect(m.current()).toEqual(before);
  });

  it('refuses an unknown preset', async () => {
    const m = createMemoryWorkbook({ sheets: [] });
    expect(await createPlanSheet(m.port, 'no-such-preset')).toEqual({ status: 'unknownPreset' });
    expect(m.written.size).toBe(0);
  });
});

describe('checkData', () => {
  it('ranks the 30 schools and finds what is wrong, writing nothing', async () => {
    const m = createMemoryWorkbook(sample);
    const result = await checkData(m.port, now);
    const ranked = result.evaluation?.blocks.flatMap((b) => b.units) ?? [];
    expect(ranked).toHaveLength(30);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(m.written.size).toBe(0);
    expect(m.highlights()).toEqual([]);
    expect(m.current()).toEqual(sample);
  });
});

describe('scoreAndWrite', () => {
  it('writes without asking the first time, then asks before replacing its own sheets', async () => {
    const m = createMemoryWorkbook(sample);
    const first = await scoreAndWrite(m.port, now, { confirmReplace: false });
    expect(first.status).toBe('written');
    expect(names(m)).toEqual(expect.arrayContaining(['Tổng hợp', 'Kiểm tra', 'ThiDua_TrangThai']));
    expect(m.highlights().length).toBeGreaterThan(0);

    const after = m.current();
    m.written.clear();
    const second = await scoreAndWrite(m.port, now, { confirmReplace: false });
    // The run log is extended, not replaced: it needs no confirmation.
    expect(second).toMatchObject({ status: 'needsConfirm', replaces: ['Tổng hợp', 'Kiểm tra', 'Thẩm định các cấp', 'Tổng hợp đề nghị khen thưởng'] });
    expect(m.written.size).toBe(0);
    expect(m.current()).toEqual(after);

    const third = await scoreAndWrite(m.port, now, { confirmReplace: true });
    expect(third.status).toBe('written');
    expect([...m.written.keys()].sort()).toEqual(['Kiểm tra', 'Nhật ký chấm điểm', 'ThiDua_TrangThai', 'Thẩm định các cấp', 'Tổng hợp', 'Tổng hợp đề nghị khen thưởng']);
  });

  it('never replaces a sheet it did not create: a user sheet named "Tổng hợp" stays, results go beside it', async () => {
    const mine = { name: 'Tổng hợp', visibility: 'visible' as const, rows: [['bảng của phòng']], merges: [] };
    const m = createMemoryWorkbook({ sheets: [...sample.sheets, mine] });
    const outcome = await scoreAndWrite(m.port, now, { confirmReplace: false });
    expect(outcome.status).toBe('written');
    expect(outcome.result.outputSheets.summary).toBe('Tổng hợp (2)');
    expect(m.current().sheets.find((s) => s.name === 'Tổng hợp')).toEqual(mine);
    expect(m.written.has('Tổng hợp')).toBe(false);
  });

  it('lists only existing summary and findings sheets, whatever their case', async () => {
    const result = await checkData(createMemoryWorkbook(sample).port, now);
    expect(sheetsToReplace(result, ['tổng hợp', 'ThiDua_TrangThai'])).toEqual(['Tổng hợp']);
    expect(sheetsToReplace(result, ['Kế hoạch'])).toEqual([]);
  });
});

describe('clearHighlights and showCell', () => {
  it('clears the highlights drawn by a run', async () => {
    const m = createMemoryWorkbook(sample);
    await scoreAndWrite(m.port, now, { confirmReplace: false });
    expect(m.highlights().length).toBeGreaterThan(0);
    const sheets = m.current();
    await clearHighlights(m.port);
    expect(m.highlights()).toEqual([]);
    expect(m.current()).toEqual(sheets);
  });

  it('selects the cell where the host can, and says so where it cannot', async () => {
    const m = createMemoryWorkbook({ sheets: [] });
    expect(await showCell(m.port, { sheet: 'A', address: 'B2' })).toBe(false);
    const selected: string[] = [];
    const port: WorkbookPort = { ...m.port, select: async (sheet, address) => void selected.push(`${sheet}!${address}`) };
    expect(await showCell(port, { sheet: 'Trường A', address: 'D7' })).toBe(true);
    expect(selected).toEqual(['Trường A!D7']);
  });
});
