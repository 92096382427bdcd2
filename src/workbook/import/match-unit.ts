/**
 * Which registered unit a returned file is for. The template's own record of the unit is trusted
 * first, then what the sheet says, then the file name; an unknown or ambiguous unit is a question
 * for the officer, never a guess.
 */
import { foldCached, nameKeyCached } from '../../domain/text/normalize';
import type { Unit } from '../../domain/input/schema';
import { createReadContext } from '../parse/cells';
import { findUnit, indexUnits, type UnitIndex } from '../parse/register';

export type UnitMatch =
  | { readonly status: 'matched'; readonly unit: Unit; readonly by: 'template' | 'sheet' | 'fileName' }
  | { readonly status: 'ambiguous'; readonly candidates: readonly Unit[] }
  | { readonly status: 'unknown' };

export interface UnitHints {
  /** The unit code recorded in the template's state sheet. */
  readonly templateCode?: string;
  /** "Mã đơn vị" or "Đơn vị" from the sheet's header block, and its "Khối". */
  readonly sheetText?: string;
  readonly blockText?: string;
  readonly fileName: string;
}

/** Namesakes of a text in the register (by code or name, diacritics ignored): more than one is ambiguous. */
function namesakes(index: UnitIndex, fold: (t: string) => string, text: string): readonly Unit[] {
  const key = fold(text);
  return [...(index.byFoldedCode.get(key) ?? []), ...(index.byFoldedName.get(key) ?? [])];
}

/** A file name's stem, without extension and with separators as spaces ("TH01_Truong-A.xlsx" → "TH01 Truong A"). */
function fileStem(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '').replace(/[_-]+/g, ' ').trim();
}

export function matchUnit(units: readonly Unit[], hints: UnitHints): UnitMatch {
  const ctx = createReadContext();
  const index = indexUnits(ctx, units);
  if (hints.templateCode !== undefined) {
    const unit = index.byCode.get(nameKeyCached(hints.templateCode));
    if (unit) return { status: 'matched', unit, by: 'template' };
  }
  if (hints.sheetText !== undefined && hints.sheetText.trim() !== '') {
    const unit = findUnit(ctx, index, hints.sheetText, hints.blockText);
    if (unit) return { status: 'matched', unit, by: 'sheet' };
    const many = namesakes(index, foldCached, hints.sheetText);
    if (many.length > 1) return { status: 'ambiguous', candidates: many };
  }
  const stem = fileStem(hints.fileName);
  const unit = findUnit(ctx, index, stem);
  if (unit) return { status: 'matched', unit, by: 'fileName' };
  // A file named "<code> <name>": its first word may be the code.
  const first = stem.split(/\s+/)[0] ?? '';
  const byFirst = first === '' ? undefined : index.byCode.get(nameKeyCached(first));
  if (byFirst) return { status: 'matched', unit: byFirst, by: 'fileName' };
  const many = namesakes(index, foldCached, stem);
  return many.length > 1 ? { status: 'ambiguous', candidates: many } : { status: 'unknown' };
}
