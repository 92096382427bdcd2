/**
 * `thidua ballots <scored.xlsx> -o <ballots.xlsx>`: the council's ballots and tally sheet. Self-contained
 * (its own arguments, its own output) so the main parser can register it with one line.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { describeFinding, dictionaries, type Language } from '../i18n';
import { FileError } from '../adapters/xlsx/file';
import { writeBallotsFile } from '../adapters/xlsx/ballots-file';
import { consoleIo, type CommandIo } from './feedback';

/** Exit codes as `score` uses them: 0 done, 1 nothing to make or a file that cannot be read or written, 2 bad arguments. */
export async function ballotsCommand(argv: readonly string[], io: CommandIo = consoleIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string', short: 'o' }, lang: { type: 'string' }, now: { type: 'string' } },
    });
  } catch (e) {
    const t = dictionaries.vi;
    io.err(t.cli.unknownOption({ option: e instanceof Error ? e.message : String(e) }));
    for (const line of t.ballots.cli.usage) io.err(line);
    return 2;
  }
  const language: Language = parsed.values.lang === 'en' ? 'en' : 'vi';
  const t = dictionaries[language];
  const [input, ...extra] = parsed.positionals;
  const output = parsed.values.out;
  const now = parsed.values.now === undefined ? new Date() : new Date(parsed.values.now);
  if (input === undefined || output === undefined || extra.length > 0 || Number.isNaN(now.getTime())) {
    if (Number.isNaN(now.getTime())) io.err(t.cli.unknownOption({ option: '--now' }));
    for (const line of t.ballots.cli.usage) io.err(line);
    return 2;
  }
  const started = performance.now();
  try {
    mkdirSync(dirname(output), { recursive: true });
    const made = await writeBallotsFile(input, output, { now });
    if (made.refused) {
      for (const f of made.findings) io.err(`  [${f.severity}] ${f.cell ? `${f.cell.sheet}!${f.cell.address} ` : ''}${describeFinding(f, language).message}`);
      io.err(t.ballots.cli[made.refused]);
      return 1;
    }
    if (made.tally?.kept) io.out(t.ballots.cli.tallyKept({ sheet: made.tally.sheet }));
    io.out(t.ballots.cli.written({ file: output, ballots: made.ballotSheets.length, items: made.items.length, ms: Math.round(performance.now() - started) }));
    return 0;
  } catch (e) {
    if (e instanceof FileError) {
      io.err(
        e.reason === 'sameFile'
          ? t.cli.sameFile
          : e.reason === 'cannotWrite'
            ? t.cli.cannotWrite({ file: e.file, reason: e.detail })
            : t.cli.cannotRead({ file: e.file, reason: e.reason === 'notXlsx' ? t.cli.notXlsx : t.cli.notFound }),
      );
      return 1;
    }
    throw e;
  }
}
