/** Short reasons for the summary's award and note columns (English mirror of vi/award-notes.ts). */
import type { AwardNoteCode } from '../../domain/evaluate/types';
import { awardName, fmt } from './findings-score';

export const awardNotes: Record<AwardNoteCode, (p: Readonly<Record<string, string | number>>) => string> = {
  awarded: (p) => awardName(p.form, p.level),
  ineligible: (p) => `Not eligible: ${fmt(p.reason)}`,
  mandatoryFailed: (p) => `Mandatory criterion ${fmt(p.codes)} not achieved`,
  gateFailed: (p) => `Not rated: required condition ${fmt(p.codes)} not met`,
  belowMinBand: (p) => `Below the minimum band "${fmt(p.minBand)}"`,
  belowMinScore: (p) => `Below the minimum score of ${fmt(p.minScore)} for ${fmt(p.form)} (scored ${fmt(p.total)})`,
  notLeader: (p) => `${fmt(p.form)} goes to the block's leading unit only`,
  quotaFull: (p) =>
    p.tie === undefined
      ? `${fmt(p.form)} quota used up (${fmt(p.given)}/${fmt(p.quota)})`
      : `Remaining ${fmt(p.form)} awaits the council's vote (${fmt(p.given)}/${fmt(p.quota)})`,
  tieAtQuota: () => 'Tied at the quota boundary – the council votes',
  councilChose: (p) => `${awardName(p.form, p.level)} (chosen by the council: ${fmt(p.slots)} of ${fmt(p.count)} tied units)`,
  councilNotChosen: (p) => `Tied at the quota boundary – the council chose ${fmt(p.slots)} of ${fmt(p.count)} units, not this one`,
  noRules: () => 'The plan sets no unit awards',
  provisional: (p) => `Not proposed (would be ${awardName(p.form, p.level)})`,
};
