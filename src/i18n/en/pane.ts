/** Task pane text for the officer's order of work and the unit detail (English mirror). */
import type { Dictionary } from '../vi';

type P = Readonly<Record<string, string | number>>;

export const pane: Dictionary['pane'] = {
  found: {
    heading: 'Found in the workbook:',
    units: (p: P) => `${p.units} units in ${p.blocks} blocks`,
    results: (p: P) => `${p.results} units with results`,
    proposals: (p: P) => `${p.proposals} award proposals`,
    none: 'The unit register could not be read yet (see step 4).',
  },
  presetFits: 'The preset that fits this workbook best comes first.',
  filter: {
    severity: 'Severity',
    all: 'All',
    unit: 'Unit',
    allUnits: 'All units',
    noUnit: 'General (no unit)',
    shown: (p: P) => `Showing ${p.shown} of ${p.total}`,
  },
  columns: { self: 'Self', appraised: 'Appraised', band: 'Band', award: 'Award' },
  detailHint: 'Click a unit name for its detail',
  detail: {
    title: (p: P) => `Detail: ${p.unit}`,
    close: 'Close the detail',
    summary: (p: P) => `Rank ${p.rank} · ${p.total} points · ${p.band}`,
    criteria: 'Scores of each criterion by tier',
    code: 'Code',
    max: 'Max',
    self: 'Self',
    blockLeader: 'Block leader',
    council: 'Council',
    used: 'Counted',
    shortfalls: 'Criteria below the threshold',
    noShortfall: 'No criterion below the threshold.',
    shortfall: (p: P) => `${p.code}: ${p.used}/${p.max} (threshold ${p.floor})`,
    missing: (p: P) => `${p.code}: no score`,
    nextBand: (p: P) => `To reach «${p.band}»: ${p.points} more points`,
    nextBandEnough: (p: P) => `Enough points for «${p.band}»`,
    nextBandFloors: (p: P) => `criteria to raise to the floor: ${p.codes}`,
    floor: (p: P) => `${p.code} (${p.used} → ${p.floor})`,
    nextBandMandatory: 'every mandatory criterion must be achieved',
    topBand: 'Already in the best band.',
    leader: 'Leads its block.',
    toLeader: (p: P) => `Behind the block leader (${p.leader}) by ${p.points} points`,
    explanation: 'Explanation',
  },
  proposals: {
    heading: 'Proposals by verdict',
    verdicts: { eligible: 'Eligible', notEligible: 'Not eligible', needsCheck: 'To check' },
    count: (p: P) => `${p.label} (${p.count})`,
    item: (p: P) => `${p.name} — ${p.unit}: ${p.form}`,
  },
  tiers: {
    heading: 'Tiers of appraisal',
    none: 'No score changed between tiers.',
    item: (p: P) => `${p.unit}: ${p.changed} criteria changed${Number(p.unexplained) > 0 ? `, ${p.unexplained} without a reason` : ''}`,
  },
  chart: 'Units per band, block by block',
  chartNone: 'No band',
};
