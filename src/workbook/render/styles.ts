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

/**
 * One number format for every score on a printed sheet: always two decimals, so no value ends in
 * a bare separator (a format such as `0.##` shows 97 as «97.»). Excel shows the separators of the
 * reader's locale (97,28 in Vietnamese).
 */
export const scoreFormat = '#,##0.00;-#,##0.00;0.00';
/** Whole counts (units, proposals): no decimals. */
export const countFormat = '#,##0';
/** Ratios: one decimal, as the command line and the pane print them (73,4%). */
export const percentFormat = '0.0%';

export const styles: Readonly<Record<StyleName, StyleDef>> = {
  nationalTitle: { size: 12, bold: true, align: 'center' },
  // Nghị định 30/2020: the parent agency in regular capitals, the issuing body in bold below it.
  parentBody: { size: 12, align: 'center' },
  nationalMotto: { size: 13, bold: true, align: 'center', underline: true },
  issuer: { size: 12, bold: true, align: 'center' },
  dateLine: { size: 13, italic: true, align: 'center' },
  title: { size: 14, bold: true, align: 'center', wrap: true },
  subtitle: { size: 12, italic: true, align: 'center', wrap: true },
  sectionHeading: { size: 12, bold: true, fill: 'E7EEF7', border: true, align: 'left', valign: 'middle', wrap: true },
  tableHeader: { size: 11, bold: true, fill: 'D9E2F3', border: true, align: 'center', valign: 'middle', wrap: true },
  cell: { size: 11, border: true, valign: 'top', wrap: true },
  cellCenter: { size: 11, border: true, align: 'center', valign: 'top', wrap: true },
  number: { size: 11, border: true, align: 'right', valign: 'top', numFmt: scoreFormat },
  numberBold: { size: 11, bold: true, border: true, align: 'right', valign: 'top', numFmt: scoreFormat },
  count: { size: 11, border: true, align: 'right', valign: 'top', numFmt: countFormat },
  percent: { size: 11, border: true, align: 'right', valign: 'top', numFmt: percentFormat },
  link: { size: 11, border: true, color: '0563C1', underline: true, valign: 'top' },
  error: { size: 11, bold: true, border: true, color: 'C00000', valign: 'top', wrap: true },
  warning: { size: 11, border: true, color: '9C5700', valign: 'top', wrap: true },
  info: { size: 11, border: true, color: '375623', valign: 'top', wrap: true },
  signatureTitle: { size: 13, bold: true, align: 'center' },
  signatureName: { size: 13, bold: true, align: 'center' },
  recipientsHeading: { size: 12, bold: true, italic: true, align: 'left' },
  recipients: { size: 11, align: 'left' },
  note: { size: 11, italic: true, align: 'left', wrap: false },
  /** The short rule under the issuing body: a run of underscores, so every host and printer draws it. */
  rule: { size: 7, bold: true, align: 'center', valign: 'top' },
  plain: { size: 11 },
};

/**
 * Fill colours of the highlights drawn on input cells, by severity: light, so values stay readable,
 * and the usual Excel meanings (red: an error to fix, amber: to look at). A score changed by a later
 * tier of appraisal is no fault: a quiet grey-blue. Information gets a pale grey.
 */
export const highlightFills = {
  error: 'FFC7CE',
  warning: 'FFEB9C',
  info: 'EDEDED',
  tierChange: 'DDE5F0',
} as const;

/** Text colour over each highlight fill (Excel's own pairs for the red and amber fills). */
export const highlightFonts = {
  error: '9C0006',
  warning: '7F4F00',
  info: '3A3A3A',
  tierChange: '1F3864',
} as const;
