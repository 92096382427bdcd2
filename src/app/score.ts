/** The scoring use case, the same for every host: read, run, apply. */
import { runScoring, type RunOptions, type RunResult } from '../workbook/run';
import type { WorkbookPort } from './port';

export async function scoreWorkbook(port: WorkbookPort, options: RunOptions): Promise<RunResult> {
  const snapshot = await port.readSnapshot();
  const result = runScoring(snapshot, options);
  await port.apply(result.writePlan);
  return result;
}
