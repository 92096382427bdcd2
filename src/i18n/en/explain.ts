/** Why a result is what it is (English mirror of vi/explain.ts). */
import type { Dictionary } from '../vi';
import { awardName, fmt } from './findings-score';

type P = Readonly<Record<string, string | number>>;

export const explain: Dictionary['explain'] = {
  missing: {
    heading: 'DATA INCOMPLETE – THE RESULTS CONCERNED ARE PROVISIONAL',
    unitsWithoutResults: (p: P) =>
      `${fmt(p.block)}: ${fmt(p.count)}/${fmt(p.size)} units have no results (${fmt(p.units)}); every place and award in the block is provisional.`,
    notAppraised: (p: P) =>
      `${fmt(p.block)} – ${fmt(p.unit)}: ${Number(p.count) === Number(p.base) ? `all ${fmt(p.count)}` : `${fmt(p.count)}/${fmt(p.base)}`} base criteria not appraised (${fmt(p.codes)}).`,
    withheld: 'No award is proposed for a provisional unit or block until the data is complete.',
    proposedAnyway: 'As the plan allows («Đề nghị khi chưa đủ dữ liệu»: có), awards of provisional units and blocks are proposed, marked «Provisional».',
  },
  number: (p: P) => fmt(p.value),
  provisional: (p: P) => `Provisional – ${fmt(p.text)}`,
  provisionalAward: (p: P) => awardName(p.form, p.level),
  band: {
    reached: (p: P) => `Band ${fmt(p.band)}: ${fmt(p.total)} points (${fmt(p.band)} ${p.strict ? 'above' : 'from'} ${fmt(p.minScore)}).`,
    withheld: (p: P) => `Band ${fmt(p.band)} although ${fmt(p.total)} points reach ${fmt(p.better)} (${p.strict ? 'above' : 'from'} ${fmt(p.minScore)}): ${fmt(p.reasons)}.`,
    withheldNoBand: (p: P) => `No band although ${fmt(p.total)} points reach ${fmt(p.better)} (${p.strict ? 'above' : 'from'} ${fmt(p.minScore)}): ${fmt(p.reasons)}.`,
    none: (p: P) => `No band: ${fmt(p.reasons)} (the lowest band is ${fmt(p.lowest)}).`,
    noBands: (p: P) => `The plan has no bands; ${fmt(p.total)} points.`,
    provisional: (p: P) => ` Provisional band: ${fmt(p.count)} base criteria have no appraised score.`,
  },
  blocker: {
    score: (p: P) => `${fmt(p.total)} points, ${p.strict ? 'not above' : 'below'} ${fmt(p.minScore)}`,
    floor: (p: P) =>
      p.value === undefined
        ? `criterion ${fmt(p.code)} has no score (floor ${fmt(p.floor)} points)`
        : `criterion ${fmt(p.code)} at ${fmt(p.percent)}% of its maximum (${fmt(p.value)}/${fmt(p.max)}), under the ${fmt(p.ratio)}% floor`,
    mandatory: (p: P) => `mandatory criterion ${fmt(p.codes)} not achieved`,
    floors: (p: P) => `${fmt(p.count)} criteria under the ${fmt(p.ratio)}% floor: ${fmt(p.list)}`,
    floorItem: (p: P) => (p.percent === undefined ? `${fmt(p.code)} (no score)` : `${fmt(p.code)} (${fmt(p.percent)}%)`),
  },
  next: {
    line: (p: P) => `To reach ${fmt(p.band)}: ${fmt(p.needs)}.`,
    score: (p: P) => `${fmt(p.points)} more points`,
    floor: (p: P) => `criterion ${fmt(p.code)} needs at least ${fmt(p.floor)} points${p.value === undefined ? '' : ` (now ${fmt(p.value)})`}`,
    mandatory: (p: P) => `achieve mandatory criterion ${fmt(p.codes)}`,
    floors: (p: P) => `${fmt(p.count)} criteria up to their floor (${fmt(p.list)})`,
    floorItem: (p: P) => `${fmt(p.code)}: ${fmt(p.floor)} points`,
  },
  tie: {
    line: (p: P) => `Level on ${fmt(p.total)} points with ${fmt(p.names)}; ${fmt(p.places)}.`,
    above: (p: P) => `placed above${p.name ? ` ${fmt(p.name)}` : ''}${p.rule ? ` on ${fmt(p.rule)} ${fmt(p.own)} ${fmt(p.op)} ${fmt(p.theirs)}` : ''}`,
    below: (p: P) => `placed below${p.name ? ` ${fmt(p.name)}` : ''}${p.rule ? ` on ${fmt(p.rule)} ${fmt(p.own)} ${fmt(p.op)} ${fmt(p.theirs)}` : ''}`,
    level: (p: P) => `tied${p.name ? ` with ${fmt(p.name)}` : ''} after every tie-break – the council votes`,
    rules: {
      baseTotal: 'base points',
      fewerDeductions: 'deductions',
      moreBonus: 'bonus points',
      smallerGap: 'self/appraised gap',
      women: 'share of women (%)',
      groupScore: (p: P) => `group ${fmt(p.group)} points`,
    },
  },
  award: {
    awarded: (p: P) => `Proposed for ${awardName(p.form, p.level)}: place ${fmt(p.rank)} in the block${p.quota === undefined ? '' : `, within the quota of ${fmt(p.quota)}`}.`,
    proposedProvisional: (p: P) => `Proposed for ${awardName(p.form, p.level)} on a provisional result (${fmt(p.why)}); not final.`,
    councilChose: (p: P) => `Proposed for ${awardName(p.form, p.level)}: tied at place ${fmt(p.rank)} at the quota boundary; the council voted to choose ${fmt(p.slots)} of ${fmt(p.count)} units.`,
    withheld: (p: P) => `${awardName(p.form, p.level)} not proposed yet (would follow from place ${fmt(p.rank)}): the result is provisional, ${fmt(p.why)}.`,
    quotaFull: (p: P) =>
      p.tie === undefined
        ? `No ${fmt(p.form)}: eligible, but ${fmt(p.given)}/${fmt(p.quota)} places went to units ranked higher.`
        : `No ${fmt(p.form)} yet: the remaining place awaits the council's vote between tied units ranked higher.`,
    none: (p: P) => `No award: ${fmt(p.reason)}.`,
    noRules: 'The plan sets no unit awards.',
    provisionalTail: (p: P) => ` Provisional result: ${fmt(p.why)}.`,
    notAppraised: (p: P) => `${fmt(p.count)} base criteria not appraised`,
    blockIncomplete: 'units of the block have no results yet',
    and: ' and ',
  },
  leader: (p: P) => `${fmt(p.gap)} points behind the block leader (${fmt(p.name)}, ${fmt(p.total)} points).`,
};
