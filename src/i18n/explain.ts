/**
 * Results put into words, one function per question, shared by «Tổng hợp», the command line and the
 * task pane so each says the same thing. The engine gives facts (kind + values); the words are here.
 */
import type { AwardFacts, BandBlocker, BandFacts, Evaluation, MissingData, RankedUnit, TieFacts, UnitProvisional } from '../domain/evaluate/types';
import type { TieBreak } from '../domain/plan/schema';
import { dictionaries, type Dictionary, type Language } from './index';

/** What is missing, heading first; empty when the data is complete. */
export function describeMissing(missing: MissingData, language: Language = 'vi'): string[] {
  if (missing.complete) return [];
  const m = dictionaries[language].explain.missing;
  const lines = [m.heading];
  for (const b of missing.blocks) {
    if (b.unitsWithoutResults.length > 0) {
      lines.push(m.unitsWithoutResults({ block: b.block, count: b.unitsWithoutResults.length, size: b.size, units: b.unitsWithoutResults.map((u) => u.name).join(', ') }));
    }
    for (const u of b.criteriaNotAppraised) {
      lines.push(m.notAppraised({ block: b.block, unit: u.name, count: u.criteria.length, base: u.baseCount, codes: u.criteria.join(', ') }));
    }
  }
  lines.push(missing.awardsWithheld ? m.withheld : m.proposedAnyway);
  return lines;
}

/** One sentence each: the band, the place in a tie, the award or why none, the next band, the gap to the leader. */
export interface UnitSentences {
  readonly band: string;
  readonly tie?: string;
  readonly award: string;
  readonly nextBand?: string;
  readonly leader?: string;
}

type Explain = Dictionary['explain'];

function percent(value: number, max: number): number {
  return max > 0 ? Math.floor((value / max) * 1000) / 10 : 0;
}

function blockerText(e: Explain, b: BandBlocker): string {
  switch (b.kind) {
    case 'score':
      return e.blocker.score({ total: b.total, minScore: b.minScore, strict: b.strict ? 1 : '' });
    case 'floor':
      return e.blocker.floor({ code: b.code, floor: b.floor, max: b.maxPoints, ratio: Math.round(b.ratio * 1000) / 10, ...(b.value === undefined ? {} : { value: b.value, percent: percent(b.value, b.maxPoints) }) });
    case 'mandatory':
      return e.blocker.mandatory({ codes: b.codes.join(', ') });
  }
}

function needText(e: Explain, b: BandBlocker): string {
  switch (b.kind) {
    case 'score':
      return e.next.score({ points: b.points > 0 ? b.points : 0.01 });
    case 'floor':
      return e.next.floor({ code: b.code, floor: b.floor, ...(b.value === undefined ? {} : { value: b.value }) });
    case 'mandatory':
      return e.next.mandatory({ codes: b.codes.join(', ') });
  }
}

type FloorBlocker = Extract<BandBlocker, { kind: 'floor' }>;

/** Several criteria under a floor read as one clause listing them; one reads in full. */
function withFloorsGrouped(blockers: readonly BandBlocker[], one: (b: BandBlocker) => string, many: (floors: readonly FloorBlocker[]) => string): string {
  const floors = blockers.filter((b): b is FloorBlocker => b.kind === 'floor');
  const parts: string[] = [];
  for (const b of blockers) {
    if (b.kind !== 'floor') parts.push(one(b));
    else if (floors.length === 1) parts.push(one(b));
    else if (b === floors[0]) parts.push(many(floors));
  }
  return parts.join('; ');
}

function bandSentence(e: Explain, f: BandFacts): string {
  const reasons = (blockers: readonly BandBlocker[]): string =>
    withFloorsGrouped(
      blockers,
      (b) => blockerText(e, b),
      (floors) =>
        e.blocker.floors({
          count: floors.length,
          ratio: Math.round((floors[0]?.ratio ?? 0) * 1000) / 10,
          list: floors.map((b) => e.blocker.floorItem({ code: b.code, ...(b.value === undefined ? {} : { percent: percent(b.value, b.maxPoints) }) })).join(', '),
        }),
    );
  if (f.withheld) {
    const p = { total: f.total, better: f.withheld.band, minScore: f.withheld.minScore, reasons: reasons(f.withheld.blockers), strict: '' };
    return f.band === undefined ? e.band.withheldNoBand(p) : e.band.withheld({ ...p, band: f.band });
  }
  if (f.band !== undefined) return e.band.reached({ band: f.band, total: f.total, minScore: f.minScore ?? 0, strict: f.strict ? 1 : '' });
  if (f.lowest) return e.band.none({ reasons: reasons(f.lowest.blockers), lowest: f.lowest.band });
  return e.band.noBands({ total: f.total });
}

/** Whether a higher value of the tie-break wins (fewer deductions and a smaller gap win low). */
function higherWins(tb: TieBreak): boolean {
  return tb.kind !== 'fewerDeductions' && tb.kind !== 'smallerGap';
}

function tieSentence(e: Explain, f: TieFacts): string {
  const named = f.comparisons.length > 1;
  const places = f.comparisons.map((c) => {
    const name = named ? c.other.name : '';
    if (c.position === 'level') return e.tie.level({ name });
    const above = c.position === 'above';
    const tb = c.tieBreak;
    const rule = tb === undefined ? '' : tb.kind === 'groupScore' ? e.tie.rules.groupScore({ group: tb.group }) : e.tie.rules[tb.kind];
    const op = tb === undefined ? '' : above === higherWins(tb) ? '>' : '<';
    const values: Record<string, string | number> = tb === undefined || c.own === undefined || c.theirs === undefined ? {} : { rule, own: c.own, theirs: c.theirs, op };
    return above ? e.tie.above({ name, ...values }) : e.tie.below({ name, ...values });
  });
  return e.tie.line({ total: f.total, names: f.with.map((w) => w.name).join(', '), places: places.join('; ') });
}

function whyProvisional(e: Explain, p: UnitProvisional): string {
  const parts = [p.notAppraised.length > 0 ? e.award.notAppraised({ count: p.notAppraised.length }) : '', p.blockIncomplete ? e.award.blockIncomplete : ''];
  return parts.filter((x) => x !== '').join(e.award.and);
}

function awardSentence(e: Explain, notes: Dictionary['awardNotes'], f: AwardFacts): string {
  const why = f.provisional ? whyProvisional(e, f.provisional) : '';
  if (f.award && f.note.code === 'councilChose' && !f.provisional) return e.award.councilChose({ ...f.award, ...f.note.params });
  if (f.award) return f.provisional ? e.award.proposedProvisional({ ...f.award, why }) : e.award.awarded({ ...f.award, rank: f.rank, ...(f.quota === undefined ? {} : { quota: f.quota }) });
  if (f.withheldAward) return e.award.withheld({ ...f.withheldAward, rank: f.rank, why });
  const tail = f.provisional ? e.award.provisionalTail({ why }) : '';
  if (f.note.code === 'noRules' || f.note.code === 'awarded') return e.award.noRules + tail;
  if (f.note.code === 'quotaFull') return e.award.quotaFull(f.note.params) + tail;
  return e.award.none({ reason: notes[f.note.code](f.note.params) }) + tail;
}

/** The sentences for one ranked unit. */
export function explainRanked(u: RankedUnit, language: Language = 'vi'): UnitSentences | undefined {
  const f = u.explanation;
  if (!f) return undefined;
  const d = dictionaries[language];
  const e = d.explain;
  const needs = (blockers: readonly BandBlocker[]): string =>
    withFloorsGrouped(
      blockers,
      (b) => needText(e, b),
      (floors) => e.next.floors({ count: floors.length, list: floors.map((b) => e.next.floorItem({ code: b.code, floor: b.floor })).join('; ') }),
    );
  const next = f.nextBand && f.nextBand.blockers.length > 0 ? e.next.line({ band: f.nextBand.band, needs: needs(f.nextBand.blockers) }) : undefined;
  const selfCounted = f.award.provisional?.notAppraised.length ?? 0;
  return {
    band: bandSentence(e, f.band) + (selfCounted > 0 ? e.band.provisional({ count: selfCounted }) : ''),
    ...(f.tie ? { tie: tieSentence(e, f.tie) } : {}),
    award: awardSentence(e, d.awardNotes, f.award),
    ...(next ? { nextBand: next } : {}),
    ...(f.leader ? { leader: e.leader({ name: f.leader.name, total: f.leader.total, gap: f.leader.gap }) } : {}),
  };
}

/** The sentences for a unit of an evaluation, by its code; undefined when the unit was not ranked. */
export function explainUnit(result: Evaluation, unitCode: string, language: Language = 'vi'): UnitSentences | undefined {
  for (const block of result.blocks) {
    const u = block.units.find((x) => x.unit.code === unitCode);
    if (u) return explainRanked(u, language);
  }
  return undefined;
}
