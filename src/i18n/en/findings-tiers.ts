/** Messages for the tiers of appraisal and the run log (English mirror). */
import type { FindingTexts, TierFindingCode } from '../types';
import { fmt } from './findings-score';
import { tiers } from './tiers';

const tierName = (value: string | number | undefined): string => (tiers.names as Readonly<Record<string, string>>)[String(value)] ?? fmt(value);
const signed = (p: { readonly delta: number }): string => (p.delta > 0 ? `+${fmt(p.delta)}` : fmt(p.delta));

export const tierFindings: FindingTexts<TierFindingCode> = {
  TIER_CHANGE_UNEXPLAINED: {
    message: (p) =>
      `Criterion ${fmt(p.code)}: ${tierName(p.from)} ${fmt(p.fromValue)} points, ${tierName(p.to)} ${fmt(p.toValue)} points (a change of ${signed(p)}, more than the threshold of ${fmt(p.threshold)}) with no reason given.`,
    fix: (p) => `Write the reason in the "Lý do điều chỉnh" column on the row of criterion ${fmt(p.code)} (or review the ${tierName(p.to).toLowerCase()} score), then run again.`,
  },
  AUDIT_LOG_DAMAGED: {
    message: (p) => `Sheet «${fmt(p.sheet)}» no longer has the log's layout (no header row): its ${fmt(p.rows)} rows are kept as they are and this run is added below.`,
    fix: () => 'Do not edit the log by hand; if needed, compare with an earlier saved or printed copy.',
  },
  AUDIT_LOG_ROW_CHANGED: {
    message: (p) => `Row ${fmt(p.row)} of sheet «${fmt(p.sheet)}» was edited, or the row just before it was edited or deleted (the row code does not match): the row is kept as it is.`,
    fix: () => 'Compare with an earlier saved or printed copy; do not edit or delete log rows.',
  },
};
