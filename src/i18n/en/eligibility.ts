/** Eligibility of award proposals (English mirror of vi/eligibility.ts). */
import type { TextParams } from '../types';
import type { Dictionary } from '../vi';
import { formatNumberEn } from '../types';
import { fmt } from './findings-score';

type Text = (p: TextParams) => string;

const pct = (v: string | number | undefined): string => `${formatNumberEn(Number(v ?? 0) * 100)}%`;
const kindName: Readonly<Record<string, string>> = { individual: 'individuals', collective: 'collectives' };
const same = (t: Text) => ({ met: t, failed: t, unknown: t });
const shareRule = (p: TextParams): string => `required ${p.strict === 1 ? 'over' : 'at least'} ${pct(p.share)}`;
const window = (p: TextParams): string => `${fmt(p.from)}–${fmt(p.to)}`;
const yearsWhat = (p: TextParams): string =>
  p.count === p.years ? `${fmt(p.years)} consecutive years of ${fmt(p.what)}` : `${fmt(p.count)} of ${fmt(p.years)} years with ${fmt(p.what)}`;

export const eligibility: Dictionary['eligibility'] = {
  verdicts: { eligible: 'Eligible', notEligible: 'Not eligible', needsCheck: 'Needs checking' },
  reasons: {
    minRating: {
      met: (p) => `Rated ${fmt(p.value)} (required ${fmt(p.required)} or better)`,
      failed: (p) => `Rated ${fmt(p.value)}, below ${fmt(p.required)}`,
      unknown: (p) => (p.value === undefined ? `No rating given (required ${fmt(p.required)} or better)` : `Rating "${fmt(p.value)}" is not in the plan's ratings`),
    },
    minServiceMonths: {
      met: (p) => (p.value === undefined ? '' : `${fmt(p.value)} months of service`),
      failed: (p) => `${fmt(p.value)} months of service, fewer than ${fmt(p.months)}`,
      unknown: (p) => `Months of service unknown (at least ${fmt(p.months)} required)`,
    },
    title: {
      met: (p) => `Meets ${fmt(p.title)}`,
      failed: (p) => `Does not meet ${fmt(p.title)}`,
      unknown: (p) => `${fmt(p.title)} not yet established`,
    },
    initiative: {
      met: (p) => `${fmt(p.value)} initiative(s)${p.got === undefined ? '' : ` at ${fmt(p.got)} level`}`,
      failed: (p) => (Number(p.value) < Number(p.count) ? `${fmt(p.value)} initiative(s), ${fmt(p.count)} required` : `Initiative at ${fmt(p.got)} level, ${fmt(p.level)} or higher required`),
      unknown: (p) => (p.got === undefined ? `Level of the initiative not given (${fmt(p.level)} or higher required)` : `Initiative level "${fmt(p.got)}" is not a plan level`),
    },
    yearsWith: {
      met: (p) => `${yearsWhat(p)} (${window(p)})`,
      failed: (p) => `Short of ${yearsWhat(p)}: ${fmt(p.found)} year(s) in ${window(p)}`,
      unknown: (p) => `Award history missing for ${fmt(p.missing)} to judge ${yearsWhat(p)} (${window(p)}); ${fmt(p.found)} year(s) established`,
    },
    heldBefore: {
      met: (p) => `Received ${fmt(p.what)} in ${fmt(p.year)}`,
      failed: (p) => `Never received ${fmt(p.what)}`,
      unknown: (p) => `${fmt(p.what)} not found in the award history${p.covered === '' || p.covered === undefined ? '' : ` (years ${fmt(p.covered)})`}: check the records`,
    },
    memberShare: {
      met: (p) => `${fmt(p.value)}/${fmt(p.members)} members with ${fmt(p.what)} (${shareRule(p)})`,
      failed: (p) => `Only ${fmt(p.value)}/${fmt(p.members)} members with ${fmt(p.what)} (${shareRule(p)})`,
      unknown: (p) =>
        Number(p.members) === 0
          ? `No member list (staff ratings sheet) to compute the share of ${fmt(p.what)}`
          : `${fmt(p.value)}/${fmt(p.members)} members with ${fmt(p.what)}, ${fmt(p.maybe)} more to check (${shareRule(p)})`,
    },
    allMembersRated: {
      met: (p) => `All ${fmt(p.members)} members rated ${fmt(p.required)} or better`,
      failed: (p) => `${fmt(p.below)} member(s) rated below ${fmt(p.required)}`,
      unknown: (p) => (Number(p.members) === 0 ? 'No ratings of the members' : `${fmt(p.unrated)}/${fmt(p.members)} members not rated (all ${fmt(p.required)} or better required)`),
    },
    membersWithTitle: {
      met: (p) => `${fmt(p.value)} member(s) with ${fmt(p.what)}`,
      failed: (p) => `Only ${fmt(p.value)} member(s) with ${fmt(p.what)}, ${fmt(p.count)} required`,
      unknown: (p) => `${fmt(p.value)} member(s) with ${fmt(p.what)}, ${fmt(p.maybe)} to check (${fmt(p.count)} required)`,
    },
    unknownForm: same((p) => `Form "${fmt(p.form)}" is not in the plan — for the council to consider`),
    kindMismatch: same((p) => `${fmt(p.title)} is not awarded to ${kindName[String(p.kind)] ?? fmt(p.kind)}`),
    ambiguous: same((p) => `Several people named "${fmt(p.name)}" at ${fmt(p.unit)}: award history cannot be matched`),
    quota: same((p) => `Over the limit: ${fmt(p.unit)} has ${fmt(p.count)} proposals, at most ${fmt(p.cap)} (${fmt(p.rule)}) — the council chooses`),
    recordSays: same((p) => `The award history for ${fmt(p.year)} records another title, not ${fmt(p.title)}`),
    badRef: same((p) => `Condition refers to "${fmt(p.ref)}", which is not in the plan`),
  },
  separator: '; ',
  route: (n: number) => `route ${formatNumberEn(n)}`,
  inputSheets: {
    history: {
      name: 'Lịch sử khen thưởng',
      columns: { name: 'Name / collective', unit: 'Unit', unitCode: 'Unit code', year: 'Year', text: 'Title / form', rating: 'Rating' },
    },
    ratings: {
      name: 'Đánh giá, xếp loại',
      columns: { name: 'Name', unit: 'Unit', unitCode: 'Unit code', group: 'Team / section', rating: 'Rating' },
    },
    proposalColumns: { serviceMonths: 'Months of service', initiativeLevel: 'Initiative level' },
  },
  planSheet: {
    columns: {
      titles: {
        id: 'Title code',
        name: 'Title / form',
        aliases: 'Other names',
        kind: 'For',
        level: 'Level',
        voteShare: 'Vote share',
        voteStrict: 'More than the share',
        source: 'Source',
      },
      conditions: {
        title: 'Title code',
        route: 'Route',
        kind: 'Condition',
        ref: 'Title / rating referred to',
        years: 'Years',
        count: 'Count',
        share: 'Share',
        strict: 'More than the share',
        level: 'Lowest level',
      },
      titleQuotas: { name: 'Rule', kind: 'Kind', limited: 'Limited', base: 'Compared with', share: 'Maximum share', orBetter: 'Count better ratings too', enabled: 'Applied' },
    },
    conditionKinds: {
      minRating: 'rated at least',
      minServiceMonths: 'months of service at least',
      title: 'holds the title this year',
      initiative: 'has initiatives',
      yearsWith: 'years with',
      heldBefore: 'received before',
      memberShare: 'share of members with',
      allMembersRated: 'every member rated at least',
      membersWithTitle: 'members with',
    },
    quotaKinds: { title: 'title', rating: 'rating' },
    titleKinds: { individual: 'individual', collective: 'collective' },
    notes: {
      titles: ['Other names: how the form is written in "Hình thức đề nghị", separated by ";". Votes needed = share × all council members (rounded up; "more than": strictly above).'],
      conditions: [
        'Conditions of one route must all be met; conditions without a route always apply; with several routes one is enough.',
        'Years with: among the last "Years" years (this year included), at least "Count" with the title or rating; a year without history gives "needs checking".',
      ],
      titleQuotas: ['Maximum = floor(share × compared count) per unit. A blank "Applied" cell turns the rule off.'],
    },
    fields: {
      title: (id: string, column: string) => `Title ${id}, column "${column}"`,
      condition: (row: number, column: string) => `Condition on row ${formatNumberEn(row)}, column "${column}"`,
      titleQuota: (name: string, column: string) => `Quota "${name}", column "${column}"`,
    },
  },
};
