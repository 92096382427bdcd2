/** `thidua templates <master.xlsx> -o <folder>`: one form per unit of the register; no file in the folder is overwritten. */
import { basename } from 'node:path';
import { writeTemplatesToFolder } from '../../adapters/xlsx/templates-file';
import { dictionaries } from '../../i18n';
import { exitCode, helpOf, line, outOption, stringOption, type Command } from '../command';
import { findingLine } from './shared';

export const templatesCommand: Command = {
  name: 'templates',
  ...helpOf('templates'),
  positionals: { min: 1, max: 1 },
  options: {
    out: outOption('templates', 'folder', true),
  },
  async run(args, io) {
    const language = args.language;
    const t = dictionaries[language];
    const input = args.positionals[0] ?? '';
    // Required: args.ts refuses the command without it.
    const folder = stringOption(args, 'out') ?? '';
    const started = performance.now();
    const made = await writeTemplatesToFolder(input, folder, { now: args.now });
    for (const f of made.findings) line(io.stderr, findingLine(f, language));
    if (!made.plan || made.files.length === 0) {
      line(io.stderr, made.plan ? t.templates.cli.noUnits : t.templates.cli.planMissing);
      line(io.stderr, t.cliHelp.whereTemplates({ file: input }));
      return exitCode.failed;
    }
    for (const file of made.files) line(io.stdout, t.templates.cli.written({ file: basename(file) }));
    for (const r of made.renamed) line(io.stdout, t.safety.templateKept(r));
    line(io.stdout, t.templates.cli.total({ count: made.files.length, folder, ms: Math.round(performance.now() - started) }));
    const scorers = made.templates.filter((x) => x.kind === 'scorer').length;
    if (scorers > 0) line(io.stdout, t.templates.cli.scorers({ count: scorers }));
    if (made.renamed.length > 0) line(io.stdout, t.safety.templatesKept({ count: made.renamed.length }));
    if (made.findings.length > 0) line(io.stdout, t.cliHelp.whereTemplates({ file: input }));
    return exitCode.ok;
  },
};
