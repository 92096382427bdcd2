/**
 * One criterion's entry read from its cells — the same reading wherever a sheet keeps them: a row of a
 * unit sheet, or the columns of one code on a consolidated sheet. Cells are read left to right as a
 * sheet lays them out (actual, self score, appraised, block leader, note, reason), so findings come in
 * the order of the cells; a cell the sheet has no column for is no value.
 */
import type { Criterion } from '../../domain/plan/schema';
import type { CellRef, Entry } from '../../domain/input/schema';
import type { CellValue } from '../grid';
import { readActualCell, readAppraisedCell, readNumberCell, readText, type ReadContext, type Where } from './cells';

export interface LocatedValue {
  readonly value: CellValue | undefined;
  readonly ref: CellRef;
}

export type EntryCells = Readonly<Partial<Record<'actual' | 'self' | 'appraised' | 'blockLeader' | 'note' | 'reason', LocatedValue>>>;

export function readEntry(ctx: ReadContext, criterion: Criterion, cells: EntryCells, where: Where, numberFormats?: Readonly<Record<string, string>>): Entry {
  const { actual, self, appraised, blockLeader, note, reason } = cells;
  const actualValue = actual && readActualCell(ctx, actual.value, actual.ref, criterion, where, numberFormats?.[actual.ref.address]);
  const selfScore = self && readNumberCell(ctx, self.value, self.ref, where);
  const council = appraised ? readAppraisedCell(ctx, appraised.value, appraised.ref, criterion, where) : {};
  return {
    // The plan's spelling of the code: «1.1» on a sheet and «01.1» in the plan are one criterion.
    criterionCode: criterion.code,
    actual: actualValue,
    selfScore,
    appraisedScore: appraised && council.score,
    ...(council.pass === undefined ? {} : { appraisedActual: council.pass }),
    blockLeaderScore: blockLeader && readNumberCell(ctx, blockLeader.value, blockLeader.ref, where),
    note: note ? readText(ctx, note.value, note.ref, where) : '',
    actualSource: actual?.ref,
    selfSource: self?.ref,
    appraisedSource: appraised?.ref,
    blockLeaderSource: blockLeader?.ref,
    reason: reason && readText(ctx, reason.value, reason.ref, where),
    reasonSource: reason?.ref,
  };
}
