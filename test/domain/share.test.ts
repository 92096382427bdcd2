import fc from 'fast-check';
import { shareCeil, shareFloor } from '../../src/domain/evaluate/share';

describe('a share of a count, rounded in one place', () => {
  it('float noise never costs or adds a unit', () => {
    expect(shareFloor(0.2, 10)).toBe(2);
    expect(shareFloor(0.29, 100)).toBe(29);
    expect(shareCeil(0.9, 10)).toBe(9);
    expect(shareCeil(0.5, 10, true)).toBe(6);
    expect(shareCeil(2 / 3, 9)).toBe(6);
  });

  it('floor never exceeds the share, ceiling always reaches it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 2000 }), (percent, n) => {
        const share = percent / 100;
        const f = shareFloor(share, n);
        const c = shareCeil(share, n);
        expect(f * 100).toBeLessThanOrEqual(percent * n);
        expect((f + 1) * 100).toBeGreaterThan(percent * n);
        expect(c * 100).toBeGreaterThanOrEqual(percent * n);
        expect(shareCeil(share, n, true) * 100).toBeGreaterThan(percent * n);
      }),
    );
  });
});
