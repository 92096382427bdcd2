/**
 * `thidua import <master.xlsx> <folder> [-o out.xlsx] [--unit file=code …] [--replace-file file …] [--replace]`:
 * a line per entry of the folder, then the totals, then where the log is.
 */
import { basename, dirname, extname, join } from 'node:path';
import { importFolder } from '../../adapters/xlsx/import-folder';
import { dictionaries } from '../../i18n';
import { exitCode, flagOption, helpOf, line, listOption, outOption, stringOption, type Command } from '../command';
import { makeFolderFor } from './shared';

export const importCommand: Command = {
  name: 'import',
  ...helpOf('import'),
  positionals: { min: 2, max: 2 },
  options: {
    out: outOption('import', 'file'),
    unit: { type: 'string', multiple: true, value: (t) => t.cliHelp.values.answer, describe: (t) => t.cliHelp.commands.import.unit },
    'replace-file': { type: 'string', multiple: true, value: (t) => t.cliHelp.values.file, describe: (t) => t.cliHelp.commands.import.replaceFile },
    replace: { type: 'boolean', describe: (t) => t.cliHelp.commands.import.replace },
  },
  async run(args, io) {
    const language = args.language;
    const t = dictionaries[language];
    const [master = '', folder = ''] = args.positionals;
    const output = stringOption(args, 'out') ?? join(dirname(master), `${basename(master, extname(master))}.nhap.xlsx`);
    // "file=code": the file name may itself hold "=", the unit code never does.
    const unitOf = new Map<string, string>();
    for (const answer of listOption(args, 'unit')) {
      const at = answer.lastIndexOf('=');
      if (at <= 0 || at === answer.length - 1) {
        line(io.stderr, t.cliHelp.errors.badAnswer({ answer }));
        return exitCode.usage;
      }
      unitOf.set(answer.slice(0, at), answer.slice(at + 1));
    }
    const replaceFiles = new Set(listOption(args, 'replace-file'));
    makeFolderFor(output);
    const { plan, files } = await importFolder(master, folder, output, { now: args.now, answers: { unitOf, replaceFiles, replaceAll: flagOption(args, 'replace') } });
    if (plan.status === 'refused') {
      line(io.stderr, plan.reason);
      return exitCode.failed;
    }
    const seen = new Set(plan.log.map((r) => r.file));
    for (const file of [...unitOf.keys(), ...replaceFiles]) if (!seen.has(file)) line(io.stderr, t.importText.cli.unusedAnswer({ file }));
    for (const row of plan.log) line(io.stdout, t.importText.cli.line({ file: row.file, status: t.importText.status[row.status], unit: row.unit, reason: row.reason }));
    const count = (status: string): number => plan.log.filter((r) => r.status === status).length;
    line(io.stdout, t.importText.summaryLine({ files, imported: count('imported'), partial: count('partial'), waiting: count('waiting'), rejected: count('rejected') }));
    line(io.stdout, t.importText.cli.written({ file: output }));
    line(io.stdout, t.cliHelp.whereImportLog({ sheet: t.importText.logSheet, file: output }));
    return exitCode.ok;
  },
};
