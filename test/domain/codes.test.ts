import fc from 'fast-check';
import { codeFromCell, codeKey, codeShapeOf, displayCode, isCriterionCode, structuralParentCode, structuralParentKey } from '../../src/domain/plan/codes';
import { buildCriteriaTree, keyOf, sectionLeaves } from '../../src/domain/plan/tree';
import { planSchema, type Criterion } from '../../src/domain/plan/schema';

describe('codes as plans write them', () => {
  test.each([
    ['1.1', '1.1'],
    ['01.1', '1.1'],
    ['1.1.', '1.1'],
    ['I', 'i'],
    ['II.1', 'ii.1'],
    ['a', 'a'],
    ['a1', 'a.1'],
    ['a.1', 'a.1'],
    ['a1.1', 'a.1.1'],
    ['a.7.6', 'a.7.6'],
    ['C2.4', 'c.2.4'],
    ['1.1.a', '1.1.a'],
    ['TC1', 'tc.1'],
    ['a)', 'a'],
    ['XVIII', 'xviii'],
  ])('%p has the key %p', (raw, key) => expect(codeKey(raw)).toBe(key));

  test.each(['', 'Tổng cộng', 'Total', 'Tong', 'STT', 'TT', '1,1', 'Ghi chú', 'abcd1'])('%p is not a code', (raw) => expect(isCriterionCode(raw)).toBe(false));

  it('shown as written; parents from the structure', () => {
    expect(displayCode(' 01.1. ')).toBe('01.1');
    expect(structuralParentKey('a.1.1')).toBe('a.1');
    expect(structuralParentKey('ii')).toBeUndefined();
    expect(structuralParentCode('a1.1')).toBe('a1');
    expect(structuralParentCode('a1')).toBe('a');
    expect(structuralParentCode('II.1')).toBe('II');
    expect(structuralParentCode('C2.4')).toBe('C2');
    expect(structuralParentCode('1')).toBeUndefined();
    expect(codeShapeOf('a.1.2')).toBe('l.d.d');
  });

  it('cells: numbers Excel stored, text as written, anything else none', () => {
    expect(codeFromCell(1.1)).toBe('1.1');
    expect(codeFromCell(-1)).toBeUndefined();
    expect(codeFromCell(' a1 ')).toBe('a1');
    expect(codeFromCell(true)).toBeUndefined();
  });

  const segment = fc.oneof(fc.integer({ min: 0, max: 120 }).map(String), fc.constantFrom('a', 'b', 'C', 'I', 'II', 'iv', 'x'));
  const code = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));

  it('property: zero padding, case and a trailing dot never change the key; the key is its own key', () => {
    fc.assert(
      fc.property(code, (raw) => {
        const key = codeKey(raw);
        expect(key).toBeDefined();
        const padded = raw.replace(/\b(\d+)\b/g, (d) => `0${d}`);
        expect(codeKey(padded)).toBe(key);
        expect(codeKey(raw.toUpperCase())).toBe(key);
        expect(codeKey(`${raw}.`)).toBe(key);
        expect(codeKey(key ?? '')).toBe(key);
      }),
    );
  });

  it('property: a tree over any codes puts each leaf in the sections of its ancestors, and leaves + groups cover the plan', () => {
    fc.assert(
      fc.property(fc.uniqueArray(code, { minLength: 1, maxLength: 12, selector: (c) => codeKey(c) }), (raw) => {
        const criteria: Criterion[] = planSchema.parse({
          info: { name: 'x', year: 2024, levels: ['cơ sở'] },
          criteria: raw.map((c, i) => ({ code: c, text: `T${i}`, maxPoints: 1 })),
        }).criteria;
        const tree = buildCriteriaTree(criteria);
        expect(tree.leaves.length + tree.groups.size).toBe(criteria.length);
        for (const leaf of tree.leaves) {
          for (let p = tree.parentOf.get(keyOf(leaf)); p !== undefined; p = tree.parentOf.get(p)) expect(sectionLeaves(tree, p)).toContain(keyOf(leaf));
        }
      }),
    );
  });
});
