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
  provisional: (p: P) => `Provisional – ${fmt(p.text)}`,
  provisionalAward: (p: P) => awardName(p.form, p.level),
};
