import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { canonicalJson, fingerprint, sha256Hex } from '../../src/domain/hash';

const nodeSha = (t: string): string => createHash('sha256').update(t, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('matches Node for block-boundary lengths and Vietnamese text', () => {
    for (const t of ['', 'abc', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(63), 'x'.repeat(64), 'x'.repeat(119), 'Trường Mầm non Tân Thạch – Điểm 9,5'.repeat(40)]) {
      expect(sha256Hex(t)).toBe(nodeSha(t));
    }
  });
  it('matches Node for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (t) => sha256Hex(t) === nodeSha(t)));
  });
});

describe('fingerprint', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(fingerprint({ b: 1, a: 2 })).toBe(fingerprint({ a: 2, b: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });
});

describe('canonicalJson', () => {
  /** The definition: JSON.stringify with every object's keys sorted. */
  const reference = (value: unknown): string =>
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
    );
  it('is JSON.stringify with sorted keys, for any value a workbook or a plan can hold', () => {
    const cell = fc.oneof(fc.constant(null), fc.string(), fc.double(), fc.boolean(), fc.date({ noInvalidDate: true }), fc.record({ error: fc.string() }), fc.constant(undefined));
    fc.assert(fc.property(fc.anything({ values: [cell] }), (v) => canonicalJson(v) === (reference(v) ?? 'null')));
    // Sheets as the input fingerprint sees them: there the native JSON.stringify is used, being already canonical.
    fc.assert(fc.property(fc.array(fc.tuple(fc.string(), fc.array(fc.array(cell)))), (v) => canonicalJson(v) === reference(v) && canonicalJson(v) === JSON.stringify(v)));
  });
});

