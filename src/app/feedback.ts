/**
 * Packets back to the units, the same for every host: score the workbook afresh (never trusting the
 * result sheets a previous run left in it, which may be stale or edited) and render one packet per
 * registered unit. A host turns each packet into a file or a download.
 */
import { finding, type Finding } from '../domain/findings';
import { vi } from '../i18n/vi';
import type { WorkbookSnapshot } from '../workbook/grid';
import { renderFeedbackPackets, type FeedbackPacket } from '../workbook/feedback/render';
import { runScoring, type RunResult } from '../workbook/run';
import type { WorkbookPort } from './port';

export interface FeedbackResult {
  readonly result: RunResult;
  /** One per registered unit, in register order; empty when the plan could not be read. */
  readonly packets: readonly FeedbackPacket[];
  /** Why no packet could be made (empty when packets were made). */
  readonly findings: readonly Finding[];
}

export function makeFeedbackFromSnapshot(snapshot: WorkbookSnapshot, options: { readonly now: Date }): FeedbackResult {
  const result = runScoring(snapshot, { now: options.now });
  const { plan, evaluation, input } = result;
  if (!plan || !evaluation || !input) {
    const planFindings = result.findings.filter((f) => f.severity === 'error');
    return { result, packets: [], findings: planFindings.length > 0 ? planFindings : [finding('SHEET_MISSING', { sheet: vi.sheets.names.plan })] };
  }
  const packets = renderFeedbackPackets(plan, evaluation, input.units.map((u) => u.code), result.stamp);
  return { result, packets, findings: [] };
}

export async function makeFeedback(port: WorkbookPort, options: { readonly now: Date }): Promise<FeedbackResult> {
  return makeFeedbackFromSnapshot(await port.readSnapshot(), options);
}
