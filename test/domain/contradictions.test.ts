/** The plan's own contradictions, and unit names written with look-alike letters of another script. */
import { checkPlan } from '../../src/domain/plan/check';
import { asLatin, causedByPlan, checkContradictions, foreignLetters, highestTotal, skeleton } from '../../src/domain/plan/contradictions';
import { finding } from '../../src/domain/findings';
import { crit, makePlan, unit } from './fixtures';

const codes = (fs: readonly { code: string }[]): string[] => fs.map((f) => f.code).sort();
const cellOf = (path: string) => ({ sheet: 'Kế hoạch', address: `@${path}` });

describe('steps worth more than the maximum', () => {
  const plan = makePlan({
    criteria: [crit('1', 10, { method: 'steps', steps: [{ from: 3, points: 12 }, { from: 2, points: 7 }, { from: 4, points: 15 }] }), crit('2', 90)],
  });

  it('is one error at the criterion\'s steps cell, naming the highest step and the maximum', () => {
    const found = checkContradictions(plan, { cellOf }).filter((f) => f.code === 'PLAN_STEP_OVER_MAX');
    expect(found).toEqual([finding('PLAN_STEP_OVER_MAX', { code: '1', points: 15, max: 10, steps: 2, rule: 'clamp' }, { criterionCode: '1', cell: cellOf('criteria.0.steps') })]);
  });

  it('takes the units\' over-maximum findings that the step caused off them, and only those', () => {
    const blame = causedByPlan(plan, checkPlan(plan));
    expect(blame(finding('SCORE_OVER_MAX', { code: '1', tier: 'self', value: 15, max: 10, rule: 'clamp' }, { unitCode: 'A', criterionCode: '1' }))).toBe(true);
    expect(blame(finding('SCORE_OVER_MAX', { code: '1', tier: 'appraised', value: 99, max: 10, rule: 'clamp' }, { unitCode: 'A', criterionCode: '1' }))).toBe(false);
    expect(blame(finding('SCORE_DIFFERS_FROM_ACTUAL', { code: '1', value: 10, computed: 12, actual: 3 }, { unitCode: 'A', criterionCode: '1' }))).toBe(true);
    expect(blame(finding('SCORE_OVER_MAX', { code: '2', tier: 'self', value: 12, max: 90, rule: 'clamp' }, { unitCode: 'A', criterionCode: '2' }))).toBe(false);
  });

  it('a plan whose steps stay within the maximum has none', () => {
    const fine = makePlan({ criteria: [crit('1', 10, { method: 'steps', steps: [{ from: 3, points: 10 }] }), crit('2', 90)] });
    expect(checkContradictions(fine)).toEqual([]);
  });
});

describe('bands', () => {
  it('a band above every reachable total is an error; above the scale but reachable with bonus, a warning', () => {
    const plan = makePlan({
      criteria: [crit('1', 100), crit('2', 10, { kind: 'bonus' })],
      info: { bonusCap: 4 },
      bands: [
        { name: 'Xuất sắc', minScore: 104, strict: true },
        { name: 'Tốt', minScore: 102 },
        { name: 'Khá', minScore: 80 },
      ],
    });
    expect(highestTotal(plan)).toBe(104);
    const found = checkContradictions(plan, { cellOf });
    expect(found.map((f) => [f.code, f.params.band, f.cell?.address])).toEqual([
      ['PLAN_BAND_UNREACHABLE', 'Xuất sắc', '@bands.0.minScore'],
      ['PLAN_BAND_ABOVE_SCALE', 'Tốt', '@bands.1.minScore'],
    ]);
  });
});

describe('unit awards', () => {
  it('two awards in one order, and an award with no places, are said at their cells', () => {
    const plan = makePlan({
      unitAwards: [
        { form: 'Cờ thi đua', level: 'tỉnh', quota: { kind: 'count', value: 1 }, order: 1 },
        { form: 'Bằng khen', level: 'tỉnh', quota: { kind: 'percent', value: 0 }, order: 2 },
        { form: 'Giấy khen', level: 'huyện', quota: { kind: 'count', value: 2 }, order: 1 },
      ],
    });
    const found = checkContradictions(plan, { cellOf });
    expect(found.map((f) => [f.code, f.params.form, f.cell?.address])).toEqual([
      ['PLAN_AWARD_QUOTA_ZERO', 'Bằng khen', '@unitAwards.1.quota'],
      ['PLAN_AWARD_ORDER_SHARED', 'Giấy khen', '@unitAwards.2.order'],
    ]);
  });

  it('awards with no order at all keep the row order: nothing to say; a percentage with «at least one» has places', () => {
    const plan = makePlan({
      unitAwards: [
        { form: 'Cờ thi đua', level: 'tỉnh', quota: { kind: 'count', value: 1 } },
        { form: 'Bằng khen', level: 'tỉnh', quota: { kind: 'percent', value: 0, atLeastOne: true } },
      ],
    });
    expect(checkContradictions(plan)).toEqual([]);
  });
});

describe('findings of the plan check, at the plan\'s cells', () => {
  it('a ratio level missing from the level list points at the rule\'s levels cell', () => {
    const plan = makePlan({ ratioRules: [{ name: 'Tỷ lệ cấp tỉnh', levels: ['tỉnh', 'Bộ'], ratio: 0.5 }] });
    const found = checkPlan(plan, { units: [], cellOf }).filter((f) => f.code === 'PLAN_UNKNOWN_LEVEL');
    expect(found.map((f) => [f.params.level, f.cell?.address])).toEqual([['Bộ', '@ratioRules.0.levels']]);
  });

  it('criterion findings point at the criterion\'s row', () => {
    const plan = makePlan({ criteria: [crit('1', 60), crit('1.1', 30), crit('2', 40, { method: 'steps' })] });
    const found = checkPlan(plan, { units: [], cellOf });
    expect(found.find((f) => f.code === 'PLAN_STEPS_MISSING')?.cell?.address).toBe('@criteria.2.steps');
    expect(found.find((f) => f.code === 'PLAN_GROUP_MAX_MISMATCH')?.cell?.address).toBe('@criteria.0.maxPoints');
  });
});

describe('look-alike letters in unit names', () => {
  it('finds Cyrillic and Greek letters among Latin ones, and what was meant', () => {
    expect(foreignLetters('Trường Mầm non Tân Thạch')).toEqual([]);
    expect(foreignLetters('Trường Mầm nоn Tân Thạch')).toEqual(['о']); // Cyrillic о
    expect(foreignLetters('Τrường Α')).toEqual(['Τ', 'Α']); // Greek capitals
    expect(foreignLetters('Москва')).toEqual([]); // all Cyrillic: not a mix
    expect(asLatin('Trường Mầm nоn Tân Thạch')).toBe('Trường Mầm non Tân Thạch');
    expect(skeleton('TRƯỜNG ТH Аn Bình')).toBe(skeleton('Trường TH An Bình'));
  });

  it('a name with a Cyrillic «а» is a warning at its register cell; its Latin twin in the block is an error naming both', () => {
    const source = { sheet: 'Đơn vị', address: 'B7' };
    const units = [unit('TH01', 'Trường Tiểu học An Bình'), unit('TH02', 'Trường Tiểu học Аn Bình', 'Khối A', { source })];
    const found = checkContradictions(makePlan(), { units });
    expect(codes(found)).toEqual(['UNIT_NAME_LOOKALIKE', 'UNIT_NAME_MIXED_SCRIPT']);
    const twin = found.find((f) => f.code === 'UNIT_NAME_LOOKALIKE');
    expect(twin?.params).toMatchObject({ unit: 'TH02', other: 'TH01' });
    expect(twin?.cell).toEqual(source);
    expect(found.find((f) => f.code === 'UNIT_NAME_MIXED_SCRIPT')?.params).toMatchObject({ letters: 'А', script: 'cyrillic', latin: 'Trường Tiểu học An Bình' });
  });

  it('the same name in two blocks, or names written alike by the same letters, are not look-alikes', () => {
    const units = [unit('TH01', 'Trường An Bình', 'Khối A'), unit('TH02', 'Trường An Bình', 'Khối B'), unit('TH03', 'TRƯỜNG AN BÌNH', 'Khối C')];
    expect(checkContradictions(makePlan(), { units })).toEqual([]);
  });
});
