/** Synthetic plans and inputs of any size, for benchmarks and property tests. */
import { planSchema, type Plan } from '../../src/domain/plan/schema';
import type { EvaluationInput, Proposal, Unit, UnitResult } from '../../src/domain/input/schema';
import { seededRandom } from './random';

export function syntheticPlan(groups: number, leavesPerGroup: number): Plan {
  // Whole-point maxima that add up to 100, as real plans have (1, 2 or 3 points a criterion).
  const leafCount = groups * leavesPerGroup;
  const maxima: number[] = Array.from({ length: leafCount }, (_, i) => (i < 100 - leafCount ? 2 : 1));
  const spare = 100 - maxima.reduce((a, b) => a + b, 0);
  if (spare !== 0) maxima[0] = (maxima[0] ?? 1) + spare;
  const criteria = [];
  for (let g = 1; g <= groups; g++) {
    const own = maxima.slice((g - 1) * leavesPerGroup, g * leavesPerGroup);
    criteria.push({ code: String(g), text: `Nhóm tiêu chí ${g}`, maxPoints: own.reduce((a, b) => a + b, 0) });
    own.forEach((max, l) => {
      criteria.push({ code: `${g}.${l + 1}`, text: `Tiêu chí ${g}.${l + 1}`, maxPoints: max, mandatory: g === 1 && l === 0 });
    });
  }
  criteria.push({ code: String(groups + 1), text: 'Điểm thưởng', kind: 'bonus' as const, maxPoints: 5 });
  criteria.push({ code: String(groups + 2), text: 'Điểm trừ', kind: 'deduction' as const, maxPoints: 10 });
  return planSchema.parse({
    info: { name: 'Kế hoạch thử tải', year: 2024, levels: ['cơ sở', 'huyện', 'tỉnh', 'Trung ương'], bonusCap: 5 },
    criteria,
    bands: [
      { name: 'Xuất sắc', minScore: 90, minCriterionRatio: 0.5 },
      { name: 'Tốt', minScore: 80 },
      { name: 'Khá', minScore: 70 },
      { name: 'Trung bình', minScore: 0 },
    ],
    unitAwards: [
      { form: 'Cờ thi đua', level: 'tỉnh', quota: { kind: 'count', value: 1 }, minBand: 'Xuất sắc', leaderOnly: true, order: 1 },
      { form: 'Bằng khen', level: 'tỉnh', quota: { kind: 'percent', value: 0.2 }, minBand: 'Tốt', order: 2 },
      { form: 'Giấy khen', level: 'huyện', quota: { kind: 'percent', value: 0.3 }, minBand: 'Khá', order: 3 },
    ],
    ratioRules: [
      { name: 'Cấp huyện', levels: ['huyện'], ratio: 0.8 },
      { name: 'Cấp tỉnh', levels: ['tỉnh'], ratio: 0.7 },
      { name: 'Từ Bằng khen Thủ tướng', levels: ['Trung ương'], ratio: 0.45 },
    ],
    tieBreaks: [{ kind: 'baseTotal' }, { kind: 'fewerDeductions' }, { kind: 'groupScore', group: '1' }],
  });
}

export function syntheticInput(plan: Plan, unitCount: number, blockCount: number, proposalCount: number, seed = 7): EvaluationInput {
  const rnd = seededRandom(seed);
  const codes = plan.criteria.map((c) => c.code);
  const leaves = plan.criteria.filter((c) => !codes.some((other) => other.startsWith(`${c.code}.`)));
  const units: Unit[] = [];
  const results: UnitResult[] = [];
  for (let i = 0; i < unitCount; i++) {
    const code = `DV${String(i + 1).padStart(4, '0')}`;
    units.push({ code, name: `Đơn vị ${i + 1}`, block: `Khối ${(i % blockCount) + 1}`, size: 'large' });
    results.push({
      unitCode: code,
      sheet: code,
      entries: leaves.map((c, k) => {
        const self = c.mandatory ? c.maxPoints : Math.round(c.maxPoints * (0.7 + 0.3 * rnd.next()) * 2) / 2;
        const appraised = rnd.chance(0.98) ? Math.max(0, self - (rnd.chance(0.15) ? 0.5 : 0)) : undefined;
        return {
          criterionCode: c.code,
          selfScore: rnd.chance(0.99) ? Math.min(self, c.maxPoints) : undefined,
          appraisedScore: appraised === undefined ? undefined : Math.min(appraised, c.maxPoints),
          note: '',
          selfSource: { sheet: code, address: `E${k + 5}` },
          appraisedSource: { sheet: code, address: `F${k + 5}` },
        };
      }),
    });
  }
  const levels = ['huyện', 'tỉnh', 'Trung ương'];
  const proposals: Proposal[] = [];
  for (let i = 0; i < proposalCount; i++) {
    const unit = units[i % unitCount];
    const proposal: Proposal = {
      unitCode: unit?.code,
      unitName: unit?.name ?? '',
      name: `Người đề nghị ${i + 1}`,
      kind: rnd.chance(0.8) ? 'individual' : 'collective',
      smallOrDirect: rnd.chance(0.75),
      position: '',
      form: 'Giấy khen',
      level: rnd.pick(levels),
      rating: 'HTXSNV',
      initiative: '',
      note: '',
      source: { sheet: 'Đề nghị khen thưởng', address: `A${i + 2}` },
    };
    // Written as the plan spells it, so the parser's id is the same text.
    proposals.push({ ...proposal, levelId: proposal.level });
  }
  return { units, results, proposals };
}
