/**
 * Pieces the seed presets share. The seeds do not fix bands, tie-breaks or deductions: these are the
 * common practice of emulation councils (a real regulation uses "≥ 90 points and no criterion below
 * 85% of its maximum" for Xuất sắc), written once so every preset changes together.
 */
import type { PlanInput } from '../schema';

type CriterionDraft = PlanInput['criteria'][number];

export const standardBands: NonNullable<PlanInput['bands']> = [
  { name: 'Xuất sắc', minScore: 90, minCriterionRatio: 0.85, requiresMandatory: true },
  { name: 'Tốt', minScore: 80, requiresMandatory: true },
  { name: 'Khá', minScore: 70 },
  { name: 'Trung bình', minScore: 50 },
  { name: 'Yếu', minScore: 0 },
];

export const standardTieBreaks: NonNullable<PlanInput['tieBreaks']> = [{ kind: 'baseTotal' }, { kind: 'fewerDeductions' }, { kind: 'groupScore', group: '1' }];

/** The deduction group every preset closes with: late or wrong reports, a disciplinary case. */
export function deductionGroup(code: string): CriterionDraft[] {
  return [
    { code, text: 'Điểm trừ', kind: 'deduction', maxPoints: 7 },
    { code: `${code}.1`, text: 'Báo cáo chậm, sai quy định', kind: 'deduction', maxPoints: 2 },
    { code: `${code}.2`, text: 'Có cá nhân vi phạm kỷ luật', kind: 'deduction', maxPoints: 5 },
  ];
}
