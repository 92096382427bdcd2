/**
 * "Tổng hợp": the ranked summary the council reviews and prints. One section per block in rank
 * order, national header, plan reference, signature block; A4 landscape, header row repeated.
 */
import type { Evaluation, RankedUnit } from '../../domain/evaluate/types';
import type { Finding } from '../../domain/findings';
import { vi } from '../../i18n/vi';
import { formatNumberVi } from '../../i18n/types';
import type { Plan } from '../../domain/plan/schema';
import type { OutCell, SheetSpec } from '../spec';
import { address } from '../grid';
import { blank, num, row, rowAt, text } from './cells';
import type { RunStamp } from './stamp';
import { printedFingerprint } from './audit-log';
import { councilPage, withRowHeights } from './layout';
import { tieBreakText } from './tie-break-text';

const t = vi.sheets;
const width = 12;
const last = width - 1;

export interface SummaryContext {
  readonly plan: Plan;
  readonly evaluation: Evaluation;
  readonly findings: readonly Finding[];
  readonly stamp: RunStamp;
  readonly name: string;
  /** The log sheet holding the full fingerprints (issue 5b); the usual name when not given. */
  readonly logSheet?: string;
  /** The council's vote per unit code, from the tally sheet («Kết quả bỏ phiếu»). */
  readonly votes?: ReadonlyMap<string, string>;
}

function merge(r: number, c1: number, c2: number): string {
  return `${address(r, c1)}:${address(r, c2)}`;
}

/** The national header, issuing body and date line shared by printed sheets. */
export function documentHeader(plan: Plan, stamp: RunStamp, columns: number): { rows: OutCell[][]; merges: string[] } {
  const split = Math.max(2, Math.floor(columns / 3));
  const right = split + 1;
  const rows: OutCell[][] = [
    [...row(right, [text(plan.info.issuer.toLocaleUpperCase('vi'), 'issuer')]), ...row(columns - right, [text(t.national.title, 'nationalTitle')])],
    [...row(right, [text(plan.info.council.toLocaleUpperCase('vi'), 'issuer')]), ...row(columns - right, [text(t.national.motto, 'nationalMotto')])],
    row(columns, []),
    [...row(right, []), ...row(columns - right, [text(t.dateLine({ place: plan.info.place, day: stamp.day, month: stamp.month, year: stamp.year }), 'dateLine')])],
  ];
  const merges = [merge(0, 0, split), merge(0, right, columns - 1), merge(1, 0, split), merge(1, right, columns - 1), merge(3, right, columns - 1)];
  return { rows, merges };
}

/** Signature block: recipients bottom left, "TM. …" / title / name bottom right. */
export function signatureBlock(plan: Plan, startRow: number, columns: number): { rows: OutCell[][]; merges: string[] } {
  const split = Math.floor(columns / 2);
  const rightCell = (cell: OutCell): OutCell[] => [...row(split, []), ...row(columns - split, [cell])];
  const recipients = plan.info.recipients.map((r) => text(`- ${r}`, 'recipients'));
  const signer = [
    text(plan.info.signingFor, 'signatureTitle'),
    text(plan.info.signerTitle, 'signatureTitle'),
    blank,
    blank,
    blank,
    text(plan.info.signerName, 'signatureName'),
  ];
  const left = [text(t.summary.recipients, 'recipientsHeading'), ...recipients];
  const height = Math.max(left.length, signer.length);
  const rows: OutCell[][] = [];
  const merges: string[] = [];
  for (let i = 0; i < height; i++) {
    const leftCell = left[i] ?? blank;
    const base = rightCell(signer[i] ?? blank);
    base[0] = leftCell;
    rows.push(base);
    if (signer[i] !== undefined && signer[i] !== blank) merges.push(merge(startRow + i, split, columns - 1));
  }
  return { rows, merges };
}

function unitNote(u: RankedUnit, plan: Plan): string {
  const s = t.summary;
  const notes: string[] = [];
  if (u.unresolvedTie) notes.push(s.tie);
  if (u.decidedByTieBreak !== undefined) {
    const rule = plan.tieBreaks[u.decidedByTieBreak];
    if (rule) notes.push(s.tieBreak({ rule: tieBreakText(rule) }));
  }
  if (u.mandatoryFailed.length > 0) notes.push(s.mandatoryFailed({ codes: u.mandatoryFailed.join(', ') }));
  if (u.missingCount > 0) notes.push(s.missing({ count: u.missingCount }));
  if (u.notAppraisedCount > 0) notes.push(s.notAppraised({ count: u.notAppraisedCount }));
  if (u.unit.ineligibleReason) notes.push(s.ineligible({ reason: u.unit.ineligibleReason }));
  return notes.join('; ');
}

function awardText(u: RankedUnit): string {
  if (u.award) return t.summary.award({ form: u.award.form, level: u.award.level });
  if (u.awardNote.code === 'noRules' || u.awardNote.code === 'awarded') return '';
  return vi.awardNotes[u.awardNote.code](u.awardNote.params);
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** The ratio table: numerator, denominator, ratio, requirement, verdict and what would close the gap (also printed by render/proposals.ts). */
export function ratioSection(evaluation: Evaluation, startRow: number): { rows: OutCell[][]; merges: string[] } {
  const s = t.summary;
  const rows: OutCell[][] = [rowAt(width, 0, text(s.ratioHeading, 'sectionHeading'))];
  const merges = [merge(startRow, 0, last)];
  rows.push(s.ratioColumns.map((c) => text(c, 'tableHeader')));
  merges.push(merge(startRow + 1, 0, 1), merge(startRow + 1, 8, 9), merge(startRow + 1, 10, 11));
  for (const check of evaluation.ratios) {
    const r = startRow + rows.length;
    const atLeast = check.rule.comparison === 'atLeast';
    const verdict = check.total === 0 ? s.ratioNoProposals : check.met ? s.ratioMet : s.ratioNotMet;
    const addWho = atLeast ? s.ratioQualifying : s.ratioOthers;
    const removeWho = atLeast ? s.ratioOthers : s.ratioQualifying;
    rows.push([
      text(`${check.rule.name} (${s.ratioScope[check.scope]})`),
      text(''),
      text(check.rule.levels.join(', '), 'cellCenter'),
      num(check.qualifying),
      num(check.total),
      num(check.ratio, 'percent'),
      text(`${atLeast ? '≥' : '≤'} ${formatPercent(check.rule.ratio)}`, 'cellCenter'),
      text(verdict, check.met ? 'cellCenter' : 'error'),
      text(check.met ? '' : s.ratioAdd({ count: check.closeByAdding, who: addWho })),
      text(''),
      text(check.met ? '' : s.ratioRemove({ count: check.closeByRemoving, who: removeWho })),
      text(''),
    ]);
    merges.push(merge(r, 0, 1), merge(r, 8, 9), merge(r, 10, 11));
  }
  return { rows, merges };
}

function formatPercent(fraction: number): string {
  return `${formatNumberVi(fraction * 100)}%`;
}

export function renderSummary(ctx: SummaryContext): SheetSpec {
  const { plan, evaluation, stamp } = ctx;
  const header = documentHeader(plan, stamp, width);
  const rows: OutCell[][] = [...header.rows];
  const merges = [...header.merges];
  const wide = (cell: OutCell): void => {
    merges.push(merge(rows.length, 0, last));
    rows.push(rowAt(width, 0, cell));
  };
  rows.push(row(width, []));
  wide(text(t.summary.title, 'title'));
  wide(text(t.summary.planLine({ number: plan.info.number, date: plan.info.issuedDate, name: plan.info.name, period: plan.info.period }), 'subtitle'));
  wide(text(printedFingerprint(stamp, ctx.logSheet ?? vi.audit.sheetName), 'note'));
  rows.push(row(width, []));
  const headerRow = rows.length;
  rows.push(t.summary.columns.map((c) => text(c, 'tableHeader')));
  const dataBars: { range: string; color: string }[] = [];
  let units = 0;
  evaluation.blocks.forEach((block, index) => {
    merges.push(merge(rows.length, 0, last));
    rows.push(row(width, [text(t.summary.blockHeading({ index: index + 1, block: block.block, count: block.units.length + block.unscored.length }), 'sectionHeading')], text('', 'sectionHeading')));
    const first = rows.length;
    block.units.forEach((u, i) => {
      units++;
      rows.push([
        num(i + 1, 'cellCenter'),
        text(u.unit.name),
        num(u.selfBase),
        num(u.appraisedBase),
        num(u.bonus),
        num(u.deduction),
        num(u.total, 'numberBold'),
        num(u.rank, 'cellCenter'),
        text(u.band ?? t.summary.band.none, 'cellCenter'),
        text(awardText(u)),
        text(ctx.votes?.get(u.unit.code) ?? ''),
        text(unitNote(u, plan)),
      ]);
    });
    if (block.units.length > 0) dataBars.push({ range: `${address(first, 6)}:${address(rows.length - 1, 6)}`, color: '5B9BD5' });
    if (block.unscored.length > 0) {
      rows.push(row(width, [blank, text(`${t.summary.unscoredHeading}: ${block.unscored.map((u) => u.name).join(', ')}`, 'note')]));
    }
  });
  if (evaluation.ratios.length > 0) {
    rows.push(row(width, []));
    const ratio = ratioSection(evaluation, rows.length);
    rows.push(...ratio.rows);
    merges.push(...ratio.merges);
  }
  rows.push(row(width, []));
  const counts = countBySeverity(ctx.findings);
  for (const line of [...t.summary.legend, t.summary.rankingStyle({ style: plan.info.rankingStyle }), t.summary.counts({ units, blocks: evaluation.blocks.length, ...counts })]) {
    rows.push(rowAt(width, 0, text(line, 'note')));
  }
  rows.push(row(width, []));
  const signature = signatureBlock(plan, rows.length, width);
  rows.push(...signature.rows);
  merges.push(...signature.merges);
  return withRowHeights({
    name: ctx.name,
    role: 'summary',
    visibility: 'visible',
    rows,
    columnWidths: [5, 34, 9, 10, 8, 7, 10, 8, 12, 26, 12, 34],
    merges,
    freeze: { rows: headerRow + 1, columns: 2 },
    page: councilPage(headerRow),
    dataBars,
  });
}

/** The summary when no plan could be read: the header and a pointer to the findings. */
export function renderSummaryWithoutPlan(name: string): SheetSpec {
  return {
    name,
    role: 'summary',
    visibility: 'visible',
    rows: [[text(t.summary.title, 'title')], [text(t.summary.noPlan, 'note')]],
    columnWidths: [100],
    merges: [],
  };
}
