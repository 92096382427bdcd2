/**
 * The consolidated sheet an import writes («Tổng hợp nhập»): one row per unit, one column per
 * criterion and field, in the layout the reader already knows ("1.1 KQ", "1.1 TC", "1.1 TĐ"), so the
 * officer reviews and corrects it there before scoring. A later import rewrites it only when every
 * cell it holds would come back as it is.
 */
import { buildCriteriaTree } from '../../domain/plan/tree';
import { compareCodes } from '../../domain/findings';
import { vi } from '../../i18n/vi';
import type { Unit, UnitResult } from '../../domain/input/schema';
import type { Plan } from '../../domain/plan/schema';
import { cellText, columnLetters, isCellError, isDate, type CellValue, type SheetSnapshot } from '../grid';
import { text } from '../render/cells';
import type { OutCell, SheetSpec } from '../spec';

const t = vi.importText;


/** Every criterion's self score gets a column; the other fields only when some unit filled them. */
export function renderConsolidated(plan: Plan, units: readonly Unit[], results: readonly UnitResult[]): SheetSpec {
  const suffix = vi.inputSheets.consolidated.suffixes;
  const fields = [
    ['actual', suffix.actual],
    ['selfScore', suffix.self],
    ['appraisedScore', suffix.appraised],
    ['blockLeaderScore', suffix.blockLeader],
  ] as const;
  const leaves = [...buildCriteriaTree(plan.criteria).leaves].sort((a, b) => compareCodes(a.code, b.code));
  const columns = leaves.flatMap((c) =>
    fields.flatMap(([field, label]) =>
      // The self score always has its column, filled or not: the reader needs two criterion columns to see the table.
      field === 'selfScore' || results.some((r) => r.entries.some((e) => e.criterionCode === c.code && e[field] !== undefined)) ? [{ code: c.code, field, header: `${c.code} ${label}` }] : [],
    ),
  );
  const unitHeader = vi.inputSheets.register;
  const byCode = new Map(units.map((u) => [u.code, u]));
  const rows: OutCell[][] = [
    [text(t.consolidatedTitle, 'title')],
    [],
    [text(unitHeader.code, 'tableHeader'), text(unitHeader.name, 'tableHeader'), ...columns.map((c) => text(c.header, 'tableHeader'))],
    ...results.map((r) => {
      const entries = new Map(r.entries.map((e) => [e.criterionCode, e]));
      const unit = byCode.get(r.unitCode);
      return [
        text(r.unitCode),
        text(unit?.name ?? ''),
        ...columns.map((c): OutCell => {
          const v = entries.get(c.code)?.[c.field];
          return { value: v ?? null, style: 'number' };
        }),
      ];
    }),
  ];
  return { name: t.consolidatedSheet, role: 'input', visibility: 'visible', rows, columnWidths: [12, 34, ...columns.map(() => 9)], merges: [], freeze: { rows: 3, columns: 2 } };
}

function describe(v: CellValue): string {
  if (v === null) return t.blank;
  if (isCellError(v)) return v.error;
  if (isDate(v)) return v.toISOString().slice(0, 10);
  return cellText(v);
}

function sameValue(written: OutCell['value'] | undefined, found: CellValue): boolean {
  const w = written ?? null;
  if (w === null || w === '') return found === null || (typeof found === 'string' && found.trim() === '');
  if (typeof w === 'number') return typeof found === 'number' && found === w;
  return typeof found === 'string' && found.trim() === String(w).trim();
}

/**
 * The first cell of the sheet as it is that `rendered` would not reproduce (a value typed outside the
 * table, a note column, a row the reader did not take as a unit …); undefined when rewriting it loses nothing.
 */
export function firstLostCell(existing: SheetSnapshot, rendered: SheetSpec): { cell: string; detail: string } | undefined {
  const height = Math.max(existing.rows.length, rendered.rows.length);
  for (let r = 0; r < height; r++) {
    const found = existing.rows[r] ?? [];
    const written = rendered.rows[r] ?? [];
    const width = Math.max(found.length, written.length);
    for (let c = 0; c < width; c++) {
      const v = found[c] ?? null;
      if (!sameValue(written[c]?.value, v)) return { cell: `${columnLetters(c)}${r + 1}`, detail: describe(v) };
    }
  }
  return undefined;
}
