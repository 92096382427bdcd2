/**
 * The cross-scoring section of «Thẩm định các cấp»: per unit and criterion, every scorer's figure,
 * «x/y» scored, the combined score, the spread and the abstentions with their reasons.
 */
import type { CombinedScore, CombineRule } from '../../domain/evaluate/cross-scoring';
import type { Evaluation } from '../../domain/evaluate/types';
import { compareCodes } from '../../domain/findings';
import type { Plan } from '../../domain/plan/schema';
import { formatNumberVi } from '../../i18n/types';
import { vi } from '../../i18n/vi';
import { crossScoringText } from '../parse/cross-scoring-setting';
import type { OutCell } from '../spec';
import { num, rowAt, text } from './cells';

const t = vi.crossScoring.sheet;

/** Rows to append (heading, rule, header, then per unit in ranking order); none without cross scores. */
export function crossScoringRows(plan: Plan, evaluation: Evaluation, scores: readonly CombinedScore[], width: number): OutCell[][] {
  const rule: CombineRule | undefined = plan.info.crossScoring;
  if (!rule || scores.length === 0) return [];
  const textOf = new Map(plan.criteria.map((c) => [c.code, c.text] as const));
  const rows: OutCell[][] = [rowAt(width, 0, text(t.heading, 'sectionHeading')), rowAt(width, 0, text(t.rule(crossScoringText(rule)), 'note')), t.columns.map((c) => text(c, 'tableHeader'))];
  for (const block of evaluation.blocks) {
    for (const u of block.units) {
      const mine = scores.filter((s) => s.unitCode === u.unit.code).sort((a, b) => compareCodes(a.criterionCode, b.criterionCode));
      if (mine.length === 0) continue;
      rows.push(rowAt(width, 1, text(u.unit.name, 'sectionHeading')));
      for (const s of mine) {
        const verdict = [s.flagged ? t.flagged : '', s.untrimmed ? t.untrimmed : ''].filter((x) => x !== '').join('; ');
        rows.push([
          text(s.criterionCode, 'cellCenter'),
          text(textOf.get(s.criterionCode) ?? ''),
          text(t.scored(s.scored, s.expected), 'cellCenter'),
          num(s.combined, 'numberBold'),
          num(s.spread),
          text(s.figures.map((f) => t.figure(f.scorer, formatNumberVi(f.value))).join('; ')),
          text(s.abstentions.map((a) => t.abstention(a.scorer, a.reason)).join('; ')),
          text(verdict, s.flagged ? 'warning' : 'cell'),
        ]);
      }
    }
  }
  return rows;
}
