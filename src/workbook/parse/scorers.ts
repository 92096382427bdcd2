/**
 * A scorer sheet of cross-scoring (chấm chéo): «Đơn vị chấm: TH01» above a table Mã tiêu chí | Tiêu chí |
 * Điểm tối đa | one column per unit scored (its code or name). A cell holds a score, or «Không chấm: lý
 * do» (an abstention with its reason); blank is not scored yet. Read into marks the domain combines.
 */
import type { ScorerMark } from '../../domain/evaluate/cross-scoring';
import { finding, type Finding } from '../../domain/findings';
import type { Unit } from '../../domain/input/schema';
import { codeKey } from '../../domain/plan/codes';
import type { Plan } from '../../domain/plan/schema';
import { keyOf } from '../../domain/plan/tree';
import { buildCriteriaTree } from '../../domain/plan/tree';
import { cleanText, foldKey } from '../../domain/text/normalize';
import { readNumber } from '../../domain/text/numbers';
import { vi } from '../../i18n/vi';
import { address, cellText, type SheetSnapshot } from '../grid';
import { foldCached } from '../../domain/text/normalize';
import { labelLength } from '../headers';

const t = vi.crossScoring;
const scanRows = 40;
const fixedHeaders = new Set([vi.inputSheets.unitSheet.columns.code, vi.inputSheets.unitSheet.columns.text, vi.inputSheets.unitSheet.columns.max, 'Mã', 'Nội dung'].map(foldKey));

export interface ScorerSheet {
  readonly sheet: string;
  /** The scoring unit's code; undefined when the sheet does not say or names no registered unit. */
  readonly scorer?: string;
  readonly marks: readonly ScorerMark[];
  readonly findings: readonly Finding[];
}

function unitMatcher(units: readonly Unit[]): (text: string) => Unit | undefined {
  const byKey = new Map<string, Unit>();
  for (const u of units) {
    byKey.set(foldKey(u.code), u);
    if (!byKey.has(foldKey(u.name))) byKey.set(foldKey(u.name), u);
  }
  return (text) => byKey.get(foldKey(text));
}

/** The scorer's label: «Đơn vị chấm: TH01» in one cell, or the label and the unit in two. */
function scorerText(sheet: SheetSnapshot): string | undefined {
  const label = foldKey(t.scorerLabel);
  for (const row of sheet.rows.slice(0, scanRows)) {
    for (let c = 0; c < row.length; c++) {
      const raw = row[c];
      if (typeof raw !== 'string') continue;
      // The label ends at its colon: «Đơn vị: Chấm Hồng» is a unit sheet's header, not a scorer's.
      const colon = raw.indexOf(':');
      const head = colon < 0 ? raw : raw.slice(0, colon);
      if (head.length > labelLength || foldCached(head) !== label) continue;
      const text = cleanText(raw);
      const rest = text.includes(':') ? text.slice(text.indexOf(':') + 1).trim() : '';
      if (rest !== '') return rest;
      const next = row.slice(c + 1).map((v) => cleanText(cellText(v ?? null))).find((v) => v !== '');
      if (next !== undefined) return next;
    }
  }
  return undefined;
}

const abstainWords = t.abstainWords.map(foldKey);

/** «Không chấm: chưa đủ minh chứng» → the reason; undefined when the text is no abstention. */
function abstention(text: string): string | undefined {
  const folded = foldKey(text);
  const word = abstainWords.find((w) => folded === w || folded.startsWith(`${w} `));
  if (word === undefined) return undefined;
  // Drop as many words as the keyword has, then the separator.
  const words = text.trim().split(/\s+/);
  return words.slice(word.split(' ').length).join(' ').replace(/^[:\-–—,.\s]+/, '').trim();
}

export function isScorerSheet(sheet: SheetSnapshot): boolean {
  return scorerText(sheet) !== undefined;
}

/** The scorer as the sheet writes it («Đơn vị chấm: …»), undefined without the label. */
export function scorerLabelText(sheet: SheetSnapshot): string | undefined {
  return scorerText(sheet);
}

/**
 * Reads a scorer sheet. `forceScorer` (a registered code: the officer's answer, or the form's own
 * record) names the scorer when the label is missing or unknown.
 */
export function readScorerSheet(sheet: SheetSnapshot, plan: Plan, units: readonly Unit[], forceScorer?: string): ScorerSheet {
  const findings: Finding[] = [];
  const findUnit = unitMatcher(units);
  const scorerName = scorerText(sheet);
  const forced = forceScorer === undefined ? undefined : units.find((u) => u.code === forceScorer);
  const scorer = forced ?? (scorerName === undefined ? undefined : findUnit(scorerName));
  if (scorerName !== undefined && !scorer) findings.push(finding('CROSS_UNIT_UNKNOWN', { value: scorerName }, { cell: { sheet: sheet.name, address: 'A1' } }));
  const codeHeader = foldKey(t.codeColumn);
  const headerRow = sheet.rows.slice(0, scanRows).findIndex((r) => r.some((c) => foldKey(cellText(c ?? null)) === codeHeader));
  if (!scorer || headerRow < 0) return { sheet: sheet.name, marks: [], findings };
  const header = sheet.rows[headerRow] ?? [];
  const codeCol = header.findIndex((c) => foldKey(cellText(c ?? null)) === codeHeader);
  const columns: { col: number; unit: Unit }[] = [];
  header.forEach((c, col) => {
    const text = cleanText(cellText(c ?? null));
    if (col === codeCol || text === '' || fixedHeaders.has(foldKey(text))) return;
    const unit = findUnit(text);
    if (unit) columns.push({ col, unit });
    else findings.push(finding('CROSS_UNIT_UNKNOWN', { value: text }, { cell: { sheet: sheet.name, address: address(headerRow, col) } }));
  });
  const leaves = new Map(buildCriteriaTree(plan.criteria).leaves.map((c) => [keyOf(c), c] as const));
  const marks: ScorerMark[] = [];
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const key = codeKey(cellText(row[codeCol] ?? null).trim());
    const criterion = key === undefined ? undefined : leaves.get(key);
    if (!criterion) continue;
    for (const { col, unit } of columns) {
      const raw = row[col] ?? null;
      const cell = { sheet: sheet.name, address: address(r, col) };
      const base = { scorer: scorer.code, unitCode: unit.code, criterionCode: criterion.code, cell };
      if (typeof raw === 'number') {
        marks.push({ ...base, value: raw });
        continue;
      }
      const text = cleanText(cellText(raw));
      if (text === '') continue;
      const reason = abstention(text);
      if (reason !== undefined) {
        marks.push({ ...base, abstain: reason });
        continue;
      }
      const reading = readNumber(text);
      if (reading.kind === 'number' && !reading.percent) marks.push({ ...base, value: reading.value });
      else findings.push(finding('CROSS_VALUE_UNREADABLE', { value: text }, { unitCode: unit.code, criterionCode: criterion.code, cell }));
    }
  }
  return { sheet: sheet.name, scorer: scorer.code, marks, findings };
}

export interface ScorerSheetsInUse {
  /** The sheets whose marks count, in workbook order. */
  readonly read: readonly ScorerSheet[];
  readonly findings: readonly Finding[];
}

/**
 * Which scorer sheets count when one scorer has several. A sheet the officer made is never set aside
 * for an imported one (the import never replaces it either); among sheets the import brought in
 * (`imported`, in the order of the import log), the latest replaces the earlier, which stay as records.
 * Two sheets of the officer's own for one scorer: the first counts, and it is said.
 */
export function scorerSheetsInUse(sheets: readonly SheetSnapshot[], plan: Plan, units: readonly Unit[], imported: readonly string[]): ScorerSheetsInUse {
  const order = new Map(imported.map((name, i) => [name, i] as const));
  const all = sheets.map((sheet) => ({ sheet, read: readScorerSheet(sheet, plan, units) }));
  const findings: Finding[] = [];
  const byScorer = new Map<string, typeof all>();
  for (const x of all) {
    if (x.read.scorer === undefined) continue;
    byScorer.set(x.read.scorer, [...(byScorer.get(x.read.scorer) ?? []), x]);
  }
  const dropped = new Set<string>();
  for (const [scorer, list] of byScorer) {
    if (list.length < 2) continue;
    const own = list.filter((x) => !order.has(x.sheet.name));
    const copies = list.filter((x) => order.has(x.sheet.name)).sort((a, b) => (order.get(b.sheet.name) ?? 0) - (order.get(a.sheet.name) ?? 0));
    const kept = own[0] ?? copies[0];
    if (!kept) continue;
    for (const x of list) {
      if (x === kept) continue;
      dropped.add(x.sheet.name);
      const where = { cell: { sheet: x.sheet.name, address: 'A1' } };
      if (order.has(x.sheet.name)) findings.push(finding('CROSS_SCORER_SUPERSEDED', { sheet: x.sheet.name, scorer, by: kept.sheet.name }, where));
      else findings.push(finding('CROSS_SCORER_TWICE', { scorer, sheet: kept.sheet.name, other: x.sheet.name }, where));
    }
  }
  return { read: all.filter((x) => !dropped.has(x.sheet.name)).map((x) => x.read), findings };
}
