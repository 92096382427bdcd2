/** The help text, made from the registry: every command and every option, in the asked language. */
import { dictionaries, type Language } from '../i18n';
import { commonOptions } from './args';
import type { Command, OptionSpec } from './command';

function optionLines(options: Readonly<Record<string, OptionSpec>>, language: Language): string[] {
  const t = dictionaries[language];
  const rows = Object.entries(options).map(([long, spec]) => {
    const names = `${spec.short ? `-${spec.short}, ` : '    '}--${long}${spec.value ? ` <${spec.value(t)}>` : ''}`;
    return [names, spec.describe(t)] as const;
  });
  const width = Math.max(0, ...rows.map(([n]) => n.length));
  return rows.map(([n, d]) => `  ${n.padEnd(width)}  ${d}`);
}

/** One command's help, or every command's when none is given. */
export function helpText(commands: readonly Command[], language: Language, command?: Command): string[] {
  const t = dictionaries[language];
  const h = t.cliHelp;
  const shown = command ? [command] : commands;
  const out: string[] = command ? [] : [h.title, '', h.usage, '', h.commandsHeading];
  for (const c of shown) {
    out.push(command ? `${h.usage.split(':')[0]}: ${c.usage(t)}` : `  ${c.usage(t)}`, `      ${c.summary(t)}`);
    const own = optionLines(c.options, language);
    if (own.length > 0) out.push(...(command ? ['', h.optionsHeading, ...own] : own.map((l) => `  ${l}`)));
    if (!command) out.push('');
  }
  out.push(...(command ? [''] : []), h.commonHeading, ...optionLines(commonOptions, language), '', h.exitCodes);
  if (!command) out.push(h.more);
  return out;
}
