/** The council's list of proposals with their verdicts (English mirror of vi/proposal-sheet.ts). */
import type { TextParams } from '../types';
import type { Dictionary } from '../vi';
import { formatNumberEn } from '../types';

type P = TextParams;
const n = (v: string | number | undefined): string => (typeof v === 'number' ? formatNumberEn(v) : (v ?? ''));

export const proposalSheet: Dictionary['proposalSheet'] = {
  sheetName: 'Tổng hợp đề nghị khen thưởng',
  title: 'SUMMARY OF AWARD PROPOSALS',
  columns: ['No.', 'Name / collective', 'Unit', 'Position', 'Individual / collective', 'Small coll. / direct', 'Rating', 'Verdict', 'Reason', 'Votes needed', 'Vote result', 'Notes'],
  kinds: { individual: 'Individual', collective: 'Collective' },
  smallOrDirect: 'x',
  levelHeading: (p: P) => `${n(p.index)}. LEVEL ${String(n(p.level)).toLocaleUpperCase('en')} (${n(p.count)} proposals)`,
  formHeading: (p: P) => `${n(p.form)}: ${n(p.count)} proposals — ${n(p.eligible)} eligible, ${n(p.notEligible)} not eligible, ${n(p.needsCheck)} to check`,
  unknownFormHeading: (p: P) => `Forms not in the plan: ${n(p.count)} proposals — for the council to consider`,
  noLevel: 'No level given',
  votes: (p: P) => `${n(p.needed)}/${n(p.members)}`,
  votesShare: (p: P) => `${Number(p.strict) === 1 ? '>' : '≥'} ${formatNumberEn(Number(p.share) * 100)}%`,
  quotaHeading: 'QUOTAS PER UNIT',
  quotaColumns: ['Rule', '', '', 'Unit', '', 'Count', 'Compared with', 'Maximum', 'Result', '', '', ''],
  quotaMet: 'Within the limit',
  quotaWithin: (p: P) => `${n(p.within)}/${n(p.total)} checks (unit × rule) within the limit; only those over it are listed.`,
  quotaExceeded: 'Over the limit',
  legend: [
    'Verdict: "Eligible" when every condition of the plan is met; "Needs checking" when data is missing (rating, award history',
    'of past years, member list) or a quota is exceeded — the council checks the records before voting.',
    'Votes needed: out of all council members (absent members vote in writing).',
    'A blank "Số tháng công tác" is read as a full year of service, as certified by the proposing unit.',
  ],
  counts: (p: P) =>
    `Total: ${n(p.total)} proposals · ${n(p.eligible)} eligible, ${n(p.notEligible)} not eligible, ${n(p.needsCheck)} to check · council ${p.members === undefined ? 'size not given' : `of ${n(p.members)} members`}.`,
  noProposals: 'No award proposals (the "Đề nghị khen thưởng" sheet is empty or missing).',
};
