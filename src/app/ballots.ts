/**
 * The council's ballots, the same for every host: score the workbook afresh, list what needs a vote,
 * and add one printable ballot per member and the tally sheet. A tally already in the workbook holds
 * votes someone typed: it is kept as it is, never made again.
 */
import type { Finding } from '../domain/findings';
import { foldKey } from '../domain/text/normalize';
import { vi } from '../i18n/vi';
import { ballotItems, type BallotItem } from '../workbook/ballots/items';
import { renderBallot, renderTally } from '../workbook/ballots/render';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/grid';
import { findTallySheet, isBallotSheet } from '../workbook/parse/ballots';
import { runScoring, type RunResult } from '../workbook/run';
import type { SheetSpec } from '../workbook/spec';
import type { WorkbookPort } from './port';

export type BallotsRefusal = 'planMissing' | 'noMembers' | 'noItems';

export interface BallotsResult {
  readonly result: RunResult;
  readonly items: readonly BallotItem[];
  /** Ballots first, then the tally when it is made. Empty when refused. */
  readonly sheets: readonly SheetSpec[];
  readonly ballotSheets: readonly string[];
  /** The tally sheet made, or the one already there and kept. */
  readonly tally?: { readonly sheet: string; readonly kept: boolean };
  readonly refused?: BallotsRefusal;
  readonly findings: readonly Finding[];
}

/** A free sheet name: the base, else "base (2)" …; a sheet that is itself a printed ballot may be replaced. */
function freeName(base: string, sheets: readonly SheetSnapshot[], taken: Set<string>, replaceable: (s: SheetSnapshot) => boolean): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base} (${i})`;
    const key = foldKey(name);
    if (taken.has(key)) continue;
    const existing = sheets.find((s) => foldKey(s.name) === key);
    if (!existing || replaceable(existing)) {
      taken.add(key);
      return name;
    }
  }
}

export function makeBallotsFromSnapshot(snapshot: WorkbookSnapshot, options: { readonly now: Date }): BallotsResult {
  const result = runScoring(snapshot, { now: options.now });
  const { plan, evaluation } = result;
  const refuse = (refused: BallotsRefusal): BallotsResult => ({ result, items: [], sheets: [], ballotSheets: [], refused, findings: result.findings.filter((f) => f.severity === 'error') });
  if (!plan || !evaluation) return refuse('planMissing');
  const members = plan.info.councilMembers;
  if (members === undefined) return refuse('noMembers');
  const items = ballotItems(plan, evaluation);
  if (items.length === 0) return refuse('noItems');
  const taken = new Set<string>();
  const existingTally = findTallySheet(snapshot);
  if (existingTally) taken.add(foldKey(existingTally.name));
  const sheets: SheetSpec[] = [];
  const ballotSheets: string[] = [];
  for (let m = 1; m <= members; m++) {
    const name = freeName(vi.ballots.ballotSheet({ index: m }), snapshot.sheets, taken, isBallotSheet);
    ballotSheets.push(name);
    sheets.push(renderBallot(plan, items, m, members, result.stamp, name));
  }
  let tally: BallotsResult['tally'];
  if (existingTally) tally = { sheet: existingTally.name, kept: true };
  else {
    const name = freeName(vi.ballots.tallySheet, snapshot.sheets, taken, () => false);
    sheets.push(renderTally(plan, items, members, result.stamp, name).sheet);
    tally = { sheet: name, kept: false };
  }
  return { result, items, sheets, ballotSheets, tally, findings: [] };
}

/** Adds the ballots (and the tally when there is none) to the workbook; no highlight is touched. */
export async function makeBallots(port: WorkbookPort, options: { readonly now: Date }): Promise<BallotsResult> {
  const made = makeBallotsFromSnapshot(await port.readSnapshot(), options);
  if (made.sheets.length > 0) await port.apply({ sheets: made.sheets });
  return made;
}
