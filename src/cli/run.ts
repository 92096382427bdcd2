/**
 * The command line in one function: arguments and streams in, exit code out — what main.ts runs in a
 * terminal and what the tests call in-process.
 */
import { dictionaries } from '../i18n';
import { parseCommandLine } from './args';
import { exitCode, line, type CommandIo } from './command';
import { fileProblem } from './commands/shared';
import { helpText } from './help';
import { commands } from './registry';

export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCommandLine(argv, commands);
  if (parsed.kind === 'help') {
    for (const l of helpText(commands, parsed.language, parsed.command)) line(io.stdout, l);
    return exitCode.ok;
  }
  if (parsed.kind === 'error') {
    line(io.stderr, parsed.message);
    line(io.stderr, dictionaries[parsed.language].cliHelp.errors.seeHelp({ command: parsed.command ? `${parsed.command.name} ` : '' }));
    return exitCode.usage;
  }
  try {
    return await parsed.command.run(parsed.args, io);
  } catch (e) {
    // A file a command could not read or write (FileError, InputFileError) is said here for every command, exit 1.
    const problem = fileProblem(e, parsed.args.language);
    if (problem !== undefined) {
      line(io.stderr, problem);
      return exitCode.failed;
    }
    // Anything else is unexpected: said in words too, the
    // program's own message only when asked for (a person never has to read it).
    line(io.stderr, dictionaries[parsed.args.language].cliHelp.unexpected({ command: parsed.command.name }));
    if (process.env.THIDUA_DEBUG) line(io.stderr, e instanceof Error ? (e.stack ?? e.message) : String(e));
    return exitCode.failed;
  }
}
