/**
 * The plan's «Chấm chéo» setting in words: «Trung bình sau khi bỏ điểm cao nhất và thấp nhất; bỏ 1 điểm
 * cao nhất và 1 điểm thấp nhất; chênh lệch tối đa 10 điểm». The rule first, then the parts in any order.
 */
import type { CombineRule } from '../../domain/evaluate/cross-scoring';
import { foldKey } from '../../domain/text/normalize';
import { formatNumberVi } from '../../i18n/types';
import { vi } from '../../i18n/vi';

const t = vi.crossScoring;
const ruleWords = (Object.entries(t.rules) as [CombineRule['combine'], readonly string[]][]).map(([rule, words]) => ({ rule, words: words.map(foldKey) }));

export function crossScoringText(rule: CombineRule): string {
  const parts: string[] = [t.rules[rule.combine][0]];
  if (rule.trim !== undefined) parts.push(t.trimPart(rule.trim));
  if (rule.spreadThreshold !== undefined) parts.push(t.spreadPart(formatNumberVi(rule.spreadThreshold)));
  return parts.join('; ');
}

/** Undefined for text it cannot read (the caller reports it). */
export function parseCrossScoringText(text: string): CombineRule | undefined {
  const [head = '', ...rest] = text.split(';').map((p) => p.trim());
  const combine = ruleWords.find((r) => r.words.includes(foldKey(head)))?.rule;
  if (!combine) return undefined;
  let trim: number | undefined;
  let spreadThreshold: number | undefined;
  for (const part of rest) {
    const folded = foldKey(part);
    const number = /(\d+(?:[.,]\d+)?)/.exec(part)?.[1];
    if (number === undefined) return undefined;
    const value = Number(number.replace(',', '.'));
    if (folded.startsWith('bo ') && Number.isInteger(value) && value >= 1) trim = value;
    else if (folded.startsWith('chenh lech')) spreadThreshold = value;
    else return undefined;
  }
  return { combine, ...(trim === undefined ? {} : { trim }), ...(spreadThreshold === undefined ? {} : { spreadThreshold }) };
}
