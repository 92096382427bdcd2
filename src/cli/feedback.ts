/**
 * `thidua feedback <scored.xlsx> -o <folder>`: one results notice per unit. Self-contained (its own
 * arguments, its own output) so the main parser can register it with one line, whatever it becomes.
 */
import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import { describeFinding, dictionaries, type Language } from '../i18n';
import { FileError } from '../adapters/xlsx/file';
import { writeFeedbackToFolder } from '../adapters/xlsx/feedback-folder';

export interface CommandIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export const consoleIo: CommandIo = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** Exit codes as `score` uses them: 0 done, 1 a file that cannot be read or written, 2 bad arguments. */
export async function feedbackCommand(argv: readonly string[], io: CommandIo = consoleIo): Promise<number> {
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
    for (const line of t.feedback.cli.usage) io.err(line);
    return 2;
  }
  const language: Language = parsed.values.lang === 'en' ? 'en' : 'vi';
  const t = dictionaries[language];
  const [input, ...extra] = parsed.positionals;
  const folder = parsed.values.out;
  const now = parsed.values.now === undefined ? new Date() : new Date(parsed.values.now);
  if (input === undefined || folder === undefined || extra.length > 0 || Number.isNaN(now.getTime())) {
    if (Number.isNaN(now.getTime())) io.err(t.cli.unknownOption({ option: '--now' }));
    for (const line of t.feedback.cli.usage) io.err(line);
    return 2;
  }
  const started = performance.now();
  try {
    const made = await writeFeedbackToFolder(input, folder, { now });
    if (!made.result.plan) {
      for (const f of made.findings) io.err(`  [${f.severity}] ${f.cell ? `${f.cell.sheet}!${f.cell.address} ` : ''}${describeFinding(f, language).message}`);
      io.err(t.feedback.cli.planMissing);
      return 1;
    }
    if (made.written.length === 0) {
      io.err(t.feedback.cli.noUnits);
      return 1;
    }
    for (const w of made.written) {
      io.out(w.wanted === undefined ? t.feedback.cli.written({ file: basename(w.path) }) : t.feedback.cli.renamed({ file: basename(w.path), wanted: w.wanted }));
    }
    io.out(t.feedback.cli.total({ count: made.written.length, folder, ms: Math.round(performance.now() - started) }));
    return 0;
  } catch (e) {
    if (e instanceof FileError) {
      io.err(e.reason === 'cannotWrite' ? t.cli.cannotWrite({ file: e.file, reason: e.detail }) : t.cli.cannotRead({ file: e.file, reason: e.reason === 'notXlsx' ? t.cli.notXlsx : t.cli.notFound }));
      return 1;
    }
    throw e;
  }
}
