/// <reference types="office-js" />
/** Which office.js requirement sets this Excel supports, and what the user is told when one is missing. */
import { office as vi } from '../../i18n/vi/office';
import { office as en } from '../../i18n/en/office';

export interface RequirementCheck {
  readonly ok: boolean;
  /** Requirement sets missing, e.g. "ExcelApi 1.9". */
  readonly missing: readonly string[];
  /** ExcelApi 1.13 (insertWorksheetsFromBase64) is present. */
  readonly canInsertWorksheets: boolean;
}

export type IsSetSupported = (name: string, version: string) => boolean;

/**
 * Worksheet.getRanges (multi-area styles and highlights), pageLayout, RangeAreas.conditionalFormats; the
 * forms of issue 4 need less: FormatProtection and WorksheetProtection (1.2), DataValidation (1.8).
 */
const required: readonly (readonly [string, string])[] = [['ExcelApi', '1.9']];

/** Office.context.requirements.isSetSupported, or nothing supported outside Office. */
export function officeIsSetSupported(name: string, version: string): boolean {
  if (typeof Office === 'undefined') return false;
  return Office.context?.requirements?.isSetSupported(name, version) ?? false;
}

export function checkRequirements(isSetSupported: IsSetSupported = officeIsSetSupported): RequirementCheck {
  const missing = required.filter(([name, version]) => !isSetSupported(name, version)).map(([name, version]) => `${name} ${version}`);
  return { ok: missing.length === 0, missing, canInsertWorksheets: isSetSupported('ExcelApi', '1.13') };
}

/** The message shown when a requirement set is missing; empty when nothing is. */
export function requirementMessage(check: RequirementCheck, language: 'vi' | 'en' = 'vi'): string {
  if (check.ok) return '';
  return (language === 'vi' ? vi : en).missingSets({ sets: check.missing.join(', ') });
}
