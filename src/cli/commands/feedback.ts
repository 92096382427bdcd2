/** `thidua feedback <scored.xlsx> -o <folder>`: one results notice per unit; no file in the folder is overwritten. */
import { basename } from 'node:path';
import { writeFeedbackToFolder } from '../../adapters/xlsx/feedback-folder';
import { dictionaries } from '../../i18n';
import { exitCode, helpOf, line, outOption, stringOption, type Command } from '../command';
import { findingLine } from './shared';

export const feedbackCommand: Command = {
  name: 'feedback',
  ...helpOf('feedback'),
  positionals: { min: 1, max: 1 },
  options: {
    out: outOption('feedback', 'folder', true),
  },
  async run(args, io) {
    const language = args.language;
    const t = dictionaries[language];
    const input = args.positionals[0] ?? '';
    // Required: args.ts refuses the command without it.
    const folder = stringOption(args, 'out') ?? '';
    const started = performance.now();
    const made = await writeFeedbackToFolder(input, folder, { now: args.now });
    if (!made.result.plan) {
      for (const f of made.findings) line(io.stderr, findingLine(f, language));
      line(io.stderr, t.feedback.cli.planMissing);
      return exitCode.failed;
    }
    if (made.written.length === 0) {
      line(io.stderr, t.feedback.cli.noUnits);
      return exitCode.failed;
    }
    for (const w of made.written) {
      line(io.stdout, w.wanted === undefined ? t.feedback.cli.written({ file: basename(w.path) }) : t.feedback.cli.renamed({ file: basename(w.path), wanted: w.wanted }));
    }
    line(io.stdout, t.feedback.cli.total({ count: made.written.length, folder, ms: Math.round(performance.now() - started) }));
    return exitCode.ok;
  },
};
