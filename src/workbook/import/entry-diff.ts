/**
 * What a second file for a unit would change, criterion by criterion, shown to the officer before
 * anything is replaced. Blank is not zero: a value that becomes blank (or appears) is a change.
 */
import { compareCodes } from '../../domain/findings';
import type { Entry } from '../../domain/input/schema';

export type EntryValueField = 'actual' | 'selfScore' | 'appraisedScore' | 'blockLeaderScore';
const fields: readonly EntryValueField[] = ['actual', 'selfScore', 'appraisedScore', 'blockLeaderScore'];

export interface EntryChange {
  readonly code: string;
  readonly field: EntryValueField;
  readonly before?: number;
  readonly after?: number;
}

export function diffEntries(before: readonly Entry[], after: readonly Entry[]): EntryChange[] {
  const old = new Map(before.map((e) => [e.criterionCode, e]));
  const now = new Map(after.map((e) => [e.criterionCode, e]));
  const codes = [...new Set([...old.keys(), ...now.keys()])].sort(compareCodes);
  return codes.flatMap((code) =>
    fields.flatMap((field): EntryChange[] => {
      const b = old.get(code)?.[field];
      const a = now.get(code)?.[field];
      if (a === b) return [];
      return [{ code, field, ...(b === undefined ? {} : { before: b }), ...(a === undefined ? {} : { after: a }) }];
    }),
  );
}
