/** The command line's help, argument errors and closing lines (English mirror). */
import type { Widen } from '../types';
import type { cliHelp as vi } from '../vi/cli-help';

type P = Readonly<Record<string, string | number>>;

export const cliHelp: Widen<typeof vi> = {
  title: 'thidua — scores, ranks and allocates emulation awards from an Excel workbook (.xlsx).',
  usage: 'Usage: thidua <command> [file …] [options]',
  commandsHeading: 'Commands:',
  optionsHeading: 'Options:',
  commonHeading: 'Options of every command:',
  more: 'Help on one command: thidua <command> --help',
  exitCodes: 'Exit codes: 0 — done; 1 — a file could not be read, the plan is invalid or nothing could be written; 2 — the command was mistyped.',
  common: {
    help: 'print this help',
    lang: 'language of the messages: vi (default) or en',
    now: 'time written into the results (ISO 8601, e.g. 2024-12-31T08:00:00Z); default now',
  },
  values: { file: 'file', folder: 'folder', answer: 'file=unit-code', language: 'vi|en', time: 'time', sheet: 'sheet-name' },
  commands: {
    score: {
      usage: 'thidua score [in.xlsx] [-o out.xlsx]',
      summary: 'Scores, ranks and allocates awards; writes the result to a NEW file (the input is never overwritten). Without an input: the bundled sample.',
      out: 'result file (default: <in>.ket-qua.xlsx beside the input)',
      verbose: 'print every error, warning and note with its cell',
    },
    templates: {
      usage: 'thidua templates <workbook.xlsx> -o <folder>',
      summary: 'Makes a self-assessment form for each unit of the register; never overwrites a file already in the folder.',
      out: 'folder for the forms (required)',
    },
    import: {
      usage: 'thidua import <master.xlsx> <folder-of-unit-files> [-o out.xlsx]',
      summary: 'Imports the files units sent back; writes «Tổng hợp nhập», «Nhật ký nhập» and a copy of each unit sheet to a NEW file. Every entry of the folder gets a log line.',
      out: 'result file (default: <master>.nhap.xlsx)',
      unit: 'answers "which unit is this file for?" for a waiting file (may be repeated)',
      replaceFile: "this file replaces the unit's results (after reviewing the differences of an earlier run)",
      replace: 'every second file for a unit replaces its results (default: it waits, with the differences)',
    },
    planFromTable: {
      usage: 'thidua plan-from-table <table.docx|table.xlsx> [-o plan.xlsx] [--sheet NAME] [--yes]',
      summary: 'Reads the scoring table received from the level above (a Word table, or one pasted into a sheet), proposes the criteria tree and writes the «Kế hoạch» sheet once you agree; never over an existing file or plan.',
      out: 'file to write the plan to (default: beside the table)',
      sheet: 'sheet holding the table pasted from Word (for an .xlsx input)',
      yes: 'write without asking',
    },
    feedback: {
      usage: 'thidua feedback <scored.xlsx> -o <folder>',
      summary: "One feedback workbook per unit: its own scores by criterion, appraisal changes and reasons, total, band, rank, gap to the leader and to the next band; nothing of another unit.",
      out: 'folder to write the files to (existing files are never overwritten)',
    },
    ballots: {
      usage: 'thidua ballots <scored.xlsx> -o <ballots.xlsx>',
      summary: 'A ballot for each council member and a «Kiểm phiếu» tally sheet; the next scoring run carries the vote into «Tổng hợp».',
      out: 'file to write the ballots to (a new file)',
    },
  },
  errors: {
    unknownCommand: (p: P) => `There is no command «${p.command}». Commands: ${p.commands}.`,
    noCommand: 'No command given.',
    unknownOption: (p: P) => `The command «${p.command}» has no option «${p.option}».`,
    missingValue: (p: P) => `The option «${p.option}» needs a value (${p.value}).`,
    notAFlag: (p: P) => `The option «${p.option}» takes no value.`,
    repeated: (p: P) => `The option «${p.option}» may be given once.`,
    unknownLanguage: (p: P) => `There is no language «${p.language}»: use --lang vi or --lang en.`,
    badTime: (p: P) => `The time «${p.value}» cannot be read: use the form 2024-12-31T08:00:00Z.`,
    tooMany: (p: P) => `Too many arguments: ${p.extra}.`,
    tooFew: (p: P) => `Missing arguments: ${p.usage}`,
    missingOption: (p: P) => `The option «${p.option}» is required: ${p.usage}`,
    badAnswer: (p: P) => `«--unit ${p.answer}» is not of the form file=unit-code.`,
    seeHelp: (p: P) => `See: thidua ${p.command}--help`,
  },
  unexpected: (p: P) => `The command «${p.command}» stopped on an unexpected error of the software; the input files are unchanged. Please report it with the command that was run (run again with the environment variable THIDUA_DEBUG=1 for technical details).`,
  severity: { error: 'error', warning: 'warning', info: 'note' },
  whereFindings: (p: P) => `Read the ${p.count} errors, warnings and notes on the sheet «${p.sheet}» of ${p.file}.`,
  whereNoFindings: (p: P) => `No errors or warnings; the results are on the sheet «${p.sheet}» of ${p.file}.`,
  whereImportLog: (p: P) => `Read why for each file on the sheet «${p.sheet}» of ${p.file}.`,
  whereTemplates: (p: P) => `What to correct in the plan and the register is printed above; for everything: thidua score ${p.file}`,
  nothingScored: (p: P) => `Nothing was scored because the plan is invalid; why is on the sheet «${p.sheet}» of ${p.file}.`,
};
