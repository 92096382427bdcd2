/**
 * How each named style looks, as plain data every host maps to its own API. Times New Roman
 * (Unicode) as Nghị định 30/2020 asks for administrative documents.
 */
import type { StyleName } from '../spec';

export interface StyleDef {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly color?: string;
  readonly fill?: string;
  readonly align?: 'left' | 'center' | 'right';
  readonly valign?: 'top' | 'middle' | 'bottom';
  readonly wrap?: boolean;
  readonly border?: boolean;
  readonly numFmt?: string;
}

export const fontName = 'Times New Roman';

export const styles: Readonly<Record<StyleName, StyleDef>> = {
  nationalTitle: { size: 12, bold: true, align: 'center' },
  nationalMotto: { size: 13, bold: true, align: 'center', underline: true },
  issuer: { size: 12, bold: true, align: 'center' },
  dateLine: { size: 13, italic: true, align: 'center' },
  title: { size: 14, bold: true, align: 'center', wrap: true },
  subtitle: { size: 12, italic: true, align: 'center', wrap: true },
  sectionHeading: { size: 12, bold: true, fill: 'E7EEF7', border: true, align: 'left', valign: 'middle' },
  tableHeader: { size: 11, bold: true, fill: 'D9E2F3', border: true, align: 'center', valign: 'middle', wrap: true },
  cell: { size: 11, border: true, valign: 'top', wrap: true },
  cellCenter: { size: 11, border: true, align: 'center', valign: 'top' },
  // General, not 0.##: that shows a whole number with a trailing separator («95.»); scores are already rounded.
  number: { size: 11, border: true, align: 'right', valign: 'top', numFmt: 'General' },
  numberBold: { size: 11, bold: true, border: true, align: 'right', valign: 'top', numFmt: 'General' },
  // 0.0#, not 0.##: «80.%» would end on the separator.
  percent: { size: 11, border: true, align: 'right', valign: 'top', numFmt: '0.0#%' },
  link: { size: 11, border: true, color: '0563C1', underline: true, valign: 'top' },
  error: { size: 11, bold: true, border: true, color: 'C00000', valign: 'top' },
  warning: { size: 11, border: true, color: '9C5700', valign: 'top' },
  info: { size: 11, border: true, color: '375623', valign: 'top' },
  signatureTitle: { size: 13, bold: true, align: 'center' },
  signatureName: { size: 13, bold: true, align: 'center' },
  recipientsHeading: { size: 12, bold: true, italic: true, align: 'left' },
  recipients: { size: 11, align: 'left' },
  note: { size: 11, italic: true, align: 'left', wrap: false },
  plain: { size: 11 },
};

/** Fill colours of the highlights drawn on input cells (light, so values stay readable). */
export const highlightFills = {
  shortfall: 'FFF2CC',
  overMax: 'F8CBAD',
  missing: 'DDEBF7',
  gap: 'E4DFEC',
  invalid: 'FF9999',
  // issue 5b: a score changed by a later tier of appraisal
  tierChange: 'CCEFEA',
} as const;
