import fc from 'fast-check';
import type { Entry } from '../../src/domain/input/schema';
import { diffEntries } from '../../src/workbook/import/entry-diff';

const e = (code: string, values: Partial<Entry>): Entry => ({ criterionCode: code, note: '', ...values });

describe('diffEntries', () => {
  it('lists changed, emptied and new values in criterion order, and nothing unchanged', () => {
    const before = [e('1.10', { selfScore: 2 }), e('1.2', { selfScore: 5, appraisedScore: 4 }), e('2', { actual: 80 })];
    const after = [e('1.2', { selfScore: 5, appraisedScore: 3 }), e('1.10', {}), e('3', { selfScore: 0 })];
    expect(diffEntries(before, after)).toEqual([
      { code: '1.2', field: 'appraisedScore', before: 4, after: 3 },
      { code: '1.10', field: 'selfScore', before: 2 },
      { code: '2', field: 'actual', before: 80 },
      { code: '3', field: 'selfScore', after: 0 },
    ]);
  });

  it('property: a file compared with itself shows no change; blank to zero always shows', () => {
    const entry = fc.record({ code: fc.constantFrom('1.1', '1.2', '2'), self: fc.option(fc.double({ noNaN: true }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (x) => x.code }), (list) => {
        const entries = list.map((x) => e(x.code, x.self === undefined ? {} : { selfScore: x.self }));
        expect(diffEntries(entries, entries)).toEqual([]);
        const blanks = entries.filter((x) => x.selfScore === undefined);
        const zeroed = entries.map((x) => (x.selfScore === undefined ? { ...x, selfScore: 0 } : x));
        expect(diffEntries(entries, zeroed)).toHaveLength(blanks.length);
      }),
      { numRuns: 100 },
    );
  });
});
