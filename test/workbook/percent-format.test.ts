/** A percent typed in Excel is stored as a fraction with a percent format: read as the percentage the plan expects. */
import ExcelJS from 'exceljs';
import { percentFormat } from '../../src/workbook/render/styles';
import { snapshotSheet } from '../../src/adapters/xlsx/read';
import { createMemoryWorkbook } from '../../src/adapters/memory/port';
import { isPercentFormat } from '../../src/workbook/grid';
import { createReadContext, readActualCell } from '../../src/workbook/parse/cells';
import { snapshotFromSpec } from '../../src/workbook/spec-snapshot';
import { describeFinding } from '../../src/i18n';
import { crit, makePlan } from '../domain/fixtures';

const percentTarget = makePlan({ criteria: [crit('1', 10, { method: 'targetRatio', target: 100, targetUnit: '%' })] }).criteria[0];
const countTarget = makePlan({ criteria: [crit('1', 10, { method: 'targetRatio', target: 20, targetUnit: 'lớp' })] }).criteria[0];
const at = { sheet: 'S', address: 'E9' };

function read(value: number, criterion = percentTarget, format?: string) {
  if (!criterion) throw new Error('criterion');
  const ctx = createReadContext();
  const v = readActualCell(ctx, value, at, criterion, { unitCode: 'A' }, format);
  return { v, findings: ctx.findings };
}

describe('percent number formats', () => {
  it('knows a percent format when it sees one', () => {
    expect(['0%', '0.00%', '#,##0.0%'].map(isPercentFormat)).toEqual([true, true, true]);
    expect(['General', '0.00', '0.0"%"', '0\\%', undefined].map(isPercentFormat)).toEqual([false, false, false, false, false]);
  });

  it('reads 0,8 stored with a percent format as 80% for a percent target, with no finding', () => {
    expect(read(0.8, percentTarget, '0%')).toEqual({ v: 80, findings: [] });
    expect(read(80, percentTarget)).toEqual({ v: 80, findings: [] });
  });

  it('reads a fraction with no percent format as written and says it is doubtful', () => {
    const { v, findings } = read(0.8);
    expect(v).toBe(0.8);
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['VALUE_PERCENT_DOUBTFUL', at]]);
    const f = findings[0];
    if (f) expect(describeFinding(f).message).toBe('Ô ghi 0,8 cho chỉ tiêu tính theo %: đã đọc là 0,8%, không phải 80%.');
  });

  it('a percent format on a target that is not a percentage is read as written and reported', () => {
    const { v, findings } = read(0.5, countTarget, '0%');
    expect(v).toBe(0.5);
    expect(findings.map((f) => f.code)).toEqual(['VALUE_PERCENT_DOUBTFUL']);
  });

  it('every host carries the number formats of numbers in its snapshot', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('E9').value = 0.8;
    ws.getCell('E9').numFmt = '0%';
    ws.getCell('E10').value = 7;
    ws.getCell('E11').value = 'chữ';
    ws.getCell('E11').numFmt = '0%';
    expect(snapshotSheet(ws).numberFormats).toEqual({ E9: '0%' });

    const spec = { name: 'S', role: 'summary' as const, visibility: 'visible' as const, rows: [[{ value: 0.8, style: 'percent' as const }, { value: 3, style: 'cell' as const }]], columnWidths: [9], merges: [] };
    expect(snapshotFromSpec(spec).numberFormats).toEqual({ A1: percentFormat });
    const memory = createMemoryWorkbook({ sheets: [] });
    await memory.port.apply({ sheets: [spec] } as never);
    expect((await memory.port.readSnapshot()).sheets[0]?.numberFormats).toEqual({ A1: percentFormat });
  });
});

describe('a number typed as text', () => {
  it('says the number read, without a thousands separator: «1.900» → 1900', () => {
    expect(describeFinding({ code: 'NUMBER_AS_TEXT', severity: 'info', params: { value: '1.900', read: 1900 } }).message).toBe('Ô ghi số dưới dạng chữ «1.900», đã đọc là số 1900.');
    expect(describeFinding({ code: 'NUMBER_AS_TEXT', severity: 'info', params: { value: '9,5', read: 9.5 } }, 'en').message).toBe('A number was typed as text «9,5»; read as the number 9.5.');
  });
});
