/**
 * The packet a unit receives: one printable sheet with its own results only — its scores per
 * criterion and tier, the changes made by appraisal with their reasons, its total, band and rank,
 * the block's average and its distance to the leader, its shortfalls and what the next band needs.
 * Pure: the same evaluation gives the same sheets; a host writes them as a new workbook.
 */
import type { CriterionTiers, TierName } from '../../domain/evaluate/tiers';
import type { CriterionScore, Evaluation, RankedUnit } from '../../domain/evaluate/types';
import { buildCriteriaTree } from '../../domain/plan/tree';
import type { Plan } from '../../domain/plan/schema';
import { roundScore } from '../../domain/text/numbers';
import { formatNumberVi } from '../../i18n/types';
import { vi } from '../../i18n/vi';
import { address } from '../grid';
import { blank, num, row, text } from '../render/cells';
import { councilPage, withRowHeights } from '../render/layout';
import type { RunStamp } from '../render/stamp';
import { formatRunTime } from '../render/stamp';
import { documentHeader } from '../render/summary';
import { tieBreakText } from '../render/tie-break-text';
import type { OutCell, SheetSpec } from '../spec';
import { unitFeedback, type UnitFeedback } from './facts';

const t = vi.feedback;
const width = t.criteriaColumns.length;
const last = width - 1;

export interface FeedbackPacket {
  readonly unitCode: string;
  readonly unitName: string;
  readonly fileName: string;
  /** The document title (file properties): this unit's name only. */
  readonly title: string;
  readonly sheets: readonly SheetSpec[];
}

const merge = (r: number, c1: number, c2: number): string => `${address(r, c1)}:${address(r, c2)}`;
const fmt = (n: number): string => formatNumberVi(n);

/** Characters Windows forbids in file names, and control characters. */
const unsafeInFileName = /[\\/:*?"<>|\p{Cc}]/gu;

export function packetFileName(unit: { readonly code: string; readonly name: string }): string {
  const clean = (s: string): string => s.replace(unsafeInFileName, '_').replace(/\s+/g, ' ').trim();
  const base = t.fileName({ code: clean(unit.code), name: clean(unit.name) }).replace(/\.xlsx$/, '');
  return `${base.slice(0, 150).replace(/[. ]+$/, '')}.xlsx`;
}

function awardLine(u: RankedUnit): string {
  if (u.award) return vi.sheets.summary.award({ form: u.award.form, level: u.award.level });
  if (u.awardNote.code === 'noRules' || u.awardNote.code === 'awarded') return t.overview.noAward;
  return vi.awardNotes[u.awardNote.code](u.awardNote.params);
}

function tieBreakLine(plan: Plan, u: RankedUnit): string | undefined {
  if (u.decidedByTieBreak === undefined) return undefined;
  const rule = plan.tieBreaks[u.decidedByTieBreak];
  if (!rule) return undefined;
  return t.overview.tieBreak({ rule: tieBreakText(rule) });
}

function overviewRows(plan: Plan, f: UnitFeedback, u: RankedUnit): [string, OutCell][] {
  const o = t.overview;
  const lines: [string, OutCell][] = [
    [o.total, num(u.total, 'numberBold')],
    [o.band, text(u.band ?? o.noBand)],
    [o.rank, text(o.rankValue({ rank: u.rank, count: f.rankedInBlock, tie: u.unresolvedTie ? 1 : 0 }))],
    [o.average, num(f.blockAverage)],
    [o.gap, text(f.gapToLeader === undefined || f.gapToLeader <= 0 ? o.gapLeader : o.gapValue({ gap: fmt(f.gapToLeader) }))],
    [o.base, text(o.baseValue({ base: fmt(u.base), bonus: fmt(u.bonus), deduction: fmt(u.deduction) }))],
    [o.award, text(awardLine(u))],
  ];
  const tie = tieBreakLine(plan, u);
  if (tie) lines.push(['', text(tie)]);
  return lines;
}

function noteOf(s: CriterionScore | undefined, threshold: number): string {
  if (!s) return '';
  const n = t.notes;
  const notes: string[] = [];
  if (s.status === 'missing') notes.push(n.missing);
  else if (s.status === 'overMax') notes.push(n.overMax);
  else if (s.status === 'rejected') notes.push(n.rejected);
  else if (s.status === 'negative') notes.push(n.negative);
  if (s.used !== undefined && s.usedFrom === 'self') notes.push(n.notAppraised);
  if (s.shortfall) notes.push(n.shortfall({ threshold: fmt(threshold) }));
  if (s.mandatoryMet === false) notes.push(n.mandatoryFailed);
  return notes.join('; ');
}

function tierValue(c: CriterionTiers | undefined, tier: TierName): number | undefined {
  return c?.scores[tier]?.value;
}

export function renderFeedbackPacket(plan: Plan, evaluation: Evaluation, unitCode: string, stamp: RunStamp): FeedbackPacket | undefined {
  const f = unitFeedback(plan, evaluation, unitCode);
  if (!f) return undefined;
  const header = documentHeader(plan, stamp, width);
  const rows: OutCell[][] = [...header.rows];
  const merges = [...header.merges];
  const wide = (cell: OutCell, fill: OutCell = blank): void => {
    merges.push(merge(rows.length, 0, last));
    rows.push(row(width, [cell], fill));
  };
  const gap = (): void => {
    rows.push(row(width, []));
  };
  gap();
  wide(text(t.title, 'title'));
  wide(text(vi.sheets.summary.planLine({ number: plan.info.number, date: plan.info.issuedDate, name: plan.info.name, period: plan.info.period }), 'subtitle'));
  wide(text(t.unitLine({ name: f.unit.name, code: f.unit.code, block: f.block }), 'title'));
  wide(text(t.privacy, 'note'));
  gap();
  const heading = (label: string): void => wide(text(label, 'sectionHeading'), text('', 'sectionHeading'));
  const u = f.ranked;
  heading(t.overviewHeading);
  if (!u) {
    wide(text(t.unscored, 'warning'));
  } else {
    for (const [label, value] of overviewRows(plan, f, u)) {
      const r = rows.length;
      rows.push([text(label, 'cell'), blank, value, ...row(width - 3, [], blank)]);
      merges.push(merge(r, 0, 1), merge(r, 2, last));
    }
  }
  gap();

  // II. every criterion in plan order: groups as headings, leaves with each tier and the score of record
  heading(t.criteriaHeading);
  const headerRow = rows.length;
  rows.push(t.criteriaColumns.map((c) => text(c, 'tableHeader')));
  const leaves = new Set(buildCriteriaTree(plan.criteria).leaves.map((c) => c.code));
  const scoreOf = new Map((u?.criteria ?? []).map((c) => [c.code, c] as const));
  const tiersOf = new Map((f.tiers?.criteria ?? []).map((c) => [c.code, c] as const));
  const threshold = new Map(plan.criteria.map((c) => [c.code, roundScore((c.warnBelow ?? plan.info.warnBelow) * c.maxPoints)] as const));
  for (const c of plan.criteria) {
    if (!leaves.has(c.code)) {
      rows.push([text(c.code, 'sectionHeading'), text(c.text, 'sectionHeading'), num(c.maxPoints, 'numberBold'), ...row(width - 3, [], text('', 'sectionHeading'))]);
      continue;
    }
    const s = scoreOf.get(c.code);
    const tiers = tiersOf.get(c.code);
    rows.push([
      text(c.code, 'cellCenter'),
      text(c.text),
      num(c.maxPoints),
      num(tierValue(tiers, 'self') ?? s?.self),
      num(tierValue(tiers, 'blockLeader')),
      num(tierValue(tiers, 'council') ?? s?.appraised),
      num(s?.used, 'numberBold'),
      text(noteOf(s, threshold.get(c.code) ?? 0)),
    ]);
  }
  gap();

  // III. changes between tiers, with the reason given
  heading(t.changesHeading);
  const changed = (f.tiers?.criteria ?? []).filter((c) => c.changes.length > 0);
  if (changed.length === 0) {
    wide(text(t.noChanges, 'note'));
  } else {
    const r0 = rows.length;
    rows.push(t.changesColumns.map((c) => text(c, 'tableHeader')));
    merges.push(merge(r0, 2, 4), merge(r0, 5, 6));
    const criterionText = new Map(plan.criteria.map((c) => [c.code, c.text] as const));
    for (const c of changed) {
      const r = rows.length;
      const said = c.changes
        .map((ch) => vi.tiers.change({ from: vi.tiers.short[ch.from], to: vi.tiers.short[ch.to], delta: `${ch.delta > 0 ? '+' : ''}${fmt(ch.delta)}` }))
        .join('\n');
      rows.push([
        text(c.code, 'cellCenter'),
        text(criterionText.get(c.code) ?? ''),
        text(said),
        text(''),
        text(''),
        text(c.reason),
        text(''),
        text(vi.tiers.verdict[c.verdict], c.verdict === 'unexplained' ? 'warning' : 'cell'),
      ]);
      merges.push(merge(r, 2, 4), merge(r, 5, 6));
    }
  }
  gap();

  // IV. shortfalls
  heading(t.shortfallHeading);
  if (f.shortfalls.length === 0) {
    wide(text(u ? t.noShortfalls : t.unscored, 'note'));
  } else {
    const r0 = rows.length;
    rows.push(t.shortfallColumns.map((c) => text(c, 'tableHeader')));
    merges.push(merge(r0, 5, 6));
    for (const s of f.shortfalls) {
      const r = rows.length;
      const missing = s.used === undefined ? undefined : Math.max(0, roundScore(s.threshold - s.used));
      rows.push([
        text(s.code, 'cellCenter'),
        text(s.text),
        num(s.maxPoints),
        num(s.used),
        num(s.threshold),
        num(missing && missing > 0 ? missing : undefined),
        text(''),
        text(s.mandatoryFailed ? t.notes.mandatoryFailed : s.used === undefined ? t.notes.missing : ''),
      ]);
      merges.push(merge(r, 5, 6));
    }
  }
  gap();

  // V. what the next band needs
  heading(t.nextHeading);
  const nx = t.next;
  const lines: string[] = [];
  if (plan.bands.length === 0) lines.push(nx.noBands);
  else if (!u) lines.push(t.unscored);
  else if (!f.nextBand) lines.push(nx.top);
  else {
    const b = f.nextBand;
    lines.push(nx.target({ band: b.band.name }));
    const strict = b.band.strict ? 1 : 0;
    lines.push(b.pointsNeeded > 0 ? nx.points({ min: fmt(b.band.minScore), needed: fmt(b.pointsNeeded), strict }) : nx.pointsMet({ min: fmt(b.band.minScore), strict }));
    for (const g of b.floors) lines.push(g.has === undefined ? nx.floorMissing({ code: g.code, text: g.text, floor: fmt(g.floor) }) : nx.floor({ code: g.code, text: g.text, floor: fmt(g.floor), has: fmt(g.has) }));
    if (b.mandatory.length > 0) lines.push(nx.mandatory({ codes: b.mandatory.join(', ') }));
  }
  for (const line of lines) wide(text(line, 'plain'));
  gap();
  wide(text(t.footer({ time: formatRunTime(stamp), plan: stamp.planFingerprint.slice(0, 12), input: stamp.inputFingerprint.slice(0, 12) }), 'note'));
  return {
    unitCode: f.unit.code,
    unitName: f.unit.name,
    fileName: packetFileName(f.unit),
    title: `${t.title} – ${f.unit.name}`,
    sheets: [
      withRowHeights({
        name: t.sheetName,
        role: 'summary',
        visibility: 'visible',
        rows,
        columnWidths: [8, 46, 9, 9, 10, 10, 11, 32],
        merges,
        page: { ...councilPage(headerRow), orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15 } },
      }),
    ],
  };
}

/** One packet per registered unit (a unit without results gets one saying so), in register order. */
export function renderFeedbackPackets(plan: Plan, evaluation: Evaluation, unitCodes: readonly string[], stamp: RunStamp): FeedbackPacket[] {
  const seen = new Set<string>();
  const out: FeedbackPacket[] = [];
  for (const code of unitCodes) {
    if (seen.has(code)) continue;
    seen.add(code);
    const p = renderFeedbackPacket(plan, evaluation, code, stamp);
    if (p) out.push(p);
  }
  return out;
}
