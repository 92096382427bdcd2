/**
 * Which input cells are highlighted, in which colour and with which note: every finding that points
 * at a cell of an input sheet, coloured by its severity (red error, amber warning, grey information),
 * and every score a later tier of appraisal changed (a quiet blue). One highlight per cell: the most
 * serious colour wins and the note keeps every finding's words, worst first.
 */
import type { Finding } from '../../domain/findings';
import { describeFinding } from '../../i18n';
import { vi } from '../../i18n/vi';
import type { Highlight, HighlightKind } from '../spec';

/** Kinds in order of precedence when one cell has several. */
const precedence: readonly HighlightKind[] = ['error', 'warning', 'info', 'tierChange'];

/** The note line of one finding: its severity, what is wrong and how to fix it. */
export function noteLine(f: Finding): string {
  const { message, fix } = describeFinding(f, 'vi');
  return vi.print.note({ severity: vi.print.noteSeverity[f.severity], message, fix });
}

/**
 * One highlight per input cell; owned sheets are never highlighted. `findings` are in the run's order
 * (sortFindings), so each note lists the worst first. `marks` are highlights that come
 * from no finding (a change between tiers within the threshold), with their own note.
 */
export function highlightsFor(findings: readonly Finding[], ownedSheets: ReadonlySet<string>, marks: readonly Highlight[] = []): Highlight[] {
  const byCell = new Map<string, { sheet: string; address: string; kind: HighlightKind; notes: string[] }>();
  const put = (h: Highlight): void => {
    if (ownedSheets.has(h.sheet)) return;
    const key = `${h.sheet}\u0000${h.address}`;
    const entry = byCell.get(key) ?? { sheet: h.sheet, address: h.address, kind: h.kind, notes: [] };
    if (precedence.indexOf(h.kind) < precedence.indexOf(entry.kind)) entry.kind = h.kind;
    if (h.note !== undefined && h.note !== '' && !entry.notes.includes(h.note)) entry.notes.push(h.note);
    byCell.set(key, entry);
  };
  // The run's order (worst first): a cell's notes read in it.
  for (const f of findings) {
    if (f.cell) put({ sheet: f.cell.sheet, address: f.cell.address, kind: f.severity, note: noteLine(f) });
  }
  for (const m of marks) put(m);
  return [...byCell.values()]
    .map((e): Highlight => ({ sheet: e.sheet, address: e.address, kind: e.kind, ...(e.notes.length > 0 ? { note: e.notes.join('\n') } : {}) }))
    .sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
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

/**
 * A note the add-in wrote starts with this line, so «clear» removes exactly its own notes and never
 * one a person wrote.
 */
export const noteHeading = `[${vi.print.noteAuthor}]`;

export function noteText(note: string): string {
  return `${noteHeading}\n${note}`;
}

export function isOwnNote(text: string): boolean {
  return text.startsWith(noteHeading);
}
