/** The import of filled unit workbooks (English mirror). */
import type { Widen } from '../types';
import type { importText as vi } from '../vi/import';

type P = Readonly<Record<string, string | number>>;

export const importText: Widen<typeof vi> = {
  consolidatedSheet: 'Tổng hợp nhập',
  logSheet: 'Nhật ký nhập',
  consolidatedTitle: 'RESULTS SENT BACK BY THE UNITS (imported; may be corrected before scoring)',
  logTitle: 'IMPORT LOG',
  logColumns: {
    run: 'Import',
    time: 'Time',
    file: 'File',
    unit: 'Unit found',
    copy: 'Original sheet',
    checksum: 'File checksum (SHA-256)',
    result: 'Result',
    reason: 'Reason, details',
  },
  copyPrefix: 'Gốc',
  status: { imported: 'Imported', partial: 'Partly imported', waiting: 'Waiting for confirmation', rejected: 'Not imported' },
  reasons: {
    unreadable: (p: P) => `The file cannot be read: ${p.detail}`,
    noResults: 'No result table (criterion code | self score …) found in the file.',
    unitUnknown: (p: P) => `The unit cannot be identified: ${p.detail}. Say which unit this file is for.`,
    unitAmbiguous: (p: P) => `Several units share the name: ${p.candidates}. Say which unit this file is for.`,
    unitConflict: (p: P) => `The form was made for ${p.template} but the sheet names ${p.sheet}: needs confirmation.`,
    olderPlan: (p: P) => `Form from an older version of the plan: ${p.changes}. Only unchanged criteria imported.`,
    added: (p: P) => `criteria added ${p.codes}`,
    removed: (p: P) => `criteria removed ${p.codes}`,
    maxChanged: (p: P) => `maximum changed ${p.changes}`,
    noTemplate: 'The file carries no form mark (made by hand): read by content.',
    duplicate: (p: P) => `The unit already has results (${p.from}); this file differs in ${p.count} cells: ${p.changes}. Not replaced: confirm the replacement.`,
    inOwnSheet: (p: P) => `The unit already has results on sheet «${p.sheet}» of the master; this file differs in ${p.count} cells: ${p.changes}. That sheet is not replaced: correct it there, or delete it and import again.`,
    answered: (p: P) => `Unit chosen by the officer: ${p.unit}.`,
    answerNotInRegister: (p: P) => `The unit given, «${p.code}», is not in the unit register.`,
    consolidatedChanged: (p: P) => `Sheet «${p.sheet}» holds content this import could not keep when rewriting it (cell ${p.cell}: ${p.detail}). Rename or delete that sheet (after saving your corrections), then import again, so nothing is lost.`,
    noCopy: 'The unit sheet could not be copied into the workbook (no visible result sheet in the file).',
    sameAsBefore: (p: P) => `Identical to the results already there (${p.from}).`,
    replaced: (p: P) => `Replaced the earlier results (${p.from}); ${p.count} cells differ: ${p.changes}.`,
    converted: (p: P) => `${p.count} cells converted from TCVN3/VNI to Unicode: ${p.cells}.`,
    findings: (p: P) => `${p.count} points to review while reading the file: ${p.details}.`,
    noPlan: 'The plan of the master workbook cannot be read.',
    noRegister: 'The master workbook has no unit register («Đơn vị»).',
  },
  fields: { actual: 'actual', selfScore: 'self', appraisedScore: 'appraised', blockLeaderScore: 'block leader' },
  blank: 'blank',
  summaryLine: (p: P) => `Imported ${p.files} files: ${p.imported} imported, ${p.partial} partly, ${p.waiting} waiting for confirmation, ${p.rejected} not imported.`,
  copiesFailed: (p: P) => `«Tổng hợp nhập» and «Nhật ký nhập» were written, but the units' original sheets could not be copied (${p.sheets}): ${p.reason}. The imported results are not affected; import the files again to get the originals.`,
  cli: {
    usage: [
      'Usage: thidua import <master.xlsx> <folder-of-unit-files> [-o out.xlsx] [--unit file=unit-code …] [--replace-file file …] [--replace]',
      '  Reads every .xlsx the units sent back; writes «Tổng hợp nhập», «Nhật ký nhập» and a copy of each unit sheet to a NEW file.',
      '  --unit file=code: answers "which unit is this file for?" for a waiting file (may be repeated).',
      '  --replace-file file: this file replaces the unit\'s results (after reviewing the differences of an earlier run).',
      '  --replace: every second file for a unit replaces its results (default: it waits, with the differences).',
    ],
    line: (p: P) => `${p.status}: ${p.file}${p.unit ? ` → ${p.unit}` : ''}${p.reason ? ` — ${p.reason}` : ''}`,
    unusedAnswer: (p: P) => `No file «${p.file}» in the folder: the answer for it was not used.`,
    written: (p: P) => `Wrote ${p.file}.`,
  },
};
