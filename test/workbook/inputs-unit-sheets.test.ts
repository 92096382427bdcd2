import { evaluationInputSchema } from '../../src/domain/input/schema';
import { planSchema } from '../../src/domain/plan/schema';
import { parseInputs } from '../../src/workbook/parse/inputs';
import { brief, defaultRows, only, plan, registerSheet, run, sheet, unitHeader, unitSheet } from './inputs-fixtures';

const sheetA = () => unitSheet('A', unitHeader('Trường THCS A'));
const entriesOf = (out: ReturnType<typeof run>, unitCode: string) => out.input.results.find((r) => r.unitCode === unitCode)?.entries ?? [];

describe('unit result sheets', () => {
  test('reads each leaf row with its cells; group rows are headings', () => {
    const out = run(registerSheet, sheetA());
    expect(out.resultSheets).toEqual(['A']);
    const entries = entriesOf(out, 'A01');
    expect(entries.map((e) => e.criterionCode)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '3']);
    expect(entries[0]).toEqual({
      criterionCode: '1.1',
      actual: undefined,
      selfScore: 9,
      appraisedScore: 8.5,
      blockLeaderScore: undefined,
      note: '',
      actualSource: { sheet: 'A', address: 'D8' },
      selfSource: { sheet: 'A', address: 'E8' },
      appraisedSource: { sheet: 'A', address: 'F8' },
    });
    expect(entries.find((e) => e.criterionCode === '2.2')?.actual).toBe(1);
    expect(entries.find((e) => e.criterionCode === '3')).toMatchObject({ selfScore: 0, appraisedScore: 0, note: 'QĐ số 12' });
    expect(out.findings.filter((f) => f.code !== 'UNIT_NO_RESULTS')).toEqual([]);
    expect(evaluationInputSchema.safeParse(out.input).success).toBe(true);
  });

  test('blank stays undefined and 0 stays 0', () => {
    const out = run(registerSheet, unitSheet('A', unitHeader('Trường THCS A'), { '1.2': ['1.2', 'x', 20, null, 0, null, null] }));
    const e = entriesOf(out, 'A01').find((x) => x.criterionCode === '1.2');
    expect(e?.selfScore).toBe(0);
    expect(e?.appraisedScore).toBeUndefined();
    expect(e?.appraisedSource).toEqual({ sheet: 'A', address: 'F9' });
  });

  test('text in a score cell is reported at its cell and read as blank; "9,5" is 9.5', () => {
    const out = run(registerSheet, unitSheet('A', unitHeader('Trường THCS A'), { '1.1': ['1.1', 'x', 10, null, '9,5', 'chưa chấm', null] }));
    expect(entriesOf(out, 'A01')[0]).toMatchObject({ selfScore: 9.5, appraisedScore: undefined });
    expect(brief(out.findings.filter((f) => f.code !== 'UNIT_NO_RESULTS'))).toEqual([
      { code: 'NUMBER_AS_TEXT', at: 'A!E8', params: { value: '9,5', read: 9.5 } },
      { code: 'VALUE_NOT_NUMBER', at: 'A!F8', params: { value: 'chưa chấm' } },
    ]);
    expect(out.findings[0]).toMatchObject({ unitCode: 'A01', criterionCode: '1.1' });
  });

  test('actuals follow the criterion: percent target, pass/fail, steps', () => {
    const out = run(
      registerSheet,
      unitSheet('A', unitHeader('Trường THCS A'), {
        '2.1': ['2.1', 'x', 10, '95%', null, null, null],
        '2.2': ['2.2', 'x', 10, 'không đạt', null, null, null],
        '2.3': ['2.3', 'x', 10, 'ba', null, null, null],
      }),
    );
    const actual = (code: string) => entriesOf(out, 'A01').find((e) => e.criterionCode === code)?.actual;
    expect([actual('2.1'), actual('2.2'), actual('2.3')]).toEqual([95, 0, undefined]);
    expect(brief(out.findings.filter((f) => f.code !== 'UNIT_NO_RESULTS'))).toEqual([
      { code: 'NUMBER_AS_TEXT', at: 'A!D11', params: { value: '95%', read: 95 } },
      { code: 'VALUE_NOT_NUMBER', at: 'A!D13', params: { value: 'ba' } },
    ]);
  });

  describe('which unit a sheet is', () => {
    test('by "Mã đơn vị", by "Đơn vị" (code or name, any case), by the sheet name', () => {
      const byCode = unitSheet('X', [['Mã đơn vị:', null, 'A02'], ['Đơn vị: Trường nào đó'], []]);
      const byName = unitSheet('Y', [['Đơn vị:', 'trường thcs a'], []]);
      const bySheetName = unitSheet('B01', [['BẢNG CHẤM ĐIỂM'], []]);
      const out = run(registerSheet, byCode, byName, bySheetName);
      expect(out.input.results.map((r) => [r.sheet, r.unitCode])).toEqual([
        ['X', 'A02'],
        ['Y', 'A01'],
        ['B01', 'B01'],
      ]);
      expect(out.findings).toEqual([]);
    });

    test('matched without diacritics when that is unique (sheet names are often typed so)', () => {
      const out = run(registerSheet, unitSheet('Truong Tieu hoc C', [['Bảng điểm'], []]));
      expect(out.input.results.map((r) => r.unitCode)).toEqual(['B01']);
    });

    test('an unknown unit: UNIT_UNKNOWN at the cell that names it, sheet skipped', () => {
      const out = run(registerSheet, unitSheet('Z', unitHeader('Trường Mầm non Z')));
      expect(out.input.results).toEqual([]);
      expect(brief(only(out.findings, 'UNIT_UNKNOWN'))).toEqual([{ code: 'UNIT_UNKNOWN', at: 'Z!A2', params: { sheet: 'Z', value: 'Trường Mầm non Z' } }]);
      expect(out.resultSheets).toEqual([]);
    });

    test('a unit named by two sheets: the second is skipped and named', () => {
      const out = run(registerSheet, sheetA(), unitSheet('A (bản sao)', unitHeader('A01')));
      expect(out.input.results.map((r) => r.sheet)).toEqual(['A']);
      expect(brief(only(out.findings, 'UNIT_DUPLICATE'))).toEqual([
        { code: 'UNIT_DUPLICATE', at: 'A (bản sao)!A2', params: { unit: 'Trường THCS A', kept: 'A', dropped: 'A (bản sao)' } },
      ]);
    });

    test('a block that differs from the register is reported; the register wins; "Khối THCS" is "THCS"', () => {
      const out = run(registerSheet, unitSheet('A', unitHeader('Trường THCS A', 'Tiểu học')), unitSheet('B', unitHeader('A02', 'Khối THCS')));
      expect(brief(only(out.findings, 'UNIT_BLOCK_MISMATCH'))).toEqual([
        { code: 'UNIT_BLOCK_MISMATCH', at: 'A!A3', params: { sheet: 'A', unit: 'Trường THCS A', value: 'Tiểu học', block: 'THCS' } },
      ]);
      expect(out.input.units.find((u) => u.code === 'A01')?.block).toBe('THCS');
    });

    test('namesakes in two blocks are told apart by the sheet\'s block', () => {
      const register = sheet('Đơn vị', [
        ['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm'],
        ['M1', 'Trường số 1', 'Mầm non'],
        ['T1', 'Trường số 1', 'Tiểu học'],
      ]);
      const out = run(register, unitSheet('S', unitHeader('Trường số 1', 'Tiểu học')), unitSheet('S2', unitHeader('Trường số 1', 'Khối thi đua Mầm non')));
      expect(out.input.results.map((r) => r.unitCode)).toEqual(['T1', 'M1']);
    });
  });

  describe('rows', () => {
    test('unknown code, duplicate row, numeric and dotted codes', () => {
      const rows = [
        ['Mã tiêu chí', 'Tiêu chí', 'Điểm tự chấm'],
        [1.1, 'số', 9],
        ['1.2.', 'chấm', 18],
        ['9.9', 'lạ', 1],
        ['1.1', 'trùng', 3],
        ['Tổng cộng', null, 27],
      ];
      const out = run(registerSheet, sheet('A', [['Đơn vị: A01'], ...rows]));
      expect(entriesOf(out, 'A01').map((e) => [e.criterionCode, e.selfScore])).toEqual([
        ['1.1', 9],
        ['1.2', 18],
      ]);
      expect(brief(out.findings.filter((f) => f.code !== 'UNIT_NO_RESULTS'))).toEqual([
        { code: 'CRITERION_UNKNOWN', at: 'A!A5', params: { sheet: 'A', code: '9.9', reason: 'notInPlan' } },
        { code: 'CRITERION_DUPLICATE_ROW', at: 'A!A6', params: { sheet: 'A', code: '1.1', first: 'A3' } },
        { code: 'CRITERION_NOT_IN_SHEET', at: 'A!A2', params: { sheet: 'A', codes: '2.1, 2.2, 2.3, 3', count: 4 } },
      ]);
    });

    test('a number on a group row is not counted: a subtotal passes, anything else is reported', () => {
      const out = run(
        registerSheet,
        unitSheet('A', unitHeader('Trường THCS A'), {
          '1': ['1', 'Công tác chuyên môn', 30, null, 27, 20, null],
        }),
      );
      expect(entriesOf(out, 'A01').some((e) => e.criterionCode === '1')).toBe(false);
      expect(brief(out.findings.filter((f) => f.code !== 'UNIT_NO_RESULTS'))).toEqual([
        { code: 'CRITERION_UNKNOWN', at: 'A!F7', params: { sheet: 'A', code: '1', value: 20, sum: 25.5, reason: 'group' } },
      ]);
    });

    test('the table ends at the first blank row after data; a column-numbering row is skipped', () => {
      const rows = [
        ['Đơn vị: A01'],
        ['Mã tiêu chí', 'Tiêu chí', 'Điểm tự chấm', 'Điểm thẩm định'],
        [1, 2, 3, 4],
        [],
        ['1.1', 'a', 9, null],
        [null, null, null, null],
        ['1.2', 'sau khoảng trống', 18, null],
      ];
      const out = run(registerSheet, sheet('A', rows));
      expect(entriesOf(out, 'A01').map((e) => e.criterionCode)).toEqual(['1.1']);
    });

    test('the block leader tier is read when the column is there', () => {
      const rows = [['Đơn vị: A01'], ['Mã tiêu chí', 'Điểm tự chấm', 'Điểm khối trưởng', 'Điểm thẩm định'], ['1.1', 9, 8, 7]];
      expect(entriesOf(run(registerSheet, sheet('A', rows)), 'A01')[0]).toMatchObject({ selfScore: 9, blockLeaderScore: 8, appraisedScore: 7 });
    });
  });

  test('tolerates title rows, reordered columns, headers without diacritics, extra columns, hidden sheets', () => {
    const rows = [
      ['UBND HUYỆN', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['Đơn vị', null, 'Trường THCS A'],
      ['KHOI', 'THCS'],
      [],
      ['Ghi chu', 'DIEM THAM DINH', 'Cột phụ', 'Diem tu cham (toi da theo thang)', 'TT', 'Noi dung'],
      ['ok', 8.5, 'x', 9, '1.1', 'Hoàn thành'],
    ];
    const out = run(registerSheet, sheet('Bảng điểm', rows, [], 'hidden'));
    expect(entriesOf(out, 'A01')).toEqual([
      expect.objectContaining({ criterionCode: '1.1', selfScore: 9, appraisedScore: 8.5, note: 'ok', selfSource: { sheet: 'Bảng điểm', address: 'D6' } }),
    ]);
    expect(only(out.findings, 'UNIT_BLOCK_MISMATCH')).toEqual([]);
  });

  test('merged cells over the table are reported once per range, not in the header block', () => {
    const s = unitSheet('A', unitHeader('Trường THCS A'));
    const merged = { ...s, merges: ['A1:G1', 'B7:G7', 'B7:G7'] };
    expect(brief(only(run(registerSheet, merged).findings, 'MERGED_CELLS'))).toEqual([
      { code: 'MERGED_CELLS', at: 'A!B7', params: { sheet: 'A', range: 'B7:G7' } },
    ]);
  });

  test('sheets in skipSheets are not read', () => {
    const out = run(registerSheet, unitSheet('Kế hoạch', unitHeader('Trường THCS A')));
    expect(out.input.results).toEqual([]);
  });

  test('defaults fixture has every plan criterion (guards the other tests)', () => {
    expect(defaultRows.map((r) => r[0])).toEqual(['1', '1.1', '1.2', '2', '2.1', '2.2', '2.3', '3']);
  });
});

describe('a unit sheet of another period or year', () => {
  const planOf = (period: string) => planSchema.parse({ ...plan, info: { ...plan.info, period, year: 2024 } });
  const parse = (period: string, ...sheets: ReturnType<typeof unitSheet>[]) =>
    parseInputs({ sheets: [registerSheet, ...sheets] }, planOf(period), { skipSheets: new Set(['Kế hoạch']) });
  const header = (title: string, period: string) => [[title], ['Đơn vị: Trường THCS A'], ['Khối: THCS'], [`Đợt: ${period}`], []];

  test('«Đợt» that differs from the plan is a warning at its cell; «Đợt 1» and «1» are one period', () => {
    const out = parse('Đợt 1', unitSheet('A', header('BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024', 'Đợt 2')));
    expect(brief(only(out.findings, 'UNIT_PERIOD_MISMATCH'))).toEqual([
      { code: 'UNIT_PERIOD_MISMATCH', at: 'A!A4', params: { sheet: 'A', unit: 'Trường THCS A', value: 'Đợt 2', period: 'Đợt 1' } },
    ]);
    expect(out.input.results).toHaveLength(1);
    expect(only(parse('Đợt 1', unitSheet('A', header('BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024', '1'))).findings, 'UNIT_PERIOD_MISMATCH')).toEqual([]);
  });

  test('a year in the title block that is not the plan\'s is a warning at its cell', () => {
    const out = parse('', unitSheet('A', header('BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2023', 'Năm 2023')));
    expect(brief(only(out.findings, 'UNIT_YEAR_MISMATCH'))).toEqual([
      { code: 'UNIT_YEAR_MISMATCH', at: 'A!A1', params: { sheet: 'A', unit: 'Trường THCS A', value: 'BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2023', year: 2024 } },
    ]);
    expect(only(parse('', unitSheet('A', header('BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024', 'Năm 2024'))).findings, 'UNIT_YEAR_MISMATCH')).toEqual([]);
  });
});
