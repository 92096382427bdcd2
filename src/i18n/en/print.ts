/** Text of the printed pages and of the highlights on input cells (English mirror). */
import type { Dictionary } from '../vi';

type P = Readonly<Record<string, string | number>>;

export const print: Dictionary['print'] = {
  attachedTo: (p: P) =>
    `(Attached to ${[
      p.number ? `Plan No. ${p.number}` : 'the plan',
      p.date ? `of ${p.date}` : '',
      p.issuer ? `by ${p.issuer}` : '',
      p.subject ? `on ${p.subject}` : '',
    ]
      .filter((x) => x !== '')
      .join(' ')})`,
  subjectLeads: ['kế hoạch', 'về việc', 'v/v', 'plan', 'on'],
  rankingStyle: {
    competition: 'Units with equal scores share a rank; the next unit is ranked by the number of units above it.',
    dense: 'Units with equal scores share a rank; the next unit takes the next rank.',
  },
  units: (p: P) => `In all: ${p.units} units in ${p.blocks} blocks.`,
  highlightLegend: 'Colours on the input sheets: red — an error to fix; amber — a warning to look at; light blue — a score changed between tiers; grey — information. Hover a coloured cell to read its note; «Clear highlights» removes colours and notes.',
  note: (p: P) => `${p.severity}: ${p.message} → ${p.fix}`,
  noteTierChange: (p: P) => `Score changed between tiers: ${p.changes}`,
  noteSeverity: { error: 'Error', warning: 'Warning', info: 'Information' },
  noteAuthor: 'Thi đua',
};
