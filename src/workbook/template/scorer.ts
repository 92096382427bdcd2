/**
 * The scorer's form of cross-scoring (chấm chéo): one per scoring unit, in the scorer-sheet contract
 * that parse/scorers.ts reads («Đơn vị chấm: TH01» above Mã tiêu chí | Tiêu chí | Điểm tối đa | one column
 * per unit scored). The columns are the other units of the scorer's block — never the scorer itself, so
 * a figure for itself cannot be typed — and only their score cells are open. Plus the very-hidden state
 * sheet, marked as a scorer's form. Pure data, written like the unit template.
 */
import { fingerprint } from '../../domain/hash';
import type { Unit } from '../../domain/input/schema';
import type { Criterion, Plan } from '../../domain/plan/schema';
import { buildCriteriaTree, keyOf } from '../../domain/plan/tree';
import { formatNumberVi } from '../../i18n/types';
import { vi } from '../../i18n/vi';
import { address } from '../grid';
import { num, row, text } from '../render/cells';
import { validSheetName } from '../sheet-name';
import type { InputRange, OutCell, SheetSpec } from '../spec';
import { unitFileName, type UnitTemplate } from './render';
import { renderTemplateState, templateCriteria } from './state';

const t = vi.templates;
const s = vi.templates.scorer;
const labels = vi.inputSheets.unitSheet.labels;
const columns = vi.inputSheets.unitSheet.columns;
const fixed = 3;

/** The units a scorer scores: the other units of its block, in register order. */
export function unitsScoredBy(scorer: Unit, units: readonly Unit[]): Unit[] {
  return units.filter((u) => u.block === scorer.block && u.code !== scorer.code);
}

/** The most a cell may hold: none for a per-case criterion without a cap. */
function maxOf(c: Criterion): number | undefined {
  return c.method === 'perCase' && c.capped === false ? undefined : c.maxPoints;
}

export function renderScorerTemplate(plan: Plan, scorer: Unit, scored: readonly Unit[], options: { readonly period?: string }): UnitTemplate {
  const sheetName = validSheetName(s.sheetName({ code: scorer.code }), { replacement: '_', fallback: s.title });
  const period = options.period ?? plan.info.period;
  const width = fixed + scored.length;
  const lastCol = address(0, Math.max(width, 4) - 1).replace(/\d+$/, '');
  const rows: OutCell[][] = [];
  const merges: string[] = [];
  const fullWidth = (cell: OutCell): void => {
    merges.push(`A${rows.length + 1}:${lastCol}${rows.length + 1}`);
    rows.push(row(width, [cell]));
  };
  fullWidth(text(s.title, 'title'));
  fullWidth(text(t.planLine({ number: plan.info.number, name: plan.info.name }), 'subtitle'));
  rows.push([]);
  // «Đơn vị chấm:» then the code: the cell the reader takes the scorer from; the name beside it for people.
  rows.push(row(width, [text(vi.crossScoring.scorerLabel, 'plain'), text(scorer.code, 'plain'), text(scorer.name, 'plain')]));
  rows.push(row(width, [text(labels.block, 'plain'), text(scorer.block, 'plain')]));
  rows.push(row(width, [text(labels.period, 'plain'), text(period, 'plain')]));
  rows.push([]);
  fullWidth(text(t.instructionsHeading, 'recipientsHeading'));
  const firstInstruction = rows.length;
  for (const line of s.instructions) fullWidth(text(line, 'subtitle'));
  rows.push([]);
  // The scored units' names above their codes: the header row itself holds the codes the reader matches.
  rows.push([text('', 'plain'), text(s.scoredLabel, 'plain'), text('', 'plain'), ...scored.map((u) => text(u.name, 'tableHeader'))]);
  const namesRow = rows.length - 1;
  const headerRow = rows.length;
  rows.push([columns.code, columns.text, columns.max, ...scored.map((u) => u.code)].map((h) => text(h, 'tableHeader')));

  const inputs: InputRange[] = [];
  const tree = buildCriteriaTree(plan.criteria);
  const word = vi.crossScoring.abstainWords[0] ?? '';
  for (const c of plan.criteria) {
    const r = rows.length;
    if (tree.groups.has(keyOf(c))) {
      rows.push([text(c.code, 'sectionHeading'), text(c.text, 'sectionHeading'), num(c.maxPoints, 'numberBold'), ...scored.map((): OutCell => ({ value: null, style: 'sectionHeading' }))]);
      continue;
    }
    rows.push([text(c.code, 'cellCenter'), text(c.text), num(c.maxPoints), ...scored.map((): OutCell => ({ value: null, style: 'number' }))]);
    const max = maxOf(c);
    const message = s.rule({ max: max === undefined ? '' : formatNumberVi(max) });
    // One range per cell: the rule's formula is written relative to its own cell.
    scored.forEach((_, i) => inputs.push({ range: address(r, fixed + i), rule: { kind: 'scoreOrWord', ...(max === undefined ? {} : { max }), word, title: s.ruleTitle, message } }));
  }

  const visible: SheetSpec = {
    name: sheetName,
    role: 'input',
    visibility: 'visible',
    rows,
    // Column A holds «Đơn vị chấm:» above the codes: wide enough for the label, which the code beside it would clip.
    columnWidths: [14, 44, 10, ...scored.map(() => 14)],
    // Names of the scored units over three lines; «Mã tiêu chí» and «Điểm tối đa» over two.
    rowHeights: rows.map((_, r) => (r >= firstInstruction && r < firstInstruction + s.instructions.length ? 30 : r === namesRow ? 45 : r === headerRow ? 30 : undefined)),
    merges,
    freeze: { rows: headerRow + 1, columns: fixed },
    page: { orientation: 'landscape', paper: 'A4', margins: { top: 15, bottom: 15, left: 15, right: 10 }, printTitleRows: [namesRow + 1, headerRow + 1], fitToWidth: true, pageNumbers: true },
    inputs,
    protect: true,
  };
  const state = renderTemplateState({
    unitCode: scorer.code,
    unitName: scorer.name,
    block: scorer.block,
    planFingerprint: fingerprint(plan),
    planNumber: plan.info.number,
    period,
    sheet: sheetName,
    criteria: templateCriteria(plan),
    kind: 'scorer',
    scored: scored.map((u) => u.code),
  });
  return { fileName: unitFileName(s.fileName, scorer), sheets: [visible, state], kind: 'scorer' };
}

/** One scorer form per unit that has another unit in its block to score. */
export function renderScorerTemplates(plan: Plan, units: readonly Unit[], options: { readonly period?: string }): UnitTemplate[] {
  return units.flatMap((u) => {
    const scored = unitsScoredBy(u, units);
    return scored.length === 0 ? [] : [renderScorerTemplate(plan, u, scored, options)];
  });
}
