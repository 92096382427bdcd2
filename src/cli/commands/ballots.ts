/** `thidua ballots <scored.xlsx> -o <ballots.xlsx>`: the council's ballots and tally sheet, in a new file. */
import { writeBallotsFile } from '../../adapters/xlsx/ballots-file';
import { dictionaries } from '../../i18n';
import { exitCode, helpOf, line, outOption, stringOption, type Command } from '../command';
import { findingLine, makeFolderFor } from './shared';

export const ballotsCommand: Command = {
  name: 'ballots',
  ...helpOf('ballots'),
  positionals: { min: 1, max: 1 },
  options: {
    out: outOption('ballots', 'file', true),
  },
  async run(args, io) {
    const language = args.language;
    const t = dictionaries[language];
    const input = args.positionals[0] ?? '';
    // Required: args.ts refuses the command without it.
    const output = stringOption(args, 'out') ?? '';
    const started = performance.now();
    makeFolderFor(output);
    const made = await writeBallotsFile(input, output, { now: args.now });
    if (made.refused) {
      for (const f of made.findings) line(io.stderr, findingLine(f, language));
      line(io.stderr, t.ballots.cli[made.refused]);
      return exitCode.failed;
    }
    if (made.tally?.kept) line(io.stdout, t.ballots.cli.tallyKept({ sheet: made.tally.sheet }));
    line(io.stdout, t.ballots.cli.written({ file: output, ballots: made.ballotSheets.length, items: made.items.length, ms: Math.round(performance.now() - started) }));
    return exitCode.ok;
  },
};
