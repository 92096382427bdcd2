/**
 * What the pane shows beyond the ranking, as plain data: a unit's detail (each criterion by tier,
 * shortfalls, the gap to the next band and to the block leader), proposals by verdict, changes
 * between tiers, units per band, the findings filter and the presets ordered by fit. No React here.
 */
import type { Evaluation, RankedUnit } from '../domain/evaluate/types';
import type { Verdict } from '../domain/evaluate/eligibility-types';
import type { Severity } from '../domain/findings';
import type { Plan } from '../domain/plan/schema';
import { bandsBestFirst } from '../domain/evaluate/score';
import { compareVietnamese, foldKey } from '../domain/text/normalize';
import { roundScore } from '../domain/text/numbers';
import { dictionaries, type Language } from '../i18n';
import { formatNumberEn, formatNumberVi } from '../i18n/types';
import { cellText, type WorkbookSnapshot } from '../workbook/grid';
import { reasonsText } from '../workbook/render/proposals';
import type { FindingRow } from './view';

const formatNumber: Record<Language, (value: number) => string> = { vi: (v) => formatNumberVi(v), en: (v) => formatNumberEn(v) };
const paneText = (language: Language) => dictionaries[language].pane;

export interface CriterionLine {
  readonly code: string;
  readonly text: string;
  readonly max: string;
  readonly self: string;
  readonly blockLeader: string;
  readonly council: string;
  /** The score of record; blank when missing (never 0). */
  readonly used: string;
  readonly shortfall: boolean;
}

export interface UnitDetail {
  readonly code: string;
  readonly title: string;
  readonly summary: string;
  readonly criteria: readonly CriterionLine[];
  /** One line per base criterion under its warning threshold, or with no score. */
  readonly shortfalls: readonly string[];
  readonly nextBand: string;
  readonly toLeader: string;
}

/** The band just above the unit's (or the lowest band when it has none), with what it still lacks. */
function nextBandLine(u: RankedUnit, plan: Plan, language: Language): string {
  const t = paneText(language).detail;
  const bands = bandsBestFirst(plan.bands);
  if (bands.length === 0) return '';
  const at = u.band === undefined ? bands.length : bands.findIndex((b) => b.name === u.band);
  if (at === 0) return t.topBand;
  const next = bands[at - 1];
  if (!next) return '';
  const points = Math.max(0, roundScore(next.minScore - u.total));
  const fmt = formatNumber[language];
  const parts = [points > 0 ? t.nextBand({ band: next.name, points: fmt(points) }) : t.nextBandEnough({ band: next.name })];
  if (next.minCriterionRatio !== undefined) {
    const ratio = next.minCriterionRatio;
    const below = u.criteria.flatMap((c) => {
      const floor = roundScore(ratio * c.maxPoints);
      return c.kind === 'base' && (c.used === undefined || c.used < floor) ? [t.floor({ code: c.code, used: c.used === undefined ? '—' : fmt(c.used), floor: fmt(floor) })] : [];
    });
    if (below.length > 0) parts.push(t.nextBandFloors({ codes: below.join(', ') }));
  }
  if (next.requiresMandatory && u.mandatoryFailed.length > 0) parts.push(t.nextBandMandatory);
  return parts.join('; ');
}

/** A unit's detail, from the run the pane already has; undefined for a code not ranked. */
export function unitDetail(evaluation: Evaluation, plan: Plan, unitCode: string, language: Language): UnitDetail | undefined {
  const t = paneText(language).detail;
  const fmt = formatNumber[language];
  const block = evaluation.blocks.find((b) => b.units.some((u) => u.unit.code === unitCode));
  const u = block?.units.find((x) => x.unit.code === unitCode);
  if (!block || !u) return undefined;
  const tiers = evaluation.tiers.units.find((x) => x.unit.code === unitCode);
  const byCode = new Map(plan.criteria.map((c) => [c.code, c] as const));
  const show = (v: number | undefined): string => (v === undefined ? '' : fmt(v));
  const criteria = u.criteria.map((c): CriterionLine => {
    const tier = tiers?.criteria.find((x) => x.code === c.code);
    return {
      code: c.code,
      text: byCode.get(c.code)?.text ?? '',
      max: fmt(c.maxPoints),
      self: show(tier?.scores.self?.value ?? c.self),
      blockLeader: show(tier?.scores.blockLeader?.value),
      council: show(tier?.scores.council?.value ?? c.appraised),
      used: show(c.used),
      shortfall: c.shortfall,
    };
  });
  const shortfalls = u.criteria.flatMap((c) => {
    if (c.kind !== 'base') return [];
    if (c.used === undefined) return [t.missing({ code: c.code })];
    if (!c.shortfall) return [];
    const criterion = byCode.get(c.code);
    const floor = roundScore((criterion?.warnBelow ?? plan.info.warnBelow) * c.maxPoints);
    return [t.shortfall({ code: c.code, used: fmt(c.used), max: fmt(c.maxPoints), floor: fmt(floor) })];
  });
  const leader = block.units[0];
  const toLeader = !leader || leader.unit.code === u.unit.code || leader.total === u.total ? t.leader : t.toLeader({ leader: leader.unit.name, points: fmt(roundScore(leader.total - u.total)) });
  return {
    code: u.unit.code,
    title: t.title({ unit: u.unit.name }),
    summary: t.summary({ rank: u.rank, total: fmt(u.total), band: u.band ?? dictionaries[language].ui.score.noBand }),
    criteria,
    shortfalls,
    nextBand: nextBandLine(u, plan, language),
    toLeader,
  };
}

export interface ProposalGroup {
  readonly verdict: Verdict;
  readonly label: string;
  readonly items: readonly { readonly key: string; readonly text: string; readonly reasons: string }[];
}

/** Every proposal under its verdict, names in Vietnamese order, each with its reasons. */
export function proposalGroups(evaluation: Evaluation, language: Language): ProposalGroup[] {
  const t = paneText(language).proposals;
  const verdicts = evaluation.eligibility?.verdicts ?? [];
  const order: readonly Verdict[] = ['notEligible', 'needsCheck', 'eligible'];
  return order
    .map((verdict) => {
      const items = verdicts
        .filter((v) => v.verdict === verdict)
        .sort((a, b) => compareVietnamese(a.proposal.unitName, b.proposal.unitName) || compareVietnamese(a.proposal.name, b.proposal.name) || a.index - b.index)
        .map((v) => ({
          key: String(v.index),
          text: t.item({ name: v.proposal.name, unit: v.proposal.unitName, form: v.title?.name ?? v.proposal.form }),
          // The reasons are the Vietnamese sentences of the council's sheet.
          reasons: reasonsText(v),
        }));
      return { verdict, label: t.count({ label: t.verdicts[verdict], count: items.length }), items };
    })
    .filter((g) => g.items.length > 0);
}

/** Units whose scores changed between tiers, those with changes lacking a reason first. */
export function tierLines(evaluation: Evaluation, language: Language): { key: string; text: string; unexplained: boolean }[] {
  const t = paneText(language).tiers;
  return evaluation.tiers.units
    .map((u) => ({
      unit: u.unit,
      changed: u.criteria.filter((c) => c.changes.length > 0).length,
      unexplained: u.criteria.filter((c) => c.verdict === 'unexplained').length,
    }))
    .filter((x) => x.changed > 0)
    .sort((a, b) => b.unexplained - a.unexplained || compareVietnamese(a.unit.name, b.unit.name))
    .map((x) => ({ key: x.unit.code, text: t.item({ unit: x.unit.name, changed: x.changed, unexplained: x.unexplained }), unexplained: x.unexplained > 0 }));
}

/** Units per band in each block, best band first: what the ranking table does not say at a glance. */
/** Every band of the plan best first, then «no band»: the order (and colours) of the band chart. */
export function bandOrder(plan: Plan, language: Language): string[] {
  return [...bandsBestFirst(plan.bands).map((b) => b.name), paneText(language).chartNone];
}

export function bandCounts(evaluation: Evaluation, plan: Plan, language: Language): { block: string; bands: { band: string; count: number }[] }[] {
  const names = bandsBestFirst(plan.bands).map((b) => b.name);
  return evaluation.blocks
    .filter((b) => b.units.length > 0)
    .map((b) => ({
      block: b.block,
      bands: [
        ...names.map((band) => ({ band, count: b.units.filter((u) => u.band === band).length })),
        { band: paneText(language).chartNone, count: b.units.filter((u) => u.band === undefined).length },
      ].filter((x) => x.count > 0),
    }));
}

export interface FindingFilter {
  readonly severity: Severity | 'all';
  /** A unit's name, '' for findings about no unit, undefined for every unit. */
  readonly unit?: string;
}

export function filterFindings(rows: readonly FindingRow[], filter: FindingFilter): FindingRow[] {
  return rows.filter((r) => (filter.severity === 'all' || r.severity === filter.severity) && (filter.unit === undefined || (r.unit ?? '') === filter.unit));
}

/** The units named by findings, in Vietnamese order, for the unit filter. */
export function findingUnits(rows: readonly FindingRow[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.unit === undefined ? [] : [r.unit])))].sort(compareVietnamese);
}

interface PresetLike {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly blocks: readonly { readonly name: string; readonly units: readonly string[] }[];
  readonly plan: Plan;
}

const words = (text: string): string[] => foldKey(text).split(' ').filter((w) => w.length >= 2 && !/^\d+$/.test(w));

/** The words of a workbook: sheet names and the text of its first rows, where a register and titles are. */
function workbookWords(snapshot: WorkbookSnapshot): Set<string> {
  const out = new Set<string>();
  for (const sheet of snapshot.sheets) {
    for (const w of words(sheet.name)) out.add(w);
    for (const row of sheet.rows.slice(0, 200)) for (const cell of row.slice(0, 20)) if (typeof cell === 'string') for (const w of words(cellText(cell))) out.add(w);
  }
  return out;
}

function presetWords(p: PresetLike): Set<string> {
  const text = [
    p.title,
    p.source,
    p.plan.info.name,
    p.plan.info.issuer,
    p.plan.info.council,
    ...p.blocks.flatMap((b) => [b.name, ...b.units]),
    ...p.plan.criteria.map((c) => c.text),
  ].join(' ');
  return new Set(words(text));
}

/**
 * Presets, the one whose words the workbook shares most first: each shared word weighs more the
 * fewer presets have it (a word every preset has says nothing). Ties keep the presets' own order.
 */
export function rankPresets<T extends PresetLike>(presets: readonly T[], snapshot: WorkbookSnapshot): T[] {
  const have = workbookWords(snapshot);
  const sets = presets.map(presetWords);
  const df = new Map<string, number>();
  for (const set of sets) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const score = sets.map((set) => {
    let s = 0;
    for (const w of set) if (have.has(w)) s += Math.log(presets.length / (df.get(w) ?? presets.length));
    return s;
  });
  return presets.map((p, i) => ({ p, i, s: score[i] ?? 0 })).sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.p);
}
