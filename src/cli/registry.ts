/** Every command of the command line, in the order the help lists them: one line to add a command. */
import type { Command } from './command';
import { importCommand } from './commands/import';
import { scoreCommand } from './commands/score';
import { templatesCommand } from './commands/templates';
import { ballotsCommandSpec, feedbackCommandSpec, planFromTableCommandSpec } from './commands/bridged';

export const commands: readonly Command[] = [scoreCommand, templatesCommand, importCommand, planFromTableCommandSpec, feedbackCommandSpec, ballotsCommandSpec];
