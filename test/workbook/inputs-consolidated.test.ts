import { brief, only, registerSheet, run, sheet, unitHeader, unitSheet } from './inputs-fixtures';

const header = ['STT', 'Mã đơn vị', 'Tên đơn vị', '1.1', '1.2 TC', '1.2 TĐ', '2.1', '2.1 thẩm định', 2.2, '2.3 KQ', '3 tự chấm', 'Tổng điểm'];

describe('the consolidated sheet', () => {
  test('one row per unit; a plain code is the actual, or the self score for entered points', () => {
    const s = sheet('Tổng hợp điểm', [
      ['BẢNG TỔNG HỢP ĐIỂM TỰ CHẤM'],
      header,
      [1, 'A01', 'Trường THCS A', 9, 18, 17, '90%', 9, 'đạt', 3, 0, 50],
      [2, null, 'trường thcs b', 8, null, 0, 80, null, 'không đạt', '2', 1, 40],
    ]);
    const out = run(registerSheet, s);
    expect(out.resultSheets).toEqual(['Tổng hợp điểm']);
    const a = out.input.results.find((r) => r.unitCode === 'A01');
    expect(a?.sheet).toBe('Tổng hợp điểm');
    expect(a?.entries.map((e) => [e.criterionCode, e.actual, e.selfScore, e.appraisedScore])).toEqual([
      ['1.1', undefined, 9, undefined],
      ['1.2', undefined, 18, 17],
      ['2.1', 90, undefined, 9],
      ['2.2', 1, undefined, undefined],
      ['2.3', 3, undefined, undefined],
      ['3', undefined, 0, undefined],
    ]);
    expect(a?.entries[1]).toMatchObject({ selfSource: { sheet: 'Tổng hợp điểm', address: 'E3' }, appraisedSource: { sheet: 'Tổng hợp điểm', address: 'F3' } });
    const b = out.input.results.find((r) => r.unitCode === 'A02');
    expect(b?.entries.map((e) => [e.criterionCode, e.actual, e.selfScore, e.appraisedScore])).toEqual([
      ['1.1', undefined, 8, undefined],
      ['1.2', undefined, undefined, 0],
      ['2.1', 80, undefined, undefined],
      ['2.2', 0, undefined, undefined],
      ['2.3', 2, undefined, undefined],
      ['3', undefined, 1, undefined],
    ]);
    expect(brief(out.findings)).toEqual([
      { code: 'NUMBER_AS_TEXT', at: 'Tổng hợp điểm!G3', params: { value: '90%', read: 90 } },
      { code: 'NUMBER_AS_TEXT', at: 'Tổng hợp điểm!J4', params: { value: '2', read: 2 } },
      { code: 'UNIT_NO_RESULTS', at: 'Đơn vị!A6', params: { unit: 'Trường Tiểu học C', code: 'B01' } },
    ]);
  });

  test('a unit with its own sheet keeps it: the consolidated row is UNIT_DUPLICATE', () => {
    const s = sheet('TH', [['Mã đơn vị', '1.1', '1.2'], ['A01', 1, 2], ['A02', 3, 4], ['A02', 5, 6]]);
    const out = run(registerSheet, s, unitSheet('A', unitHeader('Trường THCS A')));
    expect(out.input.results.map((r) => [r.unitCode, r.sheet])).toEqual([
      ['A01', 'A'],
      ['A02', 'TH'],
    ]);
    expect(brief(only(out.findings, 'UNIT_DUPLICATE'))).toEqual([
      { code: 'UNIT_DUPLICATE', at: 'TH!A2', params: { unit: 'Trường THCS A', kept: 'A', dropped: 'TH!A2' } },
      { code: 'UNIT_DUPLICATE', at: 'TH!A4', params: { unit: 'Trường THCS B', kept: 'TH!A3', dropped: 'TH!A4' } },
    ]);
    expect(out.resultSheets).toEqual(['TH', 'A']);
  });

  test('unknown units with values are reported; rows without a unit or values are not', () => {
    const s = sheet('TH', [['Đơn vị', '1.1', '1.2'], ['Trường lạ', 1, 2], ['Trường lạ 2', null, null], [null, 10, 20], ['Khối THCS', null, null]]);
    expect(brief(only(run(registerSheet, s).findings, 'UNIT_UNKNOWN'))).toEqual([{ code: 'UNIT_UNKNOWN', at: 'TH!A2', params: { sheet: 'TH', value: 'Trường lạ' } }]);
  });

  test('column problems: unknown code, duplicate column, criteria without a column, group column', () => {
    const s = sheet('TH', [['Mã đơn vị', '1.1', '9.9', '1.1', '1.2', '1', '2.1 KQ'], ['A01', 4, 5, 6, 7, 12, 100]]);
    const out = run(registerSheet, s);
    expect(out.input.results[0]?.entries.map((e) => [e.criterionCode, e.selfScore, e.actual])).toEqual([
      ['1.1', 4, undefined],
      ['1.2', 7, undefined],
      ['2.1', undefined, 100],
    ]);
    expect(brief(out.findings.filter((f) => f.code !== 'UNIT_NO_RESULTS'))).toEqual([
      { code: 'CRITERION_UNKNOWN', at: 'TH!C1', params: { sheet: 'TH', code: '9.9', reason: 'notInPlan' } },
      { code: 'CRITERION_DUPLICATE_ROW', at: 'TH!D1', params: { sheet: 'TH', code: '1.1', first: 'B1' } },
      { code: 'CRITERION_NOT_IN_SHEET', at: 'TH!A1', params: { sheet: 'TH', codes: '2.2, 2.3, 3', count: 3 } },
      { code: 'CRITERION_UNKNOWN', at: 'TH!F2', params: { sheet: 'TH', code: '1', value: 12, sum: 11, reason: 'group' } },
    ]);
  });

  test('the register itself may carry the scores', () => {
    const s = sheet('Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Khối', '1.1', '1.2'], ['A01', 'Trường A', 'THCS', 9, 18]]);
    const out = run(s);
    expect(out.input.units.map((u) => u.code)).toEqual(['A01']);
    expect(out.input.results.map((r) => [r.unitCode, r.entries.length])).toEqual([['A01', 2]]);
    expect(out.registerSheet).toBe('Đơn vị');
    expect(out.resultSheets).toEqual(['Đơn vị']);
  });

  test('a header with one code column is not a consolidated sheet', () => {
    const s = sheet('TH', [['Mã đơn vị', '1.1', 'Ghi chú'], ['A01', 4, '']]);
    expect(run(registerSheet, s).input.results).toEqual([]);
  });
});
