/** "Kiểm tra": every finding, worst first, each with a link to its cell and what would fix it. */
import { sortFindings } from '../../domain/evaluate';
import type { Finding } from '../../domain/findings';
import { describeFinding } from '../../i18n';
import { vi } from '../../i18n/vi';
import type { Unit } from '../../domain/input/schema';
import { address, quoteSheet } from '../grid';
import type { OutCell, SheetSpec, StyleName } from '../spec';
import { num, row, rowAt, text } from './cells';
import { countBySeverity } from './summary';
import { withRowHeights } from './layout';
import { printedFingerprint } from './audit-log';
import type { RunStamp } from './stamp';

const t = vi.sheets.findings;
const width = t.columns.length;
const severityStyle: Record<Finding['severity'], StyleName> = { error: 'error', warning: 'warning', info: 'info' };

/** What a printed copy needs to be matched to its workbook (issue 5b). */
export interface PrintStamp {
  readonly stamp: RunStamp;
  readonly logSheet: string;
}

export function renderFindings(name: string, findings: readonly Finding[], units: readonly Unit[], print?: PrintStamp): SheetSpec {
  const unitNames = new Map(units.map((u) => [u.code, u.name]));
  const sorted = sortFindings(findings);
  const rows: OutCell[][] = [
    rowAt(width, 0, text(t.title, 'title')),
    rowAt(width, 0, text(t.subtitle(countBySeverity(findings)), 'subtitle')),
    ...(print ? [rowAt(width, 0, text(printedFingerprint(print.stamp, print.logSheet), 'note'))] : []),
    row(width, []),
    t.columns.map((c) => text(c, 'tableHeader')),
  ];
  const headerRow = rows.length;
  sorted.forEach((f, i) => {
    const { message, fix } = describeFinding(f, 'vi');
    const where = f.cell ? `${quoteSheet(f.cell.sheet)}!${f.cell.address}` : '';
    rows.push([
      num(i + 1, 'cellCenter'),
      text(t.severity[f.severity], severityStyle[f.severity]),
      text(f.unitCode ? (unitNames.get(f.unitCode) ?? f.unitCode) : ''),
      text(f.criterionCode ?? '', 'cellCenter'),
      f.cell ? { value: where, style: 'link', link: f.cell } : text(''),
      text(message),
      text(fix),
      text(f.code),
    ]);
  });
  if (sorted.length === 0) rows.push(rowAt(width, 0, text(t.none, 'note')));
  return withRowHeights({
    name,
    role: 'findings',
    visibility: 'visible',
    rows,
    columnWidths: [6, 11, 26, 9, 18, 60, 48, 22],
    merges: [`${address(0, 0)}:${address(0, width - 1)}`, `${address(1, 0)}:${address(1, width - 1)}`],
    freeze: { rows: headerRow, columns: 0 },
    page: {
      orientation: 'landscape',
      paper: 'A4',
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      printTitleRows: [headerRow, headerRow],
      fitToWidth: true,
      pageNumbers: true,
    },
  });
}
