/**
 * Ranking inside one block: total first, then the plan's tie-breaks in order. A tie that
 * survives every tie-break is shared and reported for the council to vote, never broken by row order.
 */
import { codeKey } from '../plan/codes';
import { finding, type Finding } from '../findings';
import type { Plan, TieBreak } from '../plan/schema';
import { compareVietnamese } from '../text/normalize';
import { roundScore } from '../text/numbers';
import type { RankedUnit, UnitScore } from './types';

/** A ranked unit before awards are allocated. */
export type RankedScore = Omit<RankedUnit, 'award' | 'awardNote'>;

/** A tie-break's value as a reader sees it (deduction points, the gap itself …); undefined when unknown. */
export function tieBreakShown(s: UnitScore, tb: TieBreak): number | undefined {
  switch (tb.kind) {
    case 'baseTotal':
      return s.base;
    case 'fewerDeductions':
      return s.deduction;
    case 'moreBonus':
      return s.bonus;
    case 'smallerGap':
      return s.selfBase === undefined || s.appraisedBase === undefined ? undefined : roundScore(Math.abs(s.selfBase - s.appraisedBase));
    case 'groupScore':
      return s.groupScores[codeKey(tb.group) ?? tb.group];
    case 'women':
      // Shown as a percentage («75 > 60»), as the register writes it.
      return s.unit.womenShare === undefined ? undefined : roundScore(s.unit.womenShare * 100);
  }
}

/** A tie-break as a number where higher is better; an unknown value is the worst. */
export function tieBreakValue(s: UnitScore, tb: TieBreak): number {
  switch (tb.kind) {
    case 'baseTotal':
      return s.base;
    case 'fewerDeductions':
      return -s.deduction;
    case 'moreBonus':
      return s.bonus;
    case 'smallerGap':
      return s.selfBase === undefined || s.appraisedBase === undefined ? -Infinity : -Math.abs(s.selfBase - s.appraisedBase);
    case 'groupScore':
      return s.groupScores[codeKey(tb.group) ?? tb.group] ?? -Infinity;
    case 'women': {
      const share = s.unit.womenShare;
      if (share === undefined) return -Infinity;
      // A share typed as 70% may arrive as 0.7000000001 or 0.6999999999: compare on a fine grain.
      return tb.share === undefined ? share : share + 1e-9 >= tb.share ? 1 : 0;
    }
  }
}

/** Sort keys: [total, ...tie-breaks], rounded so equal-looking scores compare equal. */
function sortKeys(s: UnitScore, tieBreaks: readonly TieBreak[]): number[] {
  const keys = [roundScore(s.total)];
  for (const tb of tieBreaks) keys.push(roundScore(tieBreakValue(s, tb)));
  return keys;
}

/** Index of the first key that differs (-1 when all are equal). */
function firstDifference(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

function compareKeysDesc(a: readonly number[], b: readonly number[]): number {
  const i = firstDifference(a, b);
  if (i < 0) return 0;
  return (a[i] ?? 0) > (b[i] ?? 0) ? -1 : 1;
}

function compareCodesPlain(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function rankBlock(plan: Plan, block: string, scores: readonly UnitScore[]): { units: RankedScore[]; findings: Finding[] } {
  const dense = plan.info.rankingStyle === 'dense';
  const sorted = scores
    .map((s) => ({ s, keys: sortKeys(s, plan.tieBreaks) }))
    // Within a surviving tie: Vietnamese order of names, then code — never input order.
    .sort((a, b) => compareKeysDesc(a.keys, b.keys) || compareVietnamese(a.s.unit.name, b.s.unit.name) || compareCodesPlain(a.s.unit.code, b.s.unit.code));

  const ranks: number[] = [];
  const decided: (number | undefined)[] = new Array<number | undefined>(sorted.length).fill(undefined);
  let groupRank = 0;
  let groups = 0;
  for (let i = 0; i < sorted.length; i++) {
    const cur = sorted[i];
    const prev = sorted[i - 1];
    if (!cur) continue;
    const diff = prev ? firstDifference(prev.keys, cur.keys) : 0;
    if (diff !== -1) {
      groups++;
      groupRank = dense ? groups : i + 1;
    }
    ranks.push(groupRank);
    // Equal totals separated by tie-break number diff-1: explain it on both units (the lower one's own reason first).
    if (diff >= 1) {
      decided[i] = diff - 1;
      if (decided[i - 1] === undefined) decided[i - 1] = diff - 1;
    }
  }

  const findings: Finding[] = [];
  const tied = new Array<boolean>(sorted.length).fill(false);
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && ranks[end] === ranks[start]) end++;
    if (end - start > 1) {
      const members = sorted.slice(start, end);
      for (let k = start; k < end; k++) tied[k] = true;
      findings.push(
        finding('TIE_UNRESOLVED', {
          block,
          rank: ranks[start] ?? 0,
          count: end - start,
          total: members[0]?.s.total ?? 0,
          units: members.map((m) => m.s.unit.name).join(', '),
        }),
      );
    }
    start = end;
  }

  const units = sorted.map(({ s }, i): RankedScore => {
    const ranked: RankedScore = { ...s, rank: ranks[i] ?? 0, unresolvedTie: tied[i] ?? false };
    const d = decided[i];
    return d === undefined ? ranked : { ...ranked, decidedByTieBreak: d };
  });
  return { units, findings };
}
