/**
 * What a command of the command line is: a plain function from parsed arguments and output streams
 * to an exit code, with the options it accepts and its help. Commands are listed in registry.ts;
 * arguments are parsed in args.ts, the one place that knows the syntax.
 */
import type { Dictionary, Language } from '../i18n';

/** Where a command writes: process.stdout / process.stderr in a terminal, strings in a test. */
export interface Output {
  write(text: string): unknown;
}

export interface CommandIo {
  readonly stdout: Output;
  readonly stderr: Output;
  /** For commands that ask the officer (plan-from-table): asked only on a terminal (isTTY). */
  readonly stdin?: NodeJS.ReadableStream & { readonly isTTY?: boolean };
}

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** May be given several times (the values come as a list). */
  readonly multiple?: boolean;
  /** The command cannot run without it: args.ts refuses the command line (exit 2). */
  readonly required?: boolean;
  /** The value's placeholder in the help («tệp», «thư-mục» …). */
  readonly value?: (t: Dictionary) => string;
  readonly describe: (t: Dictionary) => string;
}

export interface CommandArgs {
  readonly positionals: readonly string[];
  /** Each option by its long name: a string, true, or a list for `multiple`. */
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly language: Language;
  readonly now: Date;
}

export interface Command {
  readonly name: string;
  readonly usage: (t: Dictionary) => string;
  readonly summary: (t: Dictionary) => string;
  /** How many file or folder arguments it takes. */
  readonly positionals: { readonly min: number; readonly max: number };
  readonly options: Readonly<Record<string, OptionSpec>>;
  run(args: CommandArgs, io: CommandIo): Promise<number>;
}

type CommandKey = keyof Dictionary['cliHelp']['commands'];

/** A command's usage line and summary, from its entry in the help texts (t.cliHelp.commands). */
export function helpOf(key: CommandKey): Pick<Command, 'usage' | 'summary'> {
  return { usage: (t) => t.cliHelp.commands[key].usage, summary: (t) => t.cliHelp.commands[key].summary };
}

/** -o, --out: the file or folder the command writes, described in its help entry; `required` when there is no default. */
export function outOption(key: CommandKey, value: 'file' | 'folder', required = false): OptionSpec {
  return { type: 'string', short: 'o', value: (t) => t.cliHelp.values[value], ...(required ? { required } : {}), describe: (t) => t.cliHelp.commands[key].out };
}

/** Exit codes: done, a file or the plan failed, the command was mistyped. */
export const exitCode = { ok: 0, failed: 1, usage: 2 } as const;

export function line(out: Output, text = ''): void {
  out.write(`${text}\n`);
}

export function stringOption(args: CommandArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function listOption(args: CommandArgs, name: string): readonly string[] {
  const v = args.values[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

export function flagOption(args: CommandArgs, name: string): boolean {
  return args.values[name] === true;
}
