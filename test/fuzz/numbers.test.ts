/** Fuzz: Vietnamese number parsing round-trips and never yields NaN/Infinity or throws. */
import fc from 'fast-check';
import { readNumber } from '../../src/domain/text/numbers';

/** Formats like a Vietnamese officer types: "." thousands, "," decimals. */
function vietnamese(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}

describe('readNumber (fuzz)', () => {
  it('reads back any finite number written Vietnamese style', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), (int, decimals) => {
        const value = int / 10 ** decimals;
        const text = vietnamese(value, decimals);
        const reading = readNumber(text);
        expect(reading.kind).toBe('number');
        if (reading.kind === 'number') expect(reading.value).toBeCloseTo(Number(value.toFixed(decimals)), 9);
      }),
      { numRuns: 500 },
    );
  });

  it('never returns NaN or Infinity and never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[-+ .,0-9%đ]{0,14}$/), fc.double(), fc.boolean(), fc.constant(null)), (input) => {
        const reading = readNumber(input);
        if (reading.kind === 'number') expect(Number.isFinite(reading.value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
