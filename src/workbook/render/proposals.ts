/**
 * "Tổng hợp đề nghị khen thưởng": every proposal the council decides, grouped by award level and
 * then by title or form, each with its verdict, its reasons and the votes it needs; then the quotas
 * per unit, the ratio table and the signature block. Printed like the unit summary (A4 landscape).
 */
import type { ProposalVerdict, QuotaCheck } from '../../domain/evaluate/eligibility-types';
import type { Evaluation } from '../../domain/evaluate/types';
import { vi } from '../../i18n/vi';
import type { Plan } from '../../domain/plan/schema';
import { compareVietnamese, foldKey } from '../../domain/text/normalize';
import { address } from '../grid';
import type { OutCell, SheetSpec, StyleName } from '../spec';
import { num, row, rowAt, text } from './cells';
import { appendPageFoot, attachedLine, councilPage, documentHeader, withRowHeights } from './layout';
import { printedFingerprint } from './audit-log';
import type { RunStamp } from './stamp';
import { ratioSection } from './summary';

const t = vi.proposalSheet;
const e = vi.eligibility;
const width = t.columns.length;
const last = width - 1;

export interface ProposalSheetContext {
  readonly plan: Plan;
  readonly evaluation: Evaluation;
  readonly stamp: RunStamp;
  readonly name: string;
  /** The audit log sheet, where the full input fingerprint printed in short here is kept. */
  readonly logSheet: string;
  /** The council's vote per proposal index, from the tally sheet («Kết quả bỏ phiếu»). */
  readonly votes?: ReadonlyMap<number, string>;
}

const verdictStyle: Readonly<Record<ProposalVerdict['verdict'], StyleName>> = { eligible: 'cellCenter', notEligible: 'error', needsCheck: 'warning' };

function merge(r: number, c1: number, c2: number): string {
  return `${address(r, c1)}:${address(r, c2)}`;
}

export function reasonsText(v: ProposalVerdict): string {
  return v.reasons
    .map((r) => ({ r, said: e.reasons[r.kind][r.status](r.params) }))
    // The same sentence from two routes is said once.
    .filter((x, i, all) => x.said !== '' && all.findIndex((y) => y.said === x.said) === i)
    .map(({ r, said }) => (r.route > 0 ? `${e.route(r.route)}: ` : '') + said)
    .join(e.separator);
}

function votesText(v: ProposalVerdict, plan: Plan): string {
  const members = plan.info.councilMembers;
  if (v.votesNeeded !== undefined && members !== undefined) return t.votes({ needed: v.votesNeeded, members });
  const share = v.title?.voteShare;
  return share === undefined ? '' : t.votesShare({ share, strict: v.title?.voteStrict ? 1 : 0 });
}

interface FormGroup {
  readonly form: string;
  readonly known: boolean;
  readonly verdicts: ProposalVerdict[];
}

/** Levels in the plan's order, then any other level as written; forms in the plan's title order, unknown forms last. */
function groups(plan: Plan, verdicts: readonly ProposalVerdict[]): { level: string; forms: FormGroup[] }[] {
  const levelOrder = new Map(plan.info.levels.map((l, i) => [foldKey(l), i] as const));
  const titleOrder = new Map(plan.titles.map((title, i) => [title.id, i] as const));
  const byLevel = new Map<string, { level: string; forms: Map<string, FormGroup> }>();
  for (const v of verdicts) {
    const level = v.proposal.level.trim() === '' ? t.noLevel : v.proposal.level;
    const key = foldKey(level);
    const entry = byLevel.get(key) ?? { level, forms: new Map<string, FormGroup>() };
    byLevel.set(key, entry);
    const formKey = v.title ? `t:${v.title.id}` : `f:${foldKey(v.proposal.form)}`;
    const group = entry.forms.get(formKey) ?? { form: v.title ? v.title.name : v.proposal.form, known: v.title !== undefined, verdicts: [] };
    entry.forms.set(formKey, group);
    group.verdicts.push(v);
  }
  const rank = (key: string): number => levelOrder.get(key) ?? Number.MAX_SAFE_INTEGER;
  return [...byLevel.entries()]
    .sort(([a, x], [b, y]) => rank(a) - rank(b) || compareVietnamese(x.level, y.level))
    .map(([, entry]) => ({
      level: entry.level,
      forms: [...entry.forms.entries()]
        .sort(([a, x], [b, y]) => {
          const ra = x.known ? (titleOrder.get(a.slice(2)) ?? 0) : Number.MAX_SAFE_INTEGER;
          const rb = y.known ? (titleOrder.get(b.slice(2)) ?? 0) : Number.MAX_SAFE_INTEGER;
          return ra - rb || compareVietnamese(x.form, y.form);
        })
        .map(([, group]) => ({
          ...group,
          verdicts: [...group.verdicts].sort(
            (a, b) => compareVietnamese(a.proposal.unitName, b.proposal.unitName) || compareVietnamese(a.proposal.name, b.proposal.name) || a.index - b.index,
          ),
        })),
    }));
}

function proposalRow(v: ProposalVerdict, i: number, plan: Plan, votes?: ReadonlyMap<number, string>): OutCell[] {
  const p = v.proposal;
  return [
    num(i + 1, 'cellCenter'),
    text(p.name),
    text(p.unitName),
    text(p.position),
    text(t.kinds[p.kind], 'cellCenter'),
    text(p.smallOrDirect ? t.smallOrDirect : '', 'cellCenter'),
    text(p.rating),
    text(e.verdicts[v.verdict], verdictStyle[v.verdict]),
    text(reasonsText(v)),
    text(votesText(v, plan), 'cellCenter'),
    text(votes?.get(v.index) ?? ''),
    text(p.note),
  ];
}

/** Only the units over a limit are listed (every unit is counted): the rest is one line. */
function quotaRows(quotas: readonly QuotaCheck[], startRow: number): { rows: OutCell[][]; merges: string[] } {
  const over = quotas.filter((q) => q.exceeded);
  const rows: OutCell[][] = [rowAt(width, 0, text(t.quotaHeading, 'sectionHeading')), t.quotaColumns.map((c) => text(c, 'tableHeader'))];
  const merges = [merge(startRow, 0, last), merge(startRow + 1, 0, 2), merge(startRow + 1, 3, 4), merge(startRow + 1, 8, 11)];
  for (const q of over) {
    const r = startRow + rows.length;
    rows.push([
      text(q.rule.name),
      text(''),
      text(''),
      text(q.unit),
      text(''),
      num(q.count, 'count'),
      num(q.base, 'count'),
      num(q.cap, 'count'),
      text(q.exceeded ? t.quotaExceeded : t.quotaMet, q.exceeded ? 'error' : 'cellCenter'),
      text(''),
      text(''),
      text(''),
    ]);
    merges.push(merge(r, 0, 2), merge(r, 3, 4), merge(r, 8, 11));
  }
  rows.push(rowAt(width, 0, text(t.quotaWithin({ within: quotas.length - over.length, total: quotas.length }), 'note')));
  return { rows, merges };
}

export function renderProposalSheet(ctx: ProposalSheetContext): SheetSpec {
  const { plan, evaluation, stamp } = ctx;
  const verdicts = evaluation.eligibility?.verdicts ?? [];
  const header = documentHeader(plan, stamp, width);
  const rows: OutCell[][] = [...header.rows];
  const merges = [...header.merges];
  const wide = (cell: OutCell, fill?: OutCell): void => {
    merges.push(merge(rows.length, 0, last));
    rows.push(fill ? row(width, [cell], fill) : rowAt(width, 0, cell));
  };
  rows.push(row(width, []));
  wide(text(t.title, 'title'));
  wide(text(attachedLine(plan), 'subtitle'));
  rows.push(row(width, []));
  // The quota and ratio tables come before the list: the header row of the list is repeated on every
  // printed page from where it first appears, and must never stand over these tables. They are also
  // what the council decides first (withdraw or add proposals before voting on the list).
  const quotas = evaluation.eligibility?.quotas ?? [];
  if (quotas.length > 0) {
    const q = quotaRows(quotas, rows.length);
    rows.push(...q.rows);
    merges.push(...q.merges);
    rows.push(row(width, []));
  }
  if (evaluation.ratios.length > 0) {
    const ratio = ratioSection(evaluation, rows.length);
    rows.push(...ratio.rows);
    merges.push(...ratio.merges);
    rows.push(row(width, []));
  }
  const headerRow = rows.length;
  rows.push(t.columns.map((c) => text(c, 'tableHeader')));
  if (verdicts.length === 0) wide(text(t.noProposals, 'note'));
  const heading = text('', 'sectionHeading');
  groups(plan, verdicts).forEach((level, li) => {
    const count = level.forms.reduce((n, f) => n + f.verdicts.length, 0);
    wide(text(t.levelHeading({ index: li + 1, level: level.level, count }), 'sectionHeading'), heading);
    for (const form of level.forms) {
      const tally = { eligible: 0, notEligible: 0, needsCheck: 0 };
      for (const v of form.verdicts) tally[v.verdict]++;
      const line = form.known ? t.formHeading({ form: form.form, count: form.verdicts.length, ...tally }) : `${form.form} — ${t.unknownFormHeading({ count: form.verdicts.length })}`;
      wide(text(line, 'cell'));
      form.verdicts.forEach((v, i) => rows.push(proposalRow(v, i, plan, ctx.votes)));
    }
  });
  const tally = { eligible: 0, notEligible: 0, needsCheck: 0 };
  for (const v of verdicts) tally[v.verdict]++;
  const members = plan.info.councilMembers;
  appendPageFoot(plan, rows, merges, width, [...t.legend, t.counts({ total: verdicts.length, ...tally, ...(members === undefined ? {} : { members }) })]);
  return withRowHeights({
    name: ctx.name,
    role: 'summary',
    visibility: 'visible',
    rows,
    columnWidths: [5, 24, 22, 13, 9, 8, 13, 17, 42, 9, 10, 14],
    merges,
    // Frozen rows above the list would fill a laptop screen once the quota and ratio tables stand there.
    freeze: quotas.length > 0 || evaluation.ratios.length > 0 ? { rows: 0, columns: 2 } : { rows: headerRow + 1, columns: 2 },
    page: councilPage(headerRow, printedFingerprint(stamp, ctx.logSheet)),
  });
}

