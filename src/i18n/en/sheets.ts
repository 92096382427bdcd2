import type { Widen } from '../types';
import type { sheets as vi } from '../vi/sheets';
import { awardName } from './findings-score';

type P = Readonly<Record<string, string | number>>;

export const sheets: Widen<typeof vi> = {
  names: { summary: 'Summary', findings: 'Checks', state: 'ThiDua_State', plan: 'Plan' },
  national: { title: "SOCIALIST REPUBLIC OF VIET NAM", motto: 'Independence - Freedom - Happiness' },
  dateLine: (p: P) => `${p.place ? `${p.place}, ` : ''}${p.day}/${p.month}/${p.year}`,
  summary: {
    title: 'SUMMARY OF EMULATION SCORES AND RANKING',
    planLine: (p: P) => [p.number ? `Plan no. ${p.number}` : '', p.date ? `of ${p.date}` : '', p.name].filter((x) => x !== '').join(' ') + (p.period ? ` – ${p.period}` : ''),
    fingerprintLine: (p: P) => `Data check code: ${p.input} · Plan code: ${p.plan} · Made: ${p.time}`,
    columns: {
      no: 'No.',
      unit: 'Unit',
      self: 'Self score',
      appraised: 'Appraised',
      base: 'Base',
      bonus: 'Bonus',
      deduction: 'Deduction',
      total: 'Total',
      rank: 'Rank',
      band: 'Band',
      award: 'Proposed award',
      vote: 'Vote result',
      note: 'Notes',
    },
    columnGroups: {
      reference: 'Base points for reference (not added)',
      counted: 'Points counted: base + bonus − deduction = total',
    },
    capped: (p: P) => `${p.kind === 'bonus' ? 'Bonus' : 'Deduction'} ${p.raw} is over the plan's cap of ${p.cap}: ${p.used} counted.`,
    sectionColumn: (p: P) => `Section ${p.code}`,
    blockHeading: (p: P) => `${p.index}. ${p.block} (${p.count} units)`,
    unscoredHeading: 'Units without results (not ranked)',
    noPlan: 'The emulation plan could not be read: see the «Checks» sheet.',
    legendTotal: (p: P) =>
      'Note: Total = Base + Bonus − Deduction of the «points counted» group (after the plan\'s caps). ' +
      (p.ranking === 'self'
        ? 'The plan ranks by the self-assessed score.'
        : 'Base points counted take each criterion\'s appraised score; a criterion not appraised takes the self score and the result is provisional.') +
      ' The «Self score» and «Appraised» columns are for reference and are not added.',
    legend: [
      'Units still equal after every tie-break share a rank and go to a council vote; within a tie they are listed by name.',
    ],
    rankingStyle: (p: P) => (p.style === 'dense' ? 'Dense ranking (1, 1, 2).' : 'Competition ranking (1, 1, 3).'),
    recipients: 'Recipients:',
    missing: (p: P) => `${p.count} criteria missing`,
    mandatoryFailed: (p: P) => `Mandatory criterion ${p.codes} not met`,
    gateFailed: (p: P) => `Not rated: required condition ${p.codes} not met`,
    ineligible: (p: P) => `Not eligible for awards: ${p.reason}`,
    award: (p: P) => awardName(p.form, p.level),
    band: { none: 'No band' },
    ratioHeading: 'SHARE OF AWARDS FOR SMALL COLLECTIVES AND DIRECT WORKERS',
    ratioColumns: ['Rule', '', 'Level', 'Qualifying (numerator)', 'All (denominator)', 'Ratio', 'Required', 'Result', 'To close: add', '', 'or withdraw', ''],
    ratioScope: { all: 'individuals and collectives', individual: 'individuals', collective: 'collectives' },
    ratioMet: 'Met',
    ratioNotMet: 'Not met',
    ratioNoProposals: 'No proposals yet',
    ratioAdd: (p: P) => (Number(p.count) < 0 ? 'impossible (100% ratio)' : `${p.count} ${p.who} proposals`),
    ratioRemove: (p: P) => `${p.count} ${p.who} proposals`,
    ratioQualifying: 'qualifying',
    ratioOthers: 'other',
    counts: (p: P) => `${p.units} units in ${p.blocks} blocks · ${p.errors} errors, ${p.warnings} warnings, ${p.infos} notes (see «Checks»).`,
  },
  findings: {
    title: 'DATA CHECK RESULTS',
    subtitle: (p: P) => `${p.errors} errors · ${p.warnings} warnings · ${p.infos} notes — click a cell to go to it.`,
    columns: ['No.', 'Severity', 'Unit', 'Criterion', 'Cell', 'Problem', 'How to fix', 'Code'],
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    none: 'No problems found.',
  },
  state: {
    columns: ['Key', 'Value'],
    note: 'This sheet is written by the Thi đua add-in to keep its state; do not edit.',
  },
  templateState: {
    name: 'ThiDua_Mau',
    note: 'Written by the Thi đua add-in with the form so the results can be taken back in; do not edit or delete.',
  },
};
