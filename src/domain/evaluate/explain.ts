/**
 * Why each unit's result is what it is, as facts a sentence can be made from: the band (or what kept
 * a better one away), the place in a tie against each neighbour, the award or the reason for none,
 * what the next band needs and the gap to the block's leader. Words are i18n's.
 */
import type { Plan } from '../plan/schema';
import { roundScore } from '../text/numbers';
import { tieBreakShown, tieBreakValue } from './rank';
import type { BandLayout, PlanLayout } from './score';
import type { AwardFacts, BandBlocker, BandFacts, BlockResult, NextBandFacts, RankedUnit, TieComparison, TieFacts, UnitExplanation } from './types';

/** Whether the total reaches the band's score, as the band's threshold is written. */
function scoreReached(total: number, b: BandLayout): boolean {
  return b.band.strict === true ? total > b.band.minScore : total >= b.band.minScore;
}

/** Every condition of a band the unit misses (empty when it meets them all). */
export function bandBlockers(layout: PlanLayout, u: RankedUnit, b: BandLayout): BandBlocker[] {
  const blockers: BandBlocker[] = [];
  if (!scoreReached(u.total, b)) {
    blockers.push({ kind: 'score', total: u.total, minScore: b.band.minScore, strict: b.band.strict === true, points: roundScore(b.band.minScore - u.total) });
  }
  b.floors.forEach((floor, i) => {
    if (floor === undefined) return;
    const c = u.criteria[i];
    const leaf = layout.leaves[i];
    if (!c || !leaf || (c.used !== undefined && c.used >= floor)) return;
    blockers.push({ kind: 'floor', code: c.code, ...(c.used === undefined ? {} : { value: c.used }), floor, ratio: b.band.minCriterionRatio ?? 0, maxPoints: c.maxPoints });
  });
  if (b.band.requiresMandatory && u.mandatoryFailed.length > 0) blockers.push({ kind: 'mandatory', codes: u.mandatoryFailed });
  return blockers;
}

function bandFacts(layout: PlanLayout, u: RankedUnit): { band: BandFacts; nextBand?: NextBandFacts } {
  const bands = layout.bands;
  const at = u.band === undefined ? bands.length : bands.findIndex((b) => b.band.name === u.band);
  const reached = bands[at];
  const base: BandFacts = reached
    ? { band: reached.band.name, total: u.total, minScore: reached.band.minScore, strict: reached.band.strict === true }
    : { total: u.total };
  let withheld: BandFacts['withheld'];
  for (const b of bands.slice(0, Math.max(0, at))) {
    const blockers = bandBlockers(layout, u, b);
    if (blockers.length > 0 && !blockers.some((x) => x.kind === 'score')) {
      withheld = { band: b.band.name, minScore: b.band.minScore, blockers };
      break;
    }
  }
  const lowest = !reached && bands.length > 0 ? bands[bands.length - 1] : undefined;
  const band: BandFacts = {
    ...base,
    ...(withheld ? { withheld } : {}),
    ...(lowest ? { lowest: { band: lowest.band.name, blockers: bandBlockers(layout, u, lowest) } } : {}),
  };
  const next = at > 0 ? bands[at - 1] : undefined;
  return next ? { band, nextBand: { band: next.band.name, blockers: bandBlockers(layout, u, next) } } : { band };
}

function compareWith(plan: Plan, u: RankedUnit, other: RankedUnit, above: boolean): TieComparison {
  const who = { code: other.unit.code, name: other.unit.name };
  if (u.rank === other.rank) return { other: who, position: 'level' };
  const tb = plan.tieBreaks.find((t) => roundScore(tieBreakValue(u, t)) !== roundScore(tieBreakValue(other, t)));
  const position = above ? 'above' : 'below';
  if (!tb) return { other: who, position };
  const own = tieBreakShown(u, tb);
  const theirs = tieBreakShown(other, tb);
  return { other: who, position, tieBreak: tb, ...(own === undefined ? {} : { own }), ...(theirs === undefined ? {} : { theirs }) };
}

function tieFacts(plan: Plan, units: readonly RankedUnit[], i: number): TieFacts | undefined {
  const u = units[i];
  if (!u) return undefined;
  const total = roundScore(u.total);
  const same = units.filter((x) => x !== u && roundScore(x.total) === total);
  if (same.length === 0) return undefined;
  const comparisons: TieComparison[] = [];
  const prev = units[i - 1];
  const next = units[i + 1];
  if (prev && roundScore(prev.total) === total) comparisons.push(compareWith(plan, u, prev, false));
  if (next && roundScore(next.total) === total) comparisons.push(compareWith(plan, u, next, true));
  return { total: u.total, with: same.map((x) => ({ code: x.unit.code, name: x.unit.name })), comparisons };
}

function awardFacts(u: RankedUnit, quotas: BlockResult['quotas']): AwardFacts {
  const form = u.awardNote.params.form;
  const level = u.awardNote.params.level;
  const q = form === undefined ? undefined : quotas.find((x) => x.form === form && (level === undefined || x.level === level));
  return {
    note: u.awardNote,
    ...(u.award ? { award: u.award } : {}),
    ...(u.withheldAward ? { withheldAward: u.withheldAward } : {}),
    ...(u.provisional ? { provisional: u.provisional } : {}),
    rank: u.rank,
    ...(q ? { quota: q.quota } : {}),
  };
}

/** The block's units, each with its explanation. */
export function explainBlock(layout: PlanLayout, units: readonly RankedUnit[], quotas: BlockResult['quotas']): RankedUnit[] {
  const leader = units[0];
  return units.map((u, i): RankedUnit => {
    const { band, nextBand } = bandFacts(layout, u);
    const tie = tieFacts(layout.plan, units, i);
    const explanation: UnitExplanation = {
      band,
      ...(tie ? { tie } : {}),
      award: awardFacts(u, quotas),
      ...(nextBand ? { nextBand } : {}),
      ...(leader && leader !== u && leader.rank !== u.rank ? { leader: { code: leader.unit.code, name: leader.unit.name, total: leader.total, gap: roundScore(leader.total - u.total) } } : {}),
    };
    return { ...u, explanation };
  });
}
