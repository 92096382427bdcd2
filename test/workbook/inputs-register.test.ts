import { brief, only, registerSheet, run, sheet, unitHeader, unitSheet } from './inputs-fixtures';

describe('the unit register', () => {
  test('reads units below title rows, with defaults and the code cell as source', () => {
    const out = run(registerSheet);
    expect(out.registerSheet).toBe('Đơn vị');
    expect(out.input.units).toEqual([
      { code: 'A01', name: 'Trường THCS A', block: 'THCS', size: 'large', headcount: 35, source: { sheet: 'Đơn vị', address: 'A4' } },
      { code: 'A02', name: 'Trường THCS B', block: 'THCS', size: 'small', headcount: 20, source: { sheet: 'Đơn vị', address: 'A5' } },
      { code: 'B01', name: 'Trường Tiểu học C', block: 'Tiểu học', size: 'large', ineligibleReason: 'Nộp hồ sơ muộn', source: { sheet: 'Đơn vị', address: 'A6' } },
    ]);
  });

  test('tolerates reordered columns, capitals without diacritics, aliases and extra columns', () => {
    const out = run(
      sheet('Đơn vị', [
        ['STT', 'SO NGUOI', 'TEN DON VI', 'Ghi chú', 'Khối thi đua', 'ma don vi'],
        [1, 12, 'Trường THCS A', 'x', 'THCS', 'A01'],
      ]),
    );
    expect(out.input.units).toEqual([{ code: 'A01', name: 'Trường THCS A', block: 'THCS', size: 'large', headcount: 12, source: { sheet: 'Đơn vị', address: 'F2' } }]);
    expect(out.findings.filter((f) => f.code !== 'UNIT_NO_RESULTS')).toEqual([]);
  });

  test('a duplicate code or a duplicate name in the same block is dropped, both cells named', () => {
    const out = run(
      sheet('Đơn vị', [
        ['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm'],
        ['A01', 'Trường A', 'THCS'],
        ['a01', 'Trường khác', 'THCS'],
        ['A02', 'trường  A', 'THCS'],
        ['B01', 'Trường A', 'Tiểu học'],
      ]),
    );
    expect(out.input.units.map((u) => u.code)).toEqual(['A01', 'B01']);
    expect(brief(only(out.findings, 'UNIT_DUPLICATE'))).toEqual([
      { code: 'UNIT_DUPLICATE', at: 'Đơn vị!A3', params: { unit: 'a01', kept: 'Đơn vị!A2', dropped: 'Đơn vị!A3' } },
      { code: 'UNIT_DUPLICATE', at: 'Đơn vị!A4', params: { unit: 'trường A', kept: 'Đơn vị!A2', dropped: 'Đơn vị!A4' } },
    ]);
  });

  test('a blank block keeps the unit visible in "Chưa xếp khối" and is reported at the cell', () => {
    const out = run(sheet('Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm'], ['A01', 'Trường A', null]]));
    expect(out.input.units[0]?.block).toBe('Chưa xếp khối');
    expect(brief(only(out.findings, 'COLUMN_MISSING'))).toEqual([
      { code: 'COLUMN_MISSING', at: 'Đơn vị!C2', params: { sheet: 'Đơn vị', column: 'Khối/Cụm', row: 2 } },
    ]);
  });

  test('a blank code takes the name, a blank name the code; rows with neither are skipped', () => {
    const out = run(
      sheet('Đơn vị', [
        ['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm', 'Số người'],
        [null, 'Trường A', 'THCS', null],
        ['B01', '', 'THCS', null],
        [null, null, null, 99],
      ]),
    );
    expect(out.input.units.map((u) => [u.code, u.name, u.source?.address])).toEqual([
      ['Trường A', 'Trường A', 'B2'],
      ['B01', 'B01', 'A3'],
    ]);
  });

  test('an unknown type is reported and read as a large collective; a bad headcount is blank', () => {
    const out = run(
      sheet('Đơn vị', [
        ['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm', 'Loại', 'Số người'],
        ['A01', 'Trường A', 'THCS', 'vừa', '2,5'],
        ['A02', 'Trường B', 'THCS', 'TT nhỏ', '40'],
      ]),
    );
    expect(out.input.units.map((u) => [u.size, u.headcount])).toEqual([
      ['large', undefined],
      ['small', 40],
    ]);
    expect(brief(out.findings.filter((f) => f.code !== 'UNIT_NO_RESULTS'))).toEqual([
      { code: 'VALUE_NOT_PASS_FAIL', at: 'Đơn vị!D2', params: { value: 'vừa', expected: 'size' } },
      { code: 'NUMBER_AS_TEXT', at: 'Đơn vị!E2', params: { value: '2,5', read: 2.5 } },
      { code: 'VALUE_NOT_NUMBER', at: 'Đơn vị!E2', params: { value: '2,5', expected: 'wholeNumber' } },
      { code: 'NUMBER_AS_TEXT', at: 'Đơn vị!E3', params: { value: '40', read: 40 } },
    ]);
  });

  test('TCVN3 names are converted and reported', () => {
    const out = run(sheet('Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm'], ['A01', 'Tr\u00adêng THCS A', 'THCS']]));
    expect(out.input.units[0]?.name).toBe('Trường THCS A');
    expect(brief(only(out.findings, 'LEGACY_ENCODING'))).toEqual([
      { code: 'LEGACY_ENCODING', at: 'Đơn vị!B2', params: { value: 'Tr\u00adêng THCS A', converted: 'Trường THCS A', encoding: 'tcvn3' } },
    ]);
  });

  test('merged cells inside the table are reported once per range; a merged title is not', () => {
    const s = sheet('Đơn vị', [['DANH SÁCH'], ['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm'], ['A01', 'Trường A', 'THCS'], ['A02', 'Trường B', null]], ['A1:C1', 'C3:C4', 'C3:C4']);
    expect(brief(only(run(s).findings, 'MERGED_CELLS'))).toEqual([{ code: 'MERGED_CELLS', at: 'Đơn vị!C3', params: { sheet: 'Đơn vị', range: 'C3:C4' } }]);
  });

  test('no register: SHEET_MISSING, and result sheets cannot be matched', () => {
    const out = run(unitSheet('A', unitHeader('Trường THCS A')));
    expect(brief(out.findings)).toEqual([
      { code: 'SHEET_MISSING', params: { sheet: 'Đơn vị' } },
      { code: 'UNIT_UNKNOWN', at: 'A!A2', params: { sheet: 'A', value: 'Trường THCS A' } },
    ]);
    expect(out.input).toEqual({ units: [], results: [], proposals: [] });
  });

  test('an empty register sheet: SHEET_EMPTY; one without a header: HEADER_NOT_FOUND', () => {
    expect(brief(run(sheet('Đơn vị', [[null], ['  ']])).findings)).toEqual([{ code: 'SHEET_EMPTY', params: { sheet: 'Đơn vị' } }]);
    expect(brief(run(sheet('Đơn vị', [['Danh sách'], ['A01', 'Trường A']])).findings)).toEqual([
      { code: 'HEADER_NOT_FOUND', at: 'Đơn vị!A1', params: { sheet: 'Đơn vị', expected: 'Mã đơn vị, Tên đơn vị, Khối/Cụm' } },
    ]);
  });

  test('a register without the block column is reported and not read', () => {
    const out = run(sheet('Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Số người'], ['A01', 'Trường A', 3]]));
    expect(brief(out.findings)).toEqual([{ code: 'COLUMN_MISSING', at: 'Đơn vị!A1', params: { sheet: 'Đơn vị', column: 'Khối/Cụm' } }]);
    expect(out.input.units).toEqual([]);
  });

  test('found by content under any name; preferred by name when several qualify', () => {
    const other = sheet('Danh sách cũ', [['Mã đơn vị', 'Tên đơn vị', 'Khối'], ['Z01', 'Trường cũ', 'THCS']]);
    expect(run(other).registerSheet).toBe('Danh sách cũ');
    const out = run(other, registerSheet);
    expect(out.registerSheet).toBe('Đơn vị');
    expect(out.input.units.map((u) => u.code)).toEqual(['A01', 'A02', 'B01']);
  });

  test('registered units with no results at all are reported at their row', () => {
    const out = run(registerSheet, unitSheet('A', unitHeader('Trường THCS A')));
    expect(brief(only(out.findings, 'UNIT_NO_RESULTS'))).toEqual([
      { code: 'UNIT_NO_RESULTS', at: 'Đơn vị!A5', params: { unit: 'Trường THCS B', code: 'A02' } },
      { code: 'UNIT_NO_RESULTS', at: 'Đơn vị!A6', params: { unit: 'Trường Tiểu học C', code: 'B01' } },
    ]);
    expect(only(out.findings, 'UNIT_NO_RESULTS').map((f) => f.unitCode)).toEqual(['A02', 'B01']);
  });
});
