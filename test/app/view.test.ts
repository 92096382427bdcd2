/** What the pane shows, built from a real run of the sample: rows, counts, errors, both languages. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { dictionaries } from '../../src/i18n';
import { finding } from '../../src/domain/findings';
import { createMemoryWorkbook } from '../../src/adapters/memory/port';
import { checkData } from '../../src/app/usecases';
import { createXlsxPort, loadWorkbook } from '../../src/adapters/xlsx/port';
import type { RunResult } from '../../src/workbook/run';
import { errorText, findingRows, rankingBlocks, severityCounts } from '../../src/taskpane/view';

let result: RunResult;

beforeAll(async () => {
  const wb = await loadWorkbook(readFileSync(resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx')));
  const snapshot = await createXlsxPort(wb).readSnapshot();
  result = await checkData(createMemoryWorkbook(snapshot).port, new Date('2024-12-20T02:00:00Z'));
});

/** Every key path of a dictionary subtree, with the kind of value at it. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}:function`];
  if (typeof value === 'string') return [`${path}:string`];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shape(v, `${path}.${k}`));
  return [`${path}:${typeof value}`];
}

describe('the ui dictionary', () => {
  it('has the same keys in English as in Vietnamese', () => {
    expect(shape(dictionaries.en.ui).sort()).toEqual(shape(dictionaries.vi.ui).sort());
  });

  it('has no English left in the Vietnamese step titles and buttons', () => {
    const vi = dictionaries.vi.ui;
    expect([vi.steps.check, vi.steps.score, vi.write.run, vi.file.download]).toEqual(['5. Kiểm tra dữ liệu', '6. Chấm điểm và xếp hạng', 'Ghi bảng tổng hợp', 'Tải kết quả về']);
  });
});

describe('findingRows', () => {
  it('gives each finding its severity label, unit name, quoted cell and texts in the chosen language', () => {
    const rows = findingRows(result.findings, result.input?.units ?? [], 'vi');
    expect(rows).toHaveLength(result.findings.length);
    const withCell = rows.find((r) => r.cell && r.unit);
    expect(withCell?.cellLabel).toMatch(/^('[^']+'|[^'!]+)![A-Z]+\d+$/);
    expect(withCell?.unit?.startsWith('Trường')).toBe(true);
    expect(rows.every((r) => r.message.length > 0 && r.fix.length > 0)).toBe(true);
    const en = findingRows(result.findings, result.input?.units ?? [], 'en');
    expect(en.map((r) => r.severityLabel)).toEqual(result.findings.map((f) => ({ error: 'Error', warning: 'Warning', info: 'Note' })[f.severity]));
    expect(en[0]?.message).not.toBe(rows[0]?.message);
  });

  it('falls back to the unit code when the unit is not registered, and leaves the cell out when there is none', () => {
    const [row] = findingRows([finding('SCORE_MISSING', { code: '1.1', max: 10 }, { unitCode: 'X9' })], [], 'vi');
    expect(row?.unit).toBe('X9');
    expect(row?.cellLabel).toBeUndefined();
  });
});

describe('severityCounts', () => {
  it('counts every finding once', () => {
    const c = severityCounts(result.findings);
    expect(c.errors + c.warnings + c.infos).toBe(result.findings.length);
    expect(c.errors).toBe(result.findings.filter((f) => f.severity === 'error').length);
  });
});

describe('rankingBlocks', () => {
  it('lists every ranked unit in rank order per block, with Vietnamese decimals and tie markers', () => {
    const evaluation = result.evaluation;
    if (!evaluation) throw new Error('the sample must score');
    const blocks = rankingBlocks(evaluation, 'vi');
    expect(blocks.flatMap((b) => b.rows)).toHaveLength(30);
    for (const b of blocks) expect(b.rows.map((r) => r.rank)).toEqual([...b.rows.map((r) => r.rank)].sort((x, y) => x - y));
    const all = blocks.flatMap((b) => b.rows);
    expect(all.filter((r) => r.tie).length).toBe(evaluation.blocks.flatMap((b) => b.units).filter((u) => u.unresolvedTie).length);
    expect(all.every((r) => Math.abs(r.totalShown - r.total) <= 0.005 && Number.isInteger(Math.round(r.totalShown * 100 * 1e6) / 1e6))).toBe(true);
    const fractional = all.find((r) => !Number.isInteger(r.total));
    expect(fractional?.totalLabel).toContain(',');
    expect(rankingBlocks(evaluation, 'en').flatMap((b) => b.rows).find((r) => r.key === fractional?.key)?.totalLabel).toContain('.');
    expect(all.filter((r) => r.award !== undefined).length).toBe(evaluation.blocks.flatMap((b) => b.units).filter((u) => u.award).length);
  });
});

describe('errorText', () => {
  it('explains known Office errors in plain words', () => {
    expect(errorText({ code: 'InvalidOperationInCellEditMode', message: 'x' }, 'vi')).toBe(dictionaries.vi.ui.errors.editing);
    expect(errorText({ code: 'AccessDenied' }, 'en')).toBe(dictionaries.en.ui.errors.protected);
  });

  it('never shows a message or stack trace from the error itself', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 3 }), fc.constantFrom<'vi' | 'en'>('vi', 'en'), (text, language) => {
        const error = new Error(text);
        error.stack = `Error: ${text}\n    at secret (file.js:1:1)`;
        const shown = errorText(error, language);
        expect(shown).toBe(dictionaries[language].ui.errors.unexpected);
        expect(shown).not.toContain('file.js');
      }),
    );
  });
});
