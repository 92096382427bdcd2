/**
 * plan-from-table, feedback and ballots as commands of the registry: the one parser (args.ts) checks their
 * options and files, then each runs its own function with the arguments it reads.
 */
import type { Command, CommandArgs, CommandIo } from '../command';
import { ballotsCommand } from '../ballots';
import { feedbackCommand } from '../feedback';
import { planFromTableCommand } from '../plan-from-table';

/** The checked arguments written back as the function reads them. */
function argvOf(args: CommandArgs, names: readonly string[]): string[] {
  const out = [...args.positionals, '--lang', args.language];
  for (const name of names) {
    const v = args.values[name];
    if (typeof v === 'string') out.push(`--${name}`, v);
    else if (v === true) out.push(`--${name}`);
  }
  return out;
}

const lines = (io: CommandIo) => ({ out: (l: string) => void io.stdout.write(`${l}\n`), err: (l: string) => void io.stderr.write(`${l}\n`) });

export const planFromTableCommandSpec: Command = {
  name: 'plan-from-table',
  usage: (t) => t.cliHelp.bridged.planFromTable.usage,
  summary: (t) => t.cliHelp.bridged.planFromTable.summary,
  positionals: { min: 1, max: 1 },
  options: {
    out: { type: 'string', short: 'o', value: (t) => t.cliHelp.values.file, describe: (t) => t.cliHelp.bridged.planFromTable.out },
    sheet: { type: 'string', value: (t) => t.cliHelp.values.sheet, describe: (t) => t.cliHelp.bridged.planFromTable.sheet },
    yes: { type: 'boolean', short: 'y', describe: (t) => t.cliHelp.bridged.planFromTable.yes },
  },
  run: (args, io) =>
    planFromTableCommand(argvOf(args, ['out', 'sheet', 'yes']), { stdin: (io.stdin ?? process.stdin) as NodeJS.ReadableStream & { isTTY?: boolean }, stdout: io.stdout as NodeJS.WritableStream, stderr: io.stderr as NodeJS.WritableStream }, args.now),
};

export const feedbackCommandSpec: Command = {
  name: 'feedback',
  usage: (t) => t.cliHelp.bridged.feedback.usage,
  summary: (t) => t.cliHelp.bridged.feedback.summary,
  positionals: { min: 1, max: 1 },
  options: { out: { type: 'string', short: 'o', value: (t) => t.cliHelp.values.folder, describe: (t) => t.cliHelp.bridged.feedback.out } },
  run: (args, io) => feedbackCommand([...argvOf(args, ['out']), '--now', args.now.toISOString()], lines(io)),
};

export const ballotsCommandSpec: Command = {
  name: 'ballots',
  usage: (t) => t.cliHelp.bridged.ballots.usage,
  summary: (t) => t.cliHelp.bridged.ballots.summary,
  positionals: { min: 1, max: 1 },
  options: { out: { type: 'string', short: 'o', value: (t) => t.cliHelp.values.file, describe: (t) => t.cliHelp.bridged.ballots.out } },
  run: (args, io) => ballotsCommand([...argvOf(args, ['out']), '--now', args.now.toISOString()], lines(io)),
};
