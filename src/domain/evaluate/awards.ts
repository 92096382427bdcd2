/**
 * Unit awards inside one block: rules in ascending `order`, units in rank order, quotas never
 * exceeded, at most one award per unit. A tie that does not fit the remaining slots gets none of
 * them: the council votes. Once its vote has decided (`choices`, read from the tally), the units it
 * chose take the slots and the others none; slots it left unfilled still wait for it.
 *
 * Which note a unit without an award gets: the reason from the last rule (highest `order`) it was
 * eligible for ('quotaFull' or 'tieAtQuota'); if it was eligible for none, why it failed the last
 * rule (the lowest award usually, so the nearest miss).
 */
import { finding, type Finding } from '../findings';
import type { CouncilChoice } from '../input/schema';
import type { Plan, Quota, UnitAwardRule } from '../plan/schema';
import { nameKey } from '../text/normalize';
import { roundScore } from '../text/numbers';
import { bandsBestFirst } from './score';
import { shareFloor } from './share';
import type { AwardNote, BlockResult, QuotaTie, RankedUnit } from './types';
import type { RankedScore } from './rank';

export function quotaFor(quota: Quota, blockSize: number): number {
  if (quota.kind === 'count') return quota.value;
  const floor = shareFloor(quota.value, blockSize);
  return quota.atLeastOne && blockSize >= 1 ? Math.max(1, floor) : floor;
}

type Eligibility = AwardNote | undefined;

function eligibility(rule: UnitAwardRule, u: RankedScore, bandRank: ReadonlyMap<string, number>): Eligibility {
  if (u.unit.ineligibleReason !== undefined && u.unit.ineligibleReason.trim() !== '') {
    return { code: 'ineligible', params: { reason: u.unit.ineligibleReason } };
  }
  if (u.mandatoryFailed.length > 0) return { code: 'mandatoryFailed', params: { codes: u.mandatoryFailed.join(', ') } };
  // A failed gate leaves the unit without a band, so without any award.
  if (u.gatesFailed !== undefined && u.gatesFailed.length > 0) return { code: 'gateFailed', params: { codes: u.gatesFailed.join(', ') } };
  const minBand = rule.minBand?.trim();
  if (minBand) {
    // An unknown band name (reported by checkPlan) cannot be reached: no guess about what was meant.
    const needed = bandRank.get(nameKey(minBand));
    const has = u.band === undefined ? undefined : bandRank.get(nameKey(u.band));
    if (needed === undefined || has === undefined || has > needed) {
      return { code: 'belowMinBand', params: { form: rule.form, minBand, band: u.band ?? '' } };
    }
  }
  if (rule.minScore !== undefined && u.total < roundScore(rule.minScore)) {
    return { code: 'belowMinScore', params: { form: rule.form, minScore: rule.minScore, total: u.total } };
  }
  if (rule.leaderOnly && u.rank !== 1) return { code: 'notLeader', params: { form: rule.form, rank: u.rank } };
  return undefined;
}

export interface AwardAllocation {
  readonly units: RankedUnit[];
  readonly quotas: BlockResult['quotas'][number][];
  readonly ties: QuotaTie[];
  readonly findings: Finding[];
}

/**
 * Allocates the plan's unit awards in one block. `ranked` is rankBlock's output (rank order);
 * `blockSize` is the number of units the block has, for percentage quotas (defaults to the ranked ones).
 */
export function allocateAwards(plan: Plan, block: string, ranked: readonly RankedScore[], blockSize: number = ranked.length, choices: readonly CouncilChoice[] = []): AwardAllocation {
  if (plan.unitAwards.length === 0) {
    return { units: ranked.map((r) => ({ ...r, awardNote: { code: 'noRules', params: {} } })), quotas: [], ties: [], findings: [] };
  }
  const findings: Finding[] = [];
  const ties: QuotaTie[] = [];
  const bandRank = new Map<string, number>();
  bandsBestFirst(plan.bands).forEach((b, i) => {
    const key = nameKey(b.name);
    if (!bandRank.has(key)) bandRank.set(key, i);
  });

  const awarded: (UnitAwardRule | undefined)[] = new Array<UnitAwardRule | undefined>(ranked.length).fill(undefined);
  const chosenByCouncil: (AwardNote | undefined)[] = new Array<AwardNote | undefined>(ranked.length).fill(undefined);
  const eligibleNote: (AwardNote | undefined)[] = new Array<AwardNote | undefined>(ranked.length).fill(undefined);
  const ineligibleNote: (AwardNote | undefined)[] = new Array<AwardNote | undefined>(ranked.length).fill(undefined);
  const quotas = plan.unitAwards.map((rule) => ({ form: rule.form, level: rule.level, quota: quotaFor(rule.quota, blockSize), given: 0 }));

  const order = plan.unitAwards.map((rule, index) => ({ rule, index })).sort((a, b) => a.rule.order - b.rule.order || a.index - b.index);
  for (const { rule, index } of order) {
    const q = quotas[index];
    if (!q) continue;
    if (q.quota === 0) findings.push(finding('AWARD_QUOTA_ZERO', { block, form: rule.form, level: rule.level, units: blockSize }));
    let slots = q.quota;
    // After a tie that did not fit, the remaining slots wait for the council's vote.
    let heldForTie = false;

    for (let start = 0; start < ranked.length; ) {
      let end = start + 1;
      while (end < ranked.length && ranked[end]?.rank === ranked[start]?.rank) end++;
      const eligible: number[] = [];
      for (let k = start; k < end; k++) {
        const u = ranked[k];
        if (!u || awarded[k]) continue;
        const reason = eligibility(rule, u, bandRank);
        if (reason) ineligibleNote[k] = reason;
        else eligible.push(k);
      }
      if (eligible.length > 0) {
        if (heldForTie || slots === 0) {
          // No grant can follow in this rule, so q.given is already final.
          for (const k of eligible) eligibleNote[k] = { code: 'quotaFull', params: { form: rule.form, level: rule.level, quota: q.quota, given: q.given, ...(heldForTie ? { tie: 1 } : {}) } };
        } else if (eligible.length <= slots) {
          for (const k of eligible) awarded[k] = rule;
          slots -= eligible.length;
          q.given += eligible.length;
        } else {
          const codes = eligible.map((k) => ranked[k]?.unit.code ?? '');
          const tie = { form: rule.form, level: rule.level, rank: ranked[start]?.rank ?? 0, slots, units: codes };
          const choice = choices.find((c) => c.block === block && c.form === rule.form && c.level === rule.level);
          if (choice && choice.chosen.length <= slots && choice.chosen.every((code) => codes.includes(code))) {
            // The council's vote decided: the tie stays recorded so a ballot made again lists it the same.
            ties.push(tie);
            const params = { form: rule.form, level: rule.level, rank: tie.rank, slots, count: eligible.length };
            for (const k of eligible) {
              if (choice.chosen.includes(ranked[k]?.unit.code ?? '')) {
                awarded[k] = rule;
                chosenByCouncil[k] = { code: 'councilChose', params };
              } else eligibleNote[k] = { code: 'councilNotChosen', params };
            }
            q.given += choice.chosen.length;
            slots -= choice.chosen.length;
            heldForTie = slots > 0;
            start = end;
            continue;
          }
          heldForTie = true;
          const names = eligible.map((k) => ranked[k]?.unit.name ?? '');
          for (const k of eligible) eligibleNote[k] = { code: 'tieAtQuota', params: { form: rule.form, level: rule.level, rank: ranked[k]?.rank ?? 0, slots } };
          ties.push(tie);
          findings.push(
            finding('AWARD_TIE_AT_QUOTA', {
              block,
              form: rule.form,
              level: rule.level,
              rank: ranked[start]?.rank ?? 0,
              slots,
              count: eligible.length,
              units: names.join(', '),
            }),
          );
        }
      }
      start = end;
    }
  }

  const units = ranked.map((r, k): RankedUnit => {
    const rule = awarded[k];
    if (rule) return { ...r, award: { form: rule.form, level: rule.level }, awardNote: chosenByCouncil[k] ?? { code: 'awarded', params: { form: rule.form, level: rule.level } } };
    return { ...r, awardNote: eligibleNote[k] ?? ineligibleNote[k] ?? { code: 'noRules', params: {} } };
  });
  return { units, quotas, ties, findings };
}
