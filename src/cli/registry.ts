/** Every command of the command line, in the order the help lists them: one line to add a command. */
import type { Command } from './command';
import { ballotsCommand } from './commands/ballots';
import { feedbackCommand } from './commands/feedback';
import { importCommand } from './commands/import';
import { planFromTableCommand } from './commands/plan-from-table';
import { scoreCommand } from './commands/score';
import { templatesCommand } from './commands/templates';

export const commands: readonly Command[] = [scoreCommand, templatesCommand, importCommand, planFromTableCommand, feedbackCommand, ballotsCommand];
