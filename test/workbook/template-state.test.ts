import { fingerprint } from '../../src/domain/hash';
import { planPresets } from '../../src/domain/plan/presets';
import type { SheetSnapshot } from '../../src/workbook/grid';
import { snapshotFromSpec } from '../../src/workbook/spec-snapshot';
import { readTemplateState, renderTemplateState, templateCriteria, type TemplateState } from '../../src/workbook/template/state';

const plan = planPresets[1]?.plan;
if (!plan) throw new Error('preset missing');
const state: TemplateState = {
  unitCode: 'TH01',
  unitName: 'Trường Tiểu học =HYPERLINK("x")',
  block: 'Cụm 1',
  planFingerprint: fingerprint(plan),
  planNumber: plan.info.number,
  period: '2024',
  sheet: 'Kết quả',
  criteria: templateCriteria(plan),
  kind: 'unit',
  scored: [],
};

describe('template state sheet', () => {
  it('reads back what it wrote, criteria included, and is very hidden', () => {
    const spec = renderTemplateState(state);
    expect(spec.visibility).toBe('veryHidden');
    const read = readTemplateState({ sheets: [snapshotFromSpec(spec)] });
    expect(read).toEqual({ status: 'ok', sheet: spec.name, state });
    expect(state.criteria.length).toBe(plan.criteria.length);
  });

  it('a unit form writes no «kind» row: a state sheet made before scorer forms reads as a unit form', () => {
    const spec = renderTemplateState(state);
    expect(spec.rows.some((r) => r[0]?.value === 'kind' || r[0]?.value === 'scored')).toBe(false);
    const { kind: _kind, scored: _scored, ...old } = state;
    expect(readTemplateState({ sheets: [snapshotFromSpec(renderTemplateState(old))] })).toMatchObject({ status: 'ok', state: { kind: 'unit', scored: [] } });
  });

  it('a scorer form records its kind and the units it scores, and reads them back', () => {
    const scorer: TemplateState = { ...state, kind: 'scorer', scored: ['TH02', 'TH03'] };
    const spec = renderTemplateState(scorer);
    expect(readTemplateState({ sheets: [snapshotFromSpec(spec)] })).toEqual({ status: 'ok', sheet: spec.name, state: scorer });
    const unknownKind: SheetSnapshot = { ...snapshotFromSpec(spec), rows: snapshotFromSpec(spec).rows.map((r) => (r[0] === 'kind' ? ['kind', 'khác'] : r)) };
    expect(readTemplateState({ sheets: [unknownKind] }).status).toBe('unreadable');
  });

  it('says absent when there is no such sheet', () => {
    expect(readTemplateState({ sheets: [] })).toEqual({ status: 'absent' });
  });

  it('never guesses from an edited sheet: a lost marker or a maximum typed as text is unreadable', () => {
    const good = snapshotFromSpec(renderTemplateState(state));
    const withoutMarker: SheetSnapshot = { ...good, rows: good.rows.filter((r) => r[0] !== 'format') };
    expect(readTemplateState({ sheets: [withoutMarker] }).status).toBe('unreadable');
    const maxAsText: SheetSnapshot = { ...good, rows: good.rows.map((r) => (r[0] === 'criterion' ? [r[0], r[1] ?? null, r[2] ?? null, 'mười', r[4] ?? null] : r)) };
    expect(readTemplateState({ sheets: [maxAsText] }).status).toBe('unreadable');
  });
});
