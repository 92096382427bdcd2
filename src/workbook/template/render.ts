/**
 * The template a unit fills in: one visible sheet in the unit-sheet contract (so a filled template
 * is read by the same parser as a sheet typed by hand) plus the very-hidden state sheet. Pure data:
 * a host writes it like any other SheetSpec.
 */
import { buildCriteriaTree, keyOf } from '../../domain/plan/tree';
import { fingerprint } from '../../domain/hash';
import { formatNumberVi } from '../../i18n/types';
import { vi } from '../../i18n/vi';
import type { Unit } from '../../domain/input/schema';
import type { Criterion, Plan } from '../../domain/plan/schema';
import { foldKey } from '../../domain/text/normalize';
import { address } from '../grid';
import { validSheetName } from '../sheet-name';
import { num, row, text } from '../render/cells';
import type { InputRange, OutCell, SheetSpec, StyleName } from '../spec';
import { renderTemplateState, templateCriteria } from './state';

const t = vi.templates;
const labels = vi.inputSheets.unitSheet.labels;
const columns = vi.inputSheets.unitSheet.columns;
const keywords = vi.inputSheets.keywords;

/** Table columns, in order; "Loại" is an extra column the parser ignores. */
const tableColumns = [columns.code, columns.text, t.kindColumn, columns.max, columns.actual, columns.self, columns.appraised, columns.note] as const;
const col = { code: 0, text: 1, kind: 2, max: 3, actual: 4, self: 5, appraised: 6, note: 7 } as const;
const width = tableColumns.length;

export interface UnitTemplate {
  readonly fileName: string;
  readonly sheets: SheetSpec[];
  /** A unit's own form, or a scorer's sheet of cross-scoring. */
  readonly kind: 'unit' | 'scorer';
}

/** Characters Windows forbids in file names, and control characters. */
const unsafeInFileName = /[\\/:*?"<>|\p{Cc}]/gu;

/** A file name from a dictionary pattern over a unit's code and name: Vietnamese kept, nothing Windows refuses. */
export function unitFileName(pattern: (p: { code: string; name: string }) => string, unit: Pick<Unit, 'code' | 'name'>): string {
  const clean = (s: string): string => s.replace(unsafeInFileName, '_').replace(/\s+/g, ' ').trim();
  const base = pattern({ code: clean(unit.code), name: clean(unit.name) }).replace(/\.xlsx$/, '');
  // Windows drops trailing dots and spaces; long paths break older tools.
  return `${base.slice(0, 120).replace(/[. ]+$/, '')}.xlsx`;
}

/** "TH01 - Trường Tiểu học A.xlsx": the unit code first. */
export function templateFileName(unit: Pick<Unit, 'code' | 'name'>): string {
  return unitFileName(t.fileName, unit);
}

/** Names made unique the way Windows compares them (case-insensitive): "… (2).xlsx" for a repeat. */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const stem = name.replace(/\.xlsx$/, '');
    for (let i = 1; ; i++) {
      const candidate = i === 1 ? name : `${stem} (${i}).xlsx`;
      const key = foldKey(candidate);
      if (!taken.has(key)) {
        taken.add(key);
        return candidate;
      }
    }
  });
}

/** The visible sheet's name: the unit code, within Excel's rules (31 characters, no []:*?/\, no edge quote). */
export function templateSheetName(unit: Pick<Unit, 'code'>): string {
  return validSheetName(unit.code, { replacement: '_', fallback: columns.code });
}


/** The input cells of one criterion row: what the unit may type and what it is checked against. */
function rowInputs(c: Criterion, r: number): InputRange[] {
  const at = (column: number): string => address(r, column);
  const max = formatNumberVi(c.maxPoints);
  const actual: InputRange =
    c.method === 'passFail'
      ? { range: at(col.actual), rule: { kind: 'list', values: [keywords.pass, keywords.fail], title: t.rules.passFailTitle, message: t.rules.passFail } }
      : c.method === 'points'
        ? { range: at(col.actual) } // a description of what was done: free text
        : c.method === 'perCase'
          ? { range: at(col.actual), rule: { kind: 'decimal', min: 0, whole: true, title: t.rules.countTitle, message: t.rules.count } }
          : { range: at(col.actual), rule: { kind: 'decimal', min: 0, title: t.rules.actualTitle, message: t.rules.actual } };
  // A per-case criterion without a cap has no maximum a score could exceed.
  const uncapped = c.method === 'perCase' && c.capped === false;
  return [
    actual,
    {
      range: at(col.self),
      rule: uncapped
        ? { kind: 'decimal', min: 0, title: t.rules.scoreTitle, message: t.rules.actual }
        : { kind: 'decimal', min: 0, max: c.maxPoints, title: t.rules.scoreTitle, message: t.rules.score({ max }) },
    },
    { range: at(col.note) },
  ];
}

export function renderUnitTemplate(plan: Plan, unit: Unit, options: { readonly period?: string }): UnitTemplate {
  const sheetName = templateSheetName(unit);
  const period = options.period ?? plan.info.period;
  const rows: OutCell[][] = [];
  const merges: string[] = [];
  const lastCol = address(0, width - 1).replace(/\d+$/, '');
  const fullWidth = (cell: OutCell): void => {
    const r = rows.length;
    rows.push(row(width, [cell]));
    merges.push(`A${r + 1}:${lastCol}${r + 1}`);
  };
  fullWidth(text(t.title, 'title'));
  fullWidth(text(t.planLine({ number: plan.info.number, name: plan.info.name }), 'subtitle'));
  rows.push([]);
  for (const [label, value] of [
    [labels.unitCode, unit.code],
    [labels.unit, unit.name],
    [labels.block, unit.block],
    [labels.period, period],
  ] as const) {
    const r = rows.length;
    rows.push(row(width, [text(label, 'plain'), text(value, 'plain')]));
    merges.push(`B${r + 1}:${lastCol}${r + 1}`);
  }
  rows.push([]);
  fullWidth(text(t.instructionsHeading, 'recipientsHeading'));
  const firstInstruction = rows.length;
  for (const line of t.instructions) fullWidth(text(line, 'subtitle'));
  rows.push([]);

  const headerRow = rows.length;
  rows.push(tableColumns.map((h) => text(h, 'tableHeader')));
  const inputs: InputRange[] = [];
  const tree = buildCriteriaTree(plan.criteria);
  for (const c of plan.criteria) {
    const r = rows.length;
    const group = tree.groups.has(keyOf(c));
    // Empty cells keep a style so the table is drawn as one bordered block.
    const empty = (style: StyleName): OutCell => ({ value: null, style });
    rows.push(
      group
        ? [text(c.code, 'sectionHeading'), text(c.text, 'sectionHeading'), text(t.kinds.group, 'sectionHeading'), num(c.maxPoints, 'numberBold'), ...Array.from({ length: 4 }, () => empty('sectionHeading'))]
        : [text(c.code, 'cellCenter'), text(c.text), text(t.kinds[c.kind]), num(c.maxPoints), empty('cell'), empty('number'), empty('number'), empty('cell')],
    );
    if (!group) inputs.push(...rowInputs(c, r));
  }

  const visible: SheetSpec = {
    name: sheetName,
    role: 'input',
    visibility: 'visible',
    rows,
    columnWidths: [9, 48, 11, 9, 16, 10, 10, 24],
    // Instructions wrap over two lines at A4 width.
    rowHeights: rows.map((_, r) => (r >= firstInstruction && r < firstInstruction + t.instructions.length ? 30 : undefined)),
    merges,
    freeze: { rows: headerRow + 1, columns: 0 },
    page: { orientation: 'portrait', paper: 'A4', margins: { top: 15, bottom: 15, left: 15, right: 10 }, printTitleRows: [headerRow + 1, headerRow + 1], fitToWidth: true, pageNumbers: true },
    inputs,
    protect: true,
  };
  const state = renderTemplateState({
    unitCode: unit.code,
    unitName: unit.name,
    block: unit.block,
    planFingerprint: fingerprint(plan),
    planNumber: plan.info.number,
    period,
    sheet: sheetName,
    criteria: templateCriteria(plan),
  });
  return { fileName: templateFileName(unit), sheets: [visible, state], kind: 'unit' };
}

/** One template per unit, file names unique across the set. */
export function renderUnitTemplates(plan: Plan, units: readonly Unit[], options: { readonly period?: string }): UnitTemplate[] {
  return withUniqueFileNames(units.map((u) => renderUnitTemplate(plan, u, options)));
}

/** File names made unique across one set of forms (unit forms and scorer forms together). */
export function withUniqueFileNames(made: readonly UnitTemplate[]): UnitTemplate[] {
  const names = uniqueFileNames(made.map((m) => m.fileName));
  return made.map((m, i) => ({ ...m, fileName: names[i] ?? m.fileName }));
}
