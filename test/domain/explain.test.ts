import { evaluate } from '../../src/domain/evaluate';
import type { PlanInput } from '../../src/domain/plan/schema';
import { explainUnit } from '../../src/i18n/explain';
import { crit, entry, input, makePlan, result, unit } from './fixtures';

type AwardInput = NonNullable<PlanInput['unitAwards']>[number];
const certificate: AwardInput = { form: 'Giấy khen', level: 'huyện', quota: { kind: 'count', value: 1 }, order: 1, minBand: 'Tốt' };
const bands = [
  { name: 'Xuất sắc', minScore: 90, minCriterionRatio: 0.85, requiresMandatory: true },
  { name: 'Tốt', minScore: 70 },
];
const plan = makePlan({
  criteria: [crit('1', 50), crit('2', 10), crit('3', 40, { mandatory: true, warnBelow: 0.5 }), crit('4', 5, { kind: 'bonus' })],
  bands,
  unitAwards: [certificate],
  tieBreaks: [{ kind: 'baseTotal' }],
});

/** Appraised scores: [criterion 1, 2, 3, bonus]. */
function scored(code: string, name: string, s: [number, number, number, number]) {
  return { u: unit(code, name), r: result(code, [entry('1', s[0], s[0]), entry('2', s[1], s[1]), entry('3', s[2], s[2]), entry('4', s[3], s[3])]) };
}

describe('why, in one sentence each', () => {
  const units = [
    scored('A', 'Sơn Hòa', [45, 8, 38.49, 1]), // 91,49 + 1 = 92,49; 8/10 under the 85% floor of Xuất sắc
    scored('B', 'Tân Thạch', [46, 8, 35.49, 3]), // 89,49 + 3 = 92,49
    scored('C', 'An Hóa', [40, 9, 30, 0]), // 79
    scored('D', 'Phú Túc', [30, 5, 10, 0]), // 45: no band; mandatory 3 not met
  ];
  const ev = evaluate(plan, input(units.map((x) => x.u), units.map((x) => x.r)));

  it('the winner and the loser of a tie each get their own true sentence', () => {
    expect(explainUnit(ev, 'A')?.tie).toBe('Bằng 92,49 điểm với Tân Thạch; xếp trên vì điểm cơ bản 91,49 > 89,49.');
    expect(explainUnit(ev, 'B')?.tie).toBe('Bằng 92,49 điểm với Sơn Hòa; xếp dưới vì điểm cơ bản 89,49 < 91,49.');
    expect(explainUnit(ev, 'C')?.tie).toBeUndefined();
    expect(explainUnit(ev, 'A', 'en')?.tie).toBe('Level on 92.49 points with Tân Thạch; placed above on base points 91.49 > 89.49.');
  });

  it('the band says which criterion is under which floor, or the score reached', () => {
    expect(explainUnit(ev, 'A')?.band).toBe('Xếp loại Tốt dù 92,49 điểm đủ mức Xuất sắc (từ 90 điểm): tiêu chí 2 đạt 80% điểm tối đa (8/10), dưới mức sàn 85%.');
    expect(explainUnit(ev, 'C')?.band).toBe('Xếp loại Tốt vì đạt 79 điểm (mức Tốt từ 70 điểm).');
    expect(explainUnit(ev, 'D')?.band).toBe('Không xếp loại: 45 điểm, dưới 70 điểm (mức thấp nhất là Tốt).');
  });

  it('the award, or the reason for none', () => {
    expect(explainUnit(ev, 'A')?.award).toBe('Đề nghị Giấy khen cấp huyện: hạng 1 của khối, trong chỉ tiêu 1 suất.');
    expect(explainUnit(ev, 'B')?.award).toBe('Không đề nghị Giấy khen: đủ điều kiện nhưng 1/1 suất đã dành cho đơn vị xếp trên.');
    expect(explainUnit(ev, 'D')?.award).toBe('Không đề nghị khen thưởng: Không đạt tiêu chí bắt buộc 3.');
  });

  it('the gap to the next band, and to the leader', () => {
    expect(explainUnit(ev, 'A')?.nextBand).toBe('Để lên Xuất sắc: tiêu chí 2 cần ít nhất 8,5 điểm (đang 8).');
    expect(explainUnit(ev, 'C')?.nextBand).toBe('Để lên Xuất sắc: cần thêm 11 điểm; 2 tiêu chí đạt mức sàn (1: 42,5 điểm; 3: 34 điểm).');
    expect(explainUnit(ev, 'D')?.nextBand).toBe('Để lên Tốt: cần thêm 25 điểm.');
    expect(explainUnit(ev, 'A')?.leader).toBeUndefined();
    expect(explainUnit(ev, 'C')?.leader).toBe('Kém đơn vị dẫn đầu khối (Sơn Hòa, 92,49 điểm) 13,49 điểm.');
    expect(explainUnit(ev, 'nobody')).toBeUndefined();
  });

  it('the facts are plain data: kinds and values, no words', () => {
    const a = ev.blocks[0]?.units.find((u) => u.unit.code === 'A')?.explanation;
    expect(a?.band.withheld?.blockers).toEqual([{ kind: 'floor', code: '2', value: 8, floor: 8.5, ratio: 0.85, maxPoints: 10 }]);
    expect(a?.tie?.comparisons).toEqual([{ other: { code: 'B', name: 'Tân Thạch' }, position: 'above', tieBreak: { kind: 'baseTotal' }, own: 91.49, theirs: 89.49 }]);
  });

  it('a tie after every tie-break says so for both', () => {
    const same = [scored('X', 'Giao Long', [40, 9, 30, 0]), scored('Y', 'An Khánh', [40, 9, 30, 0])];
    const tied = evaluate(plan, input(same.map((x) => x.u), same.map((x) => x.r)));
    expect(explainUnit(tied, 'X')?.tie).toBe('Bằng 79 điểm với An Khánh; đồng hạng sau mọi tiêu chí phụ – Hội đồng bỏ phiếu.');
    expect(explainUnit(tied, 'Y')?.tie).toBe('Bằng 79 điểm với Giao Long; đồng hạng sau mọi tiêu chí phụ – Hội đồng bỏ phiếu.');
  });
});

describe('a provisional band says so', () => {
  it('a unit ranked on self scores has its band marked provisional', () => {
    const one = evaluate(plan, input([unit('A', 'Phú Đức')], [result('A', [entry('1', 45), entry('2', 9), entry('3', 38)])]));
    expect(explainUnit(one, 'A')?.band).toBe('Xếp loại Xuất sắc vì đạt 92 điểm (mức Xuất sắc từ 90 điểm). Xếp loại tạm tính: 3 tiêu chí cơ bản chưa có điểm thẩm định.');
    expect(explainUnit(one, 'A')?.award).toBe('Chưa đề nghị Giấy khen cấp huyện (dự kiến theo hạng 1) vì kết quả tạm tính: 3 tiêu chí cơ bản chưa thẩm định.');
  });
});
