import fc from 'fast-check';
import { cleanText, foldKey } from '../../src/domain/text/normalize';
import { findTable, type ColumnSpec } from '../../src/workbook/headers';
import type { CellValue } from '../../src/workbook/grid';
import { compiled, headerKey, matchColumns, proposalColumns, registerColumns, unitSheetColumns, type CompiledColumns } from '../../src/workbook/contract';
import {
  cleanCellText,
  createReadContext,
  isBlank,
  readActualCell,
  readCountCell,
  readCriterionCode,
  readNumberCell,
  readPassFailCell,
  readText,
  readYesCell,
} from '../../src/workbook/parse/cells';
import { plan, sheet } from './inputs-fixtures';

const at = { sheet: 'S', address: 'C7' };

function readNum(value: CellValue, percentScale = false) {
  const ctx = createReadContext();
  const read = readNumberCell(ctx, value, at, { unitCode: 'A01', criterionCode: '1.1' }, { percentScale });
  return { read, findings: ctx.findings.map((f) => ({ code: f.code, params: f.params, cell: f.cell, unitCode: f.unitCode, criterionCode: f.criterionCode })) };
}

const criterion = (code: string) => {
  const c = plan.criteria.find((x) => x.code === code);
  if (!c) throw new Error(code);
  return c;
};

describe('number and score cells', () => {
  test('numbers pass through; 0 stays 0 and blank stays undefined, silently', () => {
    expect(readNum(7.5)).toEqual({ read: 7.5, findings: [] });
    expect(readNum(0)).toEqual({ read: 0, findings: [] });
    expect(readNum(null)).toEqual({ read: undefined, findings: [] });
    expect(readNum('   ')).toEqual({ read: undefined, findings: [] });
  });

  test('a number typed as text is read, with NUMBER_AS_TEXT at the cell', () => {
    expect(readNum('9,5')).toEqual({
      read: 9.5,
      findings: [{ code: 'NUMBER_AS_TEXT', params: { value: '9,5', read: 9.5 }, cell: at, unitCode: 'A01', criterionCode: '1.1' }],
    });
    expect(readNum('1.000').read).toBe(1000);
    expect(readNum('0').read).toBe(0);
    expect(readNum('80%')).toMatchObject({ read: 0.8, findings: [{ code: 'NUMBER_AS_TEXT', params: { value: '80%', read: 0.8 } }] });
  });

  test('unreadable values are blank (never 0) with a finding', () => {
    expect(readNum('chín')).toMatchObject({ read: undefined, findings: [{ code: 'VALUE_NOT_NUMBER', params: { value: 'chín' }, cell: at }] });
    expect(readNum({ error: '#REF!' })).toMatchObject({ read: undefined, findings: [{ code: 'VALUE_ERROR', params: { value: '#REF!' } }] });
    expect(readNum(new Date(Date.UTC(2024, 2, 5)))).toMatchObject({ read: undefined, findings: [{ code: 'VALUE_DATE', params: { value: '2024-03-05' } }] });
    expect(readNum(true)).toMatchObject({ read: undefined, findings: [{ code: 'VALUE_NOT_NUMBER', params: { value: 'true' } }] });
  });

  test('a percent reading is scaled to a percent target; a plain number is left alone', () => {
    expect(readNum('95%', true)).toMatchObject({ read: 95, findings: [{ code: 'NUMBER_AS_TEXT', params: { value: '95%', read: 95 } }] });
    expect(readNum(0.95, true)).toEqual({ read: 0.95, findings: [] });
    expect(readNum(95, true)).toEqual({ read: 95, findings: [] });
    const ctx = createReadContext();
    expect(readActualCell(ctx, '95%', at, criterion('2.1'))).toBe(95);
    expect(readActualCell(ctx, '3', at, criterion('2.3'))).toBe(3);
  });

  test('a headcount must be a whole number, not negative', () => {
    const ctx = createReadContext();
    expect(readCountCell(ctx, 35, at)).toBe(35);
    expect(readCountCell(ctx, 2.5, at)).toBeUndefined();
    expect(readCountCell(ctx, -1, at)).toBeUndefined();
    expect(ctx.findings.map((f) => [f.code, f.params])).toEqual([
      ['VALUE_NOT_NUMBER', { value: '2.5', expected: 'wholeNumber' }],
      ['VALUE_NOT_NUMBER', { value: '-1', expected: 'wholeNumber' }],
    ]);
  });
});

describe('pass/fail and yes/no cells', () => {
  test.each<[CellValue, number | undefined]>([
    ['đạt', 1],
    ['Đạt', 1],
    ['dat', 1],
    ['x', 1],
    ['X', 1],
    ['có', 1],
    ['1', 1],
    [1, 1],
    [true, 1],
    ['không đạt', 0],
    ['Không', 0],
    ['0', 0],
    [0, 0],
    [false, 0],
    [null, undefined],
    ['', undefined],
  ])('%p → %p', (value, expected) => {
    const ctx = createReadContext();
    expect(readPassFailCell(ctx, value, at)).toBe(expected);
    expect(ctx.findings).toEqual([]);
  });

  test('anything else is VALUE_NOT_PASS_FAIL and blank', () => {
    const ctx = createReadContext();
    expect(readPassFailCell(ctx, 'tốt', at)).toBeUndefined();
    expect(readPassFailCell(ctx, 2, at)).toBeUndefined();
    expect(ctx.findings.map((f) => [f.code, f.params, f.cell])).toEqual([
      ['VALUE_NOT_PASS_FAIL', { value: 'tốt', expected: 'passFail' }, at],
      ['VALUE_NOT_PASS_FAIL', { value: '2', expected: 'passFail' }, at],
    ]);
  });

  test('a pass/fail actual uses these rules; entered-points actuals are descriptions', () => {
    const ctx = createReadContext();
    expect(readActualCell(ctx, 'không đạt', at, criterion('2.2'))).toBe(0);
    expect(readActualCell(ctx, 'Đã tổ chức 3 buổi', at, criterion('1.1'))).toBeUndefined();
    expect(readActualCell(ctx, 12, at, criterion('1.1'))).toBe(12);
    expect(ctx.findings).toEqual([]);
  });

  test('yes marks: x, có, 1 are yes; blank and "không" are no; others reported', () => {
    const ctx = createReadContext();
    expect(['x', 'X', 'có', '1', 1, true].map((v) => readYesCell(ctx, v, at))).toEqual([true, true, true, true, true, true]);
    expect([null, '', 'không', 0, false].map((v) => readYesCell(ctx, v, at))).toEqual([false, false, false, false, false]);
    expect(ctx.findings).toEqual([]);
    expect(readYesCell(ctx, 'hmm', at)).toBe(false);
    expect(ctx.findings.map((f) => [f.code, f.params])).toEqual([['VALUE_NOT_PASS_FAIL', { value: 'hmm', expected: 'yes' }]]);
  });
});

describe('text cells', () => {
  test('text is cleaned; old encodings are converted with LEGACY_ENCODING at the cell', () => {
    const ctx = createReadContext();
    expect(readText(ctx, '  Trường\u00a0THCS   A ', at)).toBe('Trường THCS A');
    expect(readText(ctx, 'Tr\u00adêng THCS A', at, { unitCode: 'A01' })).toBe('Trường THCS A');
    expect(readText(ctx, 'Tröôøng THCS B', at)).toBe('Trường THCS B');
    expect(readText(ctx, 101, at)).toBe('101');
    expect(ctx.findings.map((f) => [f.code, f.params, f.cell, f.unitCode])).toEqual([
      ['LEGACY_ENCODING', { value: 'Tr\u00adêng THCS A', converted: 'Trường THCS A', encoding: 'tcvn3' }, at, 'A01'],
      ['LEGACY_ENCODING', { value: 'Tröôøng THCS B', converted: 'Trường THCS B', encoding: 'vni' }, at, undefined],
    ]);
  });

  test('property: the fast cleaner equals cleanText, and isBlank equals cleanText(v) === ""', () => {
    const chars = fc.constantFrom('a', 'ư', 'ờ', ' ', '  ', '\u00a0', '\t', '\n', '\u200b', '\ufeff', 'o\u0302\u0301', 'B');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }).map((a) => a.join('')), (text) => {
        expect(cleanCellText(text)).toBe(cleanText(text));
        expect(isBlank(text)).toBe(cleanText(text) === '');
      }),
    );
  });
});

describe('criterion codes', () => {
  test.each<[CellValue, string | undefined]>([
    ['1.1', '1.1'],
    ['1.1.', '1.1'],
    [' 2 ', '2'],
    [1.1, '1.1'],
    [3, '3'],
    ['1.10', '1.10'],
    // As written: which plan criterion a code names is the one normaliser's (codes.ts) business.
    ['01.2', '01.2'],
    ['I', 'I'],
    ['a1.1', 'a1.1'],
    ['C2.4', 'C2.4'],
    ['Tổng cộng', undefined],
    ['STT', undefined],
    ['Total', undefined],
    ['1,1', undefined],
    [null, undefined],
    [-1, undefined],
  ])('%p → %p', (value, code) => expect(readCriterionCode(value)).toBe(code));
});

describe('header matching', () => {
  function agreesWithFindTable<K extends string>(specs: readonly ColumnSpec<K>[], compiledSpecs: CompiledColumns<K>): void {
    const noise = ['STT', 'Ghi chú thêm', '', 'Điểm', 'Tổng', 'Người lập'];
    const aliases = specs.flatMap((s) => s.aliases);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...aliases, ...noise), { minLength: 1, maxLength: 10 }), fc.boolean(), (cells, upper) => {
        const row = cells.map((c) => (upper ? c.toUpperCase() : c));
        const location = findTable(sheet('S', [row]), specs, { minMatches: 1 });
        expect(matchColumns(row.map((c) => headerKey(c)), compiledSpecs)).toEqual(location?.columns ?? {});
      }),
      { numRuns: 200 },
    );
  }

  test('the pre-folded matcher finds the same columns as findTable', () => {
    agreesWithFindTable(registerColumns, compiled.register);
    agreesWithFindTable(unitSheetColumns, compiled.unitSheet);
    agreesWithFindTable(proposalColumns, compiled.proposals);
  });

  test('headers are matched without case, diacritics or extra words after the name', () => {
    const row = ['MA TIEU CHI', 'Điểm tự chấm (tối đa 10 điểm)', 'diem tham dinh', 'Đơn vị: Trường A'].map((c) => headerKey(c));
    expect(matchColumns(row, compiled.unitSheet)).toEqual({ code: 0, self: 1, appraised: 2 });
    expect(foldKey('Khối/Cụm')).toBe('khoi cum');
  });
});
