import { describeFinding } from '../../src/i18n';
import { evaluationInputSchema } from '../../src/domain/input/schema';
import { parseInputs } from '../../src/workbook/parse/inputs';
import type { SheetSnapshot } from '../../src/workbook/grid';
import { plan, registerSheet, run, sheet, unitHeader, unitSheet, workbook } from './inputs-fixtures';

/** A workbook with a bit of everything, good and bad. */
function messyWorkbook(): SheetSnapshot[] {
  return [
    sheet('Kế hoạch', [['Mã tiêu chí', 'Nội dung', 'Điểm tự chấm'], ['1.1', 'x', 1]]),
    sheet('Ghi chú', [['Sổ tay hướng dẫn'], ['Nhập điểm vào từng trang']]),
    unitSheet('A', unitHeader('Trường THCS A'), { '1.1': ['1.1', 'x', 10, null, '9,5', '#', 'Tr\u00adêng'], '1': ['1', 'y', 30, null, 1, null, null] }),
    registerSheet,
    unitSheet('Lạ', unitHeader('Trường lạ')),
    sheet('Trống', []),
    sheet('TH', [['Mã đơn vị', '1.1', '1.2', '9.9'], ['A02', { error: '#REF!' }, new Date(Date.UTC(2024, 0, 2)), 1], ['A01', 1, 2, 3]], ['B2:C2']),
    sheet('Đề nghị khen thưởng', [
      ['Đơn vị', 'Họ tên', 'Cá nhân / Tập thể', 'Tập thể nhỏ hoặc trực tiếp (x)', 'Cấp'],
      ['A01', 'An', 'CN', '?', 'Bộ'],
      ['Z', 'Bình', 'Nhóm', null, 'huyện'],
      ['Z', 'Chi', 'TT', 'x', 'huyện'],
      [null, null, 'CN', null, 'huyện'],
    ]),
  ];
}

describe('parseInputs over a whole workbook', () => {
  test('classifies sheets by content, skips owned ones, and lists what it read', () => {
    const out = run(...messyWorkbook());
    expect(out.registerSheet).toBe('Đơn vị');
    expect(out.proposalsSheet).toBe('Đề nghị khen thưởng');
    expect(out.resultSheets).toEqual(['A', 'TH']);
    expect(out.input.results.map((r) => [r.unitCode, r.sheet])).toEqual([
      ['A01', 'A'],
      ['A02', 'TH'],
    ]);
    expect(evaluationInputSchema.safeParse(out.input).success).toBe(true);
  });

  test('every finding has a Vietnamese and an English text with its values filled in', () => {
    const out = run(...messyWorkbook());
    const codes = new Set(out.findings.map((f) => f.code));
    expect([...codes].sort()).toEqual(
      [
        'COLUMN_MISSING',
        'CRITERION_NOT_IN_SHEET',
        'CRITERION_UNKNOWN',
        'LEGACY_ENCODING',
        'MERGED_CELLS',
        'NUMBER_AS_TEXT',
        'PROPOSAL_KIND_INVALID',
        'PROPOSAL_UNKNOWN_LEVEL',
        'PROPOSAL_UNKNOWN_UNIT',
        'UNIT_DUPLICATE',
        'UNIT_NO_RESULTS',
        'UNIT_UNKNOWN',
        'VALUE_DATE',
        'VALUE_ERROR',
        'VALUE_NOT_NUMBER',
        'VALUE_NOT_PASS_FAIL',
      ].sort(),
    );
    for (const f of out.findings) {
      for (const language of ['vi', 'en'] as const) {
        const text = describeFinding(f, language);
        expect(text.message).not.toMatch(/undefined|«»|\[object/);
        expect(text.fix.length).toBeGreaterThan(10);
      }
    }
    const legacy = out.findings.find((f) => f.code === 'LEGACY_ENCODING');
    expect(legacy && describeFinding(legacy).message).toBe('Ô dùng bảng mã cũ TCVN3 (ABC, phông .VnTime): «Tr\u00adêng», đã đọc là «Trường».');
  });

  test('the same workbook gives byte-identical output', () => {
    const a = JSON.stringify(run(...messyWorkbook()));
    const b = JSON.stringify(run(...messyWorkbook()));
    expect(a).toBe(b);
  });

  test('the input snapshot is not modified', () => {
    const sheets = messyWorkbook();
    const before = JSON.stringify(sheets);
    parseInputs(workbook(...sheets), plan, { skipSheets: new Set(['Kế hoạch']) });
    expect(JSON.stringify(sheets)).toBe(before);
  });

  test('skipSheets keeps the plan sheet from being read as a unit sheet', () => {
    const sheets = messyWorkbook();
    const skipped = parseInputs(workbook(...sheets), plan, { skipSheets: new Set(['Kế hoạch']) });
    const notSkipped = parseInputs(workbook(...sheets), plan, { skipSheets: new Set() });
    const aboutPlanSheet = (o: typeof skipped) => o.findings.filter((f) => f.cell?.sheet === 'Kế hoạch').map((f) => f.code);
    expect(aboutPlanSheet(skipped)).toEqual([]);
    expect(aboutPlanSheet(notSkipped)).toEqual(['UNIT_UNKNOWN']);
  });

  test('many unit sheets are read in one pass each', () => {
    const register = sheet('Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm'], ...Array.from({ length: 300 }, (_, i) => [`U${i}`, `Trường số ${i}`, `Khối ${i % 7}`])]);
    const sheets = Array.from({ length: 300 }, (_, i) => unitSheet(`Đơn vị ${i}`, unitHeader(`Trường số ${i}`, `Khối ${i % 7}`)));
    const out = run(register, ...sheets);
    expect(out.input.results).toHaveLength(300);
    expect(out.findings).toEqual([]);
  });
});
