/**
 * A share of a count, rounded the one way every rule here needs: quotas and caps never exceed
 * share × count (floor), vote thresholds are never below it (ceiling, or one more when strict).
 * The product is first put on a safe grain: 0.2 × 10 is 2, not 1.999…, and 0.9 × 10 is 9, not 9.000…2.
 */
function onGrain(share: number, count: number): number {
  return Math.round(share * count * 1e9) / 1e9;
}

/** The most a share of a count allows, whole: floor(share × count). */
export function shareFloor(share: number, count: number): number {
  return Math.floor(onGrain(share, count));
}

/** The least that reaches a share of a count, whole: ⌈share × count⌉, or more than share × count when strict. */
export function shareCeil(share: number, count: number, strict = false): number {
  const exact = onGrain(share, count);
  return strict ? Math.floor(exact) + 1 : Math.ceil(exact);
}
