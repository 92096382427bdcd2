/** A plan tie-break in words, as the printed sheets say which one separated two equal totals. */
import type { TieBreak } from '../../domain/plan/schema';
import { formatNumberVi } from '../../i18n/types';
import { vi } from '../../i18n/vi';

/** «70%»: a share as the plan sheet and the printed sheets write it. */
export function shareText(share: number): string {
  return `${formatNumberVi(share * 100)}%`;
}

export function tieBreakText(rule: TieBreak): string {
  switch (rule.kind) {
    case 'groupScore':
      return vi.planSheet.tieBreaks.groupScore(rule.group);
    case 'women':
      return rule.share === undefined ? vi.women.tieBreakPlain : vi.women.tieBreakShare({ share: shareText(rule.share) });
    default:
      return vi.planSheet.tieBreaks[rule.kind];
  }
}
