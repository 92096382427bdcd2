/// <reference types="office-js" />
/**
 * The office host: the workbook open in Excel, through office.js. Each port call is one
 * Excel.run; reads and writes are batched so the number of syncs does not grow with the
 * workbook (see read.ts and write.ts).
 */
import { office as messages } from '../../i18n/vi/office';
import { plainError, reasonOf } from '../../app/plain-error';
import type { WorkbookPort } from '../../app/port';
import type { RunBatch } from './api';
import { defaultRequestBudget } from './payload';
import { defaultReadCells, readWorkbook } from './read';
import { officeIsSetSupported, type IsSetSupported } from './requirements';
import { applyPlan, clearAllHighlights, newApplyState, rollBack } from './write';
import { insertSheetsFromFiles } from './insert';

// checkRequirements() with no argument asks Office.context, as the task pane expects.
export { checkRequirements, requirementMessage, type RequirementCheck } from './requirements';

export interface OfficePortOptions {
  /** Excel.run, or a fake's in tests. */
  readonly run?: RunBatch;
  readonly isSetSupported?: IsSetSupported;
  /** Bytes one write request may carry (Excel on the web refuses more than 5 MB). */
  readonly requestBudget?: number;
  /** Cells read per sync. */
  readonly readCells?: number;
}

const excelRun: RunBatch = (batch) => Excel.run((context) => batch(context));

export function createOfficePort(options: OfficePortOptions = {}): WorkbookPort {
  const run = options.run ?? excelRun;
  const isSetSupported = options.isSetSupported ?? officeIsSetSupported;
  const budget = options.requestBudget ?? defaultRequestBudget;
  const readCells = options.readCells ?? defaultReadCells;
  // Without ExcelApi 1.13 the port has no insertSheets, and imports write the units' sheets as values.
  const insert = isSetSupported('ExcelApi', '1.13')
    ? { insertSheets: (sheets: Parameters<typeof insertSheetsFromFiles>[1]) => run((ctx) => insertSheetsFromFiles(ctx, sheets, budget)) }
    : {};
  return {
    ...insert,
    readSnapshot: () => run((ctx) => readWorkbook(ctx, { merges: isSetSupported('ExcelApi', '1.13'), cellsPerSync: readCells, responseBudget: budget })),
    apply: (plan) =>
      run(async (ctx) => {
        const state = newApplyState();
        try {
          await applyPlan(ctx, plan, budget, state);
        } catch (error) {
          const reason = reasonOf(error);
          if (!state.touched) throw plainError(messages.writeInterrupted({ reason }), error);
          let left: string[];
          try {
            left = await rollBack(ctx, state);
          } catch {
            left = [...plan.sheets.map((s) => s.name), ...state.staging];
          }
          throw plainError(left.length === 0 ? messages.writeInterrupted({ reason }) : messages.writeInterruptedDirty({ reason, sheets: left.join(', ') }), error);
        }
      }),
    clearHighlights: async () => {
      await run((ctx) => clearAllHighlights(ctx));
    },
    select: (sheet, address) =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await ctx.sync();
      }),
  };
}
