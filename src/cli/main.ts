#!/usr/bin/env node
/** Command line: parses arguments and prints; the work is done by src/app (use cases) through src/adapters/xlsx. */
import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { describeFinding, dictionaries, type Language } from '../i18n';
import { formatNumberVi, formatNumberEn } from '../i18n/types';
import { countBySeverity } from '../workbook/render/summary';
import { FileError, scoreFile } from '../adapters/xlsx/file';
import { importFolder } from '../adapters/xlsx/import-folder';
import { InputFileError } from '../adapters/xlsx/input-file';
import { writeTemplatesToFolder } from '../adapters/xlsx/templates-file'; // issue 4: templates
import type { RunResult } from '../workbook/run';

const bundledSample = resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx');

interface Args {
  readonly command: string;
  readonly input: string;
  readonly output: string;
  readonly language: Language;
  readonly now: Date;
  readonly verbose: boolean;
  /** issue 4: templates need an explicit output folder. */
  readonly outputGiven: boolean;
  /** import: the folder of returned unit workbooks, and whether a second file for a unit replaces the first. */
  readonly folder?: string;
  readonly replace: boolean;
  /** import: the officer's answers for waiting files (--unit file=code, --replace-file file). */
  readonly unitOf: ReadonlyMap<string, string>;
  readonly replaceFiles: ReadonlySet<string>;
}

function parseArgs(argv: readonly string[]): Args | { error: string } {
  const [command = 'score', ...rest] = argv;
  let output: string | undefined;
  let language: Language = 'vi';
  let now = new Date();
  let verbose = false;
  let replace = false;
  const unitOf = new Map<string, string>();
  const replaceFiles = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (a === '-o' || a === '--out') output = rest[++i];
    else if (a === '--lang') language = rest[++i] === 'en' ? 'en' : 'vi';
    else if (a === '--now') now = new Date(rest[++i] ?? '');
    else if (a === '-v' || a === '--verbose') verbose = true;
    else if (a === '--replace') replace = true;
    else if (a === '--unit') {
      // "file=code": the file name may itself hold "=", the unit code never does.
      const answer = rest[++i] ?? '';
      const at = answer.lastIndexOf('=');
      if (at <= 0 || at === answer.length - 1) return { error: `--unit ${answer}` };
      unitOf.set(answer.slice(0, at), answer.slice(at + 1));
    } else if (a === '--replace-file') {
      const file = rest[++i];
      if (file === undefined || file === '') return { error: a };
      replaceFiles.add(file);
    }
    else if (a.startsWith('-')) return { error: a };
    else positional.push(a);
  }
  const input = positional[0];
  const folder = positional[1];
  if (Number.isNaN(now.getTime())) return { error: '--now' };
  const source = input ?? bundledSample;
  const suffix = command === 'import' ? 'nhap' : 'ket-qua';
  const defaultOut = input
    ? join(dirname(source), `${basename(source, extname(source))}.${suffix}.xlsx`)
    : resolve(__dirname, '../../out', `${basename(source, extname(source))}.ket-qua.xlsx`);
  return { command, input: source, output: output ?? defaultOut, language, now, verbose, outputGiven: output !== undefined, replace, unitOf, replaceFiles, ...(folder === undefined ? {} : { folder }) };
}

function printResult(result: RunResult, language: Language, verbose: boolean): void {
  const t = dictionaries[language].cli;
  const fmt = language === 'vi' ? formatNumberVi : formatNumberEn;
  if (!result.evaluation) {
    console.log(t.noPlan);
  } else {
    for (const block of result.evaluation.blocks) {
      console.log(t.blockHeading({ block: block.block }));
      for (const u of block.units) {
        console.log(
          t.rankLine({ rank: u.rank, name: u.unit.name, total: fmt(u.total), band: u.band ?? '', award: u.award ? `${u.award.form} (${u.award.level})` : '', tie: u.unresolvedTie ? 1 : '' }),
        );
      }
      if (block.unscored.length > 0) console.log(t.unscored({ names: block.unscored.map((u) => u.name).join(', ') }));
    }
    for (const r of result.evaluation.ratios) {
      console.log(
        t.ratioLine({
          rule: r.rule.name,
          qualifying: r.qualifying,
          total: r.total,
          ratio: r.ratio === undefined ? '—' : `${fmt(r.ratio * 100, 1)}%`,
          comparison: r.rule.comparison === 'atLeast' ? '≥' : '≤',
          threshold: `${fmt(r.rule.ratio * 100)}%`,
          verdict: r.met ? t.ratioMet : t.ratioNotMet,
        }),
      );
    }
    // issue 5a: the proposals' verdicts in one line (the sheet has them one by one)
    const verdicts = result.evaluation.eligibility?.verdicts ?? [];
    if (verdicts.length > 0) {
      const tally = { eligible: 0, notEligible: 0, needsCheck: 0 };
      for (const v of verdicts) tally[v.verdict]++;
      const members = result.plan?.info.councilMembers;
      console.log(dictionaries[language].proposalSheet.counts({ total: verdicts.length, ...tally, ...(members === undefined ? {} : { members }) }));
    }
  }
  console.log(t.findingsCount(countBySeverity(result.findings)));
  if (verbose) {
    for (const f of result.findings) {
      const d = describeFinding(f, language);
      console.log(`  [${f.severity}] ${f.unitCode ? `${f.unitCode} ` : ''}${f.cell ? `${f.cell.sheet}!${f.cell.address} ` : ''}${d.message}`);
    }
  }
}

// issue 5b: the run log names who ran it; the operating system account is what a terminal knows.
function currentUser(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined; // no user entry for this uid (some containers): the log says "không xác định"
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const language: Language = 'error' in args ? 'vi' : args.language;
  const t = dictionaries[language].cli;
  if (!('error' in args) && args.command === 'templates') return templates(args); // issue 4: templates
  if (!('error' in args) && args.command === 'import') return importResults(args);
  if ('error' in args || args.command !== 'score') {
    if ('error' in args) console.error(t.unknownOption({ option: args.error }));
    for (const line of t.usage) console.error(line);
    return 2;
  }
  mkdirSync(dirname(args.output), { recursive: true });
  // Reading and writing a big workbook takes a while: say every few seconds that work goes on.
  const started = Date.now();
  const user = currentUser();
  const ticker = setInterval(() => console.log(t.elapsed({ seconds: Math.round((Date.now() - started) / 1000) })), 3000);
  try {
    const { result, timings } = await scoreFile(args.input, args.output, {
      now: args.now,
      ...(user === undefined ? {} : { user }),
      onStep: (step, ms) => {
        if (step === 'read') console.log(t.reading({ file: args.input }));
        if (step === 'score') console.log(`${t.read({ ms: Math.round(ms ?? 0) })}\n${t.scoring}`);
        if (step === 'write') console.log(t.writing({ file: args.output }));
      },
    });
    console.log(t.written({ file: args.output, ms: Math.round(timings.write) }));
    printResult(result, args.language, args.verbose);
    return 0;
  } catch (e) {
    if (e instanceof InputFileError) {
      console.error(dictionaries[language].safety.kinds[e.problem]({ file: e.file }));
      return 1;
    }
    if (e instanceof FileError) {
      const reason = e.reason === 'sameFile' ? t.sameFile : e.reason === 'cannotWrite' ? t.cannotWrite({ file: e.file, reason: e.detail }) : t.cannotRead({ file: e.file, reason: t[e.reason] });
      console.error(reason);
      return 1;
    }
    throw e;
  } finally {
    clearInterval(ticker);
  }
}

/** issue 4: `thidua templates <master.xlsx> -o <folder>`: one unit template per unit of the register. */
async function templates(args: Args): Promise<number> {
  const t = dictionaries[args.language];
  if (!args.outputGiven) {
    console.error(t.templates.cli.outputRequired);
    return 2;
  }
  const started = performance.now();
  try {
    const made = await writeTemplatesToFolder(args.input, args.output, { now: args.now });
    for (const f of made.findings) {
      const d = describeFinding(f, args.language);
      console.error(`  [${f.severity}] ${f.cell ? `${f.cell.sheet}!${f.cell.address} ` : ''}${d.message}`);
    }
    if (!made.plan) {
      console.error(t.templates.cli.planMissing);
      return 1;
    }
    if (made.files.length === 0) {
      console.error(t.templates.cli.noUnits);
      return 1;
    }
    for (const file of made.files) console.log(t.templates.cli.written({ file: basename(file) }));
    for (const r of made.renamed) console.log(t.safety.templateKept(r));
    console.log(t.templates.cli.total({ count: made.files.length, folder: args.output, ms: Math.round(performance.now() - started) }));
    if (made.renamed.length > 0) console.log(t.safety.templatesKept({ count: made.renamed.length }));
    return 0;
  } catch (e) {
    if (e instanceof InputFileError) {
      console.error(t.safety.kinds[e.problem]({ file: e.file }));
      return 1;
    }
    if (e instanceof FileError) {
      console.error(e.reason === 'cannotWrite' ? t.cli.cannotWrite({ file: e.file, reason: e.detail }) : t.cli.cannotRead({ file: e.file, reason: e.reason === 'notXlsx' ? t.cli.notXlsx : t.cli.notFound }));
      return 1;
    }
    throw e;
  }
}

/** thidua import <master.xlsx> <folder> [-o out.xlsx] [--unit file=code …] [--replace-file file …] [--replace]: a line per file, then the totals. */
async function importResults(args: Args): Promise<number> {
  const t = dictionaries[args.language];
  const folder = args.folder;
  if (folder === undefined || args.input === bundledSample) {
    for (const line of t.importText.cli.usage) console.error(line);
    return 2;
  }
  try {
    mkdirSync(dirname(args.output), { recursive: true });
    const { plan, files } = await importFolder(args.input, folder, args.output, { now: args.now, answers: { unitOf: args.unitOf, replaceFiles: args.replaceFiles, replaceAll: args.replace } });
    if (plan.status === 'refused') {
      console.error(plan.reason);
      return 1;
    }
    const seen = new Set(plan.log.map((r) => r.file));
    for (const file of [...args.unitOf.keys(), ...args.replaceFiles]) if (!seen.has(file)) console.error(t.importText.cli.unusedAnswer({ file }));
    for (const row of plan.log) console.log(t.importText.cli.line({ file: row.file, status: t.importText.status[row.status], unit: row.unit, reason: row.reason }));
    const count = (status: string): number => plan.log.filter((r) => r.status === status).length;
    console.log(t.importText.summaryLine({ files, imported: count('imported'), partial: count('partial'), waiting: count('waiting'), rejected: count('rejected') }));
    console.log(t.importText.cli.written({ file: args.output }));
    return 0;
  } catch (e) {
    if (e instanceof InputFileError) {
      console.error(t.safety.kinds[e.problem]({ file: e.file }));
      return 1;
    }
    if (e instanceof FileError) {
      console.error(e.reason === 'sameFile' ? t.cli.sameFile : e.reason === 'cannotWrite' ? t.cli.cannotWrite({ file: e.file, reason: e.detail }) : t.cli.cannotRead({ file: e.file, reason: e.reason === 'notXlsx' ? t.cli.notXlsx : t.cli.notFound }));
      return 1;
    }
    throw e;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  },
);
