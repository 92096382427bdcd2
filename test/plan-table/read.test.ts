/** The reader on grids of text rows: the rules one by one, each with the row it came from. */
import { readScoringTable, type TableGrid } from '../../src/workbook/plan-table';

const grid = (rows: string[][], sheet?: string): TableGrid => ({ name: 'thử', rows: rows.map((cells, i) => ({ row: i + 1, cells })), ...(sheet === undefined ? {} : { sheet }) });
const crit = (p: ReturnType<typeof readScoringTable>, code: string): Record<string, unknown> => {
  const found = p.criteria.find((c) => c.criterion.code === code);
  if (!found) throw new Error(`${code} not in ${p.criteria.map((c) => c.criterion.code).join(', ')}`);
  return found.criterion as Record<string, unknown>;
};
const codes = (p: ReturnType<typeof readScoringTable>): string[] => p.findings.map((f) => f.code);

it('finds the header below a title, whatever the column order, and ignores the unit\'s own columns', () => {
  const p = readScoringTable(
    grid([
      ['BẢNG ĐIỂM'],
      [''],
      ['Nội dung', 'Điểm tự chấm', 'Mã', 'Điểm tối đa', 'Điểm thẩm định'],
      ['Công tác A', '9', '1', '10', '8'],
      ['Công tác B', '', '2', '90', ''],
    ]),
  );
  expect(p.headerRows).toEqual([3]);
  expect(p.criteria.map((c) => [c.criterion.code, c.criterion.maxPoints])).toEqual([
    ['1', 10],
    ['2', 90],
  ]);
  expect(p.title).toBe('BẢNG ĐIỂM');
});

it('says when there is no scoring table', () => {
  const p = readScoringTable(grid([['Họ tên', 'Chức vụ'], ['A', 'B']]));
  expect(codes(p)).toEqual(['TABLE_NOT_FOUND']);
  expect(p.criteria).toEqual([]);
});

it('makes a section of a heading without a code («ĐIỂM THƯỞNG») and qualifies the numbers repeated under it', () => {
  const p = readScoringTable(
    grid([
      ['STT', 'Tiêu chuẩn', 'Chuẩn', 'Thưởng', 'Trừ'],
      ['1', 'Chuyên môn', '100', '', ''],
      ['', 'ĐIỂM THƯỞNG', '', '', ''],
      ['1', 'Bằng khen cấp tỉnh', '', '2', ''],
      ['2', 'Giấy khen', '', '1', ''],
      ['', 'Ghi chú: Tổng điểm thưởng không quá 2 điểm', '', '', ''],
    ]),
  );
  expect(crit(p, '2')).toMatchObject({ kind: 'bonus', text: 'ĐIỂM THƯỞNG', maxPoints: 2, sectionBonusCap: 2 });
  expect(crit(p, '2.1')).toMatchObject({ kind: 'bonus', maxPoints: 2, text: 'Bằng khen cấp tỉnh' });
  expect(crit(p, '2.2')).toMatchObject({ kind: 'bonus', maxPoints: 1 });
  expect(p.findings.find((f) => f.code === 'TABLE_CODE_PROPOSED')?.params).toMatchObject({ row: 3, code: '2' });
});

it('reads a cap on the whole plan from a note outside any section, and one on the same row as the criterion', () => {
  const p = readScoringTable(
    grid([
      ['STT', 'Nội dung', 'Chuẩn', 'Thưởng', 'Trừ'],
      ['1', 'Công tác chung', '10', '', '1,5'],
      ['2', 'Mỗi lần vi phạm: trừ 1 điểm', '', '', '1'],
      ['', 'Lưu ý: tổng điểm trừ không quá 3 điểm', '', '', ''],
    ]),
  );
  expect(crit(p, '1')).toMatchObject({ kind: 'base', maxPoints: 10, sectionDeductionCap: 1.5 });
  expect(p.planCaps).toEqual({ deductionCap: 3 });
  expect(crit(p, '2')).toMatchObject({ method: 'perCase', maxPoints: 3, capped: true });
});

it('names the row of each thing it could not decide, with the cell when the table is a sheet', () => {
  const p = readScoringTable(
    grid(
      [
        ['STT', 'Nội dung', 'Chuẩn', 'Thưởng', 'Trừ'],
        ['1', 'Nhóm một', '20', '', ''],
        ['1.1', 'Việc một', '5', '', ''],
        ['1.2', 'Việc hai', 'năm', '', ''],
        ['2', 'Việc ba', '', '', ''],
        ['', 'Ghi chú: Đơn vị phải nộp minh chứng kèm theo', '', '', ''],
        ['', 'Tổng cộng', '30', '', ''],
      ],
      'Bảng',
    ),
  );
  const by = (code: string) => p.findings.filter((f) => f.code === code).map((f) => [f.params.row, f.cell?.address]);
  expect(by('TABLE_VALUE_UNREAD')).toEqual([[4, 'C4']]);
  expect(by('TABLE_NO_MAX')).toEqual([
    [4, 'C4'],
    [5, 'C5'],
  ]);
  expect(by('TABLE_GROUP_SUM')).toEqual([[2, 'C2']]);
  expect(by('TABLE_NOTE_UNREAD')).toEqual([[6, 'B6']]);
  expect(by('TABLE_TOTAL_MISMATCH')).toEqual([[7, 'C7']]);
});

it('reads a conflict between the points column and the words, keeping the column', () => {
  const p = readScoringTable(
    grid([
      ['STT', 'Nội dung', 'Chuẩn', 'Thưởng', 'Trừ'],
      ['1', 'Được tặng cờ thi đua: cộng 2 điểm', '', '3', ''],
    ]),
  );
  expect(crit(p, '1')).toMatchObject({ kind: 'bonus', maxPoints: 3 });
  expect(p.findings.find((f) => f.code === 'TABLE_POINTS_CONFLICT')?.params).toMatchObject({ row: 2, column: 3, text: 2, used: 3 });
});

it('says when one cell holds several rates', () => {
  const p = readScoringTable(
    grid([
      ['STT', 'Nội dung', 'Điểm'],
      ['1', 'Bằng khen cấp tỉnh: cộng 2 điểm; bằng khen cấp bộ: cộng 3 điểm', ''],
    ]),
  );
  expect(crit(p, '1')).toMatchObject({ kind: 'bonus', maxPoints: 2 });
  expect(codes(p)).toContain('TABLE_SEVERAL_RULES');
});

it('reads codes written in the text when the code column is empty, and Roman numerals over numbers over letters', () => {
  const p = readScoringTable(
    grid([
      ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn'],
      ['', 'I. Phần chung', '30'],
      ['', '1. Việc một', '30'],
      ['', 'a) Ý một', '10'],
      ['', 'b) Ý hai', '20'],
      ['', 'II. Phần riêng', '70'],
    ]),
  );
  expect(p.criteria.map((c) => [c.written, c.parent ?? ''])).toEqual([
    ['I', ''],
    ['1', 'I'],
    ['a', '1'],
    ['b', '1'],
    ['II', ''],
  ]);
  expect(crit(p, 'a').text).toBe('Ý một');
});

it('reads «không quá 2 lần» and a count as no threshold, but «từ 3 lần trở lên» as one', () => {
  const p = readScoringTable(
    grid([
      ['STT', 'Nội dung', 'Chuẩn', 'Thưởng', 'Trừ'],
      ['1', 'Chậm báo cáo từ 3 lần trở lên: trừ 2 điểm', '', '', '2'],
    ]),
  );
  expect(crit(p, '1')).toMatchObject({ kind: 'deduction', method: 'steps', steps: [{ from: 3, points: 2, op: 'atLeast' }], targetUnit: 'lần' });
});

it('reads a table without a code column, taking the codes from the text', () => {
  const p = readScoringTable(
    grid([
      ['Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm cộng', 'Điểm trừ'],
      ['1. Chuyên môn', '60', '', ''],
      ['2. Đoàn thể', '40', '', ''],
      ['Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm cộng', 'Điểm trừ'],
      ['3. Mỗi sáng kiến được công nhận', '', '1', ''],
    ]),
  );
  expect(p.criteria.map((c) => [c.criterion.code, c.criterion.kind, c.criterion.maxPoints])).toEqual([
    ['1', 'base', 60],
    ['2', 'base', 40],
    ['3', 'bonus', 1],
  ]);
  expect(crit(p, '3')).toMatchObject({ method: 'perCase', pointsPerCase: 1 });
});

it('reads bullet rows without a code under the criterion above them, bullets off', () => {
  const p = readScoringTable(
    grid([
      ['STT', 'Nội dung', 'Chuẩn', 'Thưởng', 'Trừ'],
      ['3', 'Công tác báo cáo', '', '', ''],
      ['', '- Báo cáo đúng hạn', '2', '', ''],
      ['', '- Báo cáo đầy đủ nội dung', '3', '', ''],
    ]),
  );
  expect(p.criteria.map((c) => [c.criterion.code, c.parent ?? '', c.criterion.text, c.criterion.maxPoints])).toEqual([
    ['3', '', 'Công tác báo cáo', 5],
    ['3.1', '3', 'Báo cáo đúng hạn', 2],
    ['3.2', '3', 'Báo cáo đầy đủ nội dung', 3],
  ]);
});

it('reads «0,5/lần» in a points column as points per case', () => {
  const p = readScoringTable(
    grid([
      ['STT', 'Nội dung', 'Chuẩn', 'Thưởng', 'Trừ'],
      ['1', 'Chậm nộp báo cáo', '', '', '0,5/lần'],
      ['2', 'Sáng kiến được công nhận', '', '1 điểm/sáng kiến', ''],
    ]),
  );
  expect(crit(p, '1')).toMatchObject({ kind: 'deduction', method: 'perCase', pointsPerCase: 0.5 });
  expect(crit(p, '2')).toMatchObject({ kind: 'bonus', method: 'perCase', pointsPerCase: 1 });
  expect(codes(p)).not.toContain('TABLE_VALUE_UNREAD');
});

it('reads «Điểm thưởng (tối đa 5 điểm)» without a code as a capped bonus section', () => {
  const p = readScoringTable(
    grid([
      ['STT', 'Nội dung', 'Chuẩn', 'Thưởng', 'Trừ'],
      ['1', 'Chuyên môn', '100', '', ''],
      ['', 'Điểm thưởng (tối đa 5 điểm)', '', '', ''],
      ['1', 'Cờ thi đua', '', '3', ''],
      ['2', 'Bằng khen', '', '3', ''],
    ]),
  );
  expect(crit(p, '2')).toMatchObject({ kind: 'bonus', maxPoints: 5, sectionBonusCap: 5 });
  expect(p.criteria.map((c) => c.criterion.code)).toEqual(['1', '2', '2.1', '2.2']);
});

it('gives a repeated code its parent\'s prefix; codes used once stay as written, with their parent said explicitly', () => {
  const p = readScoringTable(
    grid([
      ['STT', 'Nội dung', 'Chuẩn'],
      ['I', 'Phần một', '40'],
      ['1', 'Mục một', '20'],
      ['a', 'Ý a', '20'],
      ['2', 'Mục hai', '20'],
      ['a', 'Ý a của mục hai', '20'],
      ['a1', 'Việc a1', '10'],
      ['a2', 'Việc a2', '10'],
    ]),
  );
  expect(p.criteria.map((c) => [c.criterion.code, c.parent ?? '', c.criterion.group ?? ''])).toEqual([
    ['I', '', ''],
    ['1', 'I', 'I'],
    ['a', '1', '1'],
    ['2', 'I', 'I'],
    ['2.a', '2', ''],
    ['a1', '2.a', '2.a'],
    ['a2', '2.a', '2.a'],
  ]);
  expect(codes(p).filter((c) => c === 'TABLE_CODE_QUALIFIED')).toHaveLength(1);
});

it('prefixes codes that name a renamed parent the way their parent was prefixed', () => {
  const p = readScoringTable(
    grid([
      ['STT', 'Nội dung', 'Chuẩn'],
      ['1', 'Mục một', '10'],
      ['a', 'Ý a', '10'],
      ['a1', 'Việc a1', '10'],
      ['2', 'Mục hai', '10'],
      ['a', 'Ý a của mục hai', '10'],
      ['a1', 'Việc a1 của mục hai', '10'],
    ]),
  );
  expect(p.criteria.map((c) => [c.criterion.code, c.parent ?? '', c.criterion.group ?? ''])).toEqual([
    ['1', '', ''],
    ['a', '1', '1'],
    ['a1', 'a', ''],
    ['2', '', ''],
    ['2.a', '2', ''],
    ['2.a1', '2.a', ''],
  ]);
});
