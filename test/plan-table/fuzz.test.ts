/** Any grid of text: the reader never throws, and whatever it proposes is a valid criterion or a finding says why not. */
import fc from 'fast-check';
import { criterionSchema } from '../../src/domain/plan/schema';
import { readScoringTable } from '../../src/workbook/plan-table';

const cell = fc.oneof(
  fc.constantFrom('', '1', 'a', 'a1', 'a1.1', 'II', 'C2.4', '1.1.a', '01.1', 'STT', 'Tiêu chuẩn', 'Chuẩn', 'Thưởng', 'Trừ', 'Điểm', 'Ghi chú: Tổng điểm trừ của mục a1 không quá 1,5 điểm'),
  fc.constantFrom('3', '-0,5', '+1', '0,5', 'năm', '(1)', 'Tổng cộng', '=1+1', 'Mỗi trường hợp: trừ 0,5 điểm', 'trên 92%: cộng 0,5 điểm', 'không xếp loại', 'ĐIỂM THƯỞNG', '01 trong 02 trường hợp'),
  fc.string({ maxLength: 12 }),
);

it('never throws on any grid, and proposes only valid criteria or says why', () => {
  fc.assert(
    fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 25 }), (rows) => {
      const header = [['STT', 'Tiêu chuẩn thi đua', 'Chuẩn', 'Thưởng', 'Trừ']];
      for (const withHeader of [false, true]) {
        const p = readScoringTable({ name: 't', rows: [...(withHeader ? header : []), ...rows].map((cells, i) => ({ row: i + 1, cells })) });
        for (const c of p.criteria) {
          const ok = criterionSchema.safeParse(c.criterion).success;
          if (!ok) expect(c.criterion.text.trim() === '' || c.criterion.code.trim() === '').toBe(true);
        }
        const keys = p.criteria.map((c) => c.criterion.code);
        expect(p.findings.every((f) => typeof f.params.row === 'number' || f.code === 'TABLE_NOT_FOUND')).toBe(true);
        expect(keys.length).toBeLessThanOrEqual(rows.length);
      }
    }),
    { numRuns: 300 },
  );
});
