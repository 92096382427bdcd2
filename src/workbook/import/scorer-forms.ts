/**
 * Returned scorer forms of cross-scoring (chấm chéo) in an import: which scorer a sheet is from, what it
 * would change against the scorer's sheet already in the master, and the sheet to bring in. Unlike a
 * unit's form — whose values go to the consolidated sheet, the copy staying a record — a scorer's sheet
 * brought into the master IS the input `score` reads (there is no consolidated sheet of marks), named in
 * the log's «Sheet bản gốc» column like every copy. Pure.
 */
import { combineCrossScores, type ScorerMark } from '../../domain/evaluate/cross-scoring';
import type { Finding } from '../../domain/findings';
import type { Unit } from '../../domain/input/schema';
import type { Plan } from '../../domain/plan/schema';
import { formatNumberVi } from '../../i18n/types';
import { vi } from '../../i18n/vi';
import type { SheetSnapshot } from '../grid';
import { isScorerSheet, scorerSheetsInUse } from '../parse/scorers';
import type { TemplateStateRead } from '../template/state';
import { importedSheetName } from './sheet-name';

const t = vi.importText;

/** A scorer's marks in the master or in this batch, and where they are. */
export interface CurrentMarks {
  readonly marks: readonly ScorerMark[];
  readonly from: string;
  /** An officer's own sheet is never replaced; an earlier import's sheet or a file of this batch may be, when confirmed. */
  readonly kind: 'sheet' | 'imported' | 'file';
}

/** The scorer sheets already in the master, by scorer: the ones `score` would read. */
export function currentScorerMarks(sheets: readonly SheetSnapshot[], plan: Plan, units: readonly Unit[], imported: readonly string[]): Map<string, CurrentMarks> {
  const inUse = scorerSheetsInUse(sheets.filter(isScorerSheet), plan, units, imported);
  const out = new Map<string, CurrentMarks>();
  for (const r of inUse.read) {
    if (r.scorer === undefined || out.has(r.scorer)) continue;
    out.set(r.scorer, { marks: r.marks, from: r.sheet, kind: imported.includes(r.sheet) ? 'imported' : 'sheet' });
  }
  return out;
}

/** The scorer sheets of a returned file: by the form's record of its sheet, else every visible sheet labelled «Đơn vị chấm». */
export function scorerSheetsOf(sheets: readonly SheetSnapshot[], template: TemplateStateRead): SheetSnapshot[] {
  const labelled = sheets.filter(isScorerSheet);
  if (labelled.length > 0) return labelled;
  if (template.status !== 'ok' || template.state.kind !== 'scorer') return [];
  // The label was deleted: the form's own sheet (or its only sheet) is still the scorer's.
  const named = sheets.find((s) => s.name === template.state.sheet);
  return named ? [named] : sheets.length === 1 ? [...sheets] : [];
}

/** The figure of one mark as a person reads it: «8», «Không chấm: lý do», «trống». */
function markText(m: ScorerMark | undefined): string {
  if (!m) return t.blank;
  if (m.abstain !== undefined) return `${vi.crossScoring.abstainWords[0] ?? ''}${m.abstain === '' ? '' : `: ${m.abstain}`}`;
  return m.value === undefined ? t.blank : formatNumberVi(m.value);
}

export interface MarkChange {
  readonly unitCode: string;
  readonly criterionCode: string;
  readonly before: string;
  readonly after: string;
}

/** Every cell whose figure differs between two sets of one scorer's marks (blank ≠ 0, a reason counts). */
export function diffMarks(before: readonly ScorerMark[], after: readonly ScorerMark[]): MarkChange[] {
  const key = (m: ScorerMark): string => `${m.unitCode}\u0000${m.criterionCode}`;
  const a = new Map(before.map((m) => [key(m), m] as const));
  const b = new Map(after.map((m) => [key(m), m] as const));
  const changes: MarkChange[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k);
    const y = b.get(k);
    const was = markText(x);
    const now = markText(y);
    if (was !== now) changes.push({ unitCode: (x ?? y)?.unitCode ?? '', criterionCode: (x ?? y)?.criterionCode ?? '', before: was, after: now });
  }
  return changes;
}

export function describeMarkChanges(changes: readonly MarkChange[]): string {
  const shown = changes.slice(0, 8).map((c) => `${c.unitCode} ${c.criterionCode}: ${c.before} → ${c.after}`);
  return shown.join('; ') + (changes.length > shown.length ? '; …' : '');
}

/** «Phiếu chấm chéo: chấm 7 đơn vị, 54 điểm, 1 không chấm.» */
export function describeMarks(marks: readonly ScorerMark[]): string {
  const units = new Set(marks.map((m) => m.unitCode)).size;
  const abstained = marks.filter((m) => m.abstain !== undefined).length;
  return t.reasons.scorerForm({ units, figures: marks.length - abstained, abstained });
}

/**
 * What a scorer's sheet says that `score` would not count, said at import so the unit can be asked
 * at once: a figure for itself (CROSS_SELF_SCORE), a unit of another block, an abstention without a reason.
 */
export function markFindings(plan: Plan, units: readonly Unit[], marks: readonly ScorerMark[]): Finding[] {
  const wanted = new Set(['CROSS_SELF_SCORE', 'CROSS_OTHER_BLOCK', 'CROSS_ABSTAIN_NO_REASON']);
  return combineCrossScores(plan, units, marks).findings.filter((f) => wanted.has(f.code));
}

/** The name of a scorer's sheet in the master: «Chấm chéo TH01 Trường …», valid, unique, never an existing sheet's. */
export function scorerCopyName(unit: Pick<Unit, 'code' | 'name'>, taken: readonly string[]): string {
  return importedSheetName({ code: `${t.scorerCopyPrefix} ${unit.code}`, name: unit.name }, taken);
}
