import { evaluate } from '../../src/domain/evaluate';
import type { PlanInput } from '../../src/domain/plan/schema';
import { describeMissing } from '../../src/i18n/explain';
import { entry, input, makePlan, only, result, unit } from './fixtures';

type AwardInput = NonNullable<PlanInput['unitAwards']>[number];
const certificate: AwardInput = { form: 'Giấy khen', level: 'huyện', quota: { kind: 'count', value: 2 }, order: 1 };
const bands = [{ name: 'Tốt', minScore: 50 }];

function plan(info: Partial<PlanInput['info']> = {}) {
  return makePlan({ bands, unitAwards: [certificate], info });
}

describe('a result is provisional until its data is complete', () => {
  it('a unit with a base criterion not appraised gets no award, and what is missing is said first', () => {
    const ev = evaluate(plan(), input([unit('A'), unit('B')], [result('A', [entry('1', 90)]), result('B', [entry('1', 80, 80)])]));
    const [a, b] = ev.blocks[0]?.units ?? [];
    expect(a?.unit.code).toBe('A');
    expect(a?.award).toBeUndefined();
    expect(a?.withheldAward).toEqual({ form: 'Giấy khen', level: 'huyện' });
    expect(a?.awardNote.code).toBe('provisional');
    expect(a?.provisional).toEqual({ notAppraised: ['1'], blockIncomplete: false });
    // The complete unit keeps its award: a withheld slot is not passed down.
    expect(b?.award).toEqual({ form: 'Giấy khen', level: 'huyện' });
    expect(b?.provisional).toBeUndefined();
    expect(ev.missing.complete).toBe(false);
    expect(ev.missing.blocks[0]?.criteriaNotAppraised).toEqual([{ code: 'A', name: 'Đơn vị A', criteria: ['1'], baseCount: 1 }]);
    expect(only(ev.findings, 'AWARD_PROVISIONAL')).toHaveLength(1);
    expect(only(ev.findings, 'SCORE_NOT_APPRAISED')[0]?.severity).toBe('warning');
    expect(describeMissing(ev.missing, 'vi')[1]).toBe('Khối A – Đơn vị A: cả 1 tiêu chí cơ bản chưa thẩm định (1).');
  });

  it('a block where a registered unit has no results proposes nothing, unless the plan allows it', () => {
    const units = [unit('A'), unit('B'), unit('C')];
    const results = [result('A', [entry('1', 90, 90)]), result('B', [entry('1', 80, 80)])];
    const ev = evaluate(plan(), input(units, results));
    const block = ev.blocks[0];
    expect(block?.provisional).toBe(true);
    expect(block?.units.every((u) => u.award === undefined && u.provisional?.blockIncomplete === true)).toBe(true);
    expect(ev.missing.blocks[0]?.unitsWithoutResults).toEqual([{ code: 'C', name: 'Đơn vị C' }]);
    const f = only(ev.findings, 'AWARD_PROVISIONAL');
    expect(f.map((x) => x.params)).toEqual([{ scope: 'block', block: 'Khối A', count: 1, size: 3, units: 'Đơn vị C', withheld: 2 }]);

    const anyway = evaluate(plan({ proposeProvisional: true }), input(units, results));
    expect(anyway.blocks[0]?.units.map((u) => [u.award?.form, u.provisional?.blockIncomplete])).toEqual([
      ['Giấy khen', true],
      ['Giấy khen', true],
    ]);
    expect(anyway.missing.awardsWithheld).toBe(false);
    expect(describeMissing(anyway.missing, 'vi').at(-1)).toContain('vẫn được đề nghị');
  });

  it('ranking by the self score: nothing is provisional for want of appraisal', () => {
    const ev = evaluate(plan({ rankingScore: 'self' }), input([unit('A')], [result('A', [entry('1', 90)])]));
    expect(ev.blocks[0]?.units[0]?.provisional).toBeUndefined();
    expect(ev.missing).toEqual({ complete: true, awardsWithheld: true, blocks: [] });
    expect(describeMissing(ev.missing)).toEqual([]);
  });
});
