/// <reference types="office-js" />
/**
 * Which office.js requirement sets this Excel supports, what the add-in does without each, and what
 * the user is told. The floor is ExcelApi 1.7 (volume-licensed Office 2019): everything above it is
 * asked at run time and, where missing, takes a plainer path — never a failure.
 *
 * Members used by level (from the office.js reference, `[Api set: ExcelApi x.y]`):
 *   1.1–1.7  the sheet list, ids, names, visibility, values, number formats, fonts, fills, borders,
 *            merges, used ranges (1.4), conditional formats by id (1.6), calculation hint (1.6),
 *            getRangeByIndexes, hyperlinks, freeze panes (1.7), cell protection (1.2);
 *   1.8      Range.dataValidation (form inputs), Excel.createWorkbook (templates opened as workbooks);
 *   1.9      Worksheet.getRanges / RangeAreas (multi-area styles, highlights), Worksheet.pageLayout,
 *            Range.copyFrom (owned sheets rewritten in place);
 *   1.13     Range.getMergedAreasOrNullObject (merges read), Workbook.insertWorksheetsFromBase64 (import);
 *   1.18     Worksheet.notes (the findings' words as notes; with Worksheet.comments, 1.10, to leave a
 *            cell holding a threaded comment alone).
 */
import { office as vi } from '../../i18n/vi/office';
import { office as en } from '../../i18n/en/office';
import type { WriteFeatures } from './write';

export interface OfficeFeatures extends WriteFeatures {
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  readonly readMerges: boolean;
  /** Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13). */
  readonly insertSheets: boolean;
  /** Excel.createWorkbook (ExcelApi 1.8): a template opens as a new workbook where downloads do nothing. */
  readonly createWorkbook: boolean;
}

export interface RequirementCheck {
  readonly ok: boolean;
  /** Requirement sets missing below the floor, e.g. "ExcelApi 1.7". */
  readonly missing: readonly string[];
  /** ExcelApi 1.13 (insertWorksheetsFromBase64) is present. */
  readonly canInsertWorksheets: boolean;
  readonly features: OfficeFeatures;
  /** What works in a plainer way in this Excel, in words, for the pane to say once (empty: nothing). */
  readonly reduced: readonly ('validation' | 'layout' | 'merges' | 'notes')[];
}

export type IsSetSupported = (name: string, version: string) => boolean;

/** The floor: volume-licensed Office 2019 stops at ExcelApi 1.7. */
export const floor = ['ExcelApi', '1.7'] as const;

/** Office.context.requirements.isSetSupported, or nothing supported outside Office. */
export function officeIsSetSupported(name: string, version: string): boolean {
  if (typeof Office === 'undefined') return false;
  return Office.context?.requirements?.isSetSupported(name, version) ?? false;
}

export function featuresOf(isSetSupported: IsSetSupported): OfficeFeatures {
  const at = (version: string): boolean => isSetSupported('ExcelApi', version);
  return {
    dataValidation: at('1.8'),
    createWorkbook: at('1.8'),
    rangeAreas: at('1.9'),
    pageLayout: at('1.9'),
    copyInPlace: at('1.9'),
    readMerges: at('1.13'),
    insertSheets: at('1.13'),
    notes: at('1.18'),
  };
}

export function checkRequirements(isSetSupported: IsSetSupported = officeIsSetSupported): RequirementCheck {
  const missing = isSetSupported(floor[0], floor[1]) ? [] : [`${floor[0]} ${floor[1]}`];
  const features = featuresOf(isSetSupported);
  const reduced = [
    ...(features.dataValidation ? [] : (['validation'] as const)),
    ...(features.pageLayout && features.copyInPlace ? [] : (['layout'] as const)),
    ...(features.readMerges && features.insertSheets ? [] : (['merges'] as const)),
    ...(features.notes ? [] : (['notes'] as const)),
  ];
  return { ok: missing.length === 0, missing, canInsertWorksheets: features.insertSheets, features, reduced };
}

/** The message shown when a requirement set is missing; empty when nothing is. */
export function requirementMessage(check: RequirementCheck, language: 'vi' | 'en' = 'vi'): string {
  if (check.ok) return '';
  return (language === 'vi' ? vi : en).missingSets({ sets: check.missing.join(', ') });
}

/** What this Excel does in a plainer way, in one paragraph; empty when nothing is reduced. */
export function reducedMessage(check: RequirementCheck, language: 'vi' | 'en' = 'vi'): string {
  if (!check.ok || check.reduced.length === 0) return '';
  const m = language === 'vi' ? vi : en;
  return [m.reducedIntro, ...check.reduced.map((r) => `• ${m.reduced[r]}`)].join('\n');
}
