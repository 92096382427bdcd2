/** Reading one cell of the «Kế hoạch» sheet: text, numbers, percentages, keywords, codes, steps, quotas, tie-breaks. */
import { displayCode, isCriterionCode } from '../../domain/plan/codes';
import { type Step, type StepComparison, type TieBreak } from '../../domain/plan/schema';
import { cleanText, foldKey } from '../../domain/text/normalize';
import { readNumber } from '../../domain/text/numbers';
import { formatDayMonthYear } from '../../domain/text/dates';
import { cellText, type CellValue, isCellError, isDate } from '../grid';
import { keywordMatcher } from '../headers';
import { parseCrossScoringText } from '../parse/cross-scoring-setting';
import { parseWomenTieBreak } from '../parse/women';
import { booleanKeywords, codePlaceholder, comparisonKeywords, kindKeywords, listSeparator, methodKeywords, overMaxKeywords, rankingScoreKeywords, rankingStyleKeywords, type SettingType, subjectKeywords, tieBreakKeywords } from '../plan-contract';

// Reading one cell

export type Parsed<T> = { readonly ok: true; readonly value?: T } | { readonly ok: false };
export const ok = <T>(value?: T): Parsed<T> => (value === undefined ? { ok: true } : { ok: true, value });
export const unreadable: Parsed<never> = { ok: false };

export type CellParser<T> = (value: CellValue) => Parsed<T>;

/** Text as typed; blank is "". A date typed into a text setting is written back as dd/mm/yyyy. */
export const parseText: CellParser<string> = (value) => {
  if (isCellError(value)) return unreadable;
  return ok(isDate(value) ? formatDayMonthYear(value) : cleanText(cellText(value)));
};

/** A plain number (points, scores): "80%" is not points. */
export const parseNumber: CellParser<number> = (value) => {
  const reading = readNumber(value);
  if (reading.kind === 'blank') return ok();
  if (reading.kind === 'invalid' || reading.percent) return unreadable;
  return ok(reading.value);
};

export const parseInteger: CellParser<number> = (value) => {
  const parsed = parseNumber(value);
  return parsed.ok && parsed.value !== undefined && !Number.isInteger(parsed.value) ? unreadable : parsed;
};

/** x% as a fraction, through the decimal text so "0,7%" gives exactly 0.007 (0.7 / 100 does not). */
export function hundredth(value: number): number {
  const text = String(value);
  return text.includes('e') ? value / 100 : Number(`${text}e-2`);
}

/** A number read from a cell, with "…%" text marked as a percentage and not yet divided. */
export function readPercentNumber(value: CellValue): { kind: 'blank' } | { kind: 'invalid' } | { kind: 'number'; value: number; percent: boolean } {
  const percentText = typeof value === 'string' ? /^(.*?)\s*%$/u.exec(cleanText(value))?.[1] : undefined;
  const reading = readNumber(percentText ?? value);
  if (reading.kind === 'number' && reading.percent) return { kind: 'invalid' }; // "80%%"
  if (reading.kind === 'number') return { kind: 'number', value: reading.value, percent: percentText !== undefined };
  return reading.kind === 'blank' && percentText === undefined ? { kind: 'blank' } : { kind: 'invalid' };
}

/** A fraction: 0.85, "85%", "85 %", "0,85"; a number above 1 is a percentage (85 → 0.85). */
export const parsePercent: CellParser<number> = (value) => {
  const reading = readPercentNumber(value);
  if (reading.kind === 'blank') return ok();
  if (reading.kind === 'invalid') return unreadable;
  return ok(reading.percent || reading.value > 1 ? hundredth(reading.value) : reading.value);
};

export type Keywords<K extends string> = Readonly<Record<K, readonly string[]>>;

export function keyword<K extends string>(table: Keywords<K>): CellParser<K> {
  const match = keywordMatcher(table);
  return (value) => {
    if (isCellError(value) || isDate(value)) return unreadable;
    const text = cleanText(cellText(value));
    if (text === '') return ok();
    const key = match(text);
    return key === undefined ? unreadable : ok(key);
  };
}

export const parseKind = keyword(kindKeywords);
export const parseMethod = keyword(methodKeywords);
export const parseSubject = keyword(subjectKeywords);
export const parseComparison = keyword(comparisonKeywords);
export const parseYesNo = keyword(booleanKeywords);

/** "x", "có", "yes", "1" are yes; blank, "không", "0" are no. */
export const parseBoolean: CellParser<boolean> = (value) => {
  if (typeof value === 'boolean') return ok(value);
  if (value === null) return ok(false);
  const answer = parseYesNo(value);
  if (!answer.ok) return unreadable;
  return ok(answer.value === 'yes');
};

/** Items separated by ";" or line breaks (split before spacing is folded, which would join lines). */
export function splitList(text: string): string[] {
  return text
    .split(listSeparator)
    .map(cleanText)
    .filter((item) => item !== '');
}

export const parseList: CellParser<string[]> = (value) => {
  if (typeof value !== 'string') {
    const parsed = parseText(value);
    return parsed.ok ? ok(splitList(parsed.value ?? '')) : unreadable;
  }
  return ok(splitList(value));
};

/** Criterion codes as written («1.1», «01.1», «I», «a1.1»; a trailing dot dropped); a number typed as 1.1 is «1.1». */
export const parseCode: CellParser<string> = (value) => {
  if (typeof value === 'number') return ok(String(value));
  const parsed = parseText(value);
  return parsed.ok ? ok(displayCode(parsed.value ?? '').replace(/\.+$/, '')) : unreadable;
};

/** How a step's threshold is compared, as typed before it; ≥ (the default) is left unsaid in the plan. */
export const stepOps: readonly { readonly pattern: RegExp; readonly op?: StepComparison }[] = [
  { pattern: /^(?:≥|>=|=>|từ\s|không dưới\s|ít nhất\s)/u },
  { pattern: /^(?:≤|<=|=<|không quá\s|không vượt quá\s|tối đa\s)/u, op: 'atMost' },
  { pattern: /^(?:>|trên\s)/u, op: 'above' },
  { pattern: /^(?:<|dưới\s)/u, op: 'below' },
];
export const stepPattern = /^(.+?)\s*(?::|→|->|=>)\s*(.+)$/u;

/** A step's threshold or points: a number, «92%» (in the target's unit, so 92), «0,5 điểm». */
export function stepNumber(text: string): Parsed<number> {
  return parseNumber(text.replace(/\s*(?:%|điểm)$/u, ''));
}

/** "≥3: 10; ≥2: 7; ≥1: 4", also ">=3:10", "3 → 10", ">92%: 0,5", "trên 92: 0,5", "<50: 1", "≤ 2: 3". */
export const parseSteps: CellParser<Step[]> = (value) => {
  if (typeof value !== 'string' && value !== null) return unreadable;
  const items = splitList(value ?? '');
  if (items.length === 0) return ok();
  const steps: Step[] = [];
  for (const item of items) {
    let text = item.toLocaleLowerCase('vi');
    const found = stepOps.find((o) => o.pattern.test(text));
    if (found) text = text.replace(found.pattern, '').trim();
    const match = stepPattern.exec(text);
    const from = stepNumber(match?.[1] ?? '');
    const points = stepNumber(match?.[2] ?? '');
    if (!from.ok || !points.ok || from.value === undefined || points.value === undefined) return unreadable;
    steps.push(found?.op === undefined ? { from: from.value, points: points.value } : { from: from.value, points: points.value, op: found.op });
  }
  return ok(steps);
};

/** A band's threshold: a number (from it), or «trên 90» / «> 90» (above it); «từ 90», «≥ 90» are from it. */
export const parseBandScore: CellParser<{ minScore: number; strict?: true }> = (value) => {
  if (typeof value !== 'string') {
    const n = parseNumber(value);
    return n.ok ? ok(n.value === undefined ? undefined : { minScore: n.value }) : unreadable;
  }
  let text = cleanText(value).toLocaleLowerCase('vi');
  if (text === '') return ok();
  const found = stepOps.find((o) => o.pattern.test(text));
  if (found && found.op !== undefined && found.op !== 'above') return unreadable;
  if (found) text = text.replace(found.pattern, '').trim();
  const n = parseNumber(text.replace(/\s*điểm$/u, ''));
  if (!n.ok || n.value === undefined) return unreadable;
  return ok(found?.op === 'above' ? { minScore: n.value, strict: true } : { minScore: n.value });
};

/** A warning threshold: a share of the maximum («50%», 0.5, 50) or points («3 điểm»), kept apart. */
export const parseWarnBelow: CellParser<{ fraction: number } | { points: number }> = (value) => {
  if (typeof value === 'string') {
    const points = /^(.*?)\s*điểm$/iu.exec(cleanText(value))?.[1];
    if (points !== undefined) {
      const n = parseNumber(points);
      return n.ok && n.value !== undefined ? ok({ points: n.value }) : unreadable;
    }
  }
  const fraction = parsePercent(value);
  return fraction.ok ? ok(fraction.value === undefined ? undefined : { fraction: fraction.value }) : unreadable;
};

/** A yes/no setting the plan may leave out: blank is «not set», not «no». */
export const parseOptionalBoolean: CellParser<boolean> = (value) => (value === null || (typeof value === 'string' && value.trim() === '') ? ok() : parseBoolean(value));

export type QuotaDraft = { kind: 'count'; value: number } | { kind: 'percent'; value: number };

/** "1" (a whole number) is a count of units; "20%", 0.2 or "0,2" is a share of the block. */
export const parseQuota: CellParser<QuotaDraft> = (value) => {
  const reading = readPercentNumber(value);
  if (reading.kind === 'blank') return ok();
  if (reading.kind === 'invalid') return unreadable;
  if (reading.percent) return ok({ kind: 'percent', value: hundredth(reading.value) });
  if (Number.isInteger(reading.value)) return ok({ kind: 'count', value: reading.value });
  if (reading.value > 0 && reading.value < 1) return ok({ kind: 'percent', value: reading.value });
  return unreadable;
};

export const matchSimpleTieBreak = keywordMatcher({
  baseTotal: tieBreakKeywords.baseTotal,
  fewerDeductions: tieBreakKeywords.fewerDeductions,
  moreBonus: tieBreakKeywords.moreBonus,
  smallerGap: tieBreakKeywords.smallerGap,
});
export const groupScoreTemplates = tieBreakKeywords.groupScore.map(foldKey);

/** "Tổng điểm cơ bản cao hơn", "Ít điểm trừ hơn" … and "Điểm nhóm 1 cao hơn" (any code: «I», «a1», «01.1»). */
export const parseTieBreak: CellParser<TieBreak> = (value) => {
  const parsed = parseText(value);
  if (!parsed.ok) return unreadable;
  const text = parsed.value ?? '';
  if (text === '') return ok();
  // Each word that reads as a code is tried in the code's place; the template decides which it was.
  for (const match of text.matchAll(/[0-9A-Za-z]+(?:[.\-/_][0-9A-Za-z]+)*/g)) {
    const code = match[0];
    if (!isCriterionCode(code)) continue;
    const at = match.index;
    const template = foldKey(`${text.slice(0, at)}${codePlaceholder}${text.slice(at + code.length)}`);
    if (groupScoreTemplates.includes(template)) return ok({ kind: 'groupScore', group: displayCode(code) });
  }
  const women = parseWomenTieBreak(text);
  if (women) return ok(women);
  const kind = matchSimpleTieBreak(text);
  return kind === undefined ? unreadable : ok({ kind });
};

export const settingParsers: Readonly<Record<SettingType, CellParser<unknown>>> = {
  text: parseText,
  integer: parseInteger,
  number: parseNumber,
  percent: parsePercent,
  list: parseList,
  boolean: parseOptionalBoolean,
  rankingScore: keyword(rankingScoreKeywords),
  rankingStyle: keyword(rankingStyleKeywords),
  overMax: keyword(overMaxKeywords),
  crossScoring: (value) => {
    if (isCellError(value) || isDate(value)) return unreadable;
    const text = cleanText(cellText(value));
    if (text === '') return ok();
    const rule = parseCrossScoringText(text);
    return rule === undefined ? unreadable : ok(rule);
  },
};
