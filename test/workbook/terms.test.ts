/** The one matcher of levels, titles and ratings (workbook/terms.ts): text as people write it → the plan's ids. */
import { findPreset } from '../../src/domain/plan/presets';
import { planSchema, type Plan } from '../../src/domain/plan/schema';
import { planTerms, proposalTerms, withPlanIds } from '../../src/workbook/terms';
import { makePlan } from '../domain/fixtures';

function preset(): Plan {
  const p = findPreset('pgddt-chau-thanh-2024');
  if (!p) throw new Error('preset missing');
  return p.plan;
}

describe('plan terms', () => {
  it('reads a level whatever its case, diacritics or «cấp», a word of a combined level, and the national words', () => {
    const terms = planTerms(makePlan({ info: { levels: ['cơ sở', 'huyện/xã', 'tỉnh', 'Trung ương'] } }));
    expect(['Huyện/Xã', 'cấp huyện/xã', 'CAP TINH', ' tỉnh ', 'xã', 'Thủ tướng Chính phủ', 'TW', 'Nhà nước'].map(terms.level)).toEqual([
      'huyện/xã',
      'huyện/xã',
      'tỉnh',
      'tỉnh',
      'huyện/xã',
      'Trung ương',
      'Trung ương',
      'Trung ương',
    ]);
    expect(['', 'bộ', 'cấp', 'huyện đảo'].map(terms.level)).toEqual([undefined, undefined, undefined, undefined]);
    // National words name the highest level only when the plan's levels include «Trung ương».
    expect(planTerms(makePlan({ info: { levels: ['Công đoàn cơ sở', 'Liên đoàn Lao động tỉnh'] } })).level('Chính phủ')).toBeUndefined();
  });

  it('reads a rating by its name or initials, and a title by id, name or alias', () => {
    const terms = planTerms(preset());
    expect(['HTTNV', 'H T T N V', 'hoàn thành tốt nhiệm vụ', 'Tốt'].map(terms.rating)).toEqual(['Hoàn thành tốt nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', undefined]);
    expect(['LĐTT', 'lao dong tien tien', 'Danh hiệu Lao động tiên tiến'].map((t) => terms.titles(t).map((x) => x.id))).toEqual([['LĐTT'], ['LĐTT'], ['LĐTT']]);
    expect(terms.titles('Giấy khen')).toEqual([]);
  });

  it('picks the title at the proposal\'s level, else of its kind, else the first the form names', () => {
    const plan = makePlan({
      info: { levels: ['cơ sở', 'tỉnh'] },
      titles: [
        { id: 'GK', name: 'Giấy khen', kind: 'collective', level: 'cơ sở' },
        { id: 'BK', name: 'Bằng khen', aliases: ['Giấy khen'], kind: 'individual', level: 'tỉnh' },
      ],
    });
    const terms = planTerms(plan);
    expect(terms.title('Giấy khen', 'individual', 'cơ sở')?.id).toBe('GK');
    expect(terms.title('Giấy khen', 'individual', undefined)?.id).toBe('BK');
    expect(terms.title('Giấy khen', 'collective', 'huyện')?.id).toBe('GK');
    expect(proposalTerms(terms, { kind: 'individual', level: 'cấp tỉnh', form: 'giay khen', rating: 'xuất sắc', initiativeLevel: 'Tỉnh' })).toEqual({
      levelId: 'tỉnh',
      titleId: 'BK',
      initiativeLevelId: 'tỉnh',
    });
  });

  it('writes the plan\'s own references as its ids, and keeps one it cannot place as written', () => {
    const plan = planSchema.parse({
      ...preset(),
      ratioRules: [{ name: 'Cấp huyện', levels: ['Cấp Huyện', 'xã'], ratio: 0.8 }],
      titles: preset().titles.map((t) => ({ ...t, level: t.level.toUpperCase(), conditions: t.conditions.map((c) => (c.kind === 'minRating' ? { ...c, ref: 'HTTNV' } : c)) })),
    });
    const ids = withPlanIds(plan);
    // «xã» is no word of a level here; the plan's own references need the plan's spelling (up to case, diacritics, «cấp»).
    expect(ids.ratioRules[0]?.levels).toEqual(['huyện', 'xã']);
    expect(ids.titles.map((t) => t.level)).toEqual(preset().titles.map((t) => t.level));
    expect(ids.titles.flatMap((t) => t.conditions.filter((c) => c.kind === 'minRating').map((c) => c.ref))).toEqual(expect.arrayContaining(['Hoàn thành tốt nhiệm vụ']));
    expect(ids.titles.flatMap((t) => t.conditions.filter((c) => c.kind === 'minRating').map((c) => c.ref))).not.toContain('HTTNV');
    // A plan already written in its ids is unchanged (its fingerprint too).
    expect(withPlanIds(preset())).toEqual(preset());
  });
});
