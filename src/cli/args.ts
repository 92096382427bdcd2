/**
 * The one place that knows the command line's syntax: `thidua <command> [files] [options]`, parsed with
 * node:util parseArgs against the registry's commands. Every mistake is refused with a sentence (exit 2):
 * an unknown command or option, an option without its value, a required option left out, an unknown --lang, an unreadable --now,
 * too many or too few files — nothing is guessed.
 */
import { parseArgs } from 'node:util';
import { dictionaries, type Language } from '../i18n';
import type { Command, CommandArgs, OptionSpec } from './command';

/** Options every command takes. */
export const commonOptions: Readonly<Record<string, OptionSpec>> = {
  help: { type: 'boolean', short: 'h', describe: (t) => t.cliHelp.common.help },
  lang: { type: 'string', value: (t) => t.cliHelp.values.language, describe: (t) => t.cliHelp.common.lang },
  now: { type: 'string', value: (t) => t.cliHelp.values.time, describe: (t) => t.cliHelp.common.now },
};

export type Parsed =
  | { readonly kind: 'help'; readonly language: Language; readonly command?: Command }
  | { readonly kind: 'run'; readonly command: Command; readonly args: CommandArgs }
  | { readonly kind: 'error'; readonly language: Language; readonly message: string; readonly command?: Command };

const languages: readonly Language[] = ['vi', 'en'];

/** The language asked for, read before anything else so that every error is said in it. */
function languageOf(argv: readonly string[]): Language | { readonly unknown: string } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value === undefined) continue;
    return (languages as readonly string[]).includes(value) ? (value as Language) : { unknown: value };
  }
  return 'vi';
}

export function parseCommandLine(argv: readonly string[], commands: readonly Command[]): Parsed {
  const asked = languageOf(argv);
  const language: Language = typeof asked === 'string' ? asked : 'vi';
  const e = dictionaries[language].cliHelp.errors;
  const [name, ...rest] = argv;
  if (typeof asked !== 'string') return { kind: 'error', language, message: e.unknownLanguage({ language: asked.unknown }) };
  if (name === 'help' || argv.every((a) => a.startsWith('-') || a === asked) && argv.some((a) => a === '--help' || a === '-h')) return { kind: 'help', language };
  if (name === undefined || name.startsWith('-')) return { kind: 'error', language, message: e.noCommand };
  const command = commands.find((c) => c.name === name);
  if (!command) return { kind: 'error', language, message: e.unknownCommand({ command: name, commands: commands.map((c) => c.name).join(', ') }) };
  const fail = (message: string): Parsed => ({ kind: 'error', language, message, command });

  const specs = { ...commonOptions, ...command.options };
  const config = Object.fromEntries(
    Object.entries(specs).map(([long, s]) => [long, { type: s.type, ...(s.short ? { short: s.short } : {}), ...(s.multiple ? { multiple: true } : {}) }]),
  );
  // Not strict: every token is checked below, so each mistake gets its own sentence.
  const { tokens } = parseArgs({ args: [...rest], options: config, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = specs[token.name];
    if (!spec) return fail(e.unknownOption({ command: command.name, option: token.rawName }));
    if (spec.type === 'boolean') {
      if (token.value !== undefined) return fail(e.notAFlag({ option: token.rawName }));
      values[token.name] = true;
      continue;
    }
    // "--lang --now" is a forgotten value, not the value "--now" (an inline "--unit=-a.xlsx=X" may start with "-").
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
      return fail(e.missingValue({ option: token.rawName, value: spec.value?.(dictionaries[language]) ?? '' }));
    }
    if (spec.multiple) values[token.name] = [...((values[token.name] as string[] | undefined) ?? []), token.value];
    else if (values[token.name] !== undefined && token.name !== 'lang') return fail(e.repeated({ option: token.rawName }));
    else values[token.name] = token.value;
  }
  if (values.help === true) return { kind: 'help', language, command };
  const nowText = typeof values.now === 'string' ? values.now : undefined;
  const now = nowText === undefined ? new Date() : new Date(nowText);
  if (Number.isNaN(now.getTime())) return fail(e.badTime({ value: nowText ?? '' }));
  if (positionals.length > command.positionals.max) return fail(e.tooMany({ extra: positionals.slice(command.positionals.max).join(' ') }));
  if (positionals.length < command.positionals.min) return fail(e.tooFew({ usage: command.usage(dictionaries[language]) }));
  const missing = Object.entries(specs).find(([long, s]) => s.required === true && values[long] === undefined);
  if (missing) return fail(e.missingOption({ option: `--${missing[0]}`, usage: command.usage(dictionaries[language]) }));
  return { kind: 'run', command, args: { positionals, values, language, now } };
}
