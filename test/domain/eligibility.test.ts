import fc from 'fast-check';
import { evaluateEligibility, votesNeeded, type EligibilityInput } from '../../src/domain/evaluate/eligibility';
import type { ProposalVerdict } from '../../src/domain/evaluate/eligibility-types';
import type { HistoryEntry, Proposal, StaffRating } from '../../src/domain/input/schema';
import { findPreset } from '../../src/domain/plan/presets';
import { planSchema, type Plan } from '../../src/domain/plan/schema';
import { evaluate } from '../../src/domain/evaluate';
import { planTerms, proposalTerms } from '../../src/workbook/terms';
import { codes, entry, input, makePlan, result, unit } from './fixtures';

function presetPlan(): Plan {
  const preset = findPreset('pgddt-chau-thanh-2024');
  if (!preset) throw new Error('preset missing');
  return preset.plan;
}

const base = presetPlan();
const plan: Plan = { ...base, info: { ...base.info, councilMembers: 10 } };
const HTXS = 'Hoàn thành xuất sắc nhiệm vụ';
const HTT = 'Hoàn thành tốt nhiệm vụ';

function person(name: string, form: string, extra: Partial<Proposal> = {}): Proposal {
  return { name, kind: 'individual', smallOrDirect: true, level: 'cơ sở', unitCode: 'A', unitName: 'Trường A', position: 'Giáo viên', form, rating: HTT, initiative: '', note: '', ...extra };
}

function hist(name: string, year: number, text: string): HistoryEntry {
  return { name, unitCode: 'A', unitName: 'Trường A', year, text };
}

/** The written texts matched to the plan's ids as the parser does (workbook/terms.ts), then judged. */
function run(proposals: Proposal[], extra: Partial<EligibilityInput> = {}, p: Plan = plan) {
  const terms = planTerms(p);
  const rating = (text: string) => {
    const ratingId = terms.rating(text);
    return ratingId === undefined ? {} : { ratingId };
  };
  const ids: Partial<EligibilityInput> = {
    ...extra,
    ...(extra.history ? { history: extra.history.map((e) => ({ ...e, titleIds: terms.titles(e.text).map((t) => t.id), ...rating(e.text) })) } : {}),
    ...(extra.staffRatings ? { staffRatings: extra.staffRatings.map((row) => ({ ...row, ...rating(row.rating) })) } : {}),
  };
  return evaluateEligibility(p, { proposals: proposals.map((x) => ({ ...x, ...proposalTerms(terms, x) })), units: [unit('A', 'Trường A', 'Khối A', { headcount: 4 })], ...ids });
}

function only(verdicts: readonly ProposalVerdict[]): ProposalVerdict {
  const v = verdicts[0];
  if (!v) throw new Error('no verdict');
  return v;
}

const kinds = (v: ProposalVerdict) => v.reasons.map((r) => `${r.kind}:${r.status}`);

describe('eligibility of individual titles', () => {
  it('gives Lao động tiên tiến for HTTNV, not for HTNV or under six months, and asks to check a blank rating', () => {
    expect(only(run([person('An', 'Lao động tiên tiến')]).result.verdicts).verdict).toBe('eligible');
    const low = only(run([person('An', 'LĐTT', { rating: 'HTNV' })]).result.verdicts);
    expect(low.verdict).toBe('notEligible');
    expect(kinds(low)).toEqual(['minRating:failed']);
    const short = only(run([person('An', 'LĐTT', { serviceMonths: 4 })]).result.verdicts);
    expect(short.verdict).toBe('notEligible');
    expect(kinds(short)).toEqual(['minServiceMonths:failed']);
    expect(only(run([person('An', 'LĐTT', { rating: '' })]).result.verdicts).verdict).toBe('needsCheck');
  });

  it('gives Chiến sĩ thi đua cơ sở for HTXSNV or an initiative, listing both routes when neither holds', () => {
    expect(only(run([person('An', 'Chiến sĩ thi đua cơ sở', { rating: 'HTXSNV' })]).result.verdicts).verdict).toBe('eligible');
    expect(only(run([person('An', 'CSTĐCS', { initiative: 'Sáng kiến dạy đọc' })]).result.verdicts).verdict).toBe('eligible');
    const neither = only(run([person('An', 'CSTĐCS')]).result.verdicts);
    expect(neither.verdict).toBe('notEligible');
    expect(kinds(neither)).toEqual(['minRating:failed', 'initiative:failed']);
    // The LĐTT it requires fails too: both the title and its own reason are listed.
    const notLdtt = only(run([person('An', 'CSTĐCS', { rating: 'HTNV', initiative: 'Có' })]).result.verdicts);
    expect(kinds(notLdtt)).toEqual(['title:failed', 'minRating:failed']);
  });

  it('needs three years of CSTĐCS for Chiến sĩ thi đua cấp tỉnh, and says which years of history are missing', () => {
    const csttinh = person('An', 'Chiến sĩ thi đua cấp tỉnh', { level: 'tỉnh', rating: HTXS, initiative: 'Có', initiativeLevel: 'tỉnh' });
    const full = [hist('An', 2022, 'CSTĐCS'), hist('An', 2023, 'Chiến sĩ thi đua cơ sở'), hist('An', 2024, 'CSTĐCS')];
    expect(only(run([csttinh], { history: full }).result.verdicts).verdict).toBe('eligible');
    // This year with no row is not inferred from this year's rating: it needs checking …
    const thisYear = only(run([csttinh], { history: full.slice(0, 2) }).result.verdicts);
    expect(thisYear.verdict).toBe('needsCheck');
    expect(thisYear.reasons[0]).toMatchObject({ kind: 'yearsWith', status: 'unknown', params: { missing: '2024', found: 2 } });
    // … unless the person's own proposal for it this year is judged eligible.
    const both = run([csttinh, person('An', 'CSTĐCS', { rating: HTXS })], { history: full.slice(0, 2) }).result.verdicts;
    expect(both.map((v) => v.verdict)).toEqual(['eligible', 'eligible']);
    // A row that says what the person got that year is never overridden by this year's conditions.
    const recorded = only(run([csttinh], { history: [...full.slice(0, 2), hist('An', 2024, 'Lao động tiên tiến')] }).result.verdicts);
    expect(recorded.verdict).toBe('notEligible');

    const missing = only(run([csttinh], { history: [hist('An', 2023, 'CSTĐCS'), hist('An', 2024, 'CSTĐCS')] }).result.verdicts);
    expect(missing.verdict).toBe('needsCheck');
    expect(missing.reasons[0]).toMatchObject({ kind: 'yearsWith', status: 'unknown', params: { missing: '2022', found: 2 } });

    expect(only(run([csttinh]).result.verdicts).verdict).toBe('needsCheck');
    const broken = only(run([csttinh], { history: [hist('An', 2022, 'LĐTT'), hist('An', 2023, 'CSTĐCS')] }).result.verdicts);
    expect(broken.verdict).toBe('notEligible');

    const lowInitiative = only(run([{ ...csttinh, initiativeLevel: 'cơ sở' }], { history: full }).result.verdicts);
    expect(kinds(lowInitiative)).toEqual(['initiative:failed']);
  });

  it('gives the provincial Bằng khen by either route, and asks to check the Prime Minister\'s without a prior Bằng khen on record', () => {
    const bk = person('An', 'Bằng khen cấp tỉnh', { level: 'tỉnh', rating: HTXS, initiatives: 2 });
    expect(only(run([bk], { history: [hist('An', 2023, HTXS)] }).result.verdicts).verdict).toBe('eligible');
    // A year whose row names only a rating says nothing of the titles that year: needs checking, not «no».
    expect(only(run([bk], { history: [hist('An', 2023, HTT)] }).result.verdicts).verdict).toBe('needsCheck');
    expect(only(run([bk], { history: [hist('An', 2023, HTT), hist('An', 2023, 'Lao động tiên tiến')] }).result.verdicts).verdict).toBe('notEligible');

    const ttg = person('An', 'Bằng khen Thủ tướng', { level: 'Trung ương', rating: HTXS });
    const years = [2020, 2021, 2022, 2023].flatMap((y) => [hist('An', y, 'HTTNV'), ...(y >= 2022 ? [hist('An', y, 'CSTĐCS')] : [])]).concat(hist('An', 2024, 'CSTĐCS'));
    const v = only(run([ttg], { history: years }).result.verdicts);
    expect(v.verdict).toBe('needsCheck');
    expect(kinds(v)).toEqual(['heldBefore:unknown']);
    expect(only(run([ttg], { history: [...years, hist('An', 2021, 'Bằng khen cấp tỉnh')] }).result.verdicts).verdict).toBe('eligible');
    expect(v.votesNeeded).toBe(8);
  });

  it('asks to check a form no title matched (the parser reports it at its cell), and namesakes', () => {
    const out = run([person('An', 'Giấy khen của Giám đốc', { formSource: { sheet: 'Đề nghị', address: 'F5' } })]);
    expect(only(out.result.verdicts)).toMatchObject({ verdict: 'needsCheck', reasons: [{ kind: 'unknownForm' }] });
    expect(codes(out.findings)).not.toContain('ELIG_UNKNOWN_FORM');
    // Namesakes in one school: a title that reads earlier years cannot be judged; LĐTT reads none.
    const history = [hist('Bình', 2023, 'CSTĐCS'), hist('Bình', 2024, 'CSTĐCS')];
    const bk = { level: 'tỉnh', rating: HTXS };
    const twins = run([person('Bình', 'Bằng khen cấp tỉnh', bk), person('Bình', 'Bằng khen cấp tỉnh', { ...bk, position: 'Nhân viên' }), person('Bình', 'LĐTT')], { history });
    expect(twins.result.verdicts.map((v) => v.verdict)).toEqual(['needsCheck', 'needsCheck', 'eligible']);
    expect(twins.result.verdicts[0]?.reasons[0]?.kind).toBe('ambiguous');
    expect(codes(twins.findings)).toContain('ELIG_AMBIGUOUS_PERSON');
    expect(only(run([person('Bình', 'Bằng khen cấp tỉnh', bk)], { history }).result.verdicts).verdict).toBe('eligible');
  });
});

describe('eligibility of collectives', () => {
  const staff = (names: string[], rating = HTT): StaffRating[] => names.map((name) => ({ name, unitCode: 'A', unitName: 'Trường A', group: 'Tổ Toán', rating }));
  const team = (form: string, rating = HTT): Proposal => ({ ...person('Tổ Toán', form, { rating }), kind: 'collective', position: '' });

  it('needs more than half the members LĐTT for Tập thể lao động tiên tiến (exactly half is not enough)', () => {
    const members = staff(['An', 'Bình', 'Chi', 'Dũng']);
    const three = run([team('Tập thể lao động tiên tiến'), person('An', 'LĐTT'), person('Bình', 'LĐTT'), person('Chi', 'CSTĐCS', { rating: HTXS })], { staffRatings: members });
    expect(three.result.verdicts.find((v) => v.proposal.kind === 'collective')?.verdict).toBe('eligible');
    const two = run([team('TTLĐTT'), person('An', 'LĐTT'), person('Bình', 'LĐTT')], { staffRatings: members });
    const v = two.result.verdicts.find((x) => x.proposal.kind === 'collective');
    expect(v?.verdict).toBe('notEligible');
    expect(v?.reasons[0]).toMatchObject({ kind: 'memberShare', status: 'failed', params: { value: 2, members: 4 } });
    expect(run([team('TTLĐTT')]).result.verdicts[0]?.verdict).toBe('needsCheck');
  });

  it('needs every member rated HTNV or better and a CSTĐCS for Tập thể lao động xuất sắc', () => {
    const members = [...staff(['An', 'Bình', 'Chi']), ...staff(['Dũng'], 'Không hoàn thành nhiệm vụ')];
    const props = [team('TTLĐXS', HTXS), person('An', 'CSTĐCS', { rating: HTXS }), person('Bình', 'LĐTT'), person('Chi', 'LĐTT')];
    const v = run(props, { staffRatings: members }).result.verdicts.find((x) => x.proposal.kind === 'collective');
    expect(v?.verdict).toBe('notEligible');
    expect(kinds(v ?? only([]))).toEqual(['allMembersRated:failed']);
  });
});

describe('quotas', () => {
  it('caps CSTĐCS at a share of the unit\'s LĐTT (rounded down) when the plan turns it on', () => {
    const on: Plan = { ...plan, titleQuotas: plan.titleQuotas.map((q) => (q.kind === 'title' ? { ...q, enabled: true } : q)) };
    const ldtt = Array.from({ length: 10 }, (_, i) => person(`Người ${i}`, 'LĐTT'));
    const cstd = Array.from({ length: 2 }, (_, i) => person(`Người ${i}`, 'CSTĐCS', { rating: HTXS }));
    const out = run([...ldtt, ...cstd], {}, on);
    expect(out.result.quotas).toEqual([expect.objectContaining({ cap: 1, count: 2, base: 10, exceeded: true })]);
    expect(out.result.verdicts.filter((v) => v.title?.id === 'CSTĐCS').map((v) => v.verdict)).toEqual(['needsCheck', 'needsCheck']);
    expect(codes(out.findings)).toContain('ELIG_TITLE_QUOTA_EXCEEDED');
    // Off by default: both stand.
    expect(run([...ldtt, ...cstd]).result.verdicts.filter((v) => v.title?.id === 'CSTĐCS').map((v) => v.verdict)).toEqual(['eligible', 'eligible']);
  });

  it('reports HTXSNV above 20% of HTTNV per agency from the staff ratings', () => {
    const rows = (n: number, rating: string): StaffRating[] => Array.from({ length: n }, (_, i) => ({ name: `${rating} ${i}`, unitCode: 'A', unitName: 'Trường A', group: '', rating }));
    const over = run([], { staffRatings: [...rows(14, 'HTTNV'), ...rows(3, 'HTXSNV')] });
    expect(over.result.quotas[0]).toMatchObject({ cap: 2, count: 3, base: 14, exceeded: true });
    expect(codes(over.findings)).toContain('ELIG_RATING_QUOTA_EXCEEDED');
    expect(run([], { staffRatings: [...rows(15, 'HTTNV'), ...rows(3, 'HTXSNV')] }).result.quotas[0]?.exceeded).toBe(false);
  });
});

describe('votes needed', () => {
  it('is the share of all members rounded up, or strictly more than it', () => {
    expect(votesNeeded(0.9, false, 10)).toBe(9);
    expect(votesNeeded(0.8, false, 9)).toBe(8);
    expect(votesNeeded(0.5, true, 10)).toBe(6);
    expect(votesNeeded(0.5, true, 9)).toBe(5);
    expect(votesNeeded(0.7, false, 10)).toBe(7);
    expect(votesNeeded(undefined, false, 10)).toBeUndefined();
  });
});

describe('eligibility properties', () => {
  const forms = ['LĐTT', 'CSTĐCS', 'Chiến sĩ thi đua cấp tỉnh', 'Bằng khen cấp tỉnh', 'Bằng khen Thủ tướng', 'Giấy khen'];
  const ratingArb = fc.constantFrom('HTXSNV', 'HTTNV', 'HTNV', '');
  const proposalArb = fc.record({
    who: fc.integer({ min: 0, max: 5 }),
    form: fc.constantFrom(...forms),
    rating: ratingArb,
    initiative: fc.constantFrom('', 'Có'),
    initiativeLevel: fc.constantFrom('', 'cơ sở', 'tỉnh'),
  });
  const historyArb = fc.array(
    fc.record({ who: fc.integer({ min: 0, max: 5 }), year: fc.integer({ min: 2019, max: 2023 }), text: fc.constantFrom('LĐTT', 'CSTĐCS', 'HTXSNV', 'HTTNV', 'Bằng khen cấp tỉnh') }),
    { maxLength: 30 },
  );
  const build = (ps: { who: number; form: string; rating: string; initiative: string; initiativeLevel: string }[]) =>
    ps.map((p) => person(`Người ${p.who}`, p.form, { rating: p.rating, initiative: p.initiative, initiativeLevel: p.initiativeLevel }));
  const toHistory = (hs: { who: number; year: number; text: string }[]) => hs.map((h) => hist(`Người ${h.who}`, h.year, h.text));

  it('never says eligible for CSTĐ cấp tỉnh when one of the two earlier years has no history', () => {
    fc.assert(
      fc.property(fc.array(proposalArb, { maxLength: 12 }), historyArb, (ps, hs) => {
        const history = toHistory(hs);
        const out = run(build(ps), { history });
        for (const v of out.result.verdicts) {
          if (v.title?.id !== 'CSTĐT') continue;
          const years = new Set(history.filter((h) => h.name === v.proposal.name).map((h) => h.year));
          if (!years.has(2022) || !years.has(2023)) expect(v.verdict).not.toBe('eligible');
        }
      }),
    );
  });

  it('gives the same verdicts whatever the order of the proposals and the history', () => {
    fc.assert(
      fc.property(fc.array(proposalArb, { maxLength: 12 }), historyArb, fc.integer(), (ps, hs, seed) => {
        const proposals = build(ps);
        const history = toHistory(hs);
        const shuffle = <T>(xs: T[]): T[] => xs.map((x, i) => ({ x, k: (i * 7919 + seed) % 104729 })).sort((a, b) => a.k - b.k).map((e) => e.x);
        const a = run(proposals, { history }).result.verdicts;
        const b = run(shuffle([...proposals]), { history: shuffle([...history]) }).result.verdicts;
        const key = (v: ProposalVerdict) => `${v.proposal.name}|${v.proposal.form}|${v.proposal.rating}|${v.proposal.initiative}|${v.proposal.initiativeLevel ?? ''}`;
        const summary = (vs: readonly ProposalVerdict[]) => vs.map((v) => `${key(v)}=${v.verdict}:${kinds(v).join(',')}`).sort();
        expect(summary(b)).toEqual(summary(a));
      }),
    );
  });

  it('never leaves more eligible CSTĐCS in a unit than the quota allows', () => {
    fc.assert(
      fc.property(fc.array(proposalArb, { maxLength: 25 }), fc.integer({ min: 0, max: 100 }), (ps, percent) => {
        const on = planSchema.parse({ ...plan, titleQuotas: [{ name: 'q', kind: 'title', limited: 'CSTĐCS', base: 'LĐTT', share: percent / 100 }] });
        const out = run(build(ps), {}, on);
        const holders = new Set(out.result.verdicts.filter((v) => v.verdict === 'eligible' && (v.title?.id === 'LĐTT' || v.title?.id === 'CSTĐCS')).map((v) => v.proposal.name));
        const eligible = out.result.verdicts.filter((v) => v.verdict === 'eligible' && v.title?.id === 'CSTĐCS').length;
        expect(eligible).toBeLessThanOrEqual(Math.floor((percent * holders.size) / 100 + 1e-9));
      }),
    );
  });
});

describe('flags per block (the unit awards\' leaderOnly rule with a count)', () => {
  it('gives one flag to each block\'s leader, never two in a block, whatever the other block does', () => {
    const plan = makePlan({ unitAwards: [{ form: 'Cờ thi đua', level: 'tỉnh', quota: { kind: 'count', value: 1 }, leaderOnly: true }] });
    const units = [unit('A1', 'A1', 'Khối A'), unit('A2', 'A2', 'Khối A'), unit('B1', 'B1', 'Khối B'), unit('B2', 'B2', 'Khối B'), unit('B3', 'B3', 'Khối B')];
    const scores: Record<string, number> = { A1: 80, A2: 95, B1: 70, B2: 60, B3: 90 };
    const out = evaluate(plan, input(units, units.map((u) => result(u.code, [entry('1', scores[u.code], scores[u.code])]))));
    const flagged = out.blocks.map((b) => b.units.filter((u) => u.award?.form === 'Cờ thi đua').map((u) => u.unit.code));
    expect(flagged).toEqual([['A2'], ['B3']]);
  });
});

describe('judging twice to read this year\'s verdicts', () => {
  it('reports each finding once', () => {
    const out = run([person('An', 'Giấy khen của Giám đốc'), person('Bình', 'LĐTT', { rating: 'Tốt' })]);
    // The unknown form and rating are the parser's findings; the engine's own, once each.
    expect(out.findings.map((f) => f.code).sort()).toEqual(['ELIG_LEVEL_MISMATCH']);
  });
});
