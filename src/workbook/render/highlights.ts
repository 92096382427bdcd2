/** Which findings are drawn on the input cells, and how (data, not branches). */
import type { Finding, FindingCode } from '../../domain/findings';
import type { Highlight, HighlightKind } from '../spec';

const highlightOf: Partial<Record<FindingCode, HighlightKind>> = {
  SCORE_BELOW_THRESHOLD: 'shortfall',
  MANDATORY_FAILED: 'shortfall',
  SCORE_OVER_MAX: 'overMax',
  SCORE_NEGATIVE: 'invalid',
  SCORE_MISSING: 'missing',
  ACTUAL_MISSING: 'missing',
  SCORE_GAP: 'gap',
  SCORE_DIFFERS_FROM_ACTUAL: 'gap',
  VALUE_NOT_NUMBER: 'invalid',
  VALUE_ERROR: 'invalid',
  VALUE_DATE: 'invalid',
  VALUE_NOT_PASS_FAIL: 'invalid',
};

/** Kinds in order of precedence when one cell has several findings. */
const precedence: readonly HighlightKind[] = ['invalid', 'overMax', 'missing', 'shortfall', 'gap'];

/** One highlight per input cell, the most serious kind winning; owned sheets are never highlighted. */
export function highlightsFor(findings: readonly Finding[], ownedSheets: ReadonlySet<string>): Highlight[] {
  const byCell = new Map<string, Highlight>();
  for (const f of findings) {
    const kind = highlightOf[f.code];
    if (!kind || !f.cell || ownedSheets.has(f.cell.sheet)) continue;
    const key = `${f.cell.sheet}\u0000${f.cell.address}`;
    const previous = byCell.get(key);
    if (!previous || precedence.indexOf(kind) < precedence.indexOf(previous.kind)) {
      byCell.set(key, { sheet: f.cell.sheet, address: f.cell.address, kind });
    }
  }
  return [...byCell.values()].sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}

/**
 * Highlights are conditional formats whose formula carries this marker, so they can be found
 * and removed in one action without touching values or the cells' own formats.
 */
export const highlightMarker = 'thidua-highlight';

export function highlightFormula(kind: HighlightKind): string {
  return `"${highlightMarker}:${kind}"<>""`;
}

export function isHighlightFormula(formula: string): boolean {
  return formula.includes(highlightMarker);
}
