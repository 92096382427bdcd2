/**
 * `thidua plan-from-table <table.docx|table.xlsx> [-o plan.xlsx] [--sheet NAME] [--yes] [--lang vi|en]`:
 * prints what the scoring table says (criteria, kinds, maxima, caps, per-case rules, gates, findings with
 * their rows) and writes the «Kế hoạch» sheet into a new file only once the officer confirms — a prompt on
 * a terminal, or --yes. Never over an existing file, never over an existing plan sheet. Self-contained:
 * takes its arguments and streams, returns the exit code.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { describeFinding, dictionaries, type Language } from '../i18n';
import { formatNumberEn, formatNumberVi } from '../i18n/types';
import type { Criterion, Plan } from '../domain/plan/schema';
import { keyOf } from '../domain/plan/tree';
import { createXlsxPort, loadWorkbook, saveWorkbook } from '../adapters/xlsx/port';
import { snapshotWorkbook } from '../adapters/xlsx/read';
import { criterionDepths, readPlanFromTable, summarizeProposal, writePlanFromTable, type TableSource } from '../app/plan-from-table';
import { findPlanSheet } from '../workbook/run';

export interface CommandIo {
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

export function processIo(): CommandIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

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

function printProposal(plan: Plan, rows: ReadonlyMap<string, number>, out: (line: string) => void, language: Language): void {
  const t = dictionaries[language].planTable;
  const fmt = language === 'vi' ? formatNumberVi : formatNumberEn;
  const s = summarizeProposal(plan);
  out(t.counts({ total: s.total, base: s.base, bonus: s.bonus, deduction: s.deduction, groups: s.groups }));
  out(t.maxima({ base: fmt(s.baseMax), bonus: fmt(s.bonusMax), deduction: fmt(s.deductionMax) }));
  const depths = criterionDepths(plan);
  for (const c of plan.criteria) {
    const text = c.text.length > 70 ? `${c.text.slice(0, 69)}…` : c.text;
    out(t.criterionLine({ indent: '  '.repeat(depths.get(keyOf(c)) ?? 0), code: c.code, text, what: describe(c, language), row: rows.get(keyOf(c)) ?? '' }));
  }
}

async function ask(io: CommandIo, question: string): Promise<string> {
  const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: io.stdin.isTTY === true });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

export async function planFromTableCommand(argv: readonly string[], io: CommandIo = processIo(), now: Date = new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        sheet: { type: 'string' },
        yes: { type: 'boolean', short: 'y' },
        lang: { type: 'string' },
      },
    });
  } catch (e) {
    const t = dictionaries.vi;
    io.stderr.write(`${t.cli.unknownOption({ option: e instanceof Error ? e.message : String(e) })}\n`);
    for (const line of t.planTable.usage) io.stderr.write(`${line}\n`);
    return 2;
  }
  const language: Language = parsed.values.lang === 'en' ? 'en' : 'vi';
  const t = dictionaries[language].planTable;
  const out = (line: string): void => void io.stdout.write(`${line}\n`);
  const err = (line: string): void => void io.stderr.write(`${line}\n`);
  const input = parsed.positionals[0];
  if (input === undefined || parsed.positionals.length > 1) {
    for (const line of t.usage) err(line);
    return 2;
  }
  const ext = extname(input).toLowerCase();
  const output = parsed.values.out ?? join(dirname(input), `${basename(input, extname(input))}.ke-hoach.xlsx`);
  let bytes: Buffer;
  try {
    bytes = await readFile(input);
  } catch {
    err(t.notFound({ file: input }));
    return 1;
  }
  out(t.reading({ file: input }));

  let source: TableSource;
  let workbook: ExcelJS.Workbook | undefined;
  if (ext === '.docx') source = { kind: 'docx', bytes, fileName: basename(input) };
  else if (ext === '.xlsx' || ext === '.xlsm') {
    try {
      workbook = await loadWorkbook(bytes);
    } catch {
      err(t.notReadable({ file: input }));
      return 1;
    }
    source = { kind: 'workbook', snapshot: snapshotWorkbook(workbook), fileName: basename(input), ...(parsed.values.sheet === undefined ? {} : { sheet: parsed.values.sheet }) };
  } else {
    err(t.notReadable({ file: input }));
    return 1;
  }

  const reading = await readPlanFromTable(source, { now });
  if (reading.status === 'notReadable') {
    err(t.notReadable({ file: input }));
    return 1;
  }
  if (reading.status === 'sheetMissing') {
    err(t.sheetMissing({ sheet: parsed.values.sheet ?? '' }));
    return 1;
  }
  if (reading.proposal) out(t.table({ table: reading.proposal.table, header: reading.proposal.headerRows.join(', ') }));
  const rows = new Map((reading.proposal?.criteria ?? []).map((c) => [keyOf(c.criterion), c.row]));
  if (reading.plan) printProposal(reading.plan, rows, out, language);
  if (reading.findings.length > 0) {
    out(t.findingsHeading({ count: reading.findings.length }));
    for (const f of reading.findings) out(t.findingLine({ severity: t.severity[f.severity] ?? f.severity, message: describeFinding(f, language).message }));
  }
  if (!reading.plan) {
    err(t.invalid);
    return 1;
  }

  // Refuse before asking: an existing file or an existing plan sheet is never replaced.
  if (existsSync(output) || resolve(output) === resolve(input)) {
    err(t.outputExists({ file: output }));
    return 1;
  }
  const existingPlan = workbook ? findPlanSheet(snapshotWorkbook(workbook)) : undefined;
  if (existingPlan) {
    err(t.planExists({ sheet: existingPlan.name }));
    return 1;
  }
  if (parsed.values.yes !== true) {
    if (io.stdin.isTTY !== true) {
      err(t.needsConfirm);
      return 1;
    }
    const answer = (await ask(io, t.confirm({ file: output }))).toLocaleLowerCase('vi');
    if (!t.yesAnswers.includes(answer)) {
      out(t.notConfirmed);
      return 1;
    }
  }
  // A pasted table's workbook keeps its sheets and gains the plan; a Word table gives a new workbook.
  const target = workbook ?? new ExcelJS.Workbook();
  const written = await writePlanFromTable(createXlsxPort(target), reading.plan);
  if (written.status === 'exists') {
    err(t.planExists({ sheet: written.sheet }));
    return 1;
  }
  try {
    await writeFile(output, await saveWorkbook(target), { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    err(code === 'EEXIST' ? t.outputExists({ file: output }) : dictionaries[language].cli.cannotWrite({ file: output, reason: e instanceof Error ? e.message : String(e) }));
    return 1;
  }
  out(t.written({ sheet: written.sheet, file: output }));
  return 0;
}
