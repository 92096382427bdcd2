/**
 * What the pane shows, as plain data built from a run: finding rows, ranking rows, counts and
 * error texts. No React here, so it is tested without a browser.
 */
import type { Evaluation } from '../domain/evaluate/types';
import type { Finding, Severity } from '../domain/findings';
import { describeFinding, dictionaries, type Dictionary, type Language } from '../i18n';
import { formatNumberEn, formatNumberVi } from '../i18n/types';
import type { Unit } from '../domain/input/schema';
import { quoteSheet } from '../workbook/grid';
import { isPlainError } from '../app/plain-error';

export type UiText = Dictionary['ui'];

export function uiText(language: Language): UiText {
  return dictionaries[language].ui;
}

const formatNumber: Record<Language, (value: number) => string> = { vi: (v) => formatNumberVi(v), en: (v) => formatNumberEn(v) };

export interface FindingRow {
  readonly key: string;
  readonly severity: Severity;
  readonly severityLabel: string;
  readonly unit?: string;
  /** Sheet!A1 as Excel writes it, when the finding points at a cell. */
  readonly cellLabel?: string;
  readonly cell?: { readonly sheet: string; readonly address: string };
  readonly message: string;
  readonly fix: string;
}

export function findingRows(findings: readonly Finding[], units: readonly Unit[], language: Language): FindingRow[] {
  const t = uiText(language).check;
  const unitNames = new Map(units.map((u) => [u.code, u.name]));
  return findings.map((f, i) => {
    const { message, fix } = describeFinding(f, language);
    return {
      key: String(i),
      severity: f.severity,
      severityLabel: t.severity[f.severity],
      unit: f.unitCode === undefined ? undefined : (unitNames.get(f.unitCode) ?? f.unitCode),
      cellLabel: f.cell ? `${quoteSheet(f.cell.sheet)}!${f.cell.address}` : undefined,
      cell: f.cell,
      message,
      fix,
    };
  });
}

export function severityCounts(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

export interface RankingRow {
  readonly key: string;
  readonly rank: number;
  readonly unit: string;
  readonly total: number;
  /** The total as displayed (two decimals, like the label), for the chart. */
  readonly totalShown: number;
  readonly totalLabel: string;
  /** Sums of the base criteria as self-scored and as appraised; '' when there is none (never 0). */
  readonly selfLabel: string;
  readonly appraisedLabel: string;
  readonly band: string;
  /** Absent when the unit gets no award. */
  readonly award?: string;
  readonly tie: boolean;
}

export interface RankingBlock {
  readonly block: string;
  readonly heading: string;
  readonly rows: readonly RankingRow[];
  /** Registered units with no results, listed under the block (not ranked). */
  readonly unscored?: string;
}

export function rankingBlocks(evaluation: Evaluation, language: Language): RankingBlock[] {
  const t = uiText(language).score;
  return evaluation.blocks.map((b) => ({
    block: b.block,
    heading: t.block({ block: b.block, count: b.units.length }),
    rows: b.units.map((u) => ({
      key: u.unit.code,
      rank: u.rank,
      unit: u.unit.name,
      total: u.total,
      totalShown: Math.round(u.total * 100) / 100,
      totalLabel: formatNumber[language](u.total),
      selfLabel: u.selfBase === undefined ? '' : formatNumber[language](u.selfBase),
      appraisedLabel: u.appraisedBase === undefined ? '' : formatNumber[language](u.appraisedBase),
      band: u.band ?? t.noBand,
      award: u.award ? t.award({ form: u.award.form, level: u.award.level }) : undefined,
      tie: u.unresolvedTie,
    })),
    unscored: b.unscored.length > 0 ? t.unscored({ names: b.unscored.map((u) => u.name).join(', ') }) : undefined,
  }));
}

/** Office.js error codes that have a plain-words explanation; anything else is "unexpected". */
const officeErrors: Readonly<Record<string, keyof UiText['errors']>> = {
  InvalidOperationInCellEditMode: 'editing',
  AccessDenied: 'protected',
  ActivityLimitReached: 'tooLarge',
  RequestPayloadSizeLimitExceeded: 'tooLarge',
  ResponsePayloadSizeLimitExceeded: 'tooLarge',
  Conflict: 'busy',
  ServiceNotAvailable: 'busy',
  WorkbookLocked: 'busy',
};

/** An error as the user reads it: plain words, never a stack trace. */
export function errorText(error: unknown, language: Language): string {
  const t = uiText(language).errors;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const key = officeErrors[code];
  // a host's own plain message (an interrupted write, cleaned up) is shown as it is.
  if (isPlainError(error)) return key ? `${error.message} ${t[key]}` : error.message;
  return key ? t[key] : t.unexpected;
}
