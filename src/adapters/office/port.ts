/// <reference types="office-js" />
/**
 * The office host: the workbook open in Excel, through office.js. Each port call is one
 * Excel.run; reads and writes are batched so the number of syncs does not grow with the
 * workbook (see read.ts and staged-write.ts).
 */
import { office as messages } from '../../i18n/vi/office';
import { plainError } from '../../app/plain-error';
import type { WorkbookPort } from '../../app/port';
import type { WritePlan } from '../../workbook/spec';
import type { RunBatch } from './api';
import { defaultRequestBudget } from './payload';
import { defaultReadCells, officeCode, readWorkbook, requestTooLarge } from './read';
import { featuresOf, officeIsSetSupported, type IsSetSupported } from './requirements';
import { cellEditCode, stagedWrite } from './staged-write';
import { clearAllHighlights } from './write';
import { insertSheetsFromFiles } from './insert';

// checkRequirements() with no argument asks Office.context, as the task pane expects.
export { checkRequirements, reducedMessage, requirementMessage, type RequirementCheck } from './requirements';

export interface OfficePortOptions {
  /** Excel.run, or a fake's in tests. */
  readonly run?: RunBatch;
  readonly isSetSupported?: IsSetSupported;
  /** Bytes one request may carry (Excel on the web refuses more than 5 MB). */
  readonly requestBudget?: number;
  /** Cells read per sync at most. */
  readonly readCells?: number;
}

const excelRun: RunBatch = (batch) => Excel.run((context) => batch(context));

/** A budget this small that Excel still refuses is not a budget problem. */
const smallestBudget = 250_000;

export function createOfficePort(options: OfficePortOptions = {}): WorkbookPort {
  const run = options.run ?? excelRun;
  const features = featuresOf(options.isSetSupported ?? officeIsSetSupported);
  const budget = options.requestBudget ?? defaultRequestBudget;
  const readCells = options.readCells ?? defaultReadCells;
  // Without ExcelApi 1.13 the port has no insertSheets, and imports write the units' sheets as values.
  const insert = features.insertSheets
    ? { insertSheets: (sheets: Parameters<typeof insertSheetsFromFiles>[1]) => run((ctx) => insertSheetsFromFiles(ctx, sheets, budget)) }
    : {};
  /**
   * The request size is estimated; should Excel refuse a request as too large all the same, the
   * write has been rolled back and runs again with half the budget.
   */
  const apply = async (plan: WritePlan): Promise<void> => {
    for (let b = budget; ; b = Math.floor(b / 2)) {
      try {
        await run((ctx) => stagedWrite(ctx, plan, b, features));
        return;
      } catch (error) {
        if (officeCode(error) !== requestTooLarge || b / 2 < smallestBudget) throw error;
      }
    }
  };
  return {
    ...insert,
    readSnapshot: async () => {
      try {
        return await run((ctx) => readWorkbook(ctx, { merges: features.readMerges, cellsPerSync: readCells, responseBudget: budget }));
      } catch (error) {
        if (officeCode(error) === cellEditCode) throw plainError(messages.cellEditModeRead, error);
        throw error;
      }
    },
    apply,
    clearHighlights: async () => {
      await run((ctx) => clearAllHighlights(ctx, features));
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
