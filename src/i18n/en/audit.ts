/** Text of the run log and the printed fingerprint (English mirror; sheet names stay Vietnamese). */
import type { Dictionary } from '../vi';

type P = Readonly<Record<string, string | number>>;

export const audit: Dictionary['audit'] = {
  sheetName: 'Nhật ký chấm điểm',
  title: 'LOG OF SCORING RUNS',
  note: 'Every run that writes results adds one row; do not edit or delete. The row code chains to the row before, so an edited or deleted row shows.',
  columns: [
    'No.',
    'Time (Vietnam)',
    'Time (ISO, UTC)',
    'Run by',
    'Plan fingerprint',
    'Input fingerprint',
    'Units',
    'Proposals',
    'Errors',
    'Warnings',
    'Information',
    'Sheets written',
    'Row code',
  ],
  unknownUser: 'unknown',
  printedFingerprint: (p: P) => `Input fingerprint: ${p.short} (full code on sheet «${p.log}») · Plan: ${p.plan} · Made: ${p.time}`,
};
