/** "Kiểm tra": every finding, worst first, each with a link to its cell and what would fix it. */
import type { Finding } from '../../domain/findings';
import { describeFinding } from '../../i18n';
import { vi } from '../../i18n/vi';
import type { Unit } from '../../domain/input/schema';
import { address, quoteSheet } from '../grid';
import type { OutCell, SheetSpec, StyleName } from '../spec';
import { num, row, rowAt, text } from './cells';
import { countBySeverity } from './summary';
import { councilPage, widthsForText, withRowHeights } from './layout';
import { printedFingerprint } from './audit-log';
import type { RunStamp } from './stamp';

const t = vi.sheets.findings;
const width = t.columns.length;
const severityStyle: Record<Finding['severity'], StyleName> = { error: 'error', warning: 'warning', info: 'info' };

/** What a printed copy needs to be matched to its workbook. */
export interface PrintStamp {
  readonly stamp: RunStamp;
  readonly logSheet: string;
}

/** The findings are listed in the order given: the run's (sortFindings), never sorted again here. */
export function renderFindings(name: string, findings: readonly Finding[], units: readonly Unit[], print?: PrintStamp): SheetSpec {
  const unitNames = new Map(units.map((u) => [u.code, u.name]));
  const rows: OutCell[][] = [
    rowAt(width, 0, text(t.title, 'title')),
    rowAt(width, 0, text(t.subtitle(countBySeverity(findings)), 'subtitle')),
    // What the colours on the input sheets mean: the cells these findings point at carry them.
    rowAt(width, 0, text(vi.print.highlightLegend, 'subtitle')),
    row(width, []),
    t.columns.map((c) => text(c, 'tableHeader')),
  ];
  const headerRow = rows.length;
  findings.forEach((f, i) => {
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
  if (findings.length === 0) rows.push(rowAt(width, 0, text(t.none, 'note')));
  return withRowHeights({
    name,
    role: 'findings',
    visibility: 'visible',
    rows,
    // The cell and the code are never wrapped: their columns are as wide as the longest one.
    columnWidths: widthsForText(rows, [5, 10, 24, 8, 12, 56, 46, 12], [4, 7]),
    merges: [0, 1, 2].map((r) => `${address(r, 0)}:${address(r, width - 1)}`),
    freeze: { rows: headerRow, columns: 0 },
    page: councilPage(headerRow - 1, print ? printedFingerprint(print.stamp, print.logSheet) : undefined),
  });
}
