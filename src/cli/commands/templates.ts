/** `thidua templates <master.xlsx> -o <folder>`: one form per unit of the register; no file in the folder is overwritten. */
import { basename } from 'node:path';
import { writeTemplatesToFolder } from '../../adapters/xlsx/templates-file';
import { dictionaries } from '../../i18n';
import { exitCode, line, stringOption, type Command } from '../command';
import { fileProblem, findingLine } from './shared';

export const templatesCommand: Command = {
  name: 'templates',
  usage: (t) => t.cliHelp.commands.templates.usage,
  summary: (t) => t.cliHelp.commands.templates.summary,
  positionals: { min: 1, max: 1 },
  options: {
    out: { type: 'string', short: 'o', value: (t) => t.cliHelp.values.folder, describe: (t) => t.cliHelp.commands.templates.out },
  },
  async run(args, io) {
    const language = args.language;
    const t = dictionaries[language];
    const input = args.positionals[0] ?? '';
    const folder = stringOption(args, 'out');
    if (folder === undefined) {
      line(io.stderr, t.templates.cli.outputRequired);
      return exitCode.usage;
    }
    const started = performance.now();
    try {
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
    } catch (e) {
      const problem = fileProblem(e, language);
      if (problem === undefined) throw e;
      line(io.stderr, problem);
      return exitCode.failed;
    }
  },
};
