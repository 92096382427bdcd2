/** Text of the tiers sheet (English mirror). */
import type { Dictionary } from '../vi';

type P = Readonly<Record<string, string | number>>;

export const tiers: Dictionary['tiers'] = {
  sheetName: 'Thẩm định các cấp',
  title: 'SCORES OF EACH TIER OF APPRAISAL',
  threshold: (p: P) => `Threshold between tiers: ${p.threshold} points. A larger change needs a reason in the result sheet's "Lý do điều chỉnh" column.`,
  names: { self: 'Self-assessed', blockLeader: 'Block leader', council: 'Council (appraised)' },
  short: { self: 'Self', blockLeader: 'Block leader', council: 'Council' },
  columns: ['No. / Criterion', 'Unit / Criterion', 'Self-assessed', 'Block leader', 'Council (appraised)', 'Change', 'Reason for the change', 'Verdict'],
  blockHeading: (p: P) => `${p.index}. ${p.block}`,
  unitTotals: (p: P) => `${p.unit} — total of the base criteria`,
  incomplete: 'incomplete',
  change: (p: P) => `${p.from} → ${p.to}: ${p.delta}`,
  verdict: {
    unchanged: 'No change',
    withinThreshold: 'Within the threshold',
    explained: 'Reason given',
    unexplained: 'No reason – to be explained',
  },
  unitVerdict: (p: P) =>
    Number(p.changed) === 0 ? 'No criterion changed' : `${p.changed} criteria changed${Number(p.unexplained) > 0 ? `, ${p.unexplained} without a reason` : ''}`,
  none: 'No unit has results yet.',
  legend: 'Note: a blank cell means that tier has not scored (not 0). A tier total is added only when that tier scored every base criterion.',
};
