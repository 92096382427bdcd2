/** `thidua score [in.xlsx] [-o out.xlsx] [-v]`: scores a workbook into a new file and prints the ranking. */
import { basename, dirname, extname, join, resolve } from 'node:path';
import { scoreFile } from '../../adapters/xlsx/file';
import { dictionaries, type Language } from '../../i18n';
import { describeMissing, explainRanked } from '../../i18n/explain';
import { formatNumberEn, formatNumberVi } from '../../i18n/types';
import { countBySeverity } from '../../workbook/render/summary';
import type { RunResult } from '../../workbook/run';
import { exitCode, flagOption, helpOf, line, outOption, stringOption, type Command, type Output } from '../command';
import { currentUser, findingLine, makeFolderFor, ticker } from './shared';

export const bundledSample = resolve(__dirname, '../../../samples/mau-pgd-chau-thanh-2024.xlsx');

function printResult(out: Output, result: RunResult, language: Language, verbose: boolean): void {
  const t = dictionaries[language].cli;
  const fmt = language === 'vi' ? formatNumberVi : formatNumberEn;
  if (result.evaluation) {
    // What is missing comes first: every result below it may be provisional.
    for (const l of describeMissing(result.evaluation.missing, language)) line(out, l);
    const d = dictionaries[language];
    for (const block of result.evaluation.blocks) {
      line(out, t.blockHeading({ block: block.block }));
      for (const u of block.units) {
        const plain = u.award ? d.sheets.summary.award(u.award) : u.withheldAward ? d.awardNotes.provisional(u.withheldAward) : '';
        const award = u.provisional && plain !== '' ? d.explain.provisional({ text: plain }) : plain;
        line(out, t.rankLine({ rank: u.rank, name: u.unit.name, total: fmt(u.total), band: u.band ?? '', award, tie: u.unresolvedTie ? 1 : '' }));
        const why = verbose ? explainRanked(u, language) : undefined;
        if (why) for (const l of [why.tie, why.band, why.award, why.nextBand]) if (l) line(out, `      ${l}`);
      }
      if (block.unscored.length > 0) line(out, t.unscored({ names: block.unscored.map((u) => u.name).join(', ') }));
    }
    for (const r of result.evaluation.ratios) {
      line(
        out,
        t.ratioLine({
          rule: r.rule.name,
          qualifying: r.qualifying,
          total: r.total,
          ratio: r.ratio === undefined ? '—' : `${fmt(r.ratio * 100, 1)}%`,
          comparison: r.rule.comparison === 'atLeast' ? '≥' : '≤',
          threshold: `${fmt(r.rule.ratio * 100)}%`,
          verdict: r.verdict === 'noProposals' ? t.ratioNoProposals : r.verdict === 'met' ? t.ratioMet : t.ratioNotMet,
        }),
      );
    }
    // The proposals' verdicts in one line (the sheet has them one by one).
    const verdicts = result.evaluation.eligibility?.verdicts ?? [];
    if (verdicts.length > 0) {
      const tally = { eligible: 0, notEligible: 0, needsCheck: 0 };
      for (const v of verdicts) tally[v.verdict]++;
      const members = result.plan?.info.councilMembers;
      line(out, dictionaries[language].proposalSheet.counts({ total: verdicts.length, ...tally, ...(members === undefined ? {} : { members }) }));
    }
  }
  line(out, t.findingsCount(countBySeverity(result.findings)));
  if (verbose) for (const f of result.findings) line(out, findingLine(f, language));
}

export const scoreCommand: Command = {
  name: 'score',
  ...helpOf('score'),
  positionals: { min: 0, max: 1 },
  options: {
    out: outOption('score', 'file'),
    verbose: { type: 'boolean', short: 'v', describe: (t) => t.cliHelp.commands.score.verbose },
  },
  async run(args, io) {
    const language = args.language;
    const t = dictionaries[language];
    const given = args.positionals[0];
    const input = given ?? bundledSample;
    const stem = basename(input, extname(input));
    // A macro workbook keeps its kind: its result is an .xlsm (Excel will not open macros from an .xlsx).
    const ending = input.toLowerCase().endsWith('.xlsm') ? '.xlsm' : '.xlsx';
    const output = stringOption(args, 'out') ?? (given ? join(dirname(input), `${stem}.ket-qua${ending}`) : resolve(__dirname, '../../../out', `${stem}.ket-qua${ending}`));
    const user = currentUser();
    const stop = ticker(io.stdout, language);
    try {
      makeFolderFor(output);
      const { result, timings } = await scoreFile(input, output, {
        now: args.now,
        ...(user === undefined ? {} : { user }),
        onStep: (step, ms) => {
          if (step === 'read') line(io.stdout, t.cli.reading({ file: input }));
          if (step === 'score') line(io.stdout, `${t.cli.read({ ms: Math.round(ms ?? 0) })}\n${t.cli.scoring}`);
          if (step === 'write') line(io.stdout, t.cli.writing({ file: output }));
        },
      });
      stop();
      line(io.stdout, t.cli.written({ file: output, ms: Math.round(timings.write) }));
      printResult(io.stdout, result, language, flagOption(args, 'verbose'));
      const sheet = result.outputSheets.findings;
      if (!result.evaluation) {
        // The output holds the findings sheet, but nothing was ranked: a script must not take it as done.
        line(io.stderr, t.cliHelp.nothingScored({ sheet, file: output }));
        return exitCode.failed;
      }
      const counts = countBySeverity(result.findings);
      const count = counts.errors + counts.warnings + counts.infos;
      line(io.stdout, count > 0 ? t.cliHelp.whereFindings({ count, sheet, file: output }) : t.cliHelp.whereNoFindings({ sheet: result.outputSheets.summary, file: output }));
      return exitCode.ok;
    } finally {
      stop();
    }
  },
};
