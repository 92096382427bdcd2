/** Shapes shared by every language of the dictionary. */
import type { FindingCode, FindingParams } from '../domain/findings';
import { foldKey } from '../domain/text/normalize';

/** The values a text is filled with, where no finding code says which (eligibility reasons, counts). */
export type TextParams = Readonly<Record<string, string | number>>;

/** A finding's texts: each receives exactly its code's parameters (domain/findings.ts). */
export interface FindingText<C extends FindingCode> {
  /** What is wrong, in plain words, with the values involved. */
  readonly message: (p: Readonly<FindingParams[C]>) => string;
  /** What would fix it. */
  readonly fix: (p: Readonly<FindingParams[C]>) => string;
}

/** The texts of a set of codes: a code without texts, or texts for a code not in the set, does not compile. */
export type FindingTexts<C extends FindingCode> = { readonly [K in C]: FindingText<K> };

/** The plan's contradictions and look-alike unit names: their messages live in findings-contradictions.ts. */
export type ContradictionFindingCode = Extract<
  FindingCode,
  'PLAN_STEP_OVER_MAX' | 'PLAN_BAND_UNREACHABLE' | 'PLAN_BAND_ABOVE_SCALE' | 'PLAN_AWARD_ORDER_SHARED' | 'PLAN_AWARD_QUOTA_ZERO' | 'UNIT_NAME_MIXED_SCRIPT' | 'UNIT_NAME_LOOKALIKE'
>;
export type PlanFindingCode = Exclude<Extract<FindingCode, `PLAN_${string}`>, ContradictionFindingCode>;
export type ScoreFindingCode = Extract<
  FindingCode,
  `SCORE_${string}` | `ACTUAL_${string}` | `MANDATORY_${string}` | `BONUS_${string}` | `DEDUCTION_${string}` | `TIE_${string}` | `AWARD_${string}` | `RATIO_${string}`
  | `SECTION_${string}` | `CASE_${string}` | `GATE_${string}`
>;
export type TierFindingCode = Extract<FindingCode, `TIER_${string}` | `AUDIT_${string}`>;
export type EligibilityFindingCode = Extract<FindingCode, `ELIG_${string}`>;
export type TableFindingCode = Extract<FindingCode, `TABLE_${string}`>;
export type BallotFindingCode = Extract<FindingCode, `BALLOT_${string}`>;
export type CrossFindingCode = Extract<FindingCode, `CROSS_${string}`>;
export type SheetFindingCode = Exclude<FindingCode, PlanFindingCode | ScoreFindingCode | TierFindingCode | EligibilityFindingCode | TableFindingCode | BallotFindingCode | CrossFindingCode | ContradictionFindingCode>;

/** Widens literal strings so another language can fill the same shape. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer E)[]
      ? readonly Widen<E>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

// Building an Intl.NumberFormat costs far more than using one: messages are made by the ten thousand.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, maxDecimals: number): Intl.NumberFormat {
  const key = `${locale}:${maxDecimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals });
    formatters.set(key, f);
  }
  return f;
}

/** Formats a number the Vietnamese way: comma decimals, dot thousands. */
export function formatNumberVi(value: number, maxDecimals = 2): string {
  return formatter('vi-VN', maxDecimals).format(value);
}

const plainFormatters = new Map<string, Intl.NumberFormat>();
/** A number as read, without thousands separators, so «1.900» read as 1900 is shown as 1900, not 1.900 again. */
export function formatNumberPlain(locale: 'vi-VN' | 'en-GB', value: string | number | undefined): string {
  if (typeof value !== 'number') return value ?? '';
  let f = plainFormatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: false });
    plainFormatters.set(locale, f);
  }
  return f.format(value);
}

export function formatNumberEn(value: number, maxDecimals = 2): string {
  return formatter('en-GB', maxDecimals).format(value);
}

/** An award's form already names its level («Giấy khen của Chủ tịch UBND huyện» names «huyện»): whole words, case and diacritics aside. */
export function namesLevel(form: string, level: string): boolean {
  const words = (s: string): string => ` ${foldKey(s)} `;
  return foldKey(level) !== '' && words(form).includes(words(level));
}
