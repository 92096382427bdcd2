import type { Widen } from '../types';
import type { cli as vi } from '../vi/command-line';

type P = Readonly<Record<string, string | number>>;

export const cli: Widen<typeof vi> = {
  reading: (p: P) => `Reading ${p.file} …`,
  read: (p: P) => `Read the file in ${p.ms} ms.`,
  scoring: 'Scoring and ranking …',
  writing: (p: P) => `Writing ${p.file} …`,
  written: (p: P) => `Wrote ${p.file} (${p.ms} ms).`,
  blockHeading: (p: P) => `${p.block}:`,
  rankLine: (p: P) => `  ${p.rank}. ${p.name} — ${p.total} points${p.band ? ` — ${p.band}` : ''}${p.award ? ` — ${p.award}` : ''}${p.tie ? ' (tied)' : ''}`,
  unscored: (p: P) => `  No results: ${p.names}`,
  ratioLine: (p: P) => `Ratio «${p.rule}»: ${p.qualifying}/${p.total} = ${p.ratio} (required ${p.comparison} ${p.threshold}) — ${p.verdict}`,
  ratioMet: 'met',
  ratioNotMet: 'NOT MET',
  ratioNoProposals: 'no proposals at this level',
  findingsCount: (p: P) => `Checks: ${p.errors} errors, ${p.warnings} warnings, ${p.infos} notes.`,
  noPlan: 'Nothing was scored because the emulation plan is not valid; see the «Kiểm tra» sheet in the output file.',
  cannotRead: (p: P) => `Cannot read ${p.file}: ${p.reason}`,
  notXlsx: 'not a valid .xlsx workbook',
  notFound: 'file not found',
  sameFile: 'The output file is the input file: the add-in never overwrites the original. Choose another name with -o.',
  cannotWrite: (p: P) => `Cannot write ${p.file}: ${p.reason}`,
  elapsed: (p: P) => `  … ${p.seconds} s`,
};
