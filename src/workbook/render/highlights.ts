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
  TIER_CHANGE_UNEXPLAINED: 'tierChange',
};

/** Kinds in order of precedence when one cell has several findings. */
const precedence: readonly HighlightKind[] = ['invalid', 'overMax', 'missing', 'shortfall', 'gap', 'tierChange'];

/**
 * One highlight per input cell, the most serious kind winning; owned sheets are never highlighted.
 * `marks` are highlights that come from no finding (a change between tiers within the threshold).
 */
export function highlightsFor(findings: readonly Finding[], ownedSheets: ReadonlySet<string>, marks: readonly Highlight[] = []): Highlight[] {
  const byCell = new Map<string, Highlight>();
  const put = (h: Highlight): void => {
    if (ownedSheets.has(h.sheet)) return;
    const key = `${h.sheet}\u0000${h.address}`;
    const previous = byCell.get(key);
    if (!previous || precedence.indexOf(h.kind) < precedence.indexOf(previous.kind)) byCell.set(key, h);
  };
  for (const f of findings) {
    const kind = highlightOf[f.code];
    if (kind && f.cell) put({ sheet: f.cell.sheet, address: f.cell.address, kind });
  }
  for (const m of marks) put(m);
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
