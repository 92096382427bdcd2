import fc from 'fast-check';
import { codeKey, compareCodes } from '../../src/domain/plan/codes';

describe('criterion codes: one key for every spelling, one plan order', () => {
  it.each([
    ['01.1', '1.1'],
    ['1.1.', '1.1'],
    ['a1', 'a.1'],
    ['A1.1', 'a.1.1'],
    ['C2.4', 'c.2.4'],
    ['II.1', 'ii.1'],
    ['1.1.a', '1.1.a'],
    ['a.7.6', 'a.7.6'],
  ])('«%s» has the key «%s»', (raw, key) => expect(codeKey(raw)).toBe(key));

  it.each(['', 'Tổng cộng', '4..1', 'STT', 'Mục 1'])('«%s» is not a code', (raw) => expect(codeKey(raw)).toBeUndefined());

  it('keeps Roman numerals apart from digits', () => expect(codeKey('II')).not.toBe(codeKey('2')));

  it('orders as a plan reads: numbers by value, parents first, letters after digits, blank first', () => {
    const codes = ['1.10', 'b', '', '1.2', '2', 'a1', '1', 'a', 'a1.1', 'Ghi chú'];
    expect([...codes].sort(compareCodes)).toEqual(['', '1', '1.2', '1.10', '2', 'a', 'a1', 'a1.1', 'b', 'Ghi chú']);
  });

  it('is a consistent order (antisymmetric, and equal keys compare equal)', () => {
    const code = fc.array(fc.oneof(fc.integer({ min: 0, max: 30 }).map(String), fc.constantFrom('a', 'b', 'I', 'II', 'c')), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));
    fc.assert(
      fc.property(code, code, (a, b) => {
        expect(Math.sign(compareCodes(a, b))).toBe(-Math.sign(compareCodes(b, a)) || 0);
        if (codeKey(a) === codeKey(b)) expect(compareCodes(a, b)).toBe(0);
      }),
    );
  });
});
