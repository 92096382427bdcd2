/**
 * `thidua plan-from-table <table.docx|table.xlsx> [-o plan.xlsx] [--sheet NAME] [--yes]`: prints what the
 * scoring table says (criteria, kinds, maxima, caps, per-case rules, gates, findings with their rows) and
 * writes the «Kế hoạch» sheet into a new file only once the officer confirms — a prompt on a terminal, or
 * --yes. Never over an existing file, never over an existing plan sheet.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import ExcelJS from 'exceljs';
import { FileError } from '../../adapters/xlsx/file';
import { createXlsxPort, loadWorkbook, saveWorkbook } from '../../adapters/xlsx/port';
import { snapshotWorkbook } from '../../adapters/xlsx/read';
import { criterionDepths, readPlanFromTable, summarizeProposal, writePlanFromTable, type TableSource } from '../../app/plan-from-table';
import type { Criterion, Plan } from '../../domain/plan/schema';
import { keyOf } from '../../domain/plan/tree';
import { describeFinding, dictionaries, type Language } from '../../i18n';
import { formatNumberEn, formatNumberVi } from '../../i18n/types';
import { findPlanSheet } from '../../workbook/run';
import { exitCode, flagOption, helpOf, line, outOption, stringOption, type Command, type CommandIo, type Output } from '../command';
import { makeFolderFor } from './shared';

function describe(c: Criterion, language: Language): string {
  const t = dictionaries[language].planTable;
  const fmt = language === 'vi' ? formatNumberVi : formatNumberEn;
  const parts = [t.kinds[c.kind] ?? c.kind];
  if (c.gate === true) parts.push(t.gatePart);
  else if (c.method === 'perCase') parts.push(t.perCasePart({ points: fmt(c.pointsPerCase ?? 0), max: fmt(c.maxPoints), capped: c.capped === false ? '' : 'yes' }));
  else parts.push(t.maxPart({ max: fmt(c.maxPoints) }));
  if (c.method === 'steps') {
    const op = { atLeast: '≥', above: '>', atMost: '≤', below: '<' } as const;
    parts.push(t.stepsPart({ steps: c.steps.map((s) => `${op[s.op ?? 'atLeast']}${fmt(s.from)}${c.targetUnit}: ${fmt(s.points)}`).join('; ') }));
  }
  const caps: [string, number | undefined][] = [
    ['bonus', c.sectionBonusCap],
    ['deduction', c.sectionDeductionCap],
    ['adjustment', c.sectionAdjustmentCap],
  ];
  for (const [what, value] of caps) if (value !== undefined) parts.push(t.capPart({ what: t.capKinds[what] ?? what, value: fmt(value) }));
  return parts.join('; ');
}

function printProposal(plan: Plan, rows: ReadonlyMap<string, number>, out: Output, language: Language): void {
  const t = dictionaries[language].planTable;
  const fmt = language === 'vi' ? formatNumberVi : formatNumberEn;
  const s = summarizeProposal(plan);
  line(out, t.counts({ total: s.total, base: s.base, bonus: s.bonus, deduction: s.deduction, groups: s.groups }));
  line(out, t.maxima({ base: fmt(s.baseMax), bonus: fmt(s.bonusMax), deduction: fmt(s.deductionMax) }));
  const depths = criterionDepths(plan);
  for (const c of plan.criteria) {
    const text = c.text.length > 70 ? `${c.text.slice(0, 69)}…` : c.text;
    line(out, t.criterionLine({ indent: '  '.repeat(depths.get(keyOf(c)) ?? 0), code: c.code, text, what: describe(c, language), row: rows.get(keyOf(c)) ?? '' }));
  }
}

/** The officer's answer, read from a terminal; the question goes to stdout (the terminal echoes the typing itself). */
async function ask(io: CommandIo, stdin: NodeJS.ReadableStream, question: string): Promise<string> {
  io.stdout.write(question);
  const rl = createInterface({ input: stdin, terminal: false });
  try {
    return (await rl.question('')).trim();
  } finally {
    rl.close();
  }
}

export const planFromTableCommand: Command = {
  name: 'plan-from-table',
  ...helpOf('planFromTable'),
  positionals: { min: 1, max: 1 },
  options: {
    out: outOption('planFromTable', 'file'),
    sheet: { type: 'string', value: (t) => t.cliHelp.values.sheet, describe: (t) => t.cliHelp.commands.planFromTable.sheet },
    yes: { type: 'boolean', short: 'y', describe: (t) => t.cliHelp.commands.planFromTable.yes },
  },
  async run(args, io) {
    const language = args.language;
    const t = dictionaries[language].planTable;
    const input = args.positionals[0] ?? '';
    const sheet = stringOption(args, 'sheet');
    const ext = extname(input).toLowerCase();
    const output = stringOption(args, 'out') ?? join(dirname(input), `${basename(input, extname(input))}.ke-hoach.xlsx`);
    let bytes: Buffer;
    try {
      bytes = await readFile(input);
    } catch {
      line(io.stderr, t.notFound({ file: input }));
      return exitCode.failed;
    }
    line(io.stdout, t.reading({ file: input }));

    let source: TableSource;
    let workbook: ExcelJS.Workbook | undefined;
    if (ext === '.docx') source = { kind: 'docx', bytes, fileName: basename(input) };
    else if (ext === '.xlsx' || ext === '.xlsm') {
      try {
        workbook = await loadWorkbook(bytes);
      } catch {
        line(io.stderr, t.notReadable({ file: input }));
        return exitCode.failed;
      }
      source = { kind: 'workbook', snapshot: snapshotWorkbook(workbook), fileName: basename(input), ...(sheet === undefined ? {} : { sheet }) };
    } else {
      line(io.stderr, t.notReadable({ file: input }));
      return exitCode.failed;
    }

    const reading = await readPlanFromTable(source, { now: args.now });
    if (reading.status === 'notReadable') {
      line(io.stderr, t.notReadable({ file: input }));
      return exitCode.failed;
    }
    if (reading.status === 'sheetMissing') {
      line(io.stderr, t.sheetMissing({ sheet: sheet ?? '' }));
      return exitCode.failed;
    }
    if (reading.proposal) line(io.stdout, t.table({ table: reading.proposal.table, header: reading.proposal.headerRows.join(', ') }));
    const rows = new Map((reading.proposal?.criteria ?? []).map((c) => [keyOf(c.criterion), c.row]));
    if (reading.plan) printProposal(reading.plan, rows, io.stdout, language);
    if (reading.findings.length > 0) {
      line(io.stdout, t.findingsHeading({ count: reading.findings.length }));
      for (const f of reading.findings) line(io.stdout, t.findingLine({ severity: t.severity[f.severity] ?? f.severity, message: describeFinding(f, language).message }));
    }
    if (!reading.plan) {
      line(io.stderr, t.invalid);
      return exitCode.failed;
    }

    // Refuse before asking: an existing file or an existing plan sheet is never replaced.
    if (existsSync(output) || resolve(output) === resolve(input)) {
      line(io.stderr, t.outputExists({ file: output }));
      return exitCode.failed;
    }
    const existingPlan = workbook ? findPlanSheet(snapshotWorkbook(workbook)) : undefined;
    if (existingPlan) {
      line(io.stderr, t.planExists({ sheet: existingPlan.name }));
      return exitCode.failed;
    }
    if (!flagOption(args, 'yes')) {
      if (io.stdin?.isTTY !== true) {
        line(io.stderr, t.needsConfirm);
        return exitCode.failed;
      }
      const answer = (await ask(io, io.stdin, t.confirm({ file: output }))).toLocaleLowerCase('vi');
      if (!t.yesAnswers.includes(answer)) {
        line(io.stdout, t.notConfirmed);
        return exitCode.failed;
      }
    }
    // A pasted table's workbook keeps its sheets and gains the plan; a Word table gives a new workbook.
    const target = workbook ?? new ExcelJS.Workbook();
    const written = await writePlanFromTable(createXlsxPort(target), reading.plan);
    if (written.status === 'exists') {
      line(io.stderr, t.planExists({ sheet: written.sheet }));
      return exitCode.failed;
    }
    try {
      makeFolderFor(output);
      // 'wx': a file that appeared since the check above is still not replaced.
      await writeFile(output, await saveWorkbook(target), { flag: 'wx' });
    } catch (e) {
      if (e instanceof FileError) throw e;
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new FileError('cannotWrite', output, e instanceof Error ? e.message : String(e));
      line(io.stderr, t.outputExists({ file: output }));
      return exitCode.failed;
    }
    line(io.stdout, t.written({ sheet: written.sheet, file: output }));
    return exitCode.ok;
  },
};
