/**
 * The page of every sheet printed for the council, shared by the summary, the proposals and the
 * tiers sheets (Nghị định 30/2020): heading of the issuing body and the national heading with their
 * rules, the line naming the plan the sheet is attached to, the signature block with room for
 * signature and seal, A4 landscape with the fingerprint in the footer, and row heights and column
 * widths that keep text from being clipped.
 */
import { vi } from '../../i18n/vi';
import type { Plan } from '../../domain/plan/schema';
import { foldKey } from '../../domain/text/normalize';
import { address, parseAddress } from '../grid';
import type { OutCell, PageSetup, SheetSpec } from '../spec';
import { blank, row, rowAt, text } from './cells';
import type { RunStamp } from './stamp';
import { fontName, styles } from './styles';

const t = vi.sheets;

function merge(r: number, c1: number, c2: number): string {
  return `${address(r, c1)}:${address(r, c2)}`;
}

/** Characters of 11 pt Times New Roman per unit of Excel column width (a little over one). */
const charsPerWidth = 1.1;
/** Bold text is wider; a little room is kept for the cell's padding. */
const boldFactor = 0.9;

/** Lines a text takes in a cell `width` characters wide, breaking at spaces as Excel does. */
export function linesFor(value: string, width: number, size: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(width * charsPerWidth * (11 / size) * (bold ? boldFactor : 1)));
  let lines = 0;
  for (const part of value.split('\n')) {
    let count = 1;
    let used = 0;
    for (const word of part.split(' ')) {
      let len = word.length;
      if (used > 0 && used + 1 + len <= perLine) {
        used += 1 + len;
        continue;
      }
      if (used > 0) {
        count++;
        used = 0;
      }
      // A word longer than a line is broken over several.
      while (len > perLine) {
        count++;
        len -= perLine;
      }
      used = len;
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice grows a row for wrapped text in a
 * file written by a program, so printed sheets would clip it: estimate the lines and say so.
 */
export function withRowHeights(spec: SheetSpec): SheetSpec {
  // Width available to each merged master cell.
  const mergedWidth = new Map<string, number>();
  for (const range of spec.merges) {
    const [from, to] = range.split(':');
    if (!from || !to) continue;
    const a = parseAddress(from);
    const b = parseAddress(to);
    if (a.row !== b.row) continue;
    let width = 0;
    for (let c = a.col; c <= b.col; c++) width += spec.columnWidths[c] ?? 9;
    mergedWidth.set(`${a.row}:${a.col}`, width);
  }
  const heights = spec.rows.map((cells, r) => {
    let height = 0;
    cells.forEach((cell, c) => {
      if (typeof cell.value !== 'string' || cell.value === '') return;
      const style = styles[cell.style ?? 'plain'];
      const width = mergedWidth.get(`${r}:${c}`) ?? spec.columnWidths[c] ?? 9;
      const lines = style.wrap ? linesFor(cell.value, width, style.size, style.bold) : 1;
      height = Math.max(height, lines * style.size * 1.3 + 3);
    });
    return height > 17 ? Math.ceil(height) : undefined;
  });
  return { ...spec, rowHeights: heights };
}

/**
 * Widths of the columns whose text is never wrapped (cell addresses, codes), from the longest text
 * in each, between the given width and `max`: the column is as wide as what it holds.
 */
export function widthsForText(rows: readonly (readonly OutCell[])[], widths: readonly number[], columns: readonly number[], max = 40): number[] {
  const out = [...widths];
  for (const c of columns) {
    let longest = 0;
    for (const cells of rows) {
      const v = cells[c]?.value;
      if (typeof v === 'string' && !cells.every((x, i) => i === c || x.value === null)) longest = Math.max(longest, v.length);
    }
    // Codes and addresses are mostly capitals, wider than the average character.
    out[c] = Math.min(max, Math.max(out[c] ?? 9, Math.ceil(longest * 1.1) + 2));
  }
  return out;
}

/** A footer line of a page: `&` doubled so Excel prints it as it is, in small type at the left. */
function footerText(line: string): string {
  return line.replace(/&/g, '&&');
}

/**
 * A footer part in Excel's header and footer codes: the font and a size of 7 points, then the text
 * (its & already doubled). Both hosts write it: the ExcelJS host after &L (the left part of the
 * file's footer), the office host as HeaderFooter.leftFooter. Excel keeps at most 255 characters
 * in a header or footer, codes included.
 */
export function footerCodes(text: string): string {
  return `&"${fontName},Regular"&7${text}`;
}

/**
 * The page of every sheet printed for the council (Nghị định 30/2020): A4 landscape, margins top and
 * bottom 20 mm, left 30 mm, right 15 mm, the table's header row repeated, one page wide, page numbers
 * from page 2. `headerRow` is the 0-based row of the table header; `footer` a small line on every page.
 */
export function councilPage(headerRow: number, footer?: string): PageSetup {
  return {
    orientation: 'landscape',
    paper: 'A4',
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
    printTitleRows: [headerRow + 1, headerRow + 1],
    fitToWidth: true,
    pageNumbers: true,
    ...(footer === undefined ? {} : { footer: footerText(footer) }),
  };
}

/** Underscores under the issuing body: a third to a half of its name, as Nghị định 30/2020 draws it. */
export function ruleUnder(name: string, size: number): string {
  // A capital of Times New Roman bold is about 0.65 em; an underscore of the rule style is 0.5 em.
  const nameWidth = name.length * 0.65 * size;
  const count = Math.round((nameWidth * 0.4) / (0.5 * styles.rule.size));
  return '_'.repeat(Math.max(8, count));
}

/**
 * The heading: parent agency and issuing body top left with a short rule under the body, the
 * national title and motto (underlined: its rule is as long as the motto) top right, the place and
 * date under them. With no council named, the issuer is the issuing body.
 */
export function documentHeader(plan: Plan, stamp: RunStamp, columns: number): { rows: OutCell[][]; merges: string[] } {
  const split = Math.max(2, Math.floor(columns / 3));
  const right = split + 1;
  const council = plan.info.council.trim();
  const parent = council === '' ? '' : plan.info.issuer.trim();
  const body = council === '' ? plan.info.issuer.trim() : council;
  const left: OutCell[] = [
    parent === '' ? blank : text(parent.toLocaleUpperCase('vi'), 'parentBody'),
    text(body.toLocaleUpperCase('vi'), 'issuer'),
    body === '' ? blank : text(ruleUnder(body, styles.issuer.size), 'rule'),
  ];
  if (parent === '') left.shift();
  const rightCells: OutCell[] = [text(t.national.title, 'nationalTitle'), text(t.national.motto, 'nationalMotto'), blank];
  const rows: OutCell[][] = [0, 1, 2].map((i) => [...row(right, [left[i] ?? blank]), ...row(columns - right, [rightCells[i] ?? blank])]);
  rows.push([...row(right, []), ...row(columns - right, [text(t.dateLine({ place: plan.info.place, day: stamp.day, month: stamp.month, year: stamp.year }), 'dateLine')])]);
  const merges = [0, 1, 2].flatMap((r) => [merge(r, 0, split), merge(r, right, columns - 1)]);
  merges.push(merge(3, right, columns - 1));
  return { rows, merges };
}

/** The plan's name without the words the attached line already says («Kế hoạch», «về việc»). */
function subjectOf(name: string): string {
  let subject = name.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const lead of vi.print.subjectLeads) {
      const words = lead.split(' ').length;
      const head = subject.split(/\s+/).slice(0, words).join(' ');
      if (foldKey(head) === foldKey(lead)) {
        subject = subject.split(/\s+/).slice(words).join(' ');
        changed = true;
      }
    }
  }
  return subject;
}

/** «(Kèm theo Kế hoạch số … ngày … của … về việc …)»: the plan a printed sheet belongs to, said once. */
export function attachedLine(plan: Plan): string {
  const info = plan.info;
  const subject = subjectOf(info.name);
  const period = info.period.trim();
  const withPeriod = period !== '' && !foldKey(subject).includes(foldKey(period)) ? `${subject} – ${period}` : subject;
  return vi.print.attachedTo({ number: info.number, date: info.issuedDate, issuer: info.issuer.trim(), subject: withPeriod });
}

/** Blank lines left for the signature and the seal between the title and the signer's name. */
const signatureSpace = 4;

/** Signature block: recipients bottom left, «TM. …» / title / room to sign and seal / name bottom right. */
export function signatureBlock(plan: Plan, startRow: number, columns: number): { rows: OutCell[][]; merges: string[] } {
  const split = Math.floor(columns / 2);
  const rightCell = (cell: OutCell): OutCell[] => [...row(split, []), ...row(columns - split, [cell])];
  const recipients = plan.info.recipients.map((r) => text(`- ${r}`, 'recipients'));
  const signer = [
    ...(plan.info.signingFor.trim() === '' ? [] : [text(plan.info.signingFor, 'signatureTitle')]),
    text(plan.info.signerTitle, 'signatureTitle'),
    ...Array.from({ length: signatureSpace }, () => blank),
    text(plan.info.signerName, 'signatureName'),
  ];
  const left = recipients.length === 0 ? [] : [text(t.summary.recipients, 'recipientsHeading'), ...recipients];
  const height = Math.max(left.length, signer.length);
  const rows: OutCell[][] = [];
  const merges: string[] = [];
  for (let i = 0; i < height; i++) {
    const base = rightCell(signer[i] ?? blank);
    base[0] = left[i] ?? blank;
    rows.push(base);
    if (signer[i] !== undefined && signer[i] !== blank) merges.push(merge(startRow + i, split, columns - 1));
  }
  return { rows, merges };
}

/**
 * The foot of a signed page: a blank row, the notes a reader of the printed page needs (legend,
 * counts), a blank row, then the signature block. Appended to `rows`/`merges` of the sheet being built.
 */
export function appendPageFoot(plan: Plan, rows: OutCell[][], merges: string[], width: number, notes: readonly string[]): void {
  rows.push(row(width, []));
  for (const line of notes) rows.push(rowAt(width, 0, text(line, 'note')));
  rows.push(row(width, []));
  const signature = signatureBlock(plan, rows.length, width);
  rows.push(...signature.rows);
  merges.push(...signature.merges);
}
