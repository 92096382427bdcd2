/**
 * Priority for women: the tie-break as the plan sheet writes it, and the cells it reads — a unit's or
 * a collective's share of women («70%», 0,7, or «Số nữ» with «Số người»), an individual's gender.
 */
import type { CellRef } from '../../domain/input/schema';
import type { TieBreak } from '../../domain/plan/schema';
import { foldKey } from '../../domain/text/normalize';
import { vi } from '../../i18n/vi';
import type { CellValue } from '../grid';
import { readNumberCell, readText, report, type ReadContext, type Where } from './cells';

const w = vi.women;
const placeholder = '{p}';
const shareTemplates = new Set([w.tieBreakShare({ share: placeholder }), ...w.tieBreakShareAliases].map(foldKey));
const plainTemplates = new Set([w.tieBreakPlain, ...w.tieBreakPlainAliases].map(foldKey));

/** «Ưu tiên nữ (tập thể có từ 70% nữ)» → share 0,7; «Ưu tiên nữ» → the higher share first; else undefined. */
export function parseWomenTieBreak(text: string): Extract<TieBreak, { kind: 'women' }> | undefined {
  const percent = /(\d+(?:[.,]\d+)?)\s*%/.exec(text);
  if (percent) {
    const share = Number((percent[1] ?? '').replace(',', '.')) / 100;
    if (share > 0 && share <= 1 && shareTemplates.has(foldKey(text.replace(percent[0], placeholder)))) return { kind: 'women', share };
    return undefined;
  }
  return plainTemplates.has(foldKey(text)) ? { kind: 'women' } : undefined;
}

/**
 * A share of women: «70%» or 70 (a percentage), 0,7 (a fraction). Outside 0–100% it is reported and
 * read as blank — the unit then gets no priority rather than a wrong one.
 */
export function readShareCell(ctx: ReadContext, value: CellValue | undefined, cell: CellRef, where: Where = {}): number | undefined {
  const read = readNumberCell(ctx, value, cell, where, { percentScale: true });
  if (read === undefined) return undefined;
  const share = read > 1 ? read / 100 : read;
  if (share >= 0 && share <= 1) return Math.round(share * 1e6) / 1e6;
  report(ctx, 'VALUE_NOT_NUMBER', { value: String(read), expected: 'share' }, cell, where);
  return undefined;
}

/** The share from «Số nữ» and «Số người»; undefined without both, or when more women than people. */
export function shareFromCount(women: number | undefined, headcount: number | undefined): number | undefined {
  if (women === undefined || headcount === undefined || headcount <= 0 || women > headcount) return undefined;
  return Math.round((women / headcount) * 1e6) / 1e6;
}

const femaleWords = new Set(w.female.map(foldKey));
const maleWords = new Set(w.male.map(foldKey));

/** «Nữ» → true, «Nam» → false, blank → undefined; anything else is reported. */
export function readGenderCell(ctx: ReadContext, value: CellValue | undefined, cell: CellRef, where: Where = {}): boolean | undefined {
  const text = readText(ctx, value ?? null, cell, where);
  if (text === '') return undefined;
  const key = foldKey(text);
  if (femaleWords.has(key)) return true;
  if (maleWords.has(key)) return false;
  report(ctx, 'VALUE_NOT_PASS_FAIL', { value: text, expected: 'gender' }, cell, where);
  return undefined;
}
