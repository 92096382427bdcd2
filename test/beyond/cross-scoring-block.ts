/**
 * The hand-worked block of the cross-scoring tests (chấm chéo): 8 units of one cluster score each other
 * on criterion 1 of 50 with a trimmed mean (highest and lowest dropped); B abstains on C with a reason.
 * Criterion 1 as each unit received it, from the other scorers in order A…H, and the trimmed mean by hand:
 *  A: 40 42 44 44 44 46 48        → drop 40, 48 → 220 / 5 = 44
 *  B: 30 45 45 45 45 45 50        → drop 30, 50 → 45 (plain mean 43,57: the trim matters)
 *  C: 41 (B abstains) 42 43 43 44 45 → 6 figures, drop 41, 45 → 172 / 4 = 43
 *  D: 38 39 40 40 40 41 42        → 40
 *  E: 46 × 7                      → 46
 *  F: 35 36 36 36 36 36 50        → 36 (spread 15 > 10: flagged)
 *  G: 44 44 44 45 45 46 46        → 224 / 5 = 44,8
 *  H: 30 31 32 33 34 35 36        → 33
 * Criterion 2: 40 from everyone. Totals: E 86, B 85, G 84,8, A 84, C 83, D 80, F 76, H 73.
 */
import { crit, makePlan, unit } from '../domain/fixtures';

export const codes = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
export type Code = (typeof codes)[number];
export const units = codes.map((c) => unit(c, `Trường ${c}`, 'Cụm 1'));
export const plan = makePlan({ criteria: [crit('1', 50), crit('2', 50)], info: { crossScoring: { combine: 'trimmedMean', trim: 1, spreadThreshold: 10 } } });
const abstain = 'Không chấm: chưa đủ minh chứng';

const received: Record<Code, readonly (number | string)[]> = {
  A: [40, 42, 44, 44, 44, 46, 48],
  B: [30, 45, 45, 45, 45, 45, 50],
  C: [41, abstain, 42, 43, 43, 44, 45],
  D: [38, 39, 40, 40, 40, 41, 42],
  E: [46, 46, 46, 46, 46, 46, 46],
  F: [35, 36, 36, 36, 36, 36, 50],
  G: [44, 44, 44, 45, 45, 46, 46],
  H: [30, 31, 32, 33, 34, 35, 36],
};

/** What `scorer` gives `scored` on criterion 1: a figure, or the abstention with its reason. */
export function criterionOneFrom(scorer: Code, scored: Code): number | string | undefined {
  return received[scored][codes.filter((x) => x !== scored).indexOf(scorer)];
}
